"""Scoring many jobs at once: scoring.combine's numbers over a Segment's arrays.

Every step mirrors the one-pair path in scoring.py operation for operation, so that a job
index and score_job agree; only sums run in a different order (see TIE).
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from jobmatch.matching.features import CandidateFeatures, JobFeatures
from jobmatch.matching.fit import experience_fits, location_fits
from jobmatch.matching.places import REMOTE_POLICIES
from jobmatch.matching.relevance import text_evidence
from jobmatch.matching.scoring import CONTENT, FIT, RELEVANCE, ScoringWeights
from jobmatch.matching.segments import Floats, Segment, Vocabularies
from jobmatch.matching.taxonomy import Taxonomy

TIE = 1e-9  # vectorised and scalar sums may differ in the last bits
MARGIN = 8  # jobs past the limit that are rescored exactly, in case the last bits reorder them

# For the query's terms: the jobs using them, the counts, and which query term each is.
Postings = tuple[npt.NDArray[np.int32], npt.NDArray[np.float32], npt.NDArray[np.int32]]


@dataclass(frozen=True, slots=True)
class Query:
    """A candidate prepared against an index's vocabularies."""

    features: CandidateFeatures
    terms: dict[str, float]  # the text query
    term_ids: list[int]
    term_weights: Floats
    denominator: float
    text_evidence: float  # relevance.text_evidence of the query, for these statistics
    credit: Floats  # per skill id: 1 owned, related_credit for a related skill, else 0
    affinity: Floats  # per family id, plus a trailing 0 for "no family"
    city: int
    areas: npt.NDArray[np.int32]


def build_query(
    features: CandidateFeatures,
    terms: dict[str, float],
    vocab: Vocabularies,
    weights: ScoringWeights,
    taxonomy: Taxonomy,
    text_reference: float,
) -> Query:
    """The arrays a candidate is scored with (`text_reference`: relevance.text_reference of
    the statistics the query was chosen with)."""
    credit = np.zeros(len(vocab.skills))
    for skill in features.skills:
        for other in taxonomy.related(skill):
            if other in vocab.skills.ids:
                credit[vocab.skills.ids[other]] = weights.related_credit
    for skill in features.skills:
        if skill in vocab.skills.ids:
            credit[vocab.skills.ids[skill]] = 1.0
    affinity = np.zeros(len(vocab.families) + 1)
    for family, value in features.affinity.items():
        if family in vocab.families.ids:
            affinity[vocab.families.ids[family]] = value
    known = [term for term in terms if term in vocab.terms.ids]
    return Query(
        features=features,
        terms=terms,
        term_ids=[vocab.terms.ids[term] for term in known],
        term_weights=np.array([terms[term] for term in known], dtype=np.float64),
        denominator=(weights.bm25_k1 + 1) * sum(terms.values()),
        text_evidence=text_evidence(sum(terms.values()), text_reference),
        credit=credit,
        affinity=affinity,
        city=vocab.places.ids.get(features.place[0], -1) if features.place else -1,
        areas=np.array([vocab.places.ids.get(p, -1) for p in features.place], dtype=np.int32),
    )


