from typing import Annotated

from fastapi import APIRouter, File, Response, UploadFile, status

from jobmatch.api.deps import CurrentUser, OwnedCV, RateLimiterDep, SessionDep, SettingsDep
from jobmatch.core.errors import PayloadTooLarge
from jobmatch.models import CV
from jobmatch.schemas.cv import CVAccepted, CVRead, CVSummary
from jobmatch.services import cvs

router = APIRouter(prefix="/cv", tags=["cv"])

_CHUNK = 64 * 1024


async def _read_limited(upload: UploadFile, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := await upload.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"The file is larger than the {limit // 1024} KiB limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _read_model(cv: CV) -> CVRead:
    return CVRead.model_validate(
        {**CVSummary.model_validate(cv).model_dump(), "text_preview": cvs.preview(cv)}
    )


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=CVAccepted)
async def upload_cv(
    response: Response,
    file: Annotated[UploadFile, File(description="PDF, DOCX, TXT or MD.")],
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    limiter: RateLimiterDep,
) -> CVAccepted:
    """Upload a CV; it is parsed and matched in the background (poll GET /api/cv/{id})."""
    await limiter.hit(settings.RATE_LIMIT_UPLOAD_PER_USER, "upload", str(user.id))
    data = await _read_limited(file, settings.MAX_UPLOAD_BYTES)
    cv = await cvs.upload_cv(session, user, data, file.filename, file.content_type)
    response.headers["Location"] = f"/api/cv/{cv.id}"
    return CVAccepted(id=cv.id, status=cv.status)


@router.get("", response_model=list[CVSummary])
async def list_cvs(user: CurrentUser, session: SessionDep) -> object:
    """My CVs, newest first."""
    return await cvs.list_cvs(session, user)


@router.get("/{cv_id}", response_model=CVRead)
async def get_cv(cv: OwnedCV) -> CVRead:
    """One of my CVs: status, extracted skills, years of experience, text preview."""
    return _read_model(cv)


@router.delete("/{cv_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_cv(cv: OwnedCV, session: SessionDep) -> Response:
    """Delete one of my CVs."""
    await cvs.delete_cv(session, cv)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
