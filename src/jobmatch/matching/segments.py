"""A batch of jobs as arrays: the storage behind JobIndex.

Term counts are kept column-wise (for each term, the jobs that use it and how often), so
that a query touches only the jobs that share one of its terms. Skills are (job, skill)
pairs sorted by job. Ids of terms, skills, families and places come from `Vocabulary`,
shared by all segments of an index.
"""

from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import Any

import numpy as np
import numpy.typing as npt

from jobmatch.matching.features import MAX_JOB_FAMILIES, JobFeatures
from jobmatch.matching.places import REMOTE_POLICIES

Ints = npt.NDArray[np.int32]
Floats = npt.NDArray[np.float64]
MAX_PLACE_PARTS = 4


class Vocabulary:
    """Ids for names, handed out in order of first sight."""

    __slots__ = ("_names", "ids")

    def __init__(self) -> None:
        # Looking up a new name hands out the next id, in C: builds index every term this way.
        self.ids: defaultdict[str, int] = defaultdict(count().__next__)
        self._names: list[str] = []

    def id(self, name: str) -> int:
        """The id of a name, new if needed."""
        return self.ids[name]

    def id_list(self, names: Iterable[str]) -> list[int]:
        """The ids of many names, new ones added in order."""
        return list(map(self.ids.__getitem__, names))

    @property
    def names(self) -> list[str]:
        """Names by id (dicts keep insertion order, so the keys are the names in id order)."""
        if len(self._names) != len(self.ids):
            self._names = list(self.ids)
        return self._names

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(slots=True)
class Vocabularies:
    """The vocabularies of one index."""

    terms: Vocabulary = field(default_factory=Vocabulary)
    skills: Vocabulary = field(default_factory=Vocabulary)
    families: Vocabulary = field(default_factory=Vocabulary)
    places: Vocabulary = field(default_factory=Vocabulary)


