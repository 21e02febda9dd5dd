"""Normalising extracted text into something PostgreSQL can store and matching can read."""

import re

# Every way a reader can spell a line or page break.
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# PostgreSQL text cannot hold NUL, asyncpg cannot encode lone surrogates, and the invisible
# format characters (soft hyphen, zero-width space, BOM) split words such as "Ja\xadva".
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff\ud800-\udfff]"
)
# Runs of horizontal space, including the no-break and typographic spaces PDFs are full of.
_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_TABS = re.compile(r" *\t[ \t]*")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str, max_chars: int) -> str:
    """Drop control characters, normalise breaks and spaces, and cut to max_chars."""
    text = _BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _TABS.sub("\t", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    return text[:max_chars].rstrip()
