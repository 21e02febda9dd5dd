import random
from dataclasses import replace

import pytest

from jobmatch.matching.corpus import CorpusStats
from jobmatch.matching.index import JobIndex
from jobmatch.matching.profiles import CandidateProfile, JobProfile
from jobmatch.matching.scoring import MatchScore, ScoringWeights, rank_jobs, score_job, to_score

TITLES = [
    "Senior Software Engineer", "Registered Nurse", "Staff Accountant", "Sales Manager",
    "Data Scientist, Ads", "Line Cook", "HR Generalist", "Wizard", "Junior Web Developer",
    "Construction Project Manager", "Bookkeeper", "Teacher",
]  # fmt: skip
SKILLS = [
    "python", "sql", "docker", "kubernetes", "aws", "java", "react", "nursing", "cpr",
    "bookkeeping", "quickbooks", "sales", "negotiation", "cooking", "food safety",
    "recruiting", "communication", "excel", "basket weaving",
]  # fmt: skip
WORDS = [
    "build", "maintain", "services", "patients", "ledger", "pipelines", "customers", "menu",
    "team", "clients", "data", "reports", "schedule", "budget", "cloud", "ward", "kitchen",
    "payroll", "quota", "students", "lessons",
]  # fmt: skip
PLACES = [None, "Austin, TX", "Dallas, Texas", "Berlin, Germany", "Remote"]
REMOTE = [None, "onsite", "hybrid", "remote"]
LEVELS = [None, "junior", "mid", "senior", "lead"]


def random_jobs(rng: random.Random, count: int, prefix: str = "job") -> list[JobProfile]:
    jobs = []
    for n in range(count):
        skills = tuple(rng.sample(SKILLS, rng.randint(0, 5)))
        jobs.append(
            JobProfile(
                id=f"{prefix}-{n:03d}",
                title=rng.choice(TITLES),
                description=" ".join(rng.choices(WORDS + SKILLS, k=rng.randint(0, 40))),
                skills=skills,
                nice_to_have=tuple(rng.sample(SKILLS, rng.randint(0, 3))),
                min_years=rng.choice([None, 0, 1, 3, 8]),
                seniority=rng.choice(LEVELS),
                location=rng.choice(PLACES),
                remote=rng.choice(REMOTE),
            )
        )
    return jobs


def random_candidates(rng: random.Random, count: int) -> list[CandidateProfile]:
    candidates = []
    for _ in range(count):
        text = rng.choice(TITLES) + "\n" + " ".join(rng.choices(WORDS + SKILLS, k=60))
        candidates.append(
            CandidateProfile(
                skills=frozenset(rng.sample(SKILLS, rng.randint(0, 8))),
                text=text,
                years=rng.choice([None, 0.5, 4.0, 12.0]),
                seniority=rng.choice(LEVELS),
                location=rng.choice(PLACES),
                remote=rng.choice(REMOTE),
            )
        )
    candidates.append(CandidateProfile(frozenset(), ""))  # nothing known at all
    return candidates


def assert_index_equals_score_job(index: JobIndex, jobs: list[JobProfile]) -> None:
    by_id = {job.id: job for job in jobs}
    for candidate in random_candidates(random.Random(7), 12):
        ids, values = index.values(candidate)
        assert sorted(ids) == sorted(by_id)
        for job_id, value in zip(ids, values, strict=True):
            expected = score_job(candidate, by_id[job_id], stats=index.stats)
            assert to_score(float(value)) == expected.score, (job_id, candidate)
        ranked = index.rank(candidate, limit=10)
        exact = sorted(
            (score_job(candidate, by_id[i], stats=index.stats) for i in ids),
            key=lambda m: (-m.score, m.job_id),
        )
        assert [m.score for m in ranked] == [m.score for m in exact[:10]]
        for match in ranked:
            assert match == score_job(candidate, by_id[match.job_id], stats=index.stats)


def test_fast_path_scores_equal_score_job() -> None:
    jobs = random_jobs(random.Random(1), 120)
    assert_index_equals_score_job(JobIndex(jobs), jobs)


def test_equal_after_updates_removals_and_compaction() -> None:
    rng = random.Random(2)
    jobs = random_jobs(rng, 60)
    index = JobIndex(jobs)
    edited = [replace(job, title="Registered Nurse", skills=("nursing",)) for job in jobs[:10]]
    added = random_jobs(rng, 15, prefix="new")
    for job in edited + added:
        index.upsert(job)
    for job in jobs[10:20]:
        assert index.remove(job.id)
    assert not index.remove("never-there")
    live = edited + jobs[20:] + added
    assert len(index) == len(live)
    assert "new-000" in index
    assert jobs[15].id not in index
    assert index.stats.to_dict() == CorpusStats.of(live).to_dict()
    assert_index_equals_score_job(index, live)
    index.compact()
    assert index.stats.to_dict() == CorpusStats.of(live).to_dict()
    assert_index_equals_score_job(index, live)


