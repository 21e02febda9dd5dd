"""WHERE clauses shared by several repositories."""

from sqlalchemy import ColumnElement

from jobmatch.models import Job


def location_contains(needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring of the job's location; % and _ in the input are literal."""
    escaped = needle.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")
    return Job.location.ilike(f"%{escaped}%", escape="\\")
