"""Text relevance between a CV and a job: BM25 over the job corpus, and a plain cosine.

BM25 takes the CV as the query: its most telling terms (term frequency times IDF), scored
against each job's title and description with saturation and length normalisation, and
divided by the most the same query could earn, so that the fit stays in 0..1.
"""

import heapq
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

_WORD = re.compile(r"[^\W\d_]{2,}")
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each etc few for
    from further had has have having he her here hers herself him himself his how i if in into
    is it its itself just me more most my myself no nor not now of off on once only or other
    our ours ourselves out over own per same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up us
    very via was we were what when where which while who whom why will with within would you
    your yours yourself yourselves
    """.split()  # noqa: SIM905 - a word list reads best as text
)
TITLE_BOOST = 2  # a job's title words count this many times: the title says what the job is


class TermStats(Protocol):
    """What BM25 needs to know about the corpus (CorpusStats provides it)."""

    @property
    def avg_length(self) -> float: ...

    def idf(self, term: str) -> float: ...

    def has_term(self, term: str) -> bool: ...

    def idf_at(self, frequency: int) -> float: ...


def terms(text: str) -> list[str]:
    """Lowercased words of two letters or more, stopwords dropped."""
    return [word for word in _WORD.findall(text.lower()) if word not in STOPWORDS]


def term_counts(text: str) -> Counter[str]:
    """Counter(terms(text)), faster: count everything, then drop the stopwords."""
    counts = Counter(_WORD.findall(text.lower()))
    for word in STOPWORDS.intersection(counts):
        del counts[word]
    return counts


def job_terms(title: str, description: str) -> Counter[str]:
    """Term counts of a job's text, its title counted TITLE_BOOST times."""
    counts = term_counts(description)
    for term in terms(title):
        counts[term] += TITLE_BOOST
    return counts


def select_query(counts: Mapping[str, int], stats: TermStats, limit: int) -> dict[str, float]:
    """The CV's `limit` most telling terms that the corpus knows, each weighted qtf x IDF.

    Terms no job uses can never match, so they neither count nor take a place; ties are
    broken by the term so that the query is deterministic.
    """
    weighted = [
        (count * stats.idf(term), term) for term, count in counts.items() if stats.has_term(term)
    ]
    best = heapq.nsmallest(limit, weighted, key=lambda pair: (-pair[0], pair[1]))
    return {term: weight for weight, term in sorted(best, key=lambda pair: pair[1])}


def extend_query(
    query: Mapping[str, float],
    counts: Mapping[str, int],
    added: Mapping[str, int],
    stats: TermStats,
    limit: int,
) -> dict[str, float]:
    """select_query(counts + added), from query = select_query(counts) and without reading
    all of counts: a term outside the query whose count did not rise stays out, since every
    query term already beat it and weights only rise."""
    weighted = dict(query)
    for term, extra in added.items():
        if extra > 0 and stats.has_term(term):
            weighted[term] = (counts.get(term, 0) + extra) * stats.idf(term)
    best = heapq.nsmallest(limit, weighted.items(), key=lambda pair: (-pair[1], pair[0]))
    return dict(sorted(best))


def bm25_fit(
    query: Mapping[str, float],
    counts: Mapping[str, int],
    length: int,
    stats: TermStats,
    k1: float,
    b: float,
) -> float:
    """BM25 of one job for the query, divided by the query's maximum: 0..1."""
    if not query:
        return 0.0
    norm = k1 * (1 - b + b * length / stats.avg_length) if stats.avg_length else k1
    total = 0.0
    for term, weight in query.items():
        tf = counts.get(term, 0)
        if tf:
            total += weight * (tf * (k1 + 1) / (tf + norm))
    return total / ((k1 + 1) * sum(query.values()))


def saturate(raw: float, saturation: float) -> float:
    """Spread small BM25 fractions over 0..1 (raw / (raw + s), rescaled so 1 stays 1): a
    job rarely shares more than a fifth of a CV's weight, yet that is a strong match."""
    return raw * (1 + saturation) / (raw + saturation) if saturation and raw else raw


def text_reference(stats: TermStats, evidence: float) -> float:
    """The query weight from which a CV's text earns its full fit: `evidence` terms of the
    rarest kind (IDF of a term one job uses; scales with the corpus as the IDFs do)."""
    return evidence * stats.idf_at(1)


def text_evidence(query_weight: float, reference: float) -> float:
    """How far a CV's text is evidence at all, 0..1: its query's weight over `reference`.
    A CV of a few words ("Hello, I am looking for a job") has a query that any posting
    matches in full (its fit is a fraction of the query): without this it scored 60-86 on
    jobs it has nothing to do with. Real resumes weigh 4x the reference and more."""
    return min(1.0, query_weight / reference) if reference > 0 else 1.0


def shared_terms(query: Mapping[str, float], counts: Mapping[str, int], limit: int) -> list[str]:
    """The query terms a job uses, heaviest first (for reasons)."""
    shared = [(weight, term) for term, weight in query.items() if counts.get(term)]
    return [term for _, term in heapq.nsmallest(limit, shared, key=lambda p: (-p[0], p[1]))]


@dataclass(frozen=True, slots=True)
class TermVector:
    """Term frequencies of one text (lowercased words, stopwords dropped) with their norm."""

    counts: dict[str, int]
    norm: float

    @classmethod
    def of(cls, text: str) -> "TermVector":
        """The vector of a text."""
        counts = Counter(terms(text))
        return cls(dict(counts), math.sqrt(sum(c * c for c in counts.values())))

    def cosine(self, other: "TermVector") -> float:
        """Cosine similarity in 0..1; 0 when either text has no terms."""
        if not self.norm or not other.norm:
            return 0.0
        small, large = sorted((self.counts, other.counts), key=len)
        dot = sum(count * large.get(term, 0) for term, count in small.items())
        return min(1.0, dot / (self.norm * other.norm))


def text_relevance(cv_text: str, job_text: str) -> float:
    """Cosine similarity of the two texts' term frequencies, in 0..1."""
    return TermVector.of(cv_text).cosine(TermVector.of(job_text))
