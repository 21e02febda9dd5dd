from datetime import date

from jobmatch.matching.profiles import (
    CandidateProfile,
    JobProfile,
    build_candidate_profile,
    build_job_profile,
)

CV = """SENIOR DATA ENGINEER
Built pipelines in Python and SQL on AWS. Docker, Kubernetes.
Company Name City, State Data Engineer 01/2015 to 12/2020
"""


def test_candidate_profile_from_cv_text() -> None:
    profile = build_candidate_profile(CV, location="Austin, TX", remote="hybrid")
    assert profile.skills >= {"python", "sql", "aws", "docker", "kubernetes"}
    assert profile.years == 6.0
    assert profile.seniority == "senior"
    assert (profile.location, profile.remote, profile.title) == ("Austin, TX", "hybrid", None)
    assert profile.text == CV


def test_a_given_title_sets_the_seniority() -> None:
    profile = build_candidate_profile("did things\nSenior manager of stuff", title="Junior Analyst")
    assert profile.seniority == "junior"
    assert profile.title == "Junior Analyst"


def test_job_profile_extracts_what_is_not_given() -> None:
    profile = build_job_profile(
        "j1",
        "Senior Python Developer",
        "Build services.",
        requirements="5+ years of Python and PostgreSQL experience.",
        preferred="Kubernetes, Python",
        location="Berlin",
        remote="remote",
    )
    assert profile == JobProfile(
        id="j1",
        title="Senior Python Developer",
        description=(
            "Build services.\n5+ years of Python and PostgreSQL experience.\nKubernetes, Python"
        ),
        skills=("postgresql", "python"),
        nice_to_have=("kubernetes",),
        min_years=5,
        seniority="senior",
        location="Berlin",
        remote="remote",
    )


def test_job_profile_keeps_what_is_given() -> None:
    profile = build_job_profile(
        "j2", "Cook", "Grill and prep.", skills=["HACCP", "knife skills"], nice_to_have=["haccp"],
        min_years=2, seniority="mid",
    )  # fmt: skip
    assert profile.skills == ("food safety", "knife skills")
    assert profile.nice_to_have == ()  # already required
    assert (profile.min_years, profile.seniority) == (2, "mid")


def test_without_requirements_skills_come_from_title_and_description() -> None:
    profile = build_job_profile(
        "j3", "Registered Nurse", "CPR and BLS certified; 3 years experience"
    )
    assert profile.skills == ("bls", "cpr", "nursing")
    assert profile.min_years == 3
    assert profile.nice_to_have == ()


def test_profiles_default_the_new_fields() -> None:
    assert CandidateProfile(frozenset(), "").location is None
    assert JobProfile("a", "t", "d", ()).remote is None
    assert date.today().year > 2000  # the years above are read relative to today