def segment_values(
    segment: Segment,
    query: Query,
    weights: ScoringWeights,
    avg_length: float,
    skill_w: Floats,
) -> tuple[Floats, Postings]:
    """The 0..1 value of every row of a segment, and the postings of the query's terms."""
    n = len(segment)
    fits: dict[str, Floats] = {}
    present: dict[str, npt.NDArray[np.bool_]] = {}
    for name, lists, evidence in (
        ("skills", segment.required, segment.required_evidence),
        ("nice_to_have", segment.nice, segment.nice_evidence),
    ):
        starts, ids = lists
        owner = np.repeat(np.arange(n), np.diff(starts))
        total = np.bincount(owner, skill_w[ids], minlength=n)
        got = query.credit[ids] if name == "skills" else (query.credit[ids] == 1.0)
        earned = np.bincount(owner, skill_w[ids] * got, minlength=n)
        present[name] = np.diff(starts) > 0
        with np.errstate(divide="ignore", invalid="ignore"):
            fits[name] = np.where(present[name], earned / total, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(evidence > 0, evidence / (evidence + weights.skill_evidence), 0.0)
        fits[name + "_share"] = share
    rows, counts, which = segment.term_slices(query.term_ids)
    k1, b, avg = weights.bm25_k1, weights.bm25_b, avg_length
    norm = k1 * (1 - b + b * segment.lengths / avg) if avg else np.full(n, k1)
    tf = counts.astype(np.float64)
    gain = query.term_weights[which] * (tf * (k1 + 1) / (tf + norm[rows]))
    total_text = np.bincount(rows, gain, minlength=n)
    raw = total_text / query.denominator if query.denominator else np.zeros(n)
    fits["text"] = query.text_evidence * saturate_array(raw, weights.text_saturation)
    present["text"] = np.ones(n, dtype=np.bool_)
    affinity = query.affinity[segment.families] * segment.family_weights
    fits["title"] = backed_titles(affinity.max(axis=1), fits, present, weights)
    present["title"] = (segment.families[:, 0] >= 0) & bool(query.features.families)
    fit_values = {
        "experience": experience_fits(
            query.features.years, query.features.level, segment.min_years, segment.levels
        ),
        "location": location_fits(
            query.features.preference, query.city, query.areas, segment.policies,
            segment.places,
        ),
    }  # fmt: skip
    return combine_arrays(fits, present, fit_values, weights), (rows, counts, which)


def job_at(
    segment: Segment, row: int, query: Query, postings: Postings, vocab: Vocabularies
) -> JobFeatures:
    """A row back as JobFeatures; its counts hold the query's terms only, all BM25 reads."""
    rows, counts, which = postings
    mine = rows == row
    names = vocab.terms.names
    term_counts = {
        names[query.term_ids[k]]: int(c) for k, c in zip(which[mine], counts[mine], strict=True)
    }
    skills, families, places = vocab.skills, vocab.families, vocab.places
    return JobFeatures(
        id=segment.ids[row],
        title=segment.titles[row],
        required=tuple(skills.names[s] for s in segment.skills_of(segment.required, row)),
        nice=tuple(skills.names[s] for s in segment.skills_of(segment.nice, row)),
        counts=term_counts,
        length=int(segment.lengths[row]),
        families=tuple(
            (families.names[f], float(w))
            for f, w in zip(segment.families[row], segment.family_weights[row], strict=True)
            if f >= 0
        ),
        min_years=None if np.isnan(segment.min_years[row]) else int(segment.min_years[row]),
        level=None if segment.levels[row] < 0 else int(segment.levels[row]),
        place=tuple(places.names[p] for p in segment.places[row] if p >= 0),
        location=segment.locations[row],
        policy=REMOTE_POLICIES[segment.policies[row]] if segment.policies[row] >= 0 else None,
    )


def backed_titles(
    titles: Floats,
    fits: dict[str, Floats],
    present: dict[str, npt.NDArray[np.bool_]],
    weights: ScoringWeights,
) -> Floats:
    """scoring.backed_title of scoring.content_fit over arrays."""
    if not weights.title_backing:
        return titles
    total_weight, weighted = _weighted(CONTENT, fits, present, weights)
    with np.errstate(divide="ignore", invalid="ignore"):
        backing = np.minimum(1.0, weighted / total_weight / weights.title_backing)
    return np.where(total_weight > 0, titles * backing, titles)


def combine_arrays(
    fits: dict[str, Floats],
    present: dict[str, npt.NDArray[np.bool_]],
    fit_values: dict[str, Floats],
    weights: ScoringWeights,
) -> Floats:
    """scoring.combine over arrays, operation for operation."""
    n = len(fits["text"])
    total_weight, weighted = _weighted(RELEVANCE, fits, present, weights)
    has_fit = np.zeros(n, dtype=np.bool_)
    for name in FIT:
        has_fit |= ~np.isnan(fit_values[name])
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(total_weight > 0, weighted / total_weight, np.where(has_fit, 1.0, 0.0))
    for name in FIT:
        fit = fit_values[name]
        factor = 1 - float(getattr(weights, name)) / weights.total() * (1 - fit)
        value = np.where(np.isnan(fit), value, value * factor)
    return value


def _weighted(
    names: Sequence[str],
    fits: dict[str, Floats],
    present: dict[str, npt.NDArray[np.bool_]],
    weights: ScoringWeights,
) -> tuple[Floats, Floats]:
    """scoring._weighted over arrays."""
    n = len(fits["text"])
    total_weight, weighted = np.zeros(n), np.zeros(n)
    for name in names:
        share = fits.get(name + "_share", np.ones(n))
        weight = np.where(present[name], float(getattr(weights, name)) * share, 0.0)
        total_weight = total_weight + weight
        weighted = weighted + weight * np.where(present[name], fits[name], 0.0)
    return total_weight, weighted


def text_evidences(query_weights: Floats, reference: float) -> Floats:
    """relevance.text_evidence over an array of query weights."""
    if reference <= 0:
        return np.ones(len(query_weights))
    return np.minimum(1.0, query_weights / reference)


def saturate_array(raw: Floats, saturation: float) -> Floats:
    """relevance.saturate over an array."""
    if not saturation:
        return raw
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(raw > 0, raw * (1 + saturation) / (raw + saturation), raw)


def shortlist(
    segment: Segment, values: Floats, limit: int
) -> list[tuple[float, str, Segment, int]]:
    """The rows that may be in the top `limit`, ties at the cut included (by id)."""
    return [(value, id_, segment, row) for value, id_, row in top_rows(segment.ids, values, limit)]


def top_rows(ids: Sequence[str], values: Floats, limit: int) -> list[tuple[float, str, int]]:
    """(value, id, row) of the rows that may be in the top `limit` (-inf: left out), with
    ties at the cut broken by id, and MARGIN more rows to rescore exactly."""
    if len(values) > limit:
        cut = np.partition(values, len(values) - limit)[len(values) - limit]
        rows = np.flatnonzero(values >= cut - TIE)
    else:
        rows = np.arange(len(values))
    rows = rows[np.isfinite(values[rows])]
    found = [(float(values[row]), ids[row], row) for row in rows.tolist()]
    if len(found) > limit:
        found.sort(key=lambda item: (-round(item[0], 6), item[1]))
    return found[: limit + MARGIN]
