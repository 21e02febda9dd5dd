"""Which CV formats we accept, told from the file name, the declared type and the bytes."""

import re
import unicodedata
from enum import StrEnum

from jobmatch.parsing.plaintext import looks_like_text


class DocumentFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    TXT = "txt"
    MD = "md"


class UnsupportedFormatError(ValueError):
    """The upload is not a PDF, DOCX, TXT or MD file; the message can be shown to the user."""


ACCEPTED = "Upload a PDF, DOCX, TXT or MD file."
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_FILENAME_CHARS = 255
FALLBACK_FILENAME = "cv"

_EXTENSIONS = {
    ".pdf": DocumentFormat.PDF,
    ".docx": DocumentFormat.DOCX,
    ".txt": DocumentFormat.TXT,
    ".text": DocumentFormat.TXT,
    ".md": DocumentFormat.MD,
    ".markdown": DocumentFormat.MD,
}
_CONTENT_TYPES = {
    "application/pdf": DocumentFormat.PDF,
    "application/x-pdf": DocumentFormat.PDF,
    DOCX_CONTENT_TYPE: DocumentFormat.DOCX,
    "text/plain": DocumentFormat.TXT,
    "text/markdown": DocumentFormat.MD,
    "text/x-markdown": DocumentFormat.MD,
}
# Types that say nothing about the contents, so the bytes decide.
_GENERIC_CONTENT_TYPES = {"", "application/octet-stream", "binary/octet-stream"}
_DESCRIPTIONS = {
    DocumentFormat.PDF: "a PDF",
    DocumentFormat.DOCX: "a Word (DOCX) document",
    DocumentFormat.TXT: "plain text",
    DocumentFormat.MD: "plain text",
}

