"""Pure ASGI middleware: one log line and one metrics observation per HTTP request.

Sits just inside RequestIdMiddleware, so the line carries the request id, and outside
CORS, body limits and the error handler, so it sees every final status (413s, 500s and
preflights included). Metrics are labelled by route template (`/api/cv/{cv_id}`), never by
raw path, so their number stays bounded; unmatched paths share one label.
"""

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobmatch.core.metrics import RequestMetrics

logger = logging.getLogger("jobmatch.access")

UNMATCHED = "<unmatched>"


def route_template(scope: Scope) -> str:
    """`/api/cv/{cv_id}` for `/api/cv/5f0c...`: the matched path with its parameters named
    (the router records the route and its path_params in the shared scope)."""
    if scope.get("route") is None:
        return UNMATCHED  # 404s and preflights: one label, whatever the path
    path: str = scope["path"]
    params = scope.get("path_params")
    if not params:
        return path
    names = {str(value): name for name, value in params.items()}
    return "/".join(f"{{{names[part]}}}" if part in names else part for part in path.split("/"))


class RequestTelemetryMiddleware:
    def __init__(self, app: ASGIApp, *, access_log: bool = True) -> None:
        self.app = app
        self.access_log = access_log
        self.metrics = RequestMetrics()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the server sends when the app raises before answering

        async def send_and_record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_record)
        finally:
            seconds = time.perf_counter() - started
            route = route_template(scope)
            method: str = scope["method"]
            self.metrics.observe(method, route, status, seconds)
            if self.access_log:
                logger.info(
                    "%s %s %d",
                    method,
                    scope["path"],
                    status,
                    extra={
                        "event": "request",
                        "method": method,
                        "path": scope["path"],
                        "route": route,
                        "status": status,
                        "duration_ms": round(seconds * 1000, 2),
                    },
                )
