"""Pure CV text extraction (PDF, DOCX, TXT, MD) with limits; no I/O beyond the bytes given."""

from jobmatch.parsing.extraction import ParseError, ParseLimits, extract_text
from jobmatch.parsing.formats import (
    DocumentFormat,
    UnsupportedFormatError,
    detect_format,
    safe_filename,
)

__all__ = [
    "DocumentFormat",
    "ParseError",
    "ParseLimits",
    "UnsupportedFormatError",
    "detect_format",
    "extract_text",
    "safe_filename",
]
