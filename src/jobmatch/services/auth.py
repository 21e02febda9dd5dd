"""Registration, password login and token-to-user resolution."""

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox
from jobmatch.core.auth_state import AuthState, AuthStates
from jobmatch.core.config import Settings
from jobmatch.core.database import SessionFactory
from jobmatch.core.errors import Conflict, Forbidden, Unauthorized
from jobmatch.core.security import InvalidTokenError, PasswordService, decode_access_token
from jobmatch.models import Role, User
from jobmatch.repositories import users
from jobmatch.schemas.user import UserCreate

WRONG_CREDENTIALS = "Incorrect email or password"


async def register(session: AsyncSession, passwords: PasswordService, data: UserCreate) -> User:
    """Create a candidate or recruiter account; 409 if the email is taken."""
    email = data.email.lower()
    if await users.get_by_email(session, email) is not None:
        raise Conflict("An account with this email already exists")
    user = User(
        email=email,
        password_hash=await passwords.hash(data.password),
        full_name=data.full_name,
        role=Role(data.role),
        is_active=True,
    )
    try:
        async with session.begin_nested():
            session.add(user)
    except IntegrityError as exc:  # a concurrent registration won the race
        raise Conflict("An account with this email already exists") from exc
    return user


async def authenticate(
    session: AsyncSession, passwords: PasswordService, email: str, password: str
) -> User:
    """Check a password; unknown emails cost the same time and give the same answer."""
    user = await users.get_by_email(session, email)
    if user is None:
        await passwords.verify_dummy(password)
        raise Unauthorized(WRONG_CREDENTIALS)
    if not await passwords.verify(user.password_hash, password):
        raise Unauthorized(WRONG_CREDENTIALS)
    if not user.is_active:
        raise Forbidden("This account is deactivated")
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = await passwords.hash(password)
        await session.flush()
    # Warm the auth cache: the client's next requests authenticate without a query.
    outbox.remember_auth(session, auth_state(user))
    return user


INVALID_TOKEN = "Invalid or expired token"


def auth_state(user: User) -> AuthState:
    return AuthState(user.id, user.role, user.is_active, user.token_version)


def token_claims(settings: Settings, token: str) -> tuple[uuid.UUID, int]:
    """(user id, token version) of a valid access token; 401 otherwise."""
    return _claims(settings, token)


def _claims(settings: Settings, token: str) -> tuple[uuid.UUID, int]:
    try:
        claims = decode_access_token(settings, token)
        return uuid.UUID(claims["sub"]), claims["ver"]
    except (InvalidTokenError, ValueError) as exc:
        raise Unauthorized(INVALID_TOKEN) from exc


def _check(state: AuthState | None, version: int) -> AuthState:
    if state is None or not state.is_active or state.token_version != version:
        raise Unauthorized(INVALID_TOKEN)
    return state


async def user_from_token(session: AsyncSession, settings: Settings, token: str) -> User:
    """The active user an access token belongs to; 401 for any bad or stale token."""
    user_id, version = _claims(settings, token)
    user = await users.get(session, user_id)
    _check(auth_state(user) if user else None, version)
    assert user is not None
    return user


async def principal(
    factory: SessionFactory,
    states: AuthStates,
    user_id: uuid.UUID,
    version: int,
    cached: AuthState | None = None,
    *,
    use_cache: bool = True,
) -> AuthState:
    """Like user_from_token, but from the Redis auth cache when it can be (`cached` if the
    caller fetched it already): the hot polling path authenticates without a query."""
    state = cached or (await states.get(user_id) if use_cache else None)
    # Missing, or older than the token (a lost cache update): ask PostgreSQL.
    if state is None or state.token_version < version:
        # A short read of its own: the caller has no transaction to lend on this path.
        async with factory() as session:
            user = await users.get(session, user_id)
        stale = state is not None
        state = auth_state(user) if user is not None else None
        if state is not None and use_cache:
            await (states.publish_safely(state) if stale else states.remember(state))
    return _check(state, version)
