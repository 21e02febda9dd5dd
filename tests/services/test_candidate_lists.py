"""Candidate lists stay readable when a CV is ranked for several jobs (found by the SPA's
browser tests: the list of a job whose candidates were also ranked for another job was a
500, "more than one row returned by a subquery")."""

import uuid

import httpx
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.models import CV, User
from jobmatch.repositories import candidates
from jobmatch.services import cvs
from jobmatch.services.live_results import telling_skills, title_query
from tests.factories import post_job, upload_cv, user_with_token
from tests.services.test_live_matching import Worker


async def test_a_cv_ranked_for_two_jobs_is_listed_for_each(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    _, developer = await user_with_token(client)
    await worker.parse_and_match(
        client, developer, "Backend developer. Python, FastAPI, PostgreSQL, Docker. 6 years."
    )
    jobs = [
        await post_job(client, recruiter),
        await post_job(client, recruiter, title="Python Engineer", company="Initech"),
    ]
    for job in jobs:
        await worker.rank_candidates(job["id"])
    for job in jobs:
        response = await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["status"] == "done"
        assert [r["candidate"]["email"] for r in body["results"]] == [
            (await client.get("/api/users/me", headers=developer)).json()["email"]
        ]


async def test_every_candidate_is_ranked_not_only_the_pre_filters_pick(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """The recruiter's list ranks every active candidate: a graphic designer shares no
    listed skill with an "Interaction Designer" posting and lacks the word "interaction",
    so the live updates' pre-filter passes them by, yet the engine ranks them."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    job = await post_job(
        client,
        recruiter,
        title="Interaction Designer",
        description="Design web and mobile layouts, brand visuals and prototypes.",
        skills=["figma", "user research"],
    )
    _, designer = await user_with_token(client)
    await worker.parse_and_match(
        client,
        designer,
        "Graphic Designer\nAdobe Photoshop, Illustrator and InDesign. 6 years designing "
        "brand identities, web layouts and print for agencies and their clients.",
    )
    row = await worker.job(job["id"])
    picked = await candidates.matching_cvs(
        db, telling_skills(row), title_query(row), limit=settings.MATCH_CANDIDATE_CVS
    )
    assert picked == []  # the pre-filter would not have found the designer

    await worker.rank_candidates(job["id"])

    body = (await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)).json()
    assert body["status"] == "done"
    [listed] = body["results"]
    me = (await client.get("/api/users/me", headers=designer)).json()
    assert listed["candidate"]["email"] == me["email"]
    assert listed["score"] > 0
    assert "figma" in listed["missing_skills"]


async def test_a_ranked_cv_replaced_or_of_a_deactivated_owner_is_read_back_as_gone(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """What the run re-reads after ranking: only CVs still their active owner's newest."""
    worker = Worker(client, db, settings)
    ids = []
    for headers in [(await user_with_token(client))[1] for _ in range(2)]:
        for text in ("Python developer, 3 years.", "Python developer, 4 years. FastAPI."):
            cv_id = (await upload_cv(client, headers, text)).json()["id"]
            await worker.step(lambda s, cv_id=cv_id: cvs.parse_cv(s, uuid.UUID(cv_id)))
            ids.append(uuid.UUID(cv_id))
    _, new, _, other = ids
    owner = (await db.get(CV, other)).owner_id  # type: ignore[union-attr]
    await db.execute(update(User).where(User.id == owner).values(is_active=False))

    found = await candidates.newest_cvs_among(db, ids)

    assert [cv.id for cv, _ in found] == [new]  # not the replaced one, nor the other's
