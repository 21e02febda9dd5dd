"""Registration, password login and token-to-user resolution."""

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
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
    return user


async def user_from_token(session: AsyncSession, settings: Settings, token: str) -> User:
    """The active user an access token belongs to; 401 for any bad or stale token."""
    try:
        claims = decode_access_token(settings, token)
        user_id = uuid.UUID(claims["sub"])
    except (InvalidTokenError, ValueError) as exc:
        raise Unauthorized("Invalid or expired token") from exc
    user = await users.get(session, user_id)
    if user is None or not user.is_active:
        raise Unauthorized("Invalid or expired token")
    return user
