import math
from dataclasses import replace
from typing import Any

import pytest

from jobmatch.matching import MatchScore, build_candidate_profile, build_job_profile
from jobmatch.matching.corpus import CorpusStats
from jobmatch.matching.scoring import (
    COMPONENTS,
    CandidateProfile,
    JobProfile,
    ScoringWeights,
    rank_jobs,
    score_job,
)

CANDIDATE = CandidateProfile(
    skills=frozenset({"python", "sql", "docker", "aws"}),
    text="Senior Python developer building SQL data pipelines on AWS with Docker",
    years=6,
    seniority="senior",
)


BASE_JOB = JobProfile(
    id="j",
    title="Python Developer",
    description="Build data pipelines in Python and SQL on AWS",
    skills=("python", "sql", "docker", "aws"),
)


def job(job_id: str = "j", **changes: Any) -> JobProfile:
    return replace(BASE_JOB, id=job_id, **changes)


def test_perfect_beats_partial_beats_none() -> None:
    perfect = score_job(CANDIDATE, job(min_years=5, seniority="senior"))
    partial = score_job(CANDIDATE, job(skills=("python", "java", "react", "go")))
    none = score_job(
        CANDIDATE,
        job(title="Nurse", description="Patient care on a busy ward", skills=("nursing",)),
    )
    assert perfect.score > partial.score > none.score
    assert perfect.score >= 85
    assert none.score == 0


def test_score_is_in_range_and_breakdown_in_unit_interval() -> None:
    for profile in (
        job(),
        job(skills=()),
        job(skills=("nursing",), nice_to_have=("cpr",), min_years=30, seniority="lead"),
    ):
        match = score_job(CANDIDATE, profile)
        assert 0 <= match.score <= 100
        assert set(match.breakdown) == {
            "skills", "nice_to_have", "text", "title", "experience", "location",
        }  # fmt: skip
        assert all(v is None or 0.0 <= v <= 1.0 for v in match.breakdown.values())
    # What a job does not ask about is null (left out), not a 0 that reads as a miss.
    bare = score_job(CANDIDATE, job(skills=()))
    assert bare.breakdown["skills"] is None
    assert bare.breakdown["nice_to_have"] is None
    assert bare.breakdown["experience"] is None
    assert bare.breakdown["location"] is None


def test_everything_matching_scores_100() -> None:
    candidate = CandidateProfile(
        frozenset({"python"}), "Python Developer", years=3, seniority="mid", location="Oslo"
    )
    profile = job(
        title="Python Developer", description="", skills=("python",), min_years=2,
        seniority="mid", location="Oslo, Norway", remote="onsite",
    )  # fmt: skip
    # BM25 saturates, so text never reaches 1: leave it out to see the other parts at 1
    # (and the two-word CV's text at its full fit: see the text-evidence test).
    match = score_job(candidate, profile, ScoringWeights(text=0, text_evidence=0))
    assert match.breakdown == {
        "skills": 1.0, "nice_to_have": None, "text": 0.9167, "title": 1.0,
        "experience": 1.0, "location": 1.0,
    }  # fmt: skip
    assert match.score == 100


def test_related_skill_gives_partial_credit_but_is_still_missing() -> None:
    exact = score_job(CANDIDATE, job(skills=("docker",)))
    related = score_job(CANDIDATE, job(skills=("kubernetes",)))
    unrelated = score_job(CANDIDATE, job(skills=("phlebotomy",)))
    assert exact.breakdown["skills"] == 1.0
    assert related.breakdown["skills"] == 0.5
    assert unrelated.breakdown["skills"] == 0.0
    assert exact.score > related.score > unrelated.score
    assert related.missing_skills == ["kubernetes"]
    assert "Missing: kubernetes (has related docker)" in related.reasons
    assert unrelated.missing_skills == ["phlebotomy"]


def test_matched_and_missing_skills_are_listed_and_named_in_reasons() -> None:
    profile = job(skills=("python", "sql", "java", "kubernetes"), nice_to_have=("aws", "scala"))
    match = score_job(CANDIDATE, profile)
    assert match.matched_skills == ["aws", "python", "sql"]
    assert match.missing_skills == ["java", "kubernetes"]
    assert match.reasons[:3] == [
        "Has 2 of 4 required skills: python, sql",
        "Missing: kubernetes (has related docker)",
        "Missing: java",
    ]
    assert "Has 1 of 2 nice-to-have skills: aws" in match.reasons


