import math

import pytest

from jobmatch.matching.corpus import CorpusStats, JobDocument
from jobmatch.matching.profiles import JobProfile

PYTHON_JOB = JobProfile("a", "Python Developer", "Python and SQL", ("python", "sql"), ("aws",))
NURSE_JOB = JobProfile("b", "Nurse", "Patient care", ("nursing",))


def test_a_job_document_counts_title_twice_and_lists_every_skill() -> None:
    document = JobDocument.of(PYTHON_JOB)
    assert dict(document.counts) == {"python": 3, "developer": 2, "sql": 1}
    assert document.length == 6
    assert document.skills == frozenset({"python", "sql", "aws"})


def test_add_counts_documents_terms_and_skills() -> None:
    stats = CorpusStats.of([PYTHON_JOB, NURSE_JOB])
    assert stats.documents == 2
    assert stats.total_length == 6 + 4
    assert stats.avg_length == 5.0
    assert stats.terms == {
        "python": 1,
        "developer": 1,
        "sql": 1,
        "nurse": 1,
        "patient": 1,
        "care": 1,
    }
    assert stats.skills == {"python": 1, "sql": 1, "aws": 1, "nursing": 1}
    assert stats.has_term("python")
    assert not stats.has_term("java")


def test_idf_is_bm25s_and_always_positive() -> None:
    stats = CorpusStats.of([PYTHON_JOB, NURSE_JOB])
    assert stats.idf("python") == pytest.approx(math.log(1 + 1.5 / 1.5))
    assert stats.idf("unknown") == pytest.approx(math.log(1 + 2.5 / 0.5))
    assert stats.skill_idf("nursing") == pytest.approx(math.log(2))
    lagging = CorpusStats(documents=1, total_length=3, terms={"python": 5}, skills={})
    assert lagging.idf("python") > 0


def test_remove_and_update_undo_add() -> None:
    stats = CorpusStats.of([PYTHON_JOB, NURSE_JOB])
    stats.remove(NURSE_JOB)
    assert stats.to_dict() == CorpusStats.of([PYTHON_JOB]).to_dict()
    edited = JobProfile("a", "Java Developer", "Java", ("java",))
    stats.update(PYTHON_JOB, edited)
    assert stats.to_dict() == CorpusStats.of([edited]).to_dict()
    assert "python" not in stats.terms  # a term no job uses any more is forgotten


def test_revision_changes_with_every_change() -> None:
    stats = CorpusStats()
    stats.add(PYTHON_JOB)
    first = stats.revision
    stats.add(NURSE_JOB)
    assert stats.revision > first


def test_removing_from_empty_statistics_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        CorpusStats().remove(NURSE_JOB)
    with pytest.raises(ValueError, match="sign"):
        CorpusStats().apply(JobDocument.of(NURSE_JOB), 2)


def test_dict_round_trip_is_plain_and_sorted() -> None:
    stats = CorpusStats.of([NURSE_JOB, PYTHON_JOB])
    data = stats.to_dict()
    assert data["format"] == 1
    assert list(data["terms"]) == sorted(data["terms"])
    again = CorpusStats.from_dict(data)
    assert again.to_dict() == data
    assert again.idf("python") == stats.idf("python")


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"format": 2, "documents": 1, "total_length": 1, "terms": {}, "skills": {}},
        {"format": 1, "documents": -1, "total_length": 1, "terms": {}, "skills": {}},
        {"format": 1, "documents": True, "total_length": 1, "terms": {}, "skills": {}},
        {"format": 1, "documents": 1, "total_length": "1", "terms": {}, "skills": {}},
        {"format": 1, "documents": 1, "total_length": 1, "terms": [], "skills": {}},
        {"format": 1, "documents": 1, "total_length": 1, "terms": {"a": 0}, "skills": {}},
        {"format": 1, "documents": 1, "total_length": 1, "terms": {}, "skills": {"a": "2"}},
    ],
)
def test_from_dict_refuses_what_to_dict_never_makes(data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"format|integers|mapping|positive"):
        CorpusStats.from_dict(data)


def test_bulk_counts_equal_one_by_one() -> None:
    bulk = CorpusStats()
    bulk.add_counts(2, 10, {"python": 1, "care": 1}, {"sql": 2, "none": 0})
    assert bulk.documents == 2
    assert bulk.terms == {"python": 1, "care": 1}
    assert bulk.skills == {"sql": 2}
