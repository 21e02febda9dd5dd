"""A batch of candidates as arrays: the storage behind CandidateIndex.

Each candidate's terms, skills and title families are lists of (id, value) stored row by
row (`RowLists`); skills and families also get a column view (for each id, the
candidates that have it), which is what scoring one job reads. Ids come from the index's
`Vocabularies`, shared by all its segments.
"""

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from jobmatch.matching.places import REMOTE_POLICIES
from jobmatch.matching.prepared import PreparedCandidate
from jobmatch.matching.segments import MAX_PLACE_PARTS, Floats, Ints, Vocabularies

Starts = npt.NDArray[np.int64]


def starts_of(sizes: Sequence[int] | npt.NDArray[np.int64]) -> Starts:
    """Where each of lists of these sizes starts when laid end to end, and the total."""
    starts = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=starts[1:])
    return starts


@dataclass(slots=True)
class RowLists:
    """Lists of (id, value) per row: row r's entries are at starts[r]:starts[r + 1]."""

    starts: Starts
    ids: Ints
    values: npt.NDArray[Any]

    @classmethod
    def of(cls, sizes: Sequence[int], ids: Iterable[int], values: npt.NDArray[Any]) -> "RowLists":
        """Rows of the given sizes, laid end to end."""
        starts = starts_of(sizes)
        return cls(starts, np.fromiter(ids, dtype=np.int32, count=int(starts[-1])), values)

    def __len__(self) -> int:
        return len(self.starts) - 1

    def owners(self) -> Ints:
        """The row of every entry."""
        return np.repeat(np.arange(len(self), dtype=np.int32), np.diff(self.starts))

    def row(self, row: int) -> tuple[Ints, npt.NDArray[Any]]:
        """One row's ids and values."""
        start, end = self.starts[row], self.starts[row + 1]
        return self.ids[start:end], self.values[start:end]

    def take(self, rows: npt.NDArray[np.intp]) -> "RowLists":
        """These rows only, in this order."""
        sizes = np.diff(self.starts)[rows]
        starts = starts_of(sizes)
        # Positions of every kept slice laid end to end, without a Python loop over rows.
        positions = np.repeat(self.starts[rows] - starts[:-1], sizes) + np.arange(starts[-1])
        return RowLists(starts, self.ids[positions], self.values[positions])

    @classmethod
    def concat(cls, parts: Sequence["RowLists"]) -> "RowLists":
        """The rows of several lists, one after the other (parts is never empty)."""
        starts = starts_of(np.concatenate([np.diff(part.starts) for part in parts]))
        ids = np.concatenate([part.ids for part in parts])
        return cls(starts, ids, np.concatenate([part.values for part in parts]))


@dataclass(slots=True)
class Columns:
    """RowLists read by id: the rows and values of id i are at bounds[i]:bounds[i + 1]."""

    bounds: Starts
    rows: Ints
    values: npt.NDArray[Any]

    @classmethod
    def of(cls, lists: RowLists, size: int) -> "Columns":
        """The column view of lists whose ids are below `size`."""
        order = np.argsort(lists.ids, kind="stable")  # rows stay ascending within an id
        bounds = starts_of(np.bincount(lists.ids, minlength=size))
        return cls(bounds, lists.owners()[order], lists.values[order])

    def column(self, id_: int) -> tuple[Ints, npt.NDArray[Any]]:
        """The rows that have this id, and their values (none for an id unknown here)."""
        if not 0 <= id_ < len(self.bounds) - 1:
            return self.rows[:0], self.values[:0]
        start, end = self.bounds[id_], self.bounds[id_ + 1]
        return self.rows[start:end], self.values[start:end]