def test_experience_reasons_and_fit() -> None:
    meets = score_job(CANDIDATE, job(min_years=5))
    below = score_job(CANDIDATE, job(min_years=12))
    assert "6 years of experience meets the 5 required" in meets.reasons
    assert "6 years of experience is below the 12 required" in below.reasons
    assert meets.breakdown["experience"] == 1.0
    assert below.breakdown["experience"] == 0.5
    unknown = CandidateProfile(frozenset({"python"}), "python")
    assert (
        "Years of experience unknown; the job asks for 5"
        in score_job(unknown, job(min_years=5)).reasons
    )


def test_seniority_under_the_level_hurts_more_than_over() -> None:
    junior = CandidateProfile(CANDIDATE.skills, CANDIDATE.text, seniority="junior")
    lead = CandidateProfile(CANDIDATE.skills, CANDIDATE.text, seniority="Lead")
    for_mid = job(seniority="mid")
    assert score_job(junior, for_mid).breakdown["experience"] == 0.6
    assert score_job(lead, for_mid).breakdown["experience"] == 0.6
    assert score_job(junior, job(seniority="lead")).breakdown["experience"] == 0.0
    assert "Seniority junior is below the mid level asked" in score_job(junior, for_mid).reasons


def test_seniority_is_inferred_from_years_when_unknown() -> None:
    candidate = CandidateProfile(frozenset(), "", years=7)
    match = score_job(candidate, job(seniority="senior"))
    assert "Seniority senior matches the senior level asked" in match.reasons


def test_text_relevance_is_reported() -> None:
    match = score_job(CANDIDATE, job())
    assert match.breakdown["text"] > 0.3
    assert (
        "Title and description share key terms with the CV: aws, data, developer, pipelines, python"
        in match.reasons
    )
    unrelated = score_job(CANDIDATE, job(title="Baker", description="Bake bread"))
    assert unrelated.breakdown["text"] == 0.0
    assert not [r for r in unrelated.reasons if r.startswith("Title and description")]


def test_no_required_skills_renormalises_over_the_rest() -> None:
    candidate = CandidateProfile(frozenset(), "python sql", years=None)
    unweighed = ScoringWeights(text_evidence=0)  # a two-word CV's text at its full fit
    match = score_job(candidate, job(title="python sql", description="", skills=()), unweighed)
    assert match.reasons[0] == "The job lists no required skills"
    # Alone in its corpus, each title term counts twice in a 4-term job of average length:
    # BM25 earns 2 * 3 / (2 + 2) of the 3 possible per term, then saturate(0.5, 0.1).
    text = 0.5 * 1.1 / 0.6
    assert match.breakdown["text"] == pytest.approx(text, abs=1e-4)
    assert match.score == round(100 * text)  # text is the only component the job has


def test_weights_change_the_score_and_are_validated() -> None:
    profile = job(skills=("python", "java"))
    nothing = {name: 0.0 for name in COMPONENTS}
    skills_only = ScoringWeights(**{**nothing, "skills": 1.0})
    assert score_job(CANDIDATE, profile, skills_only).score == 50
    no_related = ScoringWeights(**{**nothing, "skills": 1.0}, related_credit=0.0)
    assert score_job(CANDIDATE, job(skills=("kubernetes",)), no_related).score == 0
    with pytest.raises(ValueError, match="weights"):
        ScoringWeights(skills=-1.0)
    with pytest.raises(ValueError, match="weights"):
        ScoringWeights(**nothing)
    with pytest.raises(ValueError, match="related_credit"):
        ScoringWeights(related_credit=1.5)
    with pytest.raises(ValueError, match="family_credit"):
        ScoringWeights(family_credit=-0.1)
    with pytest.raises(ValueError, match="bm25"):
        ScoringWeights(bm25_b=2.0)
    with pytest.raises(ValueError, match="query_terms"):
        ScoringWeights(query_terms=0)
    with pytest.raises(ValueError, match="saturation"):
        ScoringWeights(text_saturation=-1)
    with pytest.raises(ValueError, match="title_backing"):
        ScoringWeights(title_backing=-0.1)
    with pytest.raises(ValueError, match="title_backing"):
        ScoringWeights(title_backing=1.5)  # a content fit is at most 1
    for name in ("title_backing", "text_saturation", "skills", "bm25_k1"):
        for value in (math.nan, math.inf):
            with pytest.raises(ValueError, match=f"finite: {name}="):
                ScoringWeights(**{name: value})
    with pytest.raises(ValueError, match="query_terms must be a whole number"):
        ScoringWeights(query_terms=2.5)  # type: ignore[arg-type]
    # MATCH_WEIGHTS hands every value over as a float: a whole one is a count.
    counted = ScoringWeights(query_terms=50.0)  # type: ignore[arg-type]
    assert counted.query_terms == 50
    assert isinstance(counted.query_terms, int)
    assert score_job(CANDIDATE, job(), counted).score == score_job(CANDIDATE, job()).score


