import io
import os
import zipfile

import pytest

from jobmatch.parsing import DocumentFormat, ParseError, ParseLimits, extract_text

from .documents import MIB, docx_bytes, zip_bytes

INVALID = r"^The DOCX file is not a valid Word document\.$"


def test_docx_paragraphs_and_table_cells() -> None:
    data = docx_bytes(
        ["Jane Doe", "Senior Python Developer", "", "Experience at Acme"],
        table=[["Skills", "Python, SQL"], ["Languages", "English, Deutsch"]],
    )
    assert extract_text(data, DocumentFormat.DOCX) == (
        "Jane Doe\nSenior Python Developer\n\nExperience at Acme\n"
        "Skills\tPython, SQL\nLanguages\tEnglish, Deutsch"
    )


def test_docx_header_comes_first() -> None:
    data = docx_bytes(["Experience"], header="Jane Doe - jane@example.com")
    assert extract_text(data, DocumentFormat.DOCX) == "Jane Doe - jane@example.com\nExperience"


def test_docx_layout_table_reads_cell_by_cell() -> None:
    data = docx_bytes(table=[["Contact\nBerlin", "Experience\nAcme GmbH\nGlobex"]])
    assert extract_text(data, DocumentFormat.DOCX) == (
        "Contact\nBerlin\nExperience\nAcme GmbH\nGlobex"
    )


def test_docx_merged_cells_are_read_once() -> None:
    document = _document_xml(
        "<w:tbl><w:tr>"
        "<w:tc><w:tcPr><w:gridSpan w:val='2'/></w:tcPr>"
        "<w:p><w:r><w:t>Skills</w:t></w:r></w:p></w:tc>"
        "</w:tr><w:tr>"
        "<w:tc><w:p><w:r><w:t>Go</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Rust</w:t></w:r></w:p></w:tc>"
        "</w:tr></w:tbl>"
    )
    assert extract_text(document, DocumentFormat.DOCX) == "Skills\nGo\tRust"


def test_docx_skips_deleted_text_and_field_codes_and_reads_insertions() -> None:
    document = _document_xml(
        "<w:p><w:r><w:t xml:space='preserve'>Python </w:t></w:r>"
        "<w:del w:id='1' w:author='x'><w:r><w:delText>COBOL</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='x'><w:r><w:t>Go</w:t></w:r></w:ins>"
        "<w:r><w:tab/><w:t>mail:</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        '<w:r><w:instrText>HYPERLINK "mailto:jane@example.com"</w:instrText></w:r>'
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        "<w:r><w:t>jane@example.com</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>"
    )
    assert extract_text(document, DocumentFormat.DOCX) == "Python Go\tmail:jane@example.com"


def test_docx_text_box_is_read_once() -> None:
    box = "<w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent>"
    document = _document_xml(
        "<w:p><w:r><w:t>Before</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p><w:p><w:r><w:t>After</w:t></w:r></w:p>"
    )
    assert extract_text(document, DocumentFormat.DOCX) == "Before\nIn a box\nAfter"


def test_docx_zip_bomb_by_total_size() -> None:
    bomb = _with_entry(docx_bytes(["Jane"]), "word/media/image1.png", bytes(30 * MIB))
    assert len(bomb) < 200_000
    with pytest.raises(ParseError) as error:
        extract_text(bomb, DocumentFormat.DOCX)
    assert str(error.value) == "The DOCX file expands to more than 25 MiB (possible zip bomb)."


def test_docx_zip_bomb_as_document_xml() -> None:
    bomb = zip_bytes(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document>" + bytes(30 * MIB),
        }
    )
    with pytest.raises(ParseError, match=r"expands to more than 25 MiB \(possible zip bomb\)"):
        extract_text(bomb, DocumentFormat.DOCX)


def test_docx_zip_bomb_by_compression_ratio() -> None:
    bomb = _with_entry(docx_bytes(["Jane"]), "word/media/image1.png", bytes(5 * MIB))
    with pytest.raises(ParseError) as error:
        extract_text(bomb, DocumentFormat.DOCX)
    assert str(error.value) == (
        "The DOCX file contains a part compressed more than 100 to 1 (possible zip bomb)."
    )


def test_docx_size_limit_is_configurable() -> None:
    data = docx_bytes(["Jane Doe"])
    limits = ParseLimits(max_uncompressed_bytes=2 * 1024)
    with pytest.raises(ParseError, match=r"^The DOCX file expands to more than 2 KiB "):
        extract_text(data, DocumentFormat.DOCX, limits)


def test_docx_with_large_incompressible_part_is_fine() -> None:
    data = _with_entry(docx_bytes(["Jane Doe"]), "word/media/photo.jpg", os.urandom(2 * MIB))
    assert extract_text(data, DocumentFormat.DOCX) == "Jane Doe"


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(4096),
        b"",
        b"PK\x03\x04" + bytes(100),
        zip_bytes({"hello.txt": b"not a word document"}),
        zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<broken"}),
    ],
)
def test_invalid_docx(data: bytes) -> None:
    with pytest.raises(ParseError, match=INVALID):
        extract_text(data, DocumentFormat.DOCX)


def test_truncated_docx() -> None:
    data = docx_bytes(["Jane Doe"] * 50)
    with pytest.raises(ParseError, match=INVALID):
        extract_text(data[: len(data) // 2], DocumentFormat.DOCX)


def test_docx_without_text() -> None:
    with pytest.raises(ParseError, match=r"^No text could be extracted"):
        extract_text(docx_bytes(["", "   "]), DocumentFormat.DOCX)


def _with_entry(data: bytes, name: str, content: bytes) -> bytes:
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


def _document_xml(body: str) -> bytes:
    """A valid DOCX whose body is replaced by the given WordprocessingML."""
    namespaces = (
        "xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
        "xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' "
        "xmlns:v='urn:schemas-microsoft-com:vml'"
    )
    xml = f"<w:document {namespaces}><w:body>{body}</w:body></w:document>".encode()
    with zipfile.ZipFile(io.BytesIO(docx_bytes(["placeholder"]))) as source:
        entries = {
            info.filename: xml if info.filename == "word/document.xml" else source.read(info)
            for info in source.infolist()
        }
    return zip_bytes(entries)
