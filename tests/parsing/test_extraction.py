import pytest

from jobmatch.parsing import DocumentFormat, ParseError, ParseLimits, extract_text

from .documents import docx_bytes, pdf_bytes

NO_TEXT = "No text could be extracted (is it a scanned image?)."


def test_nul_and_control_characters_are_removed() -> None:
    data = "Jane\x00 Doe\x07\x1b[0m\nPy\u00adthon\u200b dev\ufeff\x7f\x9b".encode()
    assert extract_text(data, DocumentFormat.TXT) == "Jane Doe[0m\nPython dev"


def test_tabs_and_newlines_survive_cleaning() -> None:
    data = b"Skills:\tPython\tSQL\nLanguages:\tEnglish"
    assert extract_text(data, DocumentFormat.TXT) == "Skills:\tPython\tSQL\nLanguages:\tEnglish"


def test_newlines_are_normalised_and_blank_runs_collapsed() -> None:
    data = b"\r\n\r\n  Jane Doe  \r\nBerlin\rGermany\x0c\n\n\n\n\nPython  \t  SQL\n\n\n"
    assert extract_text(data, DocumentFormat.TXT) == "Jane Doe\nBerlin\nGermany\n\nPython\tSQL"


def test_unicode_spaces_become_plain_spaces() -> None:
    data = "Jane\u00a0Doe\u2003\u2003Berlin\u2028Python".encode()
    assert extract_text(data, DocumentFormat.TXT) == "Jane Doe Berlin\nPython"


def test_lone_surrogates_are_removed() -> None:
    # UTF-16 with an unpaired surrogate decodes to U+FFFD, never a lone surrogate.
    data = b"\xff\xfeJ\x00\x00\xd8a\x00"
    assert extract_text(data, DocumentFormat.TXT) == "J\ufffda"


@pytest.mark.parametrize(
    ("fmt", "data"),
    [
        (DocumentFormat.TXT, ("word " * 1000).encode()),
        (DocumentFormat.MD, ("word " * 1000).encode()),
        (DocumentFormat.PDF, pdf_bytes(*(["word " * 100] * 10))),
        (DocumentFormat.DOCX, docx_bytes(["word " * 100] * 10)),
    ],
)
def test_output_is_cut_to_max_chars(fmt: DocumentFormat, data: bytes) -> None:
    text = extract_text(data, fmt, ParseLimits(max_chars=42))
    assert text == "word word word word word word word word wo"
    assert len(text) == 42
    # A cut that ends in blank space loses it.
    assert extract_text(data, fmt, ParseLimits(max_chars=40)) == ("word " * 8).strip()


def test_default_max_chars_is_200_000() -> None:
    text = extract_text(b"a" * 300_000, DocumentFormat.TXT)
    assert len(text) == 200_000


@pytest.mark.parametrize(
    ("fmt", "data"),
    [
        (DocumentFormat.TXT, b""),
        (DocumentFormat.TXT, b"  \r\n\t\n  "),
        (DocumentFormat.TXT, b"\x00\x01\x02\x1b"),
        (DocumentFormat.MD, "\ufeff\u200b\u00a0".encode()),
        (DocumentFormat.PDF, pdf_bytes("")),
        (DocumentFormat.DOCX, docx_bytes()),
    ],
)
def test_empty_text_is_a_parse_error(fmt: DocumentFormat, data: bytes) -> None:
    with pytest.raises(ParseError) as error:
        extract_text(data, fmt)
    assert str(error.value) == NO_TEXT


def test_limits_are_frozen_with_documented_defaults() -> None:
    limits = ParseLimits()
    assert (limits.max_pages, limits.max_chars) == (50, 200_000)
    assert limits.max_uncompressed_bytes == 25 * 1024 * 1024
    assert limits.max_compression_ratio == 100
    with pytest.raises(AttributeError):
        limits.max_pages = 10  # type: ignore[misc]