def test_duplicate_and_overlapping_job_skills_count_once() -> None:
    match = score_job(CANDIDATE, job(skills=("python", "python", "java"), nice_to_have=("python",)))
    assert match.reasons[0] == "Has 1 of 2 required skills: python"
    assert match.matched_skills == ["python"]
    assert match.breakdown["nice_to_have"] is None  # python is required, so none is left


def test_scoring_is_deterministic() -> None:
    profile = job(skills=("python", "kubernetes", "java"), nice_to_have=("terraform",))
    first = score_job(CANDIDATE, profile)
    assert all(score_job(CANDIDATE, profile) == first for _ in range(5))


def test_rank_orders_by_score_then_job_id() -> None:
    jobs = [
        job("b-tie", skills=("python", "java")),
        job("c-best", skills=("python", "sql")),
        job("a-tie", skills=("python", "java")),
        job("d-worst", title="Nurse", description="ward", skills=("nursing",)),
    ]
    ranked = rank_jobs(CANDIDATE, jobs)
    assert [match.job_id for match in ranked] == ["c-best", "a-tie", "b-tie", "d-worst"]
    assert ranked[1].score == ranked[2].score
    assert [m.job_id for m in rank_jobs(CANDIDATE, list(reversed(jobs)))] == [
        m.job_id for m in ranked
    ]


def test_rank_limit() -> None:
    jobs = [job(f"job-{i:02d}", skills=("python",) * (i % 2) or ("java",)) for i in range(30)]
    ranked = rank_jobs(CANDIDATE, jobs)
    assert len(ranked) == 20
    assert [m.job_id for m in ranked[:3]] == ["job-01", "job-03", "job-05"]
    assert len(rank_jobs(CANDIDATE, jobs, limit=5)) == 5
    assert rank_jobs(CANDIDATE, jobs, limit=0) == []
    assert rank_jobs(CANDIDATE, [], limit=5) == []


def test_rank_scores_equal_single_scores() -> None:
    jobs = [job("x", skills=("python", "kubernetes")), job("y", skills=("sql",))]
    ranked = {match.job_id: match for match in rank_jobs(CANDIDATE, jobs)}
    stats = CorpusStats.of(jobs)  # rank_jobs counts the jobs it is given
    assert ranked["x"] == score_job(CANDIDATE, jobs[0], stats=stats)
    assert ranked["y"] == score_job(CANDIDATE, jobs[1], stats=stats)


def test_long_skill_lists_are_shortened_in_reasons() -> None:
    skills = tuple(f"skill-{i:02d}" for i in range(12))
    candidate = CandidateProfile(frozenset(skills), "")
    match = score_job(candidate, job(skills=skills))
    assert match.reasons[0] == (
        "Has 12 of 12 required skills: skill-00, skill-01, skill-02, skill-03, skill-04, "
        "skill-05, skill-06, skill-07 and 4 more"
    )
    assert match.matched_skills == list(skills)


