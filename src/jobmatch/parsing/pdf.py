"""Text from PDF files, through pypdf, with every library failure turned into a ParseError."""

import io
import logging

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from jobmatch.parsing.errors import ParseError
from jobmatch.parsing.limits import ParseLimits

logger = logging.getLogger(__name__)

# pypdf logs a warning for every repair it makes to a sloppy file, and most CVs come out of
# online builders that write sloppy files. What matters to us surfaces as a ParseError.
logging.getLogger("pypdf").setLevel(logging.ERROR)

DAMAGED = "The PDF is damaged and could not be read."
LOCKED = "The PDF is password-protected."
UNSUPPORTED_ENCRYPTION = "The PDF is encrypted in a way we cannot read. Remove the protection."


def read_pdf(data: bytes, limits: ParseLimits) -> str:
    """The raw text of a PDF's pages, in order."""
    reader = _open(data)
    try:
        page_count = len(reader.pages)
    except DependencyError as exc:
        raise ParseError(UNSUPPORTED_ENCRYPTION) from exc
    except MemoryError:  # a reading past its memory cap (parsing.isolated)
        raise
    except Exception as exc:
        raise ParseError(DAMAGED) from exc
    if page_count > limits.max_pages:
        raise ParseError(f"The document has more than {limits.max_pages} pages.")

    texts: list[str] = []
    collected = failed = 0
    for number in range(page_count):
        try:
            text = reader.pages[number].extract_text()
        except DependencyError as exc:
            # AES-encrypted content opens with an empty password but needs `cryptography`.
            raise ParseError(UNSUPPORTED_ENCRYPTION) from exc
        except MemoryError:  # a reading past its memory cap (parsing.isolated)
            raise
        except Exception as exc:
            # One broken page should not cost the candidate the rest of the CV.
            logger.debug("skipping unreadable PDF page %d: %r", number + 1, exc)
            failed += 1
            continue
        texts.append(text)
        collected += len(text)
        if collected >= limits.raw_char_budget:
            break
    if page_count and failed == page_count:
        raise ParseError(DAMAGED)
    return "\n\n".join(texts)


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        # Many PDFs are encrypted only to restrict printing or copying, with an empty user
        # password: those open normally.
        decrypted = not reader.is_encrypted or reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except DependencyError as exc:
        raise ParseError(UNSUPPORTED_ENCRYPTION) from exc
    except MemoryError:  # a reading past its memory cap (parsing.isolated)
        raise
    except Exception as exc:
        raise ParseError(DAMAGED) from exc
    if not decrypted:
        raise ParseError(LOCKED)
    return reader
