"""The reference single-page app: `/` serves index.html, `/static/` its ES modules and CSS.

Plain files shipped inside the package (no build step). The app talks to the public API with
a bearer token, like any SPA hosted elsewhere would.
"""

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
# Revalidate every time (ETag / Last-Modified make it a cheap 304): after an upgrade the
# browser never mixes old and new modules.
_REVALIDATE = (b"cache-control", b"no-cache")

router = APIRouter(include_in_schema=False)


@router.get("/")
async def index() -> FileResponse:
    """The SPA's shell page."""
    return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})


class _RevalidatedFiles(StaticFiles):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_revalidated(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), _REVALIDATE]
            await send(message)

        await super().__call__(scope, receive, send_revalidated)


def static_files() -> StaticFiles:
    return _RevalidatedFiles(directory=STATIC_DIR)
