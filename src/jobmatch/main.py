"""The ASGI app: lifespan builds the engine, Redis and the task queue; routers; error handlers."""

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, DBAPIError, InterfaceError, OperationalError

from jobmatch.api import spa
from jobmatch.api.methods import HeadAsGetMiddleware, method_not_allowed
from jobmatch.api.middleware import (
    BodySizeLimitMiddleware,
    InternalErrorMiddleware,
    RequestIdMiddleware,
)
from jobmatch.api.routes import auth, cvs, health, jobs, match, metrics, users
from jobmatch.api.security_headers import SecurityHeadersMiddleware
from jobmatch.api.telemetry import RequestTelemetryMiddleware
from jobmatch.core import tasks
from jobmatch.core.config import Settings, get_settings
from jobmatch.core.database import create_engine, create_session_factory
from jobmatch.core.errors import AppError
from jobmatch.core.heap import freeze_long_lived, thaw
from jobmatch.core.outbox import AfterCommit
from jobmatch.core.rate_limit import RateLimiter
from jobmatch.core.security import PasswordService
from jobmatch.services.taxonomy_loading import install_imported_taxonomy

logger = logging.getLogger(__name__)

JSON_BODY_LIMIT = 1024 * 1024
MULTIPART_OVERHEAD = 64 * 1024
EXPOSED_HEADERS = ["ETag", "Retry-After", "Location", "X-Request-ID"]


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    engine = create_engine(settings)
    redis = await tasks.connect(settings)
    app.state.engine = engine
    app.state.session_factory = create_session_factory(engine)
    await install_imported_taxonomy(app.state.session_factory)
    app.state.redis = redis
    app.state.after_commit = AfterCommit(
        redis,
        settings.QUEUE_NAME,
        settings.REDIS_KEY_PREFIX,
        settings.POLL_CACHE_SECONDS,
        auth_ttl=settings.AUTH_CACHE_SECONDS,
    )
    app.state.poll_versions = app.state.after_commit.polls
    app.state.job_poll_versions = app.state.after_commit.job_polls
    app.state.auth_states = app.state.after_commit.auth
    app.state.passwords = PasswordService(settings)
    app.state.rate_limiter = RateLimiter(
        redis, settings.REDIS_KEY_PREFIX, enabled=settings.RATE_LIMIT_ENABLED
    )
    freeze_long_lived()
    try:
        yield
    finally:
        thaw()
        await redis.aclose()
        await engine.dispose()


async def _app_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


def _safe(part: object) -> object:
    # Lone surrogates in a JSON key would make the error response itself fail to encode.
    return part.encode("utf-8", "replace").decode() if isinstance(part, str) else part


def _message(err: Mapping[str, Any]) -> str:
    """Pydantic's message, or a plain one where it speaks of Python ("Expected UploadFile,
    received: <class 'str'>") or of items for a text ("at most 200 items")."""
    if err["type"] == "value_error" and "UploadFile" in err["msg"]:
        return "Expected a file: a multipart form field with a filename"
    limit = (err.get("ctx") or {}).get("max_length")
    if err["type"] == "too_long" and err.get("loc", ("",))[0] == "query" and limit is not None:
        return f"At most {limit} characters"
    return str(err["msg"])


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422, minus the `input` echo: no password or hostile text sent back or logged."""
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [_safe(p) for p in err.get("loc", ())], "msg": _message(err), "type": err["type"]}
        for err in exc.errors()
    ]
    return JSONResponse({"detail": errors}, status_code=422)


async def _invalid_data(_: Request, exc: Exception) -> JSONResponse:
    # A value the schemas let through but PostgreSQL refuses: still the client's input.
    logger.warning("database refused a value: %s", type(exc.__cause__ or exc).__name__)
    return JSONResponse({"detail": "A value in the request is not valid"}, status_code=422)


async def _database_down(_: Request, exc: Exception) -> JSONResponse:
    logger.error("database error: %s", type(exc).__name__)
    return JSONResponse(
        {"detail": "The database is unavailable, try again shortly"},
        status_code=503,
        headers={"Retry-After": "5"},
    )


async def _lost_connection(request: Request, exc: Exception) -> JSONResponse:
    """A statement whose connection died under it (a restart or a cut that the pool had not
    seen yet): the driver's error varies, SQLAlchemy marks it invalidated. Others: a 500."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return await _database_down(request, exc)
    raise exc


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; nothing connects until the lifespan starts."""
    settings = settings or get_settings()
    app = FastAPI(
        title="jobmatch",
        version="0.1.0",
        description="Async job matching: upload a CV, poll ranked and explained jobs.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    # Flat under /api, the polled routes first: each nesting level and each route tried
    # before the match costs every request time in the router.
    for module in (match, jobs, cvs, users, auth):
        app.include_router(module.router, prefix="/api")
    app.include_router(health.router)
    app.include_router(metrics.router, include_in_schema=False)
    # The reference SPA: `/` and its files under `/static/` (everything else stays a JSON 404).
    app.include_router(spa.router)
    app.mount("/static", spa.static_files(), name="static")
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(405, method_not_allowed)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(DataError, _invalid_data)
    # Connection-level failures only: a lost database is a 503, never a hanging 500. A
    # server that accepts but never answers ends in asyncpg's connect timeout, a bare
    # TimeoutError (the api's other timeouts, Redis's and the health checks', are caught
    # where they happen or have classes of their own).
    for exc_type in (OperationalError, InterfaceError, ConnectionError, TimeoutError):
        app.add_exception_handler(exc_type, _database_down)
    app.add_exception_handler(DBAPIError, _lost_connection)
    # Innermost: an unexpected error becomes a plain JSON 500 that still gets CORS headers.
    app.add_middleware(InternalErrorMiddleware)
    app.add_middleware(
        BodySizeLimitMiddleware,
        default_limit=JSON_BODY_LIMIT,
        upload_limit=settings.MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD,
        upload_paths=("/api/cv",),
    )
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.CORS_ORIGINS,
        allow_methods=["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "If-None-Match", "X-Request-ID"],
        expose_headers=EXPOSED_HEADERS,
        max_age=600,
    )
    app.add_middleware(SecurityHeadersMiddleware)
    # Just inside the request id: one log line and metrics per request, any final status.
    app.add_middleware(RequestTelemetryMiddleware, access_log=settings.ACCESS_LOG)
    app.add_middleware(RequestIdMiddleware)
    return app
