import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

router = APIRouter(tags=["operations"])

_CHECK_TIMEOUT = 2.0


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


async def _postgres_ok(request: Request) -> bool:
    try:
        async with asyncio.timeout(_CHECK_TIMEOUT):
            async with request.app.state.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
    except Exception:
        return False
    return True


async def _redis_ok(request: Request) -> bool:
    try:
        async with asyncio.timeout(_CHECK_TIMEOUT):
            await request.app.state.redis.ping()
    except Exception:
        return False
    return True


@router.get("/readyz", responses={503: {"description": "A dependency is unreachable."}})
async def readyz(request: Request) -> JSONResponse:
    """PostgreSQL and Redis are reachable; 503 naming the one that is not."""
    postgres, redis = await asyncio.gather(_postgres_ok(request), _redis_ok(request))
    checks = {
        "postgres": "ok" if postgres else "unreachable",
        "redis": "ok" if redis else "unreachable",
    }
    if postgres and redis:
        return JSONResponse({"status": "ready", "checks": checks})
    down = ", ".join(name for name, ok in (("postgres", postgres), ("redis", redis)) if not ok)
    return JSONResponse(
        {"status": "unavailable", "detail": f"Unreachable: {down}", "checks": checks},
        status_code=503,
    )
