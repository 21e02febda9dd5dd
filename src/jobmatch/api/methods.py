"""The HTTP methods FastAPI's router leaves out: HEAD on every GET route, and a 405 whose
`Allow` names every method of the path.

FastAPI routes answer only the methods they declare, so `HEAD /healthz` (what many load
balancers and uptime checks send) got a 405. Starlette's router answers a 405 from the first
route of the path with the wrong method, so its `Allow` named that route's methods only:
`PUT /api/jobs/{id}` said `Allow: GET`, though PATCH and DELETE are served there too.
"""

from collections.abc import Iterable

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import BaseRoute, Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGetMiddleware:
    """HEAD is GET without the body (RFC 9110, 9.3.2): the headers, `Content-Length` and
    `ETag` included, are the GET's (pure ASGI, nothing for other methods)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        inner = {**scope, "method": "GET"}
        try:
            await self.app(inner, receive, headers_only)
        finally:
            # What the router recorded (the route, its path_params) belongs to the request:
            # the telemetry outside labels metrics and access logs by it.
            scope.update({key: value for key, value in inner.items() if key != "method"})


_METHODS = ("DELETE", "GET", "PATCH", "POST", "PUT")


def allowed_methods(routes: Iterable[BaseRoute], scope: Scope) -> list[str]:
    """Every method some route serves at the scope's path (HEAD with GET), sorted.

    Asked of the routes as the router asks them, one method at a time, through the public
    `matches`: FastAPI nests included routers, whose routes are not listed flat. Mounts are
    left out (they take any method and answer their own 405)."""
    methods = {
        method
        for method in _METHODS
        for route in routes
        if not isinstance(route, Mount)
        and route.matches({**scope, "method": method})[0] == Match.FULL
    }
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


async def method_not_allowed(request: Request, exc: Exception) -> JSONResponse:
    """405 with the path's methods in `Allow` and in the message."""
    allowed = allowed_methods(request.app.router.routes, request.scope)
    if not allowed and isinstance(exc, HTTPException) and exc.headers:  # a mount's own 405
        allowed = [m.strip() for m in exc.headers.get("Allow", "").split(",") if m.strip()]
    listed = ", ".join(allowed)
    detail = f"Method {request.method} is not allowed here" + (
        f"; this path serves {listed}" if allowed else ""
    )
    return JSONResponse({"detail": detail}, status_code=405, headers={"Allow": listed})