@dataclass(slots=True)
class Segment:
    """Jobs as arrays; a removed job stays as a row with alive False until compaction."""

    ids: list[str]
    titles: list[str]
    locations: list[str | None]
    alive: npt.NDArray[np.bool_]
    term_starts: npt.NDArray[np.int64]  # term id -> first position in term_rows
    term_rows: Ints  # the jobs using each term, term by term, jobs ascending
    term_counts: npt.NDArray[np.float32]
    lengths: Floats
    required: tuple[npt.NDArray[np.int64], Ints]  # per job: start offsets, skill ids
    nice: tuple[npt.NDArray[np.int64], Ints]
    required_evidence: Floats
    nice_evidence: Floats
    families: Ints  # (jobs, MAX_JOB_FAMILIES) family ids, -1 padded
    family_weights: Floats
    min_years: Floats  # NaN: not asked
    levels: Ints  # -1: not asked
    policies: Ints  # index in REMOTE_POLICIES, -1: unknown
    places: Ints  # (jobs, MAX_PLACE_PARTS) place ids, most specific first, -1 padded

    def __len__(self) -> int:
        return len(self.ids)

    def term_slices(self, term_ids: Sequence[int]) -> tuple[Ints, npt.NDArray[np.float32], Ints]:
        """For the given terms: the jobs using them, the counts, and which term each is."""
        known = np.array([t for t in term_ids if t + 1 < len(self.term_starts)], dtype=np.int64)
        which = np.array(
            [k for k, t in enumerate(term_ids) if t + 1 < len(self.term_starts)], dtype=np.int32
        )
        starts, ends = self.term_starts[known], self.term_starts[known + 1]
        sizes = ends - starts
        total = int(sizes.sum())
        # Positions of every slice laid end to end, without a Python loop over the terms.
        offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(sizes)[:-1])), sizes)
        positions = offsets + np.arange(total, dtype=np.int64)
        return self.term_rows[positions], self.term_counts[positions], np.repeat(which, sizes)

    def skills_of(self, lists: tuple[npt.NDArray[np.int64], Ints], row: int) -> Ints:
        """The skill ids of one job in a (starts, ids) list."""
        starts, ids = lists
        return ids[starts[row] : starts[row + 1]]

    def counts_of(self, row: int) -> dict[int, int]:
        """Every term id and count of one job (a scan: for updates, not for queries)."""
        positions = np.flatnonzero(self.term_rows == row)
        terms = np.searchsorted(self.term_starts, positions, side="right") - 1
        return dict(
            zip(terms.tolist(), self.term_counts[positions].astype(int).tolist(), strict=True)
        )

    @classmethod
    def concat(cls, parts: Sequence["Segment"], vocab: Vocabularies) -> "Segment":
        """The alive rows of several segments as one segment."""
        kept = [np.flatnonzero(part.alive) for part in parts]
        renumbered: list[Ints] = []
        columns: list[npt.NDArray[np.int64]] = []
        counts: list[npt.NDArray[np.float32]] = []
        offset = 0
        for part, rows in zip(parts, kept, strict=True):
            new_row = np.full(len(part), -1, dtype=np.int32)
            new_row[rows] = np.arange(offset, offset + len(rows), dtype=np.int32)
            term_of = np.repeat(np.arange(len(part.term_starts) - 1), np.diff(part.term_starts))
            keep = part.alive[part.term_rows]
            renumbered.append(new_row[part.term_rows[keep]])
            columns.append(term_of[keep])
            counts.append(part.term_counts[keep])
            offset += len(rows)
        all_columns = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
        order = np.argsort(all_columns, kind="stable")
        return cls(
            ids=[part.ids[r] for part, rows in zip(parts, kept, strict=True) for r in rows],
            titles=[part.titles[r] for part, rows in zip(parts, kept, strict=True) for r in rows],
            locations=[
                part.locations[r] for part, rows in zip(parts, kept, strict=True) for r in rows
            ],
            alive=np.ones(offset, dtype=np.bool_),
            term_starts=_starts(all_columns, len(vocab.terms)),
            term_rows=np.concatenate(renumbered)[order] if renumbered else np.zeros(0, np.int32),
            term_counts=np.concatenate(counts)[order] if counts else np.zeros(0, np.float32),
            lengths=_rows(parts, kept, "lengths"),
            required=_concat_lists(
                [(p.required, rows) for p, rows in zip(parts, kept, strict=True)]
            ),
            nice=_concat_lists([(p.nice, rows) for p, rows in zip(parts, kept, strict=True)]),
            required_evidence=_rows(parts, kept, "required_evidence"),
            nice_evidence=_rows(parts, kept, "nice_evidence"),
            families=_rows(parts, kept, "families"),
            family_weights=_rows(parts, kept, "family_weights"),
            min_years=_rows(parts, kept, "min_years"),
            levels=_rows(parts, kept, "levels"),
            policies=_rows(parts, kept, "policies"),
            places=_rows(parts, kept, "places"),
        )


