from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from jobmatch.api.deps import (
    PasswordsDep,
    RateLimiterDep,
    SessionDep,
    SettingsDep,
    client_ip,
    oauth2_scheme,
)
from jobmatch.core.errors import Unauthorized, Unprocessable
from jobmatch.schemas.user import (
    LoginRequest,
    LogoutRequest,
    RefreshRequest,
    TokenResponse,
    UserCreate,
    UserRead,
)
from jobmatch.services import auth, sessions

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


_NO_STORE = {"Cache-Control": "no-store"}
_LIMITED: dict[int | str, dict[str, Any]] = {429: {"description": "Rate limited; see Retry-After."}}


@router.post(
    "/register", status_code=status.HTTP_201_CREATED, response_model=UserRead, responses=_LIMITED
)
async def register(
    request: Request,
    data: UserCreate,
    session: SessionDep,
    passwords: PasswordsDep,
    settings: SettingsDep,
    limiter: RateLimiterDep,
) -> object:
    """Create a candidate or recruiter account."""
    await limiter.hit(settings.RATE_LIMIT_REGISTER_PER_IP, "register", client_ip(request))
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


def tokens_response(pair: sessions.TokenPair, response: Response) -> TokenResponse:
    response.headers.update(_NO_STORE)
    return TokenResponse(
        access_token=pair.access_token,
        expires_in=pair.expires_in,
        refresh_token=pair.refresh_token,
        user=UserRead.model_validate(pair.user),
    )


@router.post("/login", response_model=TokenResponse, openapi_extra=_LOGIN_BODY, responses=_LIMITED)
async def login(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    passwords: PasswordsDep,
    limiter: RateLimiterDep,
) -> TokenResponse:
    """Log in with the OAuth2 password form or JSON: an access token and a refresh token."""
    ip = client_ip(request)
    await limiter.hit(settings.RATE_LIMIT_LOGIN_PER_IP, "login-ip", ip)
    creds = await _credentials(request)
    # Per account and address: someone guessing from elsewhere cannot lock the owner out
    # (keyed by account alone, ten wrong passwords a minute from rotating addresses kept the
    # right one at 429, a reviewer's find); guesses spread over many addresses still meet
    # RATE_LIMIT_LOGIN_PER_IP at each, and argon2's cost at every one.
    await limiter.hit(
        settings.RATE_LIMIT_LOGIN_PER_ACCOUNT, "login-account", creds.email.lower(), ip
    )
    user = await auth.authenticate(session, passwords, creds.email, creds.password)
    return tokens_response(await sessions.issue(session, settings, user), response)


@router.post(
    "/refresh",
    response_model=TokenResponse,
    responses={401: {"description": "Refused"}, **_LIMITED},
)
async def refresh(
    request: Request,
    data: RefreshRequest,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    limiter: RateLimiterDep,
) -> TokenResponse | JSONResponse:
    """Trade a refresh token for a new pair; each refresh token works once (reuse revokes
    the whole session)."""
    await limiter.hit(settings.RATE_LIMIT_REFRESH_PER_IP, "refresh", client_ip(request))
    try:
        pair = await sessions.refresh(session, settings, data.refresh_token)
    except sessions.RefreshRefused:
        # Returned, not raised: the session dependency must commit a replay's revocation.
        return JSONResponse(
            {"detail": "Invalid or expired refresh token"},
            status_code=status.HTTP_401_UNAUTHORIZED,
            headers={"WWW-Authenticate": "Bearer", **_NO_STORE},
        )
    return tokens_response(pair, response)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    data: LogoutRequest,
    session: SessionDep,
    settings: SettingsDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> Response:
    """End the session of this refresh token (an expired access token does not matter);
    with `everywhere` and a valid bearer token, end every session of the user."""
    if data.refresh_token:
        await sessions.logout(session, data.refresh_token)
    if data.everywhere:
        if not token:
            raise Unauthorized("Logging out everywhere needs a bearer token")
        user = await auth.user_from_token(session, settings, token)
        await sessions.end_all_sessions(session, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
