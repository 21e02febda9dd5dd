"""One entry point: the clean text of an uploaded CV, whatever its format."""

from typing import assert_never

from jobmatch.parsing.cleaning import clean_text
from jobmatch.parsing.errors import ParseError
from jobmatch.parsing.formats import DocumentFormat
from jobmatch.parsing.limits import ParseLimits
from jobmatch.parsing.pdf import read_pdf
from jobmatch.parsing.plaintext import decode_text
from jobmatch.parsing.word import read_docx

__all__ = ["NO_TEXT", "ParseError", "ParseLimits", "extract_text"]

NO_TEXT = "No text could be extracted (is it a scanned image?)."


def extract_text(data: bytes, fmt: DocumentFormat, limits: ParseLimits = ParseLimits()) -> str:
    """The document's text, cleaned and cut to limits.max_chars; ParseError when unreadable."""
    match fmt:
        case DocumentFormat.PDF:
            raw = read_pdf(data, limits)
        case DocumentFormat.DOCX:
            raw = read_docx(data, limits)
        case DocumentFormat.TXT | DocumentFormat.MD:
            raw = decode_text(data)
        case _:
            assert_never(fmt)
    text = clean_text(raw[: limits.raw_char_budget], limits.max_chars)
    if not text:
        raise ParseError(NO_TEXT)
    return text
