import random
from collections import Counter

import pytest

from jobmatch.matching.relevance import (
    TermVector,
    bm25_fit,
    extend_query,
    job_terms,
    saturate,
    select_query,
    shared_terms,
    term_counts,
    terms,
    text_relevance,
)


def test_identical_texts_score_one() -> None:
    assert text_relevance("python data pipelines", "Python data pipelines") == pytest.approx(1.0)


def test_disjoint_texts_score_zero() -> None:
    assert text_relevance("python data pipelines", "bake bread daily") == 0.0


def test_stopwords_and_digits_are_ignored() -> None:
    assert text_relevance("the and of 2020", "the and of 2020") == 0.0
    assert TermVector.of("The Python and the SQL").counts == {"python": 1, "sql": 1}


def test_partial_overlap_is_between() -> None:
    score = text_relevance("python sql docker", "python sql kubernetes")
    assert score == pytest.approx(2 / 3)


def test_empty_and_unicode_texts() -> None:
    assert text_relevance("", "python") == 0.0
    assert text_relevance("\x00 🎉", "") == 0.0
    assert text_relevance("Größe Straße", "größe") == pytest.approx(1 / 2**0.5)


def test_terms_are_lowercased_words_without_stopwords_or_digits() -> None:
    assert terms("The Python and SQL 2020 on AWS, x!") == ["python", "sql", "aws"]
    assert term_counts("Python python, SQL the") == Counter({"python": 2, "sql": 1})
    assert term_counts("") == Counter()


def test_job_terms_count_the_title_twice() -> None:
    counts = job_terms("Python Developer", "Python services")
    assert counts == Counter({"python": 3, "developer": 2, "services": 1})


class _Stats:
    """Hand-made corpus statistics: idf by table, fixed average length."""

    def __init__(self, idf: dict[str, float], avg_length: float) -> None:
        self._idf = idf
        self.avg_length = avg_length

    def idf(self, term: str) -> float:
        return self._idf.get(term, 0.0)

    def has_term(self, term: str) -> bool:
        return term in self._idf


def test_select_query_keeps_the_most_telling_known_terms() -> None:
    stats = _Stats({"python": 2.0, "sql": 1.0, "team": 0.1, "go": 2.0}, 10)
    counts = Counter({"python": 2, "sql": 3, "team": 9, "unknown": 50, "go": 1})
    assert select_query(counts, stats, 2) == {"python": 4.0, "sql": 3.0}
    # Ties are broken by the term: "go" (2.0) before "team" (0.9) and after "sql" (3.0).
    assert select_query(counts, stats, 3) == {"go": 2.0, "python": 4.0, "sql": 3.0}
    assert select_query(Counter(), stats, 5) == {}


def test_extend_query_is_the_query_of_the_counts_with_the_added_terms() -> None:
    rng = random.Random(5)
    vocabulary = [f"t{n}" for n in range(40)]
    for _ in range(300):
        # Small integer IDFs make ties, which both must break by the term.
        stats = _Stats({t: float(rng.randint(1, 4)) for t in rng.sample(vocabulary, 30)}, 10)
        counts = Counter({t: rng.randint(1, 5) for t in rng.sample(vocabulary, 20)})
        added = Counter({t: rng.randint(1, 3) for t in rng.sample(vocabulary, 3)})
        limit = rng.randint(1, 25)
        query = select_query(counts, stats, limit)
        assert extend_query(query, counts, added, stats, limit) == select_query(
            counts + added, stats, limit
        )


def test_bm25_fit_is_bm25_over_the_query_maximum() -> None:
    stats = _Stats({"python": 2.0, "sql": 1.0}, avg_length=10)
    query = {"python": 4.0, "sql": 3.0}
    k1, b = 2.0, 0.75
    norm = k1 * (1 - b + b * 20 / 10)
    expected = 4.0 * (3 * (k1 + 1) / (3 + norm)) / ((k1 + 1) * 7.0)
    assert bm25_fit(query, {"python": 3, "java": 5}, 20, stats, k1, b) == pytest.approx(expected)
    assert bm25_fit(query, {}, 20, stats, k1, b) == 0.0
    assert bm25_fit({}, {"python": 3}, 20, stats, k1, b) == 0.0
    # Saturation: however often a job repeats a term, the fit stays below that term's share.
    assert bm25_fit(query, {"python": 10_000}, 20, stats, k1, b) < 4 / 7


def test_longer_jobs_earn_less_for_the_same_counts() -> None:
    stats = _Stats({"python": 2.0}, avg_length=10)
    short = bm25_fit({"python": 2.0}, {"python": 2}, 5, stats, 2.0, 0.75)
    long = bm25_fit({"python": 2.0}, {"python": 2}, 50, stats, 2.0, 0.75)
    flat = bm25_fit({"python": 2.0}, {"python": 2}, 50, stats, 2.0, 0.0)
    assert short > long
    assert flat == pytest.approx(2 * 3 / (2 + 2.0) / 3)


def test_saturate_spreads_small_fits_and_keeps_the_ends() -> None:
    assert saturate(0.0, 0.1) == 0.0
    assert saturate(1.0, 0.1) == pytest.approx(1.0)
    assert saturate(0.1, 0.1) == pytest.approx(0.55)
    assert saturate(0.1, 0.0) == 0.1


def test_shared_terms_lists_the_heaviest_shared_first() -> None:
    query = {"python": 4.0, "sql": 3.0, "aws": 3.0, "java": 9.0}
    assert shared_terms(query, {"sql": 1, "python": 2, "aws": 1}, 2) == ["python", "aws"]
