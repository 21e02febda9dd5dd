import logging

import pytest
from pypdf import PageObject

from jobmatch.parsing import DocumentFormat, ParseError, ParseLimits, extract_text

from .documents import encrypted_pdf, pdf_bytes

CV_PAGES = (
    "Jane Doe\nSenior Python Developer\nBerlin, Germany",
    "Experience\nAcme GmbH (2019-2024): FastAPI, PostgreSQL, Kubernetes",
    "Education\nMSc Computer Science, TU München",
)


def test_multi_page_pdf_text_in_page_order() -> None:
    text = extract_text(pdf_bytes(*CV_PAGES), DocumentFormat.PDF)
    assert text == "\n\n".join(CV_PAGES)


def test_pdf_strings_with_parentheses_and_backslashes() -> None:
    text = extract_text(pdf_bytes("C++ (expert) \\ C# (basic)"), DocumentFormat.PDF)
    assert text == "C++ (expert) \\ C# (basic)"


def test_pdf_at_the_page_limit_is_read() -> None:
    pages = [f"Page {n}" for n in range(1, 6)]
    text = extract_text(pdf_bytes(*pages), DocumentFormat.PDF, ParseLimits(max_pages=5))
    assert text.splitlines()[::2] == pages


def test_pdf_over_the_page_limit() -> None:
    pdf = pdf_bytes(*(f"Page {n}" for n in range(1, 52)))
    with pytest.raises(ParseError, match=r"^The document has more than 50 pages\.$"):
        extract_text(pdf, DocumentFormat.PDF)
    with pytest.raises(ParseError, match=r"^The document has more than 3 pages\.$"):
        extract_text(pdf_bytes(*"abcd"), DocumentFormat.PDF, ParseLimits(max_pages=3))


def test_password_protected_pdf() -> None:
    pdf = encrypted_pdf(pdf_bytes(*CV_PAGES), user_password="secret")
    assert b"Jane Doe" not in pdf
    with pytest.raises(ParseError, match=r"^The PDF is password-protected\.$"):
        extract_text(pdf, DocumentFormat.PDF)


def test_pdf_encrypted_with_an_empty_user_password_opens() -> None:
    # Copy- or print-restricted PDFs: only the owner password is set.
    pdf = encrypted_pdf(pdf_bytes(*CV_PAGES), user_password="")
    assert b"Jane Doe" not in pdf
    assert extract_text(pdf, DocumentFormat.PDF).startswith("Jane Doe\nSenior Python Developer")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.97])
def test_truncated_pdf(keep: float) -> None:
    pdf = pdf_bytes(*CV_PAGES)
    with pytest.raises(ParseError, match=r"^The PDF is damaged and could not be read\.$"):
        extract_text(pdf[: int(len(pdf) * keep)], DocumentFormat.PDF)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 20,
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF\n",
        b"%PDF-",
        b"",
        b"PK\x03\x04 definitely not a pdf",
    ],
)
def test_corrupt_pdf(data: bytes) -> None:
    with pytest.raises(ParseError, match=r"^The PDF is damaged and could not be read\.$"):
        extract_text(data, DocumentFormat.PDF)


def test_pdf_with_a_broken_xref_is_repaired_quietly(caplog: pytest.LogCaptureFixture) -> None:
    pdf = pdf_bytes(*CV_PAGES).replace(b"startxref\n", b"startxref\n1")
    caplog.set_level(logging.DEBUG)
    assert extract_text(pdf, DocumentFormat.PDF) == "\n\n".join(CV_PAGES)
    assert [r.name for r in caplog.records if r.name.startswith("pypdf")] == []


def test_pdf_without_text() -> None:
    with pytest.raises(ParseError, match=r"^No text could be extracted \(is it a scanned image"):
        extract_text(pdf_bytes("", "  ", ""), DocumentFormat.PDF)


def test_pdf_reading_stops_once_enough_text_is_collected(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    extract = PageObject.extract_text

    def counting(page: PageObject) -> str:
        calls.append(1)
        return extract(page)

    monkeypatch.setattr(PageObject, "extract_text", counting)
    # 40 pages of 2,000 characters each, but only 100 characters are wanted: the raw
    # budget (4 x 100 + 4,096) is reached on the third page.
    pages = [f"page{n:02d} " + "x" * 1990 for n in range(40)]
    text = extract_text(pdf_bytes(*pages), DocumentFormat.PDF, ParseLimits(max_chars=100))
    assert text == pages[0][:100]
    assert len(calls) == 3
