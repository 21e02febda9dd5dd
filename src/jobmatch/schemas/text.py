"""String types that refuse what PostgreSQL or a reader cannot take (NUL, control chars,
lone surrogates), so that bad text is a 422 at the edge, never a 500 in the database."""

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, StringConstraints

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Text-direction overrides and isolates, zero-width space, byte-order mark: invisible, and
# in a name or a title shown to others they reverse or hide what it says ("\u202egnp.exe").
# They are removed (text pasted from the web often carries them), not refused. The
# zero-width (non-)joiners stay: scripts such as Persian and Devanagari need them.
_INVISIBLE = re.compile("[\u200b\u202a-\u202e\u2066-\u2069\ufeff]")


def _no_control(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("must not contain NUL, control characters or invalid unicode")
    return value


def _single_line(value: str) -> str:
    if _CONTROL_OR_NEWLINE.search(value):
        raise ValueError("must be a single line without control characters or invalid unicode")
    if not _INVISIBLE.search(value):
        return value  # (a blank query parameter stays blank: it filters nothing)
    visible = _INVISIBLE.sub("", value).strip()
    if not visible:
        raise ValueError("must contain visible text")
    return visible


def _valid_unicode(value: str) -> str:
    if _SURROGATE.search(value):
        raise ValueError("must be valid unicode")
    return value


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


Line200 = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_single_line),
]
Line64 = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
    AfterValidator(_single_line),
]
LongText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=50_000),
    AfterValidator(_no_control),
]
Password = Annotated[
    str, StringConstraints(min_length=8, max_length=128), AfterValidator(_valid_unicode)
]
LoginPassword = Annotated[
    str, StringConstraints(min_length=1, max_length=128), AfterValidator(_valid_unicode)
]
# For query parameters: one line, any length limit is set by Query().
QueryText = Annotated[str, AfterValidator(_single_line)]
Seniority = Annotated[Literal["junior", "mid", "senior", "lead"], BeforeValidator(_lower)]
