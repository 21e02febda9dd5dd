from fastapi import APIRouter

from jobmatch.api.deps import CurrentUser, SessionDep
from jobmatch.schemas.user import UserRead, UserUpdate

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=UserRead)
async def read_me(user: CurrentUser) -> object:
    """The logged-in user."""
    return user


@router.patch("/me", response_model=UserRead)
async def update_me(data: UserUpdate, user: CurrentUser, session: SessionDep) -> object:
    """Change the logged-in user's profile (full name)."""
    if "full_name" in data.model_fields_set:
        user.full_name = data.full_name
        await session.flush()
    return user