@dataclass(slots=True)
class CandidateSegment:
    """Candidates as arrays; a removed one stays as a row with alive False until compaction."""

    ids: list[str]
    alive: npt.NDArray[np.bool_]
    terms: RowLists  # term ids sorted by the term itself; values: counts (int32)
    skills: RowLists  # values unused (int8 ones)
    families: RowLists  # values: the family weights found in the CV
    years: Floats  # NaN: unknown
    levels: Ints  # -1: unknown
    preferences: Ints  # index in REMOTE_POLICIES, -1: none
    places: Ints  # (candidates, MAX_PLACE_PARTS) place ids, most specific first, -1 padded
    skill_columns: Columns
    family_columns: Columns

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(
        cls, candidates: Iterable[tuple[str, PreparedCandidate]], vocab: Vocabularies
    ) -> "CandidateSegment":
        """A segment of these candidates (ids unique)."""
        ids: list[str] = []
        sizes: tuple[list[int], list[int], list[int]] = ([], [], [])
        terms, skills, families = array("i"), array("i"), array("i")
        counts, weights, years = array("i"), array("d"), array("d")
        levels, preferences, places = array("i"), array("i"), array("i")
        for candidate_id, candidate in candidates:
            ids.append(candidate_id)
            terms.extend(vocab.terms.id_list(candidate.terms))
            counts.extend(candidate.counts)
            skills.extend(vocab.skills.id_list(candidate.skills))
            families.extend(vocab.families.id_list(name for name, _ in candidate.families))
            weights.extend(weight for _, weight in candidate.families)
            for sizes_of, items in zip(sizes, (candidate.terms, candidate.skills,
                                               candidate.families), strict=True):  # fmt: skip
                sizes_of.append(len(items))
            years.append(np.nan if candidate.years is None else candidate.years)
            levels.append(-1 if candidate.level is None else candidate.level)
            preference = candidate.preference
            preferences.append(REMOTE_POLICIES.index(preference) if preference else -1)
            parts = vocab.places.id_list(candidate.place[:MAX_PLACE_PARTS])
            places.extend([*parts, *[-1] * (MAX_PLACE_PARTS - len(parts))])
        skill_lists = RowLists.of(sizes[1], skills, np.ones(len(skills), dtype=np.int8))
        family_lists = RowLists.of(sizes[2], families, np.array(weights, dtype=np.float64))
        return cls.of_parts(
            ids,
            RowLists.of(sizes[0], terms, np.array(counts, dtype=np.int32)),
            skill_lists,
            family_lists,
            np.array(years, dtype=np.float64),
            np.array(levels, dtype=np.int32),
            np.array(preferences, dtype=np.int32),
            np.array(places, dtype=np.int32).reshape(len(ids), MAX_PLACE_PARTS),
            vocab,
        )

    @classmethod
    def of_parts(
        cls,
        ids: list[str],
        terms: RowLists,
        skills: RowLists,
        families: RowLists,
        years: Floats,
        levels: Ints,
        preferences: Ints,
        places: Ints,
        vocab: Vocabularies,
    ) -> "CandidateSegment":
        """A segment from its row arrays; the column views are derived."""
        return cls(
            ids=ids,
            alive=np.ones(len(ids), dtype=np.bool_),
            terms=terms,
            skills=skills,
            families=families,
            years=years,
            levels=levels,
            preferences=preferences,
            places=places,
            skill_columns=Columns.of(skills, len(vocab.skills)),
            family_columns=Columns.of(families, len(vocab.families)),
        )

    @classmethod
    def concat(cls, parts: Sequence["CandidateSegment"], vocab: Vocabularies) -> "CandidateSegment":
        """The alive rows of several segments as one segment (parts is never empty)."""
        kept = [np.flatnonzero(part.alive) for part in parts]
        pairs = list(zip(parts, kept, strict=True))
        return cls.of_parts(
            [part.ids[row] for part, rows in pairs for row in rows],
            RowLists.concat([part.terms.take(rows) for part, rows in pairs]),
            RowLists.concat([part.skills.take(rows) for part, rows in pairs]),
            RowLists.concat([part.families.take(rows) for part, rows in pairs]),
            np.concatenate([part.years[rows] for part, rows in pairs]),
            np.concatenate([part.levels[rows] for part, rows in pairs]),
            np.concatenate([part.preferences[rows] for part, rows in pairs]),
            np.concatenate([part.places[rows] for part, rows in pairs]),
            vocab,
        )

    def prepared(self, row: int, vocab: Vocabularies, *, terms: bool = True) -> PreparedCandidate:
        """One row back as the PreparedCandidate it was built from; without its terms
        (hundreds a CV, most of the cost) when the caller has the candidate's query."""
        term_ids, counts = self.terms.row(row)
        if not terms:
            term_ids, counts = term_ids[:0], counts[:0]
        skill_ids, _ = self.skills.row(row)
        family_ids, weights = self.families.row(row)
        names, skills = vocab.terms.names, vocab.skills.names
        families, places = vocab.families.names, vocab.places.names
        years, level, preference = self.years[row], self.levels[row], self.preferences[row]
        # Python ints (tolist) index the name lists several times faster than numpy's.
        return PreparedCandidate(
            skills=tuple(skills[s] for s in skill_ids.tolist()),
            terms=tuple(names[t] for t in term_ids.tolist()),
            counts=tuple(counts.tolist()),
            families=tuple(
                (families[f], w) for f, w in zip(family_ids.tolist(), weights.tolist(), strict=True)
            ),
            years=None if np.isnan(years) else float(years),
            level=None if level < 0 else int(level),
            place=tuple(places[p] for p in self.places[row] if p >= 0),
            preference=REMOTE_POLICIES[preference] if preference >= 0 else None,
        )
