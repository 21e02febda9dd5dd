from fastapi import APIRouter, Request, status
from pydantic import ValidationError

from jobmatch.api.deps import PasswordsDep, SessionDep, SettingsDep
from jobmatch.core.errors import Unprocessable
from jobmatch.core.security import create_access_token
from jobmatch.schemas.user import LoginRequest, TokenResponse, UserCreate, UserRead
from jobmatch.services import auth

router = APIRouter(prefix="/auth", tags=["auth"])

_LOGIN_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["username", "password"],
                    "properties": {
                        "username": {"type": "string", "description": "The email."},
                        "password": {"type": "string", "format": "password"},
                    },
                }
            },
            "application/json": {"schema": LoginRequest.model_json_schema()},
        },
    }
}


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=UserRead)
async def register(data: UserCreate, session: SessionDep, passwords: PasswordsDep) -> object:
    """Create a candidate or recruiter account."""
    return await auth.register(session, passwords, data)


async def _credentials(request: Request) -> LoginRequest:
    """Read the OAuth2 password form (username=email) or a JSON body {email, password}."""
    try:
        if request.headers.get("content-type", "").startswith("application/json"):
            return LoginRequest.model_validate_json(await request.body())
        form = await request.form()
        return LoginRequest.model_validate(
            {"email": form.get("username"), "password": form.get("password")}
        )
    except ValidationError as exc:
        fields = ", ".join(str(err["loc"][-1]) for err in exc.errors() if err["loc"]) or "body"
        raise Unprocessable(f"Send email and password (invalid: {fields})") from exc


@router.post("/login", response_model=TokenResponse, openapi_extra=_LOGIN_BODY)
async def login(
    request: Request, session: SessionDep, settings: SettingsDep, passwords: PasswordsDep
) -> TokenResponse:
    """Log in with the OAuth2 password form or JSON; returns a bearer access token."""
    creds = await _credentials(request)
    user = await auth.authenticate(session, passwords, creds.email, creds.password)
    token, expires_in = create_access_token(settings, str(user.id), user.token_version)
    return TokenResponse(
        access_token=token, expires_in=expires_in, user=UserRead.model_validate(user)
    )
