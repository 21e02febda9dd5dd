"""Every candidate's text query at once: relevance.select_query over a segment's arrays.

A CV's query is its `limit` most telling terms (count x IDF, ties by the term), so it
depends on the corpus statistics: CandidateIndex chooses the queries again, all at once,
whenever the statistics change, and keeps them until the next change. The choice is exact
(the same terms and weights as select_query): per candidate the limit-th largest weight is
found with np.partition over padded chunks of rows, and equal weights at that cut are
taken in term order, which is the order of a row's terms.
"""

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from jobmatch.matching.candidate_segments import RowLists, starts_of
from jobmatch.matching.corpus import CorpusStats
from jobmatch.matching.segments import Floats, Ints, Vocabulary

CHUNK_ROWS = 4096  # candidates whose queries are chosen together: bounds the memory used
BLOCK_ROWS = 128  # rows of similar sizes padded to the same width


@dataclass(frozen=True, slots=True)
class QueryTable:
    """Every candidate's query as entries (row, term id, weight), row by row."""

    rows: Ints
    terms: Ints
    weights: Floats
    sums: Floats  # per row: the sum of its query's weights (0: an empty query)


def term_idf(terms: Vocabulary, stats: CorpusStats) -> Floats:
    """The IDF of every term of a vocabulary, 0 for a term that no job uses."""
    names = terms.names
    frequency = np.fromiter((stats.terms.get(name, 0) for name in names), np.int64, len(names))
    distinct, which = np.unique(frequency, return_inverse=True)
    # math.log per distinct frequency: the same floats as CorpusStats.idf, term for term.
    table = np.array([stats.idf_at(int(f)) if f else 0.0 for f in distinct], dtype=np.float64)
    return table[which.reshape(-1)]


def select_queries(terms: RowLists, idf: Floats, limit: int) -> QueryTable:
    """The query of every row of `terms` (term ids below len(idf)), at most `limit` terms."""
    parts = [
        _select_chunk(terms, first, min(first + CHUNK_ROWS, len(terms)), idf, limit)
        for first in range(0, len(terms), CHUNK_ROWS)
    ]
    if not parts:
        empty = np.zeros(0, dtype=np.int32)
        return QueryTable(empty, empty, np.zeros(0), np.zeros(0))
    rows = np.concatenate([part[0] for part in parts])
    weights = np.concatenate([part[2] for part in parts])
    return QueryTable(
        rows=rows,
        terms=np.concatenate([part[1] for part in parts]),
        weights=weights,
        sums=np.bincount(rows, weights, minlength=len(terms)).astype(np.float64),
    )


def _select_chunk(
    terms: RowLists, first: int, last: int, idf: Floats, limit: int
) -> tuple[Ints, Ints, Floats]:
    """The queries of rows first..last-1: (row, term id, weight) entries, row by row."""
    start, end = terms.starts[first], terms.starts[last]
    n = last - first
    owners = np.repeat(np.arange(n, dtype=np.int32), np.diff(terms.starts[first : last + 1]))
    term_idf = idf[terms.ids[start:end]]
    known = np.flatnonzero(term_idf > 0)  # only terms that some job uses can match
    ids, owners = terms.ids[start:end][known], owners[known]
    weights = terms.values[start:end][known] * term_idf[known]  # int x float: float64
    sizes = np.bincount(owners, minlength=n)
    over = np.flatnonzero(sizes > limit)
    if not len(over):
        return owners + first, ids, weights
    starts = starts_of(sizes)
    threshold = np.full(n, -np.inf)
    threshold[over] = _kth_largest(owners, weights, starts, over, limit)
    cut = threshold[owners]
    above = weights > cut
    tied = weights == cut
    # Ties at the cut: the first ones in the row (terms are in order) fill the places left.
    tied_before = np.concatenate(([0], np.cumsum(tied)))
    tie_rank = tied_before[1:] - tied_before[starts[:-1]][owners]
    room = limit - np.bincount(owners[above], minlength=n)
    chosen = above | (tied & (tie_rank <= room[owners]))
    return owners[chosen] + first, ids[chosen], weights[chosen]


def _kth_largest(
    owners: Ints,
    weights: Floats,
    starts: npt.NDArray[np.int64],
    over: npt.NDArray[np.intp],
    limit: int,
) -> Floats:
    """The limit-th largest weight of each row in `over` (rows of more than `limit`).

    The rows are sorted by size and cut into blocks of BLOCK_ROWS; each block is padded to
    its longest row and partitioned, so that padding costs little.
    """
    sizes = starts[over + 1] - starts[over]
    by_size = np.argsort(sizes, kind="stable")
    slot = np.full(len(starts) - 1, -1)
    slot[over[by_size]] = np.arange(len(over))
    entry_slot = slot[owners]
    picked = np.flatnonzero(entry_slot >= 0)
    entry_slot = entry_slot[picked]
    block = (entry_slot // BLOCK_ROWS).astype(np.int16)  # int16: a radix sort
    order = np.argsort(block, kind="stable")
    picked, entry_slot = picked[order], entry_slot[order]
    position = picked - starts[owners[picked]]  # each entry's place in its row
    bounds = np.searchsorted(block[order], np.arange(int(block.max()) + 2))
    kth = np.empty(len(over))
    for number in range(len(bounds) - 1):
        first, last = bounds[number], bounds[number + 1]
        rows = slice(number * BLOCK_ROWS, min((number + 1) * BLOCK_ROWS, len(over)))
        width = int(sizes[by_size[rows]].max())
        padded = np.full((rows.stop - rows.start, width), -np.inf)
        padded[entry_slot[first:last] - rows.start, position[first:last]] = weights[
            picked[first:last]
        ]
        kth[rows] = np.partition(padded, width - limit, axis=1)[:, width - limit]
    result = np.empty(len(over))
    result[by_size] = kth
    return result
