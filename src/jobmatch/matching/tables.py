"""The text-table format of the built-in taxonomy data (skills and job-title families).

One entry per line, ``name | aliases | related``, after a ``[section]`` line; aliases and
related names are comma-separated; a line ending in a comma goes on with the next one, and a
line starting with a bar goes on with the previous one.
"""

from collections.abc import Iterator
from dataclasses import dataclass

# An alias marked "!" is taken in free text when its casing matches or the words around it
# are technical; "?" needs both (see taxonomy_data).
LOOSE, STRICT = "!", "?"
# A job title marked "~" counts in job titles and CV headlines only (see titles.TitleFamily).
HEADLINE_ONLY = "~"


@dataclass(frozen=True, slots=True)
class Row:
    """One parsed table entry."""

    name: str
    section: str
    aliases: tuple[str, ...]  # lowercased, without markers, never the name itself
    related: tuple[str, ...]
    marked: tuple[str, ...]  # aliases as written with their "!" or "?" marker


def parse_rows(table: str) -> Iterator[Row]:
    """Entries of one table, in order."""
    section = ""
    for line in _logical_lines(table):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        fields = [field.strip() for field in line.split("|")]
        name, aliases, related = [*fields, "", ""][:3]
        if len(fields) > 3 or not name or name != name.lower() or not section:
            raise ValueError(f"expected '[category]' then 'name | aliases | related': {line!r}")
        listed = [alias.strip() for alias in aliases.split(",") if alias.strip()]
        plain = (alias.lstrip(LOOSE + STRICT).lower() for alias in listed)
        yield Row(
            name=name,
            section=section,
            aliases=tuple(dict.fromkeys(a for a in plain if a != name)),
            related=tuple(r.strip() for r in related.split(",") if r.strip()),
            marked=tuple(alias for alias in listed if alias[0] in (LOOSE, STRICT)),
        )


def _logical_lines(table: str) -> Iterator[str]:
    """Non-blank, non-comment lines; one ending in a comma goes on with the next, and one
    starting with a bar goes on with the previous one."""
    lines: list[str] = []
    pending = ""
    for raw in table.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("|") and lines and not pending:
            pending = lines.pop()
        pending = f"{pending} {line}" if pending else line
        if not pending.endswith(","):
            lines.append(pending)
            pending = ""
    if pending:
        lines.append(pending)
    return iter(lines)


def symmetric_links(names: dict[str, tuple[str, ...]], what: str) -> dict[str, frozenset[str]]:
    """Related links made two-way; every target must be one of the names."""
    links: dict[str, set[str]] = {name: set() for name in names}
    for name, related in names.items():
        for other in related:
            if other not in links:
                raise ValueError(f"{what} {name!r}: related {other!r} is not a {what}")
            if other != name:
                links[name].add(other)
                links[other].add(name)
    return {name: frozenset(others) for name, others in links.items() if others}