def test_upserting_a_pending_job_again_replaces_it() -> None:
    index = JobIndex(random_jobs(random.Random(3), 5))
    first = JobProfile("x", "Line Cook", "kitchen", ("cooking",))
    second = replace(first, title="Staff Accountant", skills=("bookkeeping",))
    index.upsert(first)
    index.upsert(second)
    assert len(index) == 6
    cook = CandidateProfile(frozenset({"cooking"}), "Line Cook\nkitchen")
    ids, _ = index.values(cook)
    assert ids.count("x") == 1
    assert (
        index.stats.to_dict()
        == CorpusStats.of([*random_jobs(random.Random(3), 5), second]).to_dict()
    )


def test_external_statistics_are_read_not_written() -> None:
    jobs = random_jobs(random.Random(4), 30)
    stats = CorpusStats.of(jobs)
    before = stats.to_dict()
    index = JobIndex(jobs[:20], stats=stats)
    index.upsert(jobs[25])
    index.remove(jobs[0].id)
    assert stats.to_dict() == before
    assert_index_equals_score_job(index, [*jobs[1:20], jobs[25]])
    newer = CorpusStats.of(jobs[:5])
    index.use_stats(newer)
    assert index.stats is newer
    assert_index_equals_score_job(index, [*jobs[1:20], jobs[25]])


def test_rank_orders_by_score_then_id_and_respects_the_limit() -> None:
    base = JobProfile("b", "Staff Accountant", "ledger", ("bookkeeping",))
    jobs = [replace(base, id=i) for i in ("c", "a", "b")] + [
        JobProfile("z", "Wizard", "spells", ("basket weaving",))
    ]
    candidate = CandidateProfile(frozenset({"bookkeeping"}), "Staff Accountant\nledger")
    ranked = JobIndex(jobs).rank(candidate, limit=3)
    assert [m.job_id for m in ranked] == ["a", "b", "c"]
    assert ranked[0].score == ranked[2].score
    assert JobIndex(jobs).rank(candidate, limit=0) == []
    assert len(JobIndex(jobs).rank(candidate, limit=50)) == 4


def test_many_ties_at_the_cut_are_broken_by_id() -> None:
    jobs = [JobProfile(f"j{n:03d}", "Wizard", "", ()) for n in range(300)]
    ranked = JobIndex(jobs).rank(CandidateProfile(frozenset(), ""), limit=5)
    assert [m.job_id for m in ranked] == ["j000", "j001", "j002", "j003", "j004"]
    assert {m.score for m in ranked} == {0}


def test_an_empty_index_ranks_nothing() -> None:
    index = JobIndex()
    candidate = CandidateProfile(frozenset({"python"}), "python")
    assert len(index) == 0
    assert index.rank(candidate) == []
    ids, values = index.values(candidate)
    assert ids == []
    assert values.shape == (0,)
    index.upsert(JobProfile("a", "Developer", "python", ("python",)))
    assert [m.job_id for m in index.rank(candidate)] == ["a"]


def test_repeated_ids_keep_the_last_job() -> None:
    first = JobProfile("a", "Line Cook", "kitchen", ("cooking",))
    last = replace(first, title="Bookkeeper", skills=("bookkeeping",))
    index = JobIndex([first, last])
    assert len(index) == 1
    assert index.stats.to_dict() == CorpusStats.of([last]).to_dict()


def test_rank_jobs_is_the_index_over_a_list() -> None:
    jobs = random_jobs(random.Random(5), 25)
    candidate = random_candidates(random.Random(6), 1)[0]
    stats = CorpusStats.of(random_jobs(random.Random(9), 40))
    listed = rank_jobs(candidate, jobs, limit=7, stats=stats)
    assert listed == JobIndex(jobs, stats=stats).rank(candidate, limit=7)
    assert all(isinstance(m, MatchScore) for m in listed)


@pytest.mark.parametrize("weights", [ScoringWeights(), ScoringWeights(text=0.0, title=1.0),
                                     ScoringWeights(text_saturation=0.0, bm25_b=0.0),
                                     ScoringWeights(title_backing=0.0),  # titles unbacked
                                     ScoringWeights(title_backing=0.9)])  # fmt: skip
def test_equal_under_other_weights(weights: ScoringWeights) -> None:
    jobs = random_jobs(random.Random(8), 40)
    index = JobIndex(jobs)
    by_id = {job.id: job for job in jobs}
    for candidate in random_candidates(random.Random(9), 5):
        ids, values = index.values(candidate, weights)
        for job_id, value in zip(ids, values, strict=True):
            expected = score_job(candidate, by_id[job_id], weights, stats=index.stats).score
            assert to_score(float(value)) == expected