_PDF_MAGIC = b"%PDF-"
# Acrobat tolerates junk before the header; we only tolerate blank space and a BOM.
_PDF_HEADER_WINDOW = 1024
_ZIP_MAGIC = b"PK\x03\x04"
# A zip entry (local header, 26 bytes of fields, then the name) under word/: Word, LibreOffice
# and python-docx write those near the front, while XLSX and PPTX use xl/ and ppt/.
_DOCX_ENTRY = re.compile(rb"PK\x03\x04[\s\S]{26}word/")
# Compound File Binary: legacy .doc, and also password-protected .docx files.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LEGACY_DOC = "Legacy Word .doc files are not supported. Save the CV as DOCX or PDF."
_BINARY_MAGICS = (_PDF_MAGIC, _ZIP_MAGIC, _OLE_MAGIC)
_LEGACY_WORD_EXTENSIONS = {".doc", ".dot"}
# Known not to be a CV we can read, whatever the declared type; names with other unknown
# endings ("Jane.Doe", "cv.v2") are judged by their declared type and bytes instead.
_REFUSED_EXTENSIONS = {
    *(".docm", ".dotx", ".rtf", ".odt", ".pages", ".wpd", ".xls", ".xlsx", ".ppt", ".pptx"),
    *(".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".svg"),
    *(".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".exe", ".dll", ".msi", ".dmg", ".iso"),
    *(".sh", ".bat", ".cmd", ".ps1", ".js", ".jar", ".apk", ".html", ".htm", ".json", ".csv"),
}

_UNSAFE_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def detect_format(filename: str | None, content_type: str | None, head: bytes) -> DocumentFormat:
    """The format of an upload, or UnsupportedFormatError when it is not one we read."""
    if not head:
        raise UnsupportedFormatError("The file is empty.")
    extension = _extension(filename)
    if extension in _EXTENSIONS:
        claimed = _EXTENSIONS[extension]
        if not _matches(claimed, head):
            raise UnsupportedFormatError(_contradiction(f"is named {extension}", claimed, head))
        return claimed
    if extension in _LEGACY_WORD_EXTENSIONS:
        raise UnsupportedFormatError(_LEGACY_DOC)
    if extension in _REFUSED_EXTENSIONS:
        raise UnsupportedFormatError(f"Unsupported file type '{extension}'. {ACCEPTED}")

    media_type = (content_type or "").partition(";")[0].strip().lower()
    if media_type in _CONTENT_TYPES:
        claimed = _CONTENT_TYPES[media_type]
        if not _matches(claimed, head):
            raise UnsupportedFormatError(_contradiction(f"was sent as {media_type}", claimed, head))
        return claimed

    sniffed = _sniff(head)
    # A name like "cv" or "Jane.Doe" says nothing, but a declared type such as image/png does.
    if sniffed is not None and media_type in _GENERIC_CONTENT_TYPES:
        return sniffed
    if head.startswith(_OLE_MAGIC) or media_type == "application/msword":
        raise UnsupportedFormatError(_LEGACY_DOC)
    if extension:
        raise UnsupportedFormatError(f"Unsupported file type '{extension}'. {ACCEPTED}")
    if media_type not in _GENERIC_CONTENT_TYPES:
        raise UnsupportedFormatError(f"Unsupported file type '{media_type}'. {ACCEPTED}")
    raise UnsupportedFormatError(f"Unsupported file type. {ACCEPTED}")


def safe_filename(filename: str | None) -> str:
    """The file's base name, cleaned for storing and display; "cv" when nothing is left."""
    name = re.split(r"[/\\]", filename or "")[-1]
    # Surrogates (from undecodable bytes) cannot be stored as UTF-8.
    name = "".join(ch for ch in name if unicodedata.category(ch) != "Cs")
    # Tabs and line breaks become spaces rather than gluing words together.
    name = _UNSAFE_CHARS.sub("", " ".join(name.split()))
    name = " ".join(name.split())
    if not name.strip(". "):
        return FALLBACK_FILENAME
    if len(name) > MAX_FILENAME_CHARS:
        stem, dot, suffix = name.rpartition(".")
        if dot and stem and len(suffix) <= 16:
            name = stem[: MAX_FILENAME_CHARS - len(suffix) - 1].rstrip() + dot + suffix
        else:
            name = name[:MAX_FILENAME_CHARS].rstrip()
    return name


def _extension(filename: str | None) -> str:
    # Windows drops trailing dots and spaces, so "cv.pdf." is still a PDF.
    name = safe_filename(filename).rstrip(". ")
    _, dot, suffix = name.rpartition(".")
    if not dot or not suffix or " " in suffix:
        return ""
    return f".{suffix.lower()}"


def _matches(fmt: DocumentFormat, head: bytes) -> bool:
    if fmt is DocumentFormat.PDF:
        return _is_pdf(head)
    if fmt is DocumentFormat.DOCX:
        return head.startswith(_ZIP_MAGIC)
    return looks_like_text(head) and not head.startswith(_BINARY_MAGICS)


def _sniff(head: bytes) -> DocumentFormat | None:
    if _is_pdf(head):
        return DocumentFormat.PDF
    if head.startswith(_ZIP_MAGIC):
        return DocumentFormat.DOCX if _DOCX_ENTRY.search(head) else None
    if looks_like_text(head):
        return DocumentFormat.TXT
    return None


def _is_pdf(head: bytes) -> bool:
    window = head[:_PDF_HEADER_WINDOW].removeprefix(b"\xef\xbb\xbf")
    return window.lstrip(b" \t\r\n\f").startswith(_PDF_MAGIC)


def _contradiction(claim: str, fmt: DocumentFormat, head: bytes) -> str:
    if fmt is DocumentFormat.DOCX and head.startswith(_OLE_MAGIC):
        return (
            "The DOCX file is password-protected or in the legacy .doc format. "
            "Remove the password or save it as DOCX, then upload it again."
        )
    return f"The file {claim} but its contents are not {_DESCRIPTIONS[fmt]}."
