import json
import random
from dataclasses import replace

import pytest

from jobmatch.matching import (
    CandidateIndex,
    CandidateProfile,
    CorpusStats,
    JobProfile,
    PreparedCandidate,
    ScoringWeights,
    build_candidate_profile,
    get_taxonomy,
    score_job,
)
from jobmatch.matching.scoring import to_score
from tests.matching.test_index import random_candidates, random_jobs

CV_LINES = [
    "Senior Software Engineer with 8 years of experience in Python, SQL and AWS.",
    "Registered Nurse, ICU. Patient care, CPR, medication administration, charting.",
    "Staff Accountant: general ledger, reconciliations, QuickBooks, Excel, payroll.",
    "Line Cook at a busy kitchen; food safety, menu prep, inventory and ordering.",
    "Sales Manager leading a team of 12; negotiation, CRM, quota attainment, clients.",
    "Built data pipelines with Docker and Kubernetes; reports for the finance team.",
    "Taught students lessons in maths; planned the schedule and the budget.",
]


def real_ish_candidates(rng: random.Random, count: int) -> list[tuple[str, CandidateProfile]]:
    """CVs from the parser's point of view: a headline and sentences of several fields."""
    found = []
    for n in range(count):
        lines = rng.sample(CV_LINES, rng.randint(1, 5))
        text = "\n".join([*lines, " ".join(rng.choices(lines, k=3))])
        profile = build_candidate_profile(
            text,
            location=rng.choice([None, "Austin, TX", "Berlin, Germany", "Dallas, Texas"]),
            remote=rng.choice([None, "onsite", "hybrid", "remote"]),
        )
        found.append((f"cv-{n:03d}", profile))
    found.extend(
        (f"rand-{n:03d}", profile)
        for n, profile in enumerate(random_candidates(random.Random(count), 12))
    )
    return found


def assert_equals_score_job(
    index: CandidateIndex,
    candidates: list[tuple[str, CandidateProfile]],
    jobs: list[JobProfile],
    weights: ScoringWeights = ScoringWeights(),
) -> None:
    by_id = dict(candidates)
    for job in jobs:
        ids, values = index.values(job, weights)
        assert sorted(ids) == sorted(by_id)
        exact = {i: score_job(by_id[i], job, weights, index.stats) for i in ids}
        for candidate_id, value in zip(ids, values, strict=True):
            assert to_score(float(value)) == exact[candidate_id].score, (candidate_id, job.id)
        ranked = index.rank(job, limit=8, weights=weights)
        best = sorted(exact.items(), key=lambda pair: (-pair[1].score, pair[0]))
        assert [m.score for _, m in ranked] == [m.score for _, m in best[:8]]
        for candidate_id, match in ranked:
            assert match == exact[candidate_id]


def test_scores_equal_score_job() -> None:
    rng = random.Random(1)
    jobs = random_jobs(rng, 40)
    candidates = real_ish_candidates(rng, 60)
    stats = CorpusStats.of(jobs)
    assert_equals_score_job(CandidateIndex(candidates, stats=stats), candidates, jobs[:25])


@pytest.mark.parametrize("weights", [ScoringWeights(query_terms=3),  # ties at the query's cut
                                     ScoringWeights(text=0.0, title=1.0, family_credit=0.2),
                                     ScoringWeights(text_saturation=0.0, bm25_b=0.0,
                                                    related_credit=0.0),
                                     ScoringWeights(title_backing=0.0),  # titles unbacked
                                     ScoringWeights(title_backing=0.9)])  # fmt: skip
def test_equal_under_other_weights(weights: ScoringWeights) -> None:
    rng = random.Random(2)
    jobs = random_jobs(rng, 30)
    candidates = real_ish_candidates(rng, 30)
    index = CandidateIndex(candidates, stats=CorpusStats.of(jobs))
    assert_equals_score_job(index, candidates, jobs[:12], weights)


