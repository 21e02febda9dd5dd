"""Typed dependencies: the session (the edge owns the transaction), the current user, roles."""

import uuid
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox
from jobmatch.core.auth_state import AuthState
from jobmatch.core.config import Settings
from jobmatch.core.errors import Forbidden, Unauthorized
from jobmatch.core.outbox import AfterCommit
from jobmatch.core.rate_limit import RateLimiter
from jobmatch.core.security import PasswordService
from jobmatch.models import CV, Job, Role, User
from jobmatch.services import auth, cvs, jobs

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/login", auto_error=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: commit, then enqueue what it deferred (after commit)."""
    state = request.app.state
    async with state.session_factory() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            outbox.discard(session)
            await session.rollback()
            raise
        after_commit: AfterCommit = state.after_commit
        await after_commit.flush(session)


# scope="function": commit and enqueue happen before the response is sent.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


def client_ip(request: Request) -> str:
    """The caller's address (uvicorn resolves X-Forwarded-For from trusted proxies)."""
    return request.client.host if request.client else "unknown"


async def get_rate_limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.rate_limiter
    return limiter


RateLimiterDep = Annotated[RateLimiter, Depends(get_rate_limiter)]


async def get_passwords(request: Request) -> PasswordService:
    passwords: PasswordService = request.app.state.passwords
    return passwords


PasswordsDep = Annotated[PasswordService, Depends(get_passwords)]


async def get_current_user(
    session: SessionDep,
    settings: SettingsDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> User:
    if not token:
        raise Unauthorized("Not authenticated")
    return await auth.user_from_token(session, settings, token)


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_token_claims(
    request: Request, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> tuple[uuid.UUID, int]:
    """(user id, token version) from a valid bearer token; not yet checked for revocation."""
    if not token:
        raise Unauthorized("Not authenticated")
    # Settings straight from the app state: on the polled path each dependency costs.
    return auth.token_claims(request.app.state.settings, token)


TokenClaims = Annotated[tuple[uuid.UUID, int], Depends(get_token_claims)]


async def get_principal(request: Request, claims: TokenClaims) -> AuthState:
    """Who is calling, from the token and the Redis auth cache (no query when cached)."""
    state = request.app.state
    return await auth.principal(state.session_factory, state.auth_states, *claims)


Principal = Annotated[AuthState, Depends(get_principal)]


async def get_optional_user(
    session: SessionDep,
    settings: SettingsDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> User | None:
    return await auth.user_from_token(session, settings, token) if token else None


OptionalUser = Annotated[User | None, Depends(get_optional_user)]


async def get_recruiter(user: CurrentUser) -> User:
    if user.role not in (Role.RECRUITER, Role.ADMIN):
        raise Forbidden("Only recruiters can do this")
    return user


Recruiter = Annotated[User, Depends(get_recruiter)]


async def get_admin(user: CurrentUser) -> User:
    if user.role != Role.ADMIN:
        raise Forbidden("Only admins can do this")
    return user


Admin = Annotated[User, Depends(get_admin)]


async def get_owned_job(job_id: uuid.UUID, session: SessionDep, user: CurrentUser) -> Job:
    return await jobs.get_editable_job(session, job_id, user)


OwnedJob = Annotated[Job, Depends(get_owned_job)]


async def get_owned_cv(cv_id: uuid.UUID, session: SessionDep, user: CurrentUser) -> CV:
    return await cvs.get_owned_cv(session, cv_id, user)


OwnedCV = Annotated[CV, Depends(get_owned_cv)]
