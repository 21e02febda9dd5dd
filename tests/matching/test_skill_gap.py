from jobmatch.matching import CorpusStats, build_candidate_profile, build_job_profile
from jobmatch.matching.features import JobFeatures, candidate_features, job_features
from jobmatch.matching.relevance import select_query
from jobmatch.matching.scoring import DEFAULT_WEIGHTS, evaluate
from jobmatch.matching.skill_gap import skill_gap, written_as
from jobmatch.matching.taxonomy import get_taxonomy

# A short CV: with few words, one more skill named in it moves the text fit and, through
# the content fit, how far the title counts, not only the skills component.
CV = "Web Developer\nI build websites with HTML and CSS for small shops.\n"

JOBS = [
    build_job_profile(
        "frontend",
        "Frontend Web Developer",
        "Build our shop's web pages in HTML, CSS and JavaScript with React.",
        skills=("html", "css", "javascript", "react"),
    ),
    build_job_profile(
        "fullstack",
        "Web Developer",
        "Websites and services in JavaScript and TypeScript on Node.js.",
        skills=("javascript", "typescript", "node.js"),
    ),
    build_job_profile(
        "nurse",
        "Registered Nurse",
        "Patient care on a busy ward; medication and charting.",
        skills=("nursing", "patient care"),
    ),
]


def _scores(cv_text: str, jobs: list[JobFeatures], stats: CorpusStats) -> list[int]:
    taxonomy = get_taxonomy()
    candidate = candidate_features(
        build_candidate_profile(cv_text), taxonomy, DEFAULT_WEIGHTS.family_credit
    )
    query = select_query(candidate.counts, stats, DEFAULT_WEIGHTS.query_terms)
    return [
        evaluate(candidate, query, job, stats, DEFAULT_WEIGHTS, taxonomy)[1].score for job in jobs
    ]


def test_the_advice_is_what_naming_the_skill_in_the_cv_really_gives() -> None:
    taxonomy = get_taxonomy()
    stats = CorpusStats.of(JOBS)
    # The candidate's top jobs: the two web jobs (the nurse's is only in the corpus).
    jobs = [job_features(job, taxonomy) for job in JOBS[:2]]
    candidate = candidate_features(
        build_candidate_profile(CV), taxonomy, DEFAULT_WEIGHTS.family_credit
    )

    advice = skill_gap(candidate, jobs, stats, DEFAULT_WEIGHTS)

    assert advice, "a web developer without JavaScript gets advice"
    first = advice[0]
    assert first.skill == "javascript"
    assert first.of == len(jobs)
    before = _scores(CV, jobs, stats)
    after = _scores(CV + "Skills: JavaScript\n", jobs, stats)
    raised = [b - a for a, b, job in zip(before, after, jobs, strict=True) if b > a]
    # Both jobs ask for JavaScript and both go up, by what the advice says.
    assert len(raised) == first.jobs == 2
    assert first.points == round(sum(raised) / len(raised))
    assert first.points >= 3


def test_no_advice_for_skills_the_cv_has_or_jobs_do_not_ask() -> None:
    taxonomy = get_taxonomy()
    stats = CorpusStats.of(JOBS)
    jobs = [job_features(job, taxonomy) for job in JOBS]
    candidate = candidate_features(
        build_candidate_profile(CV), taxonomy, DEFAULT_WEIGHTS.family_credit
    )

    advised = {advice.skill for advice in skill_gap(candidate, jobs, stats, DEFAULT_WEIGHTS)}

    assert {"html", "css"} <= candidate.skills
    assert advised, "the web jobs ask for skills the CV lacks"
    assert advised.isdisjoint(candidate.skills)
    asked = {skill for job in jobs for skill in (*job.required, *job.nice)}
    assert advised <= asked


GO_JOBS = [
    build_job_profile(
        f"go-{n}",
        title,
        "Services in Go and Python on PostgreSQL, deployed with Docker.",
        skills=("go", "python", "postgresql"),
    )
    for n, title in enumerate(("Backend Engineer", "Platform Engineer", "Software Engineer"))
]
GO_CV = (
    "Software Engineer\n6 years building web services with Python and Django, PostgreSQL "
    "databases and Redis caches. Deployed on AWS with Docker.\n"
)


def test_a_skill_read_only_in_context_is_advised_as_a_cv_can_name_it() -> None:
    """A bare "Go" in a CV is not read as the skill (it is a common word); "Golang" is. The
    advice is what adding "Golang" gives, not a gain no wording of the CV could get."""
    taxonomy = get_taxonomy()
    assert "go" not in build_candidate_profile(GO_CV + "Go\n").skills
    assert written_as(taxonomy, "go") == "golang"
    assert written_as(taxonomy, "python") == "python"
    stats = CorpusStats.of(GO_JOBS + JOBS)
    jobs = [job_features(job, taxonomy) for job in GO_JOBS]
    candidate = candidate_features(
        build_candidate_profile(GO_CV), taxonomy, DEFAULT_WEIGHTS.family_credit
    )

    [go] = [a for a in skill_gap(candidate, jobs, stats, DEFAULT_WEIGHTS) if a.skill == "go"]

    before = _scores(GO_CV, jobs, stats)
    after = _scores(GO_CV + "Skills: Golang\n", jobs, stats)
    raised = [b - a for a, b in zip(before, after, strict=True) if b > a]
    assert go.jobs == len(raised) == 3
    assert go.points == round(sum(raised) / len(raised))