def test_without_statistics_each_job_is_its_own_corpus() -> None:
    rng = random.Random(3)
    jobs = random_jobs(rng, 8)
    candidates = real_ish_candidates(rng, 20)
    index = CandidateIndex(candidates)
    by_id = dict(candidates)
    for job in jobs:
        ids, values = index.values(job)
        for candidate_id, value in zip(ids, values, strict=True):
            assert to_score(float(value)) == score_job(by_id[candidate_id], job).score


def test_queries_follow_changed_statistics() -> None:
    rng = random.Random(4)
    jobs = random_jobs(rng, 30)
    candidates = real_ish_candidates(rng, 25)
    stats = CorpusStats.of(jobs[:10])
    index = CandidateIndex(candidates, stats=stats)
    weights = ScoringWeights(query_terms=4)
    assert_equals_score_job(index, candidates, jobs[:3], weights)
    for job in jobs[10:]:
        stats.add(job)  # the same object, a new revision
    assert_equals_score_job(index, candidates, jobs[:3], weights)
    index.use_stats(CorpusStats.of(jobs[20:]))
    assert_equals_score_job(index, candidates, jobs[:3], weights)


def test_equal_after_upserts_removals_and_compaction() -> None:
    rng = random.Random(5)
    jobs = random_jobs(rng, 20)
    candidates = real_ish_candidates(rng, 40)
    index = CandidateIndex(candidates, stats=CorpusStats.of(jobs))
    edited = [(cid, replace(p, skills=frozenset({"nursing"}))) for cid, p in candidates[:8]]
    added = [(f"new-{cid}", p) for cid, p in real_ish_candidates(random.Random(6), 10)]
    for candidate_id, profile in edited + added:
        index.upsert(candidate_id, profile)
    for candidate_id, _ in candidates[8:16]:
        assert index.remove(candidate_id)
    assert not index.remove("never-there")
    assert index.remove(added[0][0])  # a pending one
    live = edited + candidates[16:] + added[1:]
    assert len(index) == len(live)
    assert added[1][0] in index
    assert candidates[9][0] not in index
    assert_equals_score_job(index, live, jobs[:6])
    index.compact()
    assert len(index) == len(live)
    assert_equals_score_job(index, live, jobs[:6])


def test_rank_orders_by_value_then_id_and_respects_limit_and_min_value() -> None:
    cv = build_candidate_profile("Staff Accountant\nledger, bookkeeping and QuickBooks")
    other = build_candidate_profile("Line Cook\nkitchen, food safety")
    index = CandidateIndex([("c", cv), ("a", cv), ("b", cv), ("z", other)])
    job = JobProfile("j", "Staff Accountant", "ledger", ("bookkeeping",))
    ranked = index.rank(job, limit=3)
    assert [candidate_id for candidate_id, _ in ranked] == ["a", "b", "c"]
    assert ranked[0][1].score == ranked[2][1].score > 0
    assert ranked[0][1].job_id == "j"
    assert index.rank(job, limit=0) == []
    assert len(index.rank(job, limit=50)) == 4
    assert [c for c, _ in index.rank(job, limit=50, min_value=0.05)] == ["a", "b", "c"]
    assert index.rank(job, limit=50, min_value=1.01) == []


def test_many_ties_at_the_cut_are_broken_by_id() -> None:
    nobody = CandidateProfile(frozenset(), "")
    index = CandidateIndex((f"c{n:03d}", nobody) for n in range(300))
    ranked = index.rank(JobProfile("j", "Wizard", "", ()), limit=5)
    assert [candidate_id for candidate_id, _ in ranked] == [f"c{n:03d}" for n in range(5)]
    assert {match.score for _, match in ranked} == {0}


def test_an_empty_index_ranks_nothing() -> None:
    index = CandidateIndex(stats=CorpusStats())
    job = JobProfile("j", "Developer", "python", ("python",))
    assert len(index) == 0
    assert index.rank(job) == []
    ids, values = index.values(job)
    assert ids == []
    assert values.shape == (0,)
    index.upsert("a", CandidateProfile(frozenset({"python"}), "Developer\npython"))
    assert [candidate_id for candidate_id, _ in index.rank(job)] == ["a"]


