"""WHERE clauses shared by several repositories."""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, any_, bindparam

from jobmatch.models import Job


def location_contains(needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring of the job's location; % and _ in the input are literal."""
    escaped = needle.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")
    return Job.location.ilike(f"%{escaped}%", escape="\\")


def among(column: Any, values: Iterable[object]) -> ColumnElement[bool]:
    """column = ANY(one array parameter): unlike IN, any number of values (asyncpg takes at
    most 32,767 parameters per statement)."""
    clause: ColumnElement[bool] = column == any_(
        bindparam(None, list(values), type_=ARRAY(column.type))
    )
    return clause