def test_broad_skills_count_less_than_specific_ones() -> None:
    profile = job(skills=("communication", "python"))
    broad = score_job(CandidateProfile(frozenset({"communication"}), ""), profile)
    specific = score_job(CandidateProfile(frozenset({"python"}), ""), profile)
    assert broad.breakdown["skills"] == pytest.approx(0.2 / 1.2, abs=1e-4)
    assert specific.breakdown["skills"] == pytest.approx(1 / 1.2, abs=1e-4)


def test_a_longer_skill_list_weighs_more_than_a_single_skill() -> None:
    candidate = CandidateProfile(CANDIDATE.skills, "")
    one = score_job(candidate, job(skills=("python",)))
    four = score_job(candidate, job(skills=("python", "sql", "docker", "aws")))
    assert one.breakdown["skills"] == four.breakdown["skills"] == 1.0
    # The empty CV has no title and no text: skills 0.15 x evidence share against text 0.30.
    assert one.score == 9  # 0.15 * 1/5 / (0.15 * 1/5 + 0.30)
    assert four.score == 20  # 0.15 * 4/8 / (0.15 * 4/8 + 0.30)
    flat = ScoringWeights(skill_evidence=0)
    assert score_job(candidate, job(skills=("python",)), flat).score == 33


def test_experience_only_scales_a_relevant_match_down() -> None:
    unrelated = job(title="Nurse", description="ward rounds", skills=("nursing",), min_years=2)
    assert score_job(CANDIDATE, unrelated).score == 0
    candidate = CandidateProfile(frozenset({"python"}), "python", years=3)
    profile = job(title="python", description="", skills=("python",), min_years=6)
    match = score_job(candidate, profile, ScoringWeights(text=0))
    assert match.breakdown["experience"] == 0.5
    assert match.score == 95  # 100 * (1 - 0.10 / 1.00 * 0.5)


def test_title_family_fit_and_reasons() -> None:
    nurse = CandidateProfile(frozenset(), "REGISTERED NURSE\nward work")
    alone = ScoringWeights(title_backing=0)  # the title fit as found, unbacked
    same = score_job(nurse, job(title="Charge Nurse", skills=()), alone)
    near = score_job(nurse, job(title="Certified Nursing Assistant", skills=()), alone)
    other = score_job(nurse, job(title="Software Engineer", skills=()), alone)
    unknown = score_job(nurse, job(title="Wizard", skills=()), alone)
    # "Wizard" names no family: the title is left out (null), not failed.
    assert [m.breakdown["title"] for m in (same, near, other, unknown)] == [1.0, 0.5, 0.0, None]
    assert "The job's field (nursing) is in the CV" in same.reasons
    assert "The job's field (nursing assistance) is close to the CV's (nursing)" in near.reasons
    assert "The job's field (software engineering) is not in the CV" in other.reasons
    assert same.score > near.score > other.score
    # A job whose title names no family is scored on its other components only.
    assert not [r for r in unknown.reasons if r.startswith("The job's field")]


def test_a_title_counts_as_far_as_the_cvs_skills_and_text_back_it() -> None:
    posting = build_job_profile(
        "b", "Brand Educator",
        "Represent our brand at retail events: product demonstrations, sampling, social media "
        "content and sales promotions for a beauty brand.",
    )  # fmt: skip
    teacher = build_candidate_profile(
        "TEACHER\nTaught fourth grade: lesson planning, classroom management, curriculum "
        "development and parent conferences."
    )
    ambassador = build_candidate_profile(
        "BRAND AMBASSADOR\nRan product demonstrations and sampling at retail events, wrote "
        "social media content, hit sales promotion targets."
    )
    alone = ScoringWeights(title_backing=0)
    # The title alone ("educator" is a teaching title) would put the teacher first.
    assert score_job(teacher, posting, alone).score > score_job(ambassador, posting, alone).score
    backed = score_job(teacher, posting)
    assert backed.score < score_job(ambassador, posting).score
    assert 0 < backed.breakdown["title"] < score_job(teacher, posting, alone).breakdown["title"]
    share = round(100 * backed.breakdown["title"])  # the unbacked title fit is 1.0
    assert (
        f"The CV's skills and text back that field only in part: it counts for {share}%"
        in backed.reasons
    )
    # Backed well enough, a title counts in full and nothing is said about it.
    own = build_job_profile(
        "a", "Brand Ambassador",
        "Product demonstrations and sampling at retail events, social media content, sales "
        "promotions.",
    )  # fmt: skip
    match = score_job(ambassador, own)
    assert match.breakdown["title"] == 1.0
    assert not [r for r in match.reasons if r.startswith("The CV's skills and text back")]
    # With nothing else in common the title does not count, and the reasons say so.
    unbacked = score_job(teacher, replace(posting, skills=("sales", "social media marketing")))
    assert unbacked.breakdown["title"] == 0.0
    assert unbacked.score == 0
    assert "The job's field (teaching) is in the CV" in unbacked.reasons
    assert "Nothing else in the CV backs that field, so it does not count" in unbacked.reasons