class SegmentBuilder:
    """Builds a Segment one job at a time, keeping only compact arrays (no per-job objects),
    so that an index of 100k jobs is built in bounded memory."""

    def __init__(self, vocab: Vocabularies) -> None:
        self._vocab = vocab
        self._ids: list[str] = []
        self._titles: list[str] = []
        self._locations: list[str | None] = []
        self._terms, self._counts, self._owners = array("q"), array("f"), array("i")
        self._lengths, self._min_years = array("d"), array("d")
        self._required, self._nice = ([0], array("i")), ([0], array("i"))
        self._evidence: tuple[array[float], array[float]] = (array("d"), array("d"))
        self._families, self._family_weights = array("i"), array("d")
        self._levels, self._policies, self._places = array("i"), array("i"), array("i")

    def add(self, job: JobFeatures, evidence: tuple[float, float]) -> None:
        """Append one job, with its (required, nice) skill evidence."""
        vocab, row = self._vocab, len(self._ids)
        self._ids.append(job.id)
        self._titles.append(job.title)
        self._locations.append(job.location)
        self._terms.extend(vocab.terms.id_list(job.counts))
        self._counts.extend(job.counts.values())
        self._owners.extend([row] * len(job.counts))
        self._lengths.append(job.length)
        for (starts, ids), skills in ((self._required, job.required), (self._nice, job.nice)):
            ids.extend(vocab.skills.id_list(skills))
            starts.append(len(ids))
        self._evidence[0].append(evidence[0])
        self._evidence[1].append(evidence[1])
        families = [*job.families, *[("", 0.0)] * (MAX_JOB_FAMILIES - len(job.families))]
        self._families.extend(vocab.families.id(name) if name else -1 for name, _ in families)
        self._family_weights.extend(weight for _, weight in families)
        self._min_years.append(np.nan if job.min_years is None else job.min_years)
        self._levels.append(-1 if job.level is None else job.level)
        self._policies.append(REMOTE_POLICIES.index(job.policy) if job.policy else -1)
        parts = list(job.place[:MAX_PLACE_PARTS])
        self._places.extend([*vocab.places.id_list(parts), *[-1] * (MAX_PLACE_PARTS - len(parts))])

    def finish(self) -> Segment:
        """The segment of every job added."""
        n = len(self._ids)
        columns = np.frombuffer(self._terms, dtype=np.int64) if n else np.zeros(0, np.int64)
        order = np.argsort(columns, kind="stable")  # jobs stay ascending within a term
        return Segment(
            ids=self._ids,
            titles=self._titles,
            locations=self._locations,
            alive=np.ones(n, dtype=np.bool_),
            term_starts=_starts(columns, len(self._vocab.terms)),
            term_rows=np.array(self._owners, dtype=np.int32)[order],
            term_counts=np.array(self._counts, dtype=np.float32)[order],
            lengths=np.array(self._lengths, dtype=np.float64),
            required=_list_arrays(self._required),
            nice=_list_arrays(self._nice),
            required_evidence=np.array(self._evidence[0], dtype=np.float64),
            nice_evidence=np.array(self._evidence[1], dtype=np.float64),
            families=np.array(self._families, dtype=np.int32).reshape(n, MAX_JOB_FAMILIES),
            family_weights=np.array(self._family_weights).reshape(n, MAX_JOB_FAMILIES),
            min_years=np.array(self._min_years, dtype=np.float64),
            levels=np.array(self._levels, dtype=np.int32),
            policies=np.array(self._policies, dtype=np.int32),
            places=np.array(self._places, dtype=np.int32).reshape(n, MAX_PLACE_PARTS),
        )


def _list_arrays(lists: tuple[list[int], "array[int]"]) -> tuple[npt.NDArray[np.int64], Ints]:
    starts, ids = lists
    return np.array(starts, dtype=np.int64), np.array(ids, dtype=np.int32)


def _starts(columns: npt.NDArray[np.int64], size: int) -> npt.NDArray[np.int64]:
    counts = np.bincount(columns, minlength=size) if len(columns) else np.zeros(size, np.int64)
    return np.concatenate(([0], np.cumsum(counts))).astype(np.int64)


def _lists(lists: Sequence[Sequence[int]]) -> tuple[npt.NDArray[np.int64], Ints]:
    sizes = np.array([len(items) for items in lists], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    ids = np.array([i for items in lists for i in items], dtype=np.int32)
    return starts, ids


def _concat_lists(
    parts: Sequence[tuple[tuple[npt.NDArray[np.int64], Ints], npt.NDArray[np.intp]]],
) -> tuple[npt.NDArray[np.int64], Ints]:
    lists: list[Sequence[int]] = []
    for (starts, ids), rows in parts:
        lists.extend(ids[starts[r] : starts[r + 1]].tolist() for r in rows)
    return _lists(lists)


def _rows(parts: Sequence[Segment], kept: Sequence[npt.NDArray[np.intp]], name: str) -> Any:
    """One per-job array of every part, alive rows only (parts is never empty)."""
    return np.concatenate(
        [getattr(part, name)[rows] for part, rows in zip(parts, kept, strict=True)]
    )
