import codecs

import pytest

from jobmatch.parsing import DocumentFormat, extract_text
from jobmatch.parsing.plaintext import decode_text, looks_like_text

CV = "Jane Doe — Développeuse Python\nZürich, Málaga\nC++, C#, .NET"


@pytest.mark.parametrize(
    "data",
    [
        CV.encode(),
        codecs.BOM_UTF8 + CV.encode(),
        CV.encode("utf-16"),
        codecs.BOM_UTF16_BE + CV.encode("utf-16-be"),
        CV.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "utf-32"],
)
def test_unicode_text_files(data: bytes) -> None:
    assert extract_text(data, DocumentFormat.TXT) == CV


def test_latin1_text_file() -> None:
    data = "Jane Doe\nZürich, Málaga, Ærøskøbing\n".encode("latin-1")
    assert extract_text(data, DocumentFormat.TXT) == "Jane Doe\nZürich, Málaga, Ærøskøbing"


def test_windows_1252_punctuation() -> None:
    text = "\u201cSenior\u201d developer \u2013 5 years, 3 000 \u20ac"
    assert extract_text(text.encode("cp1252"), DocumentFormat.TXT) == text


def test_byte_undefined_in_windows_1252_falls_back_to_latin1() -> None:
    # 0x81 has no cp1252 meaning; Latin-1 maps it to a C1 control, which cleaning drops.
    assert extract_text(b"Caf\xe9 \x81ok", DocumentFormat.TXT) == "Café ok"


def test_damaged_utf8_keeps_the_good_letters() -> None:
    data = "Zürich Málaga Ærø ".encode() + b"\xff" + b" end"
    assert extract_text(data, DocumentFormat.TXT) == "Zürich Málaga Ærø \ufffd end"


def test_markdown_is_kept_as_text() -> None:
    data = b"# Jane Doe\n\n**Skills**: C#, C++, Node.js\n"
    assert extract_text(data, DocumentFormat.MD) == "# Jane Doe\n\n**Skills**: C#, C++, Node.js"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"plain ascii\n", "plain ascii\n"),
        (codecs.BOM_UTF8 + "é".encode(), "é"),
        ("é".encode("utf-16"), "é"),
        (b"\xe9t\xe9", "été"),
        (b"", ""),
    ],
)
def test_decode_text(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"Jane Doe\r\n\tPython\x0c", True),
        ("Zürich".encode("utf-16"), True),
        ("Zürich".encode("latin-1"), True),
        (b"", False),
        (b"Jane\x00Doe", False),
        (b"\x01\x02\x03 mostly controls", False),
        (bytes(range(0x80, 0x100)) * 4, False),
        (codecs.BOM_UTF16_LE + b"\x00\xd8\x00\xd8", False),
    ],
)
def test_looks_like_text(head: bytes, expected: bool) -> None:
    assert looks_like_text(head) is expected
