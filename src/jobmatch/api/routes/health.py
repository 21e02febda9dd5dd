import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from jobmatch.services import health

router = APIRouter(tags=["operations"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "A dependency is unreachable."}})
async def readyz(request: Request) -> JSONResponse:
    """PostgreSQL and Redis are reachable; 503 naming the one that is not. Also the queue
    depth and whether a worker is alive (`worker: "none"` does not fail readiness: the api
    still serves, and queued work waits in PostgreSQL for a worker)."""
    state = request.app.state
    postgres, redis, queue = await asyncio.gather(
        health.postgres_ok(state.session_factory),
        health.redis_ok(state.redis),
        health.queue(state.redis, state.settings.QUEUE_NAME),
    )
    checks = {
        name: "ok" if ok else "unreachable"
        for name, ok in (("postgres", postgres), ("redis", redis))
    }
    extra = {
        "queue_depth": queue.depth if queue else None,
        "worker": "unknown" if queue is None else "alive" if queue.worker else "none",
    }
    if postgres and redis:
        return JSONResponse({"status": "ready", "checks": checks, **extra})
    down = ", ".join(name for name, status in checks.items() if status != "ok")
    return JSONResponse(
        {"status": "unavailable", "detail": f"Unreachable: {down}", "checks": checks, **extra},
        status_code=503,
    )
