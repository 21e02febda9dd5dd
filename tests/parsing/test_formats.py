import codecs

import pytest

from jobmatch.parsing import DocumentFormat, UnsupportedFormatError, detect_format, safe_filename

from .documents import DOCX_CONTENT_TYPE, docx_bytes, pdf_bytes, zip_bytes

PDF = pdf_bytes("Jane Doe")
DOCX = docx_bytes(["Jane Doe"])
TEXT = "Jane Doe\nPython developer, Zürich\n".encode()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64)
PLAIN_ZIP = zip_bytes({"photos/cat.jpg": b"\xff\xd8\xff" * 100})
KEYWORD_ZIP = zip_bytes({"keyword/list.txt": b"python"})
XLSX = zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


@pytest.mark.parametrize(
    ("filename", "content_type", "head", "expected"),
    [
        ("cv.pdf", "application/pdf", PDF, DocumentFormat.PDF),
        ("cv.docx", DOCX_CONTENT_TYPE, DOCX, DocumentFormat.DOCX),
        ("cv.txt", "text/plain", TEXT, DocumentFormat.TXT),
        ("cv.md", "text/markdown", b"# Jane Doe\n\n* Python\n", DocumentFormat.MD),
        ("CV.PDF", None, PDF, DocumentFormat.PDF),
        ("Resume.DocX", "application/octet-stream", DOCX, DocumentFormat.DOCX),
        ("NOTES.TXT", None, TEXT, DocumentFormat.TXT),
        ("readme.Markdown", None, TEXT, DocumentFormat.MD),
        # Browsers often send a wrong or generic type; the extension and the bytes win.
        ("cv.pdf", "application/octet-stream", PDF, DocumentFormat.PDF),
        ("cv.md", "application/octet-stream", TEXT, DocumentFormat.MD),
        ("cv.txt", "application/pdf", TEXT, DocumentFormat.TXT),
        # Leading blank space or a BOM before the PDF header.
        ("cv.pdf", None, b"\xef\xbb\xbf\r\n  " + PDF, DocumentFormat.PDF),
        ("cv.txt", None, codecs.BOM_UTF8 + TEXT, DocumentFormat.TXT),
        ("cv.txt", None, "Jane Doe\nZürich\n".encode("utf-16"), DocumentFormat.TXT),
        ("cv.txt", None, "Jane Doe, Zürich, Málaga\n".encode("latin-1"), DocumentFormat.TXT),
        # No extension: the bytes or the declared type decide.
        ("cv", None, PDF, DocumentFormat.PDF),
        (None, None, DOCX, DocumentFormat.DOCX),
        ("", "", TEXT, DocumentFormat.TXT),
        ("cv", "application/pdf", PDF, DocumentFormat.PDF),
        ("cv", "text/markdown; charset=utf-8", TEXT, DocumentFormat.MD),
        ("Jane.Doe", "application/octet-stream", PDF, DocumentFormat.PDF),
        ("upload", DOCX_CONTENT_TYPE, DOCX, DocumentFormat.DOCX),
    ],
)
def test_detect_format_accepts(
    filename: str | None, content_type: str | None, head: bytes, expected: DocumentFormat
) -> None:
    assert detect_format(filename, content_type, head[:8192]) is expected


@pytest.mark.parametrize(
    ("filename", "content_type", "head", "message"),
    [
        ("virus.exe", None, EXE, "Unsupported file type '.exe'. Upload a PDF, DOCX, TXT or MD"),
        ("photo.png", "image/png", PNG, "Unsupported file type '.png'."),
        ("photo.PNG", "application/pdf", PDF, "Unsupported file type '.png'."),
        ("cv.doc", "application/msword", OLE, "Legacy Word .doc files are not supported."),
        ("cv", None, OLE, "Legacy Word .doc files are not supported."),
        ("cv.zip", "application/zip", PLAIN_ZIP, "Unsupported file type '.zip'."),
        ("cv", None, PLAIN_ZIP, "Unsupported file type. Upload a PDF, DOCX, TXT or MD file."),
        ("cv", None, KEYWORD_ZIP, "Unsupported file type. Upload a PDF, DOCX, TXT or MD file."),
        ("cv", "application/octet-stream", XLSX, "Unsupported file type. Upload a PDF, DOCX"),
        ("cv.xlsx", None, XLSX, "Unsupported file type '.xlsx'."),
        ("cv.pdf", "application/pdf", TEXT, "The file is named .pdf but its contents are not a"),
        ("cv.pdf", None, b"", "The file is empty."),
        ("cv.txt", "text/plain", b"", "The file is empty."),
        ("cv.docx", None, PDF, "The file is named .docx but its contents are not a Word (DOCX)"),
        ("cv.docx", None, OLE, "The DOCX file is password-protected or in the legacy .doc format"),
        ("cv.txt", "text/plain", PNG, "The file is named .txt but its contents are not plain"),
        ("cv.txt", None, EXE, "The file is named .txt but its contents are not plain text."),
        ("cv.md", None, PDF, "The file is named .md but its contents are not plain text."),
        # UTF-16 without a byte-order mark is indistinguishable from binary.
        ("cv.txt", None, "Jane".encode("utf-16-le"), "The file is named .txt but its contents"),
        ("cv", "application/pdf", TEXT, "The file was sent as application/pdf but its contents"),
        ("cv", "image/png", TEXT, "Unsupported file type 'image/png'."),
        ("cv", None, EXE, "Unsupported file type. Upload a PDF, DOCX, TXT or MD file."),
        (None, None, b"", "The file is empty."),
    ],
)
def test_detect_format_refuses(
    filename: str | None, content_type: str | None, head: bytes, message: str
) -> None:
    with pytest.raises(UnsupportedFormatError) as error:
        detect_format(filename, content_type, head[:8192])
    assert str(error.value).startswith(message)


def test_detect_format_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"^Unsupported file type '\.exe'\. Upload a PDF"):
        detect_format("setup.exe", None, EXE)


def test_detect_format_sees_through_paths_in_the_name() -> None:
    assert detect_format("C:\\Users\\jane\\cv.docx", None, DOCX) is DocumentFormat.DOCX
    assert detect_format("cv.pdf. ", None, PDF) is DocumentFormat.PDF


def test_detect_format_reads_a_head_cut_inside_a_utf8_character() -> None:
    head = ("é" * 10).encode()[:-1]
    assert detect_format("cv.txt", None, head) is DocumentFormat.TXT


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\cv.pdf", "cv.pdf"),
        ("/home/jane/uploads/Jane Doe CV.docx", "Jane Doe CV.docx"),
        ("cv\x00.pdf", "cv.pdf"),
        ("my\tcv\r\n  final.pdf", "my cv final.pdf"),
        ("cv\x1b[31m.pdf", "cv[31m.pdf"),
        ("evil\u202efdp.exe", "evilfdp.exe"),
        ("  Lebenslauf Müller.pdf  ", "Lebenslauf Müller.pdf"),
        ("bad\udcffbyte.txt", "badbyte.txt"),
        ("", "cv"),
        (None, "cv"),
        ("..", "cv"),
        ("...", "cv"),
        ("dir/", "cv"),
        ("\x00\x01\x02", "cv"),
    ],
)
def test_safe_filename(filename: str | None, expected: str) -> None:
    assert safe_filename(filename) == expected


def test_safe_filename_caps_length_and_keeps_the_extension() -> None:
    name = safe_filename("a" * 400 + ".pdf")
    assert len(name) == 255
    assert name == "a" * 251 + ".pdf"
    assert safe_filename("b" * 300) == "b" * 255
