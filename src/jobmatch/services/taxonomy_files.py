"""Read the ESCO / O*NET files a user names into one batch of records, or refuse them.

Every file is read whole and checked before anything is written: a missing, unreadable
or wrongly shaped file (wrong columns, not UTF-8, no records) raises TaxonomyFileError
naming the option and the file, so an import either takes all its files or none.
"""

import csv
from collections.abc import Callable, Iterable, Sized
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO, TypeVar

from jobmatch.matching.taxonomy_import import (
    OccupationRecord,
    SkillRecord,
    parse_esco_occupations,
    parse_esco_skills,
    parse_onet_alternate_titles,
    parse_onet_occupation_titles,
    parse_onet_technology_skills,
)

# Opens a file as text for a parser; the CLI hands in one that advances a progress bar.
TextOpener = Callable[[Path], AbstractContextManager[TextIO]]
_Record = TypeVar("_Record", SkillRecord, OccupationRecord)
_Read = TypeVar("_Read", bound=Sized)


class TaxonomyFileError(Exception):
    """A file given to the import cannot be used; the message says which and why."""


@dataclass(frozen=True, slots=True)
class TaxonomyFiles:
    """The files of one import, by kind (the CLI options)."""

    esco_skills: tuple[Path, ...] = ()
    esco_occupations: Path | None = None
    onet_technology: Path | None = None
    onet_alternate_titles: Path | None = None
    onet_occupations: Path | None = None  # only titles the alternate titles' occupations

    def paths(self) -> list[Path]:
        """Every file, in the order they are read."""
        optional = (
            self.onet_technology,
            self.esco_occupations,
            self.onet_occupations,
            self.onet_alternate_titles,
        )
        return [*self.esco_skills, *(path for path in optional if path is not None)]


@dataclass(slots=True)
class TaxonomyBatch:
    """What one import brings, by source. A source present here replaces that source's
    stored rows of the same kind; a source absent keeps them."""

    skills: dict[str, list[SkillRecord]] = field(default_factory=dict)
    occupations: dict[str, list[OccupationRecord]] = field(default_factory=dict)


def open_text(path: Path) -> AbstractContextManager[TextIO]:
    # utf-8-sig: some exports start with a byte-order mark that would rename column one.
    return path.open(newline="", encoding="utf-8-sig")


def read_taxonomy_files(files: TaxonomyFiles, opener: TextOpener = open_text) -> TaxonomyBatch:
    """All the records of these files, with duplicates within a source merged."""
    if not files.paths():
        raise TaxonomyFileError("no file given: name at least one taxonomy file")
    if files.onet_occupations is not None and files.onet_alternate_titles is None:
        raise TaxonomyFileError(
            "--onet-occupations only names the occupations of --onet-alternate-titles: give both"
        )
    batch = TaxonomyBatch()
    if files.esco_skills:
        esco = [
            _read("--esco-skills", p, opener, _all(parse_esco_skills)) for p in files.esco_skills
        ]
        batch.skills["esco"] = _unique_skills(record for found in esco for record in found)
    if files.onet_technology is not None:
        onet = _read(
            "--onet-technology", files.onet_technology, opener, _all(parse_onet_technology_skills)
        )
        batch.skills["onet"] = _unique_skills(onet)
    if files.esco_occupations is not None:
        esco_occupations = _read(
            "--esco-occupations", files.esco_occupations, opener, _all(parse_esco_occupations)
        )
        batch.occupations["esco"] = _unique_occupations(esco_occupations)
    if files.onet_alternate_titles is not None:
        titles: dict[str, str] = {}
        if files.onet_occupations is not None:
            path = files.onet_occupations
            titles = _read("--onet-occupations", path, opener, parse_onet_occupation_titles)
        onet_occupations = _read(
            "--onet-alternate-titles",
            files.onet_alternate_titles,
            opener,
            lambda handle: list(parse_onet_alternate_titles(handle, titles)),
        )
        batch.occupations["onet"] = _unique_occupations(onet_occupations)
    return batch


def _all(parse: Callable[[TextIO], Iterable[_Record]]) -> Callable[[TextIO], list[_Record]]:
    return lambda handle: list(parse(handle))


def _read(option: str, path: Path, opener: TextOpener, parse: Callable[[TextIO], _Read]) -> _Read:
    """Parse one file whole; what a bad file raises becomes one readable TaxonomyFileError."""
    try:
        with opener(path) as handle:
            found = parse(handle)
    except FileNotFoundError:
        raise TaxonomyFileError(f"{option} {path}: no such file") from None
    except IsADirectoryError:
        raise TaxonomyFileError(f"{option} {path}: is a directory, not a file") from None
    except PermissionError:
        raise TaxonomyFileError(f"{option} {path}: permission denied") from None
    except OSError as exc:
        raise TaxonomyFileError(f"{option} {path}: cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise TaxonomyFileError(f"{option} {path}: not UTF-8 text") from None
    except (ValueError, csv.Error) as exc:
        raise TaxonomyFileError(f"{option} {path}: not the expected format ({exc})") from None
    if not found:
        raise TaxonomyFileError(f"{option} {path}: no records (only a header, or empty)")
    return found


def _unique_skills(records: Iterable[SkillRecord]) -> list[SkillRecord]:
    """One record per concept: ESCO lists some skills in several files (the digital and the
    cross-sector collections). Labels are united, the first non-empty category kept."""
    merged: dict[str, SkillRecord] = {}
    for record in records:
        known = merged.setdefault(record.concept_id, record)
        merged[record.concept_id] = replace(
            known,
            aliases=tuple(dict.fromkeys((*known.aliases, *record.aliases))),
            category=known.category or record.category,
            hot=known.hot or record.hot,
        )
    return list(merged.values())


def _unique_occupations(records: Iterable[OccupationRecord]) -> list[OccupationRecord]:
    """One record per code (the ESCO occupations file repeats a few rows)."""
    merged: dict[str, OccupationRecord] = {}
    for record in records:
        known = merged.setdefault(record.code, record)
        titles = (*known.alternate_titles, *record.alternate_titles)
        merged[record.code] = replace(known, alternate_titles=tuple(dict.fromkeys(titles)))
    return list(merged.values())