def test_repeated_ids_keep_the_last_candidate_and_order_does_not_matter() -> None:
    rng = random.Random(7)
    jobs = random_jobs(rng, 10)
    candidates = real_ish_candidates(rng, 30)
    stats = CorpusStats.of(jobs)
    first = CandidateIndex([candidates[1], *candidates], stats=stats)
    shuffled = candidates[:]
    rng.shuffle(shuffled)
    second = CandidateIndex(shuffled, stats=stats)
    assert len(first) == len(candidates)
    for job in jobs:
        ids, values = first.values(job)
        other = dict(zip(*second.values(job), strict=True))
        assert {i: float(v) for i, v in zip(ids, values, strict=True)} == pytest.approx(other)
        assert first.rank(job, 5) == second.rank(job, 5)


def test_prepared_candidates_round_trip_and_score_the_same() -> None:
    rng = random.Random(8)
    jobs = random_jobs(rng, 12)
    candidates = real_ish_candidates(rng, 15)
    stats = CorpusStats.of(jobs)
    index = CandidateIndex(candidates, stats=stats)
    stored = {cid: json.dumps(index.prepared(cid).to_dict()) for cid, _ in candidates}
    taxonomy = get_taxonomy()
    for candidate_id, profile in candidates:
        prepared = PreparedCandidate.from_dict(json.loads(stored[candidate_id]))
        assert prepared == PreparedCandidate.of(profile, taxonomy)
    loaded = CandidateIndex(
        ((cid, PreparedCandidate.from_dict(json.loads(text))) for cid, text in stored.items()),
        stats=stats,
    )
    assert_equals_score_job(loaded, candidates, jobs[:5])
    loaded.upsert("late", PreparedCandidate.from_dict(json.loads(stored["cv-000"])))
    assert loaded.prepared("late") == index.prepared("cv-000")


@pytest.mark.parametrize(
    "change",
    [{"format": 9}, {"counts": [0]}, {"counts": 3}, {"terms": "python"}, {"level": 7},
     {"preference": "moon"}, {"years": -1}, {"families": {"nursing": 2}}, {"skills": [3]}],
)  # fmt: skip
def test_bad_prepared_candidates_are_refused(change: dict[str, object]) -> None:
    data = PreparedCandidate.of(real_ish_candidates(random.Random(9), 1)[0][1], get_taxonomy())
    with pytest.raises(ValueError, match=r"."):
        PreparedCandidate.from_dict({**data.to_dict(), **change})


def test_query_of_gives_select_querys_terms_and_weights() -> None:
    from jobmatch.matching.features import candidate_features
    from jobmatch.matching.relevance import select_query
    from jobmatch.matching.taxonomy import get_taxonomy

    rng = random.Random(5)
    candidates = real_ish_candidates(rng, 40)
    jobs = random_jobs(rng, 30)
    stats = CorpusStats.of(jobs)
    index = CandidateIndex(candidates, stats=stats)
    weights = ScoringWeights()
    assert index.query_of(candidates[0][0], stats, weights.query_terms) is None  # not chosen yet
    index.values(jobs[0], weights)
    for candidate_id, profile in candidates:
        expected = select_query(
            candidate_features(profile, get_taxonomy(), weights.family_credit).counts,
            stats,
            weights.query_terms,
        )
        assert index.query_of(candidate_id, stats, weights.query_terms) == expected
    stats.add(jobs[1])  # other statistics: the cached queries no longer apply
    assert index.query_of(candidates[0][0], stats, weights.query_terms) is None


def test_a_candidate_read_back_without_terms_keeps_everything_else() -> None:
    rng = random.Random(8)
    candidates = real_ish_candidates(rng, 30)
    index = CandidateIndex(candidates)  # built in one go: every row in the main arrays
    index.upsert(candidates[0][0], candidates[1][1])  # and one pending update
    read = [index.prepared(candidate_id) for candidate_id, _ in candidates]
    assert sum(bool(whole.terms) for whole in read) > 20
    for (candidate_id, _), whole in zip(candidates, read, strict=True):
        light = index.prepared(candidate_id, terms=False)
        if candidate_id == candidates[0][0]:
            assert light == whole  # a pending one is kept as it is
        else:
            assert light == replace(whole, terms=(), counts=())
