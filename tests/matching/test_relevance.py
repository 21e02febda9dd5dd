import pytest

from jobmatch.matching.relevance import TermVector, text_relevance


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