def test_a_cv_without_a_title_leaves_title_out() -> None:
    anonymous = CandidateProfile(frozenset({"python"}), "built things in python")
    match = score_job(anonymous, job(skills=("python",)))
    assert match.breakdown["title"] is None
    assert not [r for r in match.reasons if r.startswith("The job's field")]


def test_location_and_remote_preference() -> None:
    here = CandidateProfile(frozenset({"python"}), "python", location="Austin, TX", remote="onsite")
    full = ScoringWeights(text_evidence=0)  # a one-word CV's text at its full fit

    def at(location: str, remote: str) -> MatchScore:
        return score_job(here, job(skills=("python",), location=location, remote=remote), full)

    local = at("Austin, Texas", "onsite")
    state = at("Dallas, TX", "hybrid")
    away = at("Berlin, Germany", "onsite")
    remote = at("Berlin", "remote")
    assert local.breakdown["location"] == 1.0
    assert state.breakdown["location"] == pytest.approx((0.6 + 0.9) / 2)
    assert away.breakdown["location"] == pytest.approx((0.2 + 1.0) / 2)
    assert remote.breakdown["location"] == pytest.approx(0.7)
    assert "In the candidate's city: Austin, Texas" in local.reasons
    assert "The job is hybrid; the candidate prefers onsite" in state.reasons
    assert "Located elsewhere: Berlin, Germany" in away.reasons
    assert "Remote job" in remote.reasons
    assert local.score > state.score > away.score
    nowhere = score_job(CandidateProfile(frozenset({"python"}), "python"), job(location="Oslo"))
    assert nowhere.breakdown["location"] is None  # nothing known on the candidate's side


def test_nice_to_have_gets_no_related_credit() -> None:
    match = score_job(CANDIDATE, job(skills=("python",), nice_to_have=("kubernetes", "aws")))
    assert match.breakdown["nice_to_have"] == 0.5  # aws exact; kubernetes (docker) no credit
    assert match.missing_skills == []  # nice-to-have skills are never "missing"


def test_a_cv_of_a_few_words_is_little_evidence_whatever_it_shares() -> None:
    """A CV's text fit is a fraction of its own query, so "looking for a job" matched any
    posting in full (it scored 60-86 on unrelated jobs); its text now counts in proportion
    to its weight, and a real CV's not at all less."""
    teller = job(
        title="Bank Teller",
        description="We are looking for a friendly teller for our branch: cash handling, "
        "customer service and balancing the drawer. Apply for this job today.",
        skills=("cash handling", "customer service"),
    )
    stats = CorpusStats.of([teller, job("other", title="Nurse", description="Patient care")])
    empty = CandidateProfile(frozenset(), "Hello, I am looking for a job. Thank you.")
    unweighed = score_job(empty, teller, ScoringWeights(text_evidence=0), stats=stats)
    weighed = score_job(empty, teller, stats=stats)
    assert unweighed.score >= 60  # how it was
    assert weighed.score <= 20
    assert any(r.startswith("The CV has little text to compare") for r in weighed.reasons)
    teller_cv = CandidateProfile(
        frozenset({"cash handling", "customer service"}),
        "Bank teller for six years at a busy branch. Cash handling, customer service, "
        "balancing the drawer, opening accounts, friendly service for every customer. "
        "Trained new tellers; top branch rating for service.",
    )
    real = score_job(teller_cv, teller, stats=stats)
    assert real.score > 3 * weighed.score
    assert not any(r.startswith("The CV has little text") for r in real.reasons)
