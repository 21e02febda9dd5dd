"""WHERE clauses shared by several repositories."""

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, any_, bindparam, true

from jobmatch.models import Job

_WORD = re.compile(r"[^\W_]+")


def location_contains(needle: str) -> ColumnElement[bool]:
    """The job's location has words starting with the input's words, in order, any case:
    "NY" finds "New York, NY" but not "Germany", "san fran" finds "San Francisco, CA".
    Until 2026-12-06 this was a substring match ("NY" found Berlin, Germany; "CA" Chicago).
    Input without a letter or digit filters nothing."""
    words = _WORD.findall(needle)
    if not words:
        return true()
    # Letters and digits only, so nothing in the pattern is a regex operator.
    pattern = ".*".join(rf"\m{word}" for word in words)
    return Job.location.regexp_match(pattern, flags="i")


def among(column: Any, values: Iterable[object]) -> ColumnElement[bool]:
    """column = ANY(one array parameter): unlike IN, any number of values (asyncpg takes at
    most 32,767 parameters per statement)."""
    clause: ColumnElement[bool] = column == any_(
        bindparam(None, list(values), type_=ARRAY(column.type))
    )
    return clause
