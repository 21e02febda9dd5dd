"""Realistic data for the throughput bench: 10k open jobs from real postings, candidates
with parsed CVs and finished matches, all through the service layer."""

import random
import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bench.matching.datasets import load_postings, load_resumes
from jobmatch.core.config import Settings
from jobmatch.core.database import SessionFactory
from jobmatch.core.security import PasswordService, create_access_token
from jobmatch.matching.extraction import extract_skills
from jobmatch.models import CV, CVStatus, RemotePolicy, Role, User
from jobmatch.repositories import jobs
from jobmatch.services import cvs, matching
from jobmatch.services.matcher import Matcher

PASSWORD = "bench password 1"
LOCATIONS = ["Berlin", "London", "New York", "Lisbon", "Remote", "Toronto", "Paris"]


@dataclass(frozen=True, slots=True)
class Candidate:
    id: uuid.UUID
    email: str
    token: str
    resume: str


async def _user(session: AsyncSession, role: Role, email: str, password_hash: str) -> User:
    user = User(email=email, password_hash=password_hash, role=role, is_active=True)
    session.add(user)
    await session.flush()
    return user


async def seed_jobs(factory: SessionFactory, owner_id: uuid.UUID, count: int) -> None:
    """`count` open jobs cycling over the real postings (skills extracted once each)."""
    rng = random.Random(7)
    postings = [p for p in load_postings() if p.title.strip() and p.description.strip()]
    skills = {
        p.id: extract_skills(f"{p.title}\n{p.description}\n{p.requirements}") for p in postings
    }
    rows: list[dict[str, object]] = []
    for i in range(count):
        posting = postings[i % len(postings)]
        rows.append(
            {
                "id": uuid.uuid4(),
                "owner_id": owner_id,
                "title": posting.title[:200],
                "company": "Bench Co",
                "description": "\n".join((posting.description, posting.requirements))[:50_000],
                "location": rng.choice(LOCATIONS),
                "remote": rng.choice(list(RemotePolicy)),
                "skills": skills[posting.id],
                "nice_to_have": [],
                "status": "open",
            }
        )
    async with factory() as session:
        for start in range(0, len(rows), 1000):
            await jobs.bulk_insert(session, rows[start : start + 1000])
        await session.commit()


async def seed_candidates(
    factory: SessionFactory, settings: Settings, count: int
) -> list[Candidate]:
    """Candidates with a parsed CV and a finished match each (computed in-process)."""
    password_hash = await PasswordService(settings).hash(PASSWORD)
    resumes = load_resumes()
    rng = random.Random(11)
    picked = rng.sample(resumes, count)
    matcher = Matcher(settings)
    candidates = []
    async with factory() as session:
        for i, resume in enumerate(picked):
            user = await _user(session, Role.CANDIDATE, f"bench-{i}@example.com", password_hash)
            cv = CV(
                owner_id=user.id,
                filename="cv.txt",
                format="txt",
                size_bytes=len(resume.text.encode()),
                content=resume.text.encode(),
                status=CVStatus.QUEUED,
                skills=[],
                attempts=0,
            )
            session.add(cv)
            await session.flush()
            await matching.open_run(session, user.id, cv.id)
            await cvs.parse_cv(session, cv.id)
            run = await matching.request_match(session, user)
            await matching.run_match(session, settings, matcher, run.id)
            token, _ = create_access_token(settings, str(user.id), user.token_version)
            candidates.append(Candidate(user.id, user.email, token, resume.text))
        await session.commit()
    return candidates


async def seed_recruiter(factory: SessionFactory, settings: Settings) -> uuid.UUID:
    password_hash = await PasswordService(settings).hash(PASSWORD)
    async with factory() as session:
        user = await _user(session, Role.RECRUITER, "bench-recruiter@example.com", password_hash)
        await session.commit()
        return user.id
