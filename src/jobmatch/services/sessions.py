"""Login sessions: an access token (JWT, short) plus a rotating refresh token (opaque, stored
hashed). Reusing a rotated refresh token revokes its whole family (OAuth 2.0 BCP)."""

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox
from jobmatch.core.config import Settings
from jobmatch.core.security import create_access_token
from jobmatch.models import RefreshToken, User
from jobmatch.repositories import refresh_tokens, users
from jobmatch.services.auth import auth_state


@dataclass(frozen=True, slots=True)
class TokenPair:
    access_token: str
    expires_in: int
    refresh_token: str
    user: User


class RefreshRefused(Exception):
    """The refresh token is unknown, expired, revoked or replayed (the reason is logged
    nowhere user-visible: every case answers the same 401)."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def issue(
    session: AsyncSession, settings: Settings, user: User, family_id: uuid.UUID | None = None
) -> TokenPair:
    """A new access token and a refresh token in `family_id` (a new family: a new login)."""
    now = datetime.now(UTC)
    raw = secrets.token_urlsafe(32)
    session.add(
        RefreshToken(
            id=uuid.uuid4(),
            user_id=user.id,
            family_id=family_id or uuid.uuid4(),
            token_hash=_hash(raw),
            created_at=now,
            expires_at=now + timedelta(days=settings.REFRESH_TOKEN_EXPIRE_DAYS),
        )
    )
    await session.flush()
    access, expires_in = create_access_token(settings, str(user.id), user.token_version)
    return TokenPair(access, expires_in, raw, user)


async def refresh(session: AsyncSession, settings: Settings, raw: str) -> TokenPair:
    """Rotate a refresh token. On replay the family is revoked and RefreshRefused raised:
    the caller must still commit (the revocation is the point)."""
    now = datetime.now(UTC)
    found = await refresh_tokens.by_hash(session, _hash(raw))
    if found is None:
        raise RefreshRefused("unknown")
    # User row first, then the token, on every path that rotates or revokes: a password
    # change or replay revocation cannot slip between a rotation's read and its insert.
    user = await users.lock(session, found.user_id)
    token = await refresh_tokens.by_hash_for_update(session, _hash(raw))
    if user is None or token is None or not user.is_active:
        raise RefreshRefused("inactive")
    if token.used_at is not None or token.revoked_at is not None:
        # A replay means the token leaked: end this family, and (token version) every
        # access token of the user; other devices refresh into the new version.
        await refresh_tokens.revoke_family(session, token.family_id, now)
        await _bump_version(session, user)
        raise RefreshRefused("replayed")
    if token.expires_at <= now:
        raise RefreshRefused("expired")
    token.used_at = now
    return await issue(session, settings, user, token.family_id)


async def logout(session: AsyncSession, raw: str) -> None:
    """Revoke the session the refresh token belongs to (unknown tokens: nothing to do)."""
    token = await refresh_tokens.by_hash_for_update(session, _hash(raw))
    if token is not None:
        await refresh_tokens.revoke_family(session, token.family_id, datetime.now(UTC))


async def end_all_sessions(session: AsyncSession, user: User) -> None:
    """Password change, deactivation, "log out everywhere": every refresh token revoked and
    every access token already issued refused (token version bump, published after commit)."""
    if await users.lock(session, user.id) is None:  # waits for rotations in flight
        return  # deleted meanwhile: nothing left to end
    await refresh_tokens.revoke_all_of(session, user.id, datetime.now(UTC))
    await _bump_version(session, user)


async def _bump_version(session: AsyncSession, user: User) -> None:
    user.token_version += 1
    await session.flush()
    outbox.publish_auth(session, auth_state(user))
