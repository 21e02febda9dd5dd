"""Parse public taxonomies (ESCO CSV, O*NET TSV) into plain records.

The records are what gets stored (one row each) and later merged with the built-in
taxonomy by `taxonomy_merge.merge_taxonomy`. Parsers take an open text file or a path and
never touch the network; unknown extra columns are ignored, missing required ones raise
ValueError.
"""

import csv
import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import TextIO

Source = str | PathLike[str] | TextIO
MAX_LABEL_CHARS = 120  # longer "labels" are descriptions that slipped into a label column


@dataclass(frozen=True, slots=True)
class SkillRecord:
    """One skill of an external taxonomy."""

    source: str  # "esco" or "onet"
    concept_id: str  # ESCO concept URI, or "onet:<commodity code>:<example>"
    name: str  # the preferred label as published
    aliases: tuple[str, ...]  # alternative labels as published
    category: str  # ESCO broader skill group or O*NET commodity title; may be ""
    hot: bool = False  # O*NET "Hot Technology"


@dataclass(frozen=True, slots=True)
class OccupationRecord:
    """One occupation of an external taxonomy, with its alternate job titles."""

    source: str  # "esco" or "onet"
    code: str  # ESCO code ("2512.4") or O*NET-SOC code ("15-1252.00")
    title: str
    alternate_titles: tuple[str, ...]
    group: str  # ISCO-08 unit group ("2512") or SOC minor group ("15-12")


def parse_esco_skills(source: Source) -> Iterator[SkillRecord]:
    """ESCO skills CSV (either the digital collection or skills_en): preferredLabel, altLabels
    separated by " | " or by newlines, and the first broader group as the category."""
    with _text(source) as handle:
        for row in _rows(csv.DictReader(handle), ("conceptUri", "preferredLabel", "altLabels")):
            group = row.get("broaderConceptPT") or ""
            yield SkillRecord(
                source="esco",
                concept_id=row["conceptUri"].strip(),
                name=row["preferredLabel"].strip(),
                aliases=_labels(row["altLabels"]),
                category=group.split(" | ")[0].strip(),
            )


def parse_esco_occupations(source: Source) -> Iterator[OccupationRecord]:
    """ESCO occupations CSV: preferredLabel, altLabels and hiddenLabels (newline-separated),
    ISCO-08 unit group."""
    with _text(source) as handle:
        for row in _rows(csv.DictReader(handle), ("code", "iscoGroup", "preferredLabel")):
            hidden = _labels(row.get("hiddenLabels") or "")
            yield OccupationRecord(
                source="esco",
                code=row["code"].strip(),
                title=row["preferredLabel"].strip(),
                alternate_titles=tuple(dict.fromkeys(_labels(row.get("altLabels") or "") + hidden)),
                group=row["iscoGroup"].strip(),
            )


def parse_onet_technology_skills(source: Source) -> Iterator[SkillRecord]:
    """O*NET Technology Skills TSV: one record per distinct Example (O*NET lists the same
    product under many occupations), hot if any row flags it."""
    found: dict[str, tuple[str, str, bool]] = {}
    with _text(source) as handle:
        required = ("Example", "Commodity Code", "Commodity Title")
        for row in _rows(csv.DictReader(handle, delimiter="\t"), required):
            example = row["Example"].strip()
            hot = (row.get("Hot Technology") or "").strip().upper() == "Y"
            known = found.get(example)
            if known is None:
                found[example] = (
                    row["Commodity Code"].strip(),
                    row["Commodity Title"].strip(),
                    hot,
                )
            elif hot and not known[2]:
                found[example] = (known[0], known[1], True)
    for example, (code, title, hot) in sorted(found.items()):
        yield SkillRecord("onet", f"onet:{code}:{example}", example, (), title, hot)


def parse_onet_occupation_titles(source: Source) -> dict[str, str]:
    """O*NET Occupation Data TSV: SOC code -> occupation title."""
    with _text(source) as handle:
        rows = _rows(csv.DictReader(handle, delimiter="\t"), ("O*NET-SOC Code", "Title"))
        return {row["O*NET-SOC Code"].strip(): row["Title"].strip() for row in rows}


def parse_onet_alternate_titles(
    source: Source, titles: dict[str, str] | None = None
) -> Iterator[OccupationRecord]:
    """O*NET Alternate Titles TSV grouped by SOC code. The occupation's title comes from
    `titles` (parse_onet_occupation_titles), else its first alternate title."""
    grouped: dict[str, list[str]] = {}
    with _text(source) as handle:
        rows = _rows(csv.DictReader(handle, delimiter="\t"), ("O*NET-SOC Code", "Alternate Title"))
        for row in rows:
            alternates = grouped.setdefault(row["O*NET-SOC Code"].strip(), [])
            for column in ("Alternate Title", "Short Title"):
                label = (row.get(column) or "").strip()
                if label and label.lower() != "n/a" and len(label) <= MAX_LABEL_CHARS:
                    alternates.append(label)
    for code, alternates in sorted(grouped.items()):
        title = (titles or {}).get(code) or alternates[0]
        unique = tuple(dict.fromkeys(a for a in alternates if a != title))
        yield OccupationRecord("onet", code, title, unique, code[:5])


@contextmanager
def _text(source: Source) -> Iterator[TextIO]:
    if isinstance(source, str | PathLike):
        # utf-8-sig: some exports start with a byte-order mark that would rename column one.
        with Path(source).open(newline="", encoding="utf-8-sig") as handle:
            yield handle
    else:
        yield source


def _rows(reader: "csv.DictReader[str]", required: Iterable[str]) -> Iterator[dict[str, str]]:
    missing = [name for name in required if name not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"missing columns: {', '.join(missing)}")
    for row in reader:
        yield {key: value or "" for key, value in row.items() if key is not None}


def _labels(field: str) -> tuple[str, ...]:
    """Labels of a multi-valued field: " | " and line breaks both separate."""
    parts = (part.strip() for line in io.StringIO(field) for part in line.split(" | "))
    return tuple(dict.fromkeys(p for p in parts if p and len(p) <= MAX_LABEL_CHARS))
