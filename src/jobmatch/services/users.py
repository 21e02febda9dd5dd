"""Accounts: profile, password change, and what admins may do to other accounts."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.core.errors import Conflict, NotFound, Unauthorized
from jobmatch.core.security import PasswordService
from jobmatch.models import Role, User
from jobmatch.repositories import cvs as cv_rows
from jobmatch.repositories import users
from jobmatch.schemas.user import AdminUserUpdate, PasswordChange, UserUpdate
from jobmatch.services import candidate_matching, matching, sessions


async def change_password(
    session: AsyncSession,
    settings: Settings,
    passwords: PasswordService,
    user: User,
    data: PasswordChange,
) -> sessions.TokenPair:
    """New password; every other session ends, and this one gets fresh tokens."""
    if not await passwords.verify(user.password_hash, data.current_password):
        raise Unauthorized("The current password is wrong")
    user.password_hash = await passwords.hash(data.new_password)
    await sessions.end_all_sessions(session, user)
    return await sessions.issue(session, settings, user)


async def list_users(session: AsyncSession, *, limit: int, offset: int) -> list[User]:
    return await users.list_page(session, limit=limit, offset=offset)


async def admin_update(
    session: AsyncSession, admin: User, user_id: uuid.UUID, data: AdminUserUpdate
) -> User:
    """Change a user's role or activity; deactivation ends all their sessions at once."""
    user = await users.get(session, user_id)
    if user is None:
        raise NotFound("User not found")
    if user.id == admin.id and (data.is_active is False or data.role not in (None, Role.ADMIN)):
        raise Conflict("Admins cannot deactivate or demote themselves")
    changed = False
    if data.role is not None and data.role != user.role:
        user.role, changed = data.role, True
    if data.is_active is not None and data.is_active != user.is_active:
        user.is_active, changed = data.is_active, True
        await candidate_matching.touch_jobs_listing(session, user.id)
    if changed:
        # Role and activity are checked on every request: old tokens must stop working.
        await sessions.end_all_sessions(session, user)
    return user


async def create_admin(
    session: AsyncSession, passwords: PasswordService, email: str, password: str
) -> User:
    """For `jobmatch create-admin`: a new admin, or an existing account promoted."""
    user = await users.get_by_email(session, email)
    if user is None:
        user = User(email=email.lower(), password_hash=await passwords.hash(password))
        session.add(user)
    user.role, user.is_active = Role.ADMIN, True
    await session.flush()
    return user


async def update_profile(session: AsyncSession, user: User, data: UserUpdate) -> User:
    """Apply the fields sent; a new place or remote preference re-ranks the user's jobs."""
    changes = data.model_dump(include=data.model_fields_set)
    moved = any(
        getattr(user, key) != changes[key]
        for key in ("location", "remote_preference")
        if key in changes
    )
    renamed = "full_name" in changes and changes["full_name"] != user.full_name
    for key, value in changes.items():
        setattr(user, key, value)
    await session.flush()
    if renamed:  # recruiters' candidate lists show the name
        await candidate_matching.touch_jobs_listing(session, user.id)
    if moved and (cv := await cv_rows.latest_parsed(session, user.id)) is not None:
        await matching.queue_run(session, user.id, cv.id)
    return user
