"""The SPA's files served from a second origin, as an SPA hosted apart from the API is.

Its index.html names the API's origin, and its page policy allows calls there and nowhere
else; the API must answer with CORS headers and expose ETag and Retry-After for the SPA to
work at all.
"""

import asyncio
import threading
import time
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from jobmatch.api.spa import STATIC_DIR


def spa_app(api_origin: str, static_dir: Path = STATIC_DIR) -> Starlette:
    page = (static_dir / "index.html").read_text()
    page = page.replace(
        '<meta name="jobmatch-api" content="">',
        f'<meta name="jobmatch-api" content="{api_origin}">',
    )
    policy = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src {api_origin}; base-uri 'none'; frame-ancestors 'none'"
    )

    async def index(_: object) -> HTMLResponse:
        return HTMLResponse(page, headers={"Content-Security-Policy": policy})

    return Starlette(
        routes=[Route("/", index), Mount("/static", StaticFiles(directory=static_dir))]
    )


class SpaOrigin:
    """uvicorn in a thread of its own (no signal handlers taken from pytest)."""

    def __init__(self, api_origin: str, port: int) -> None:
        config = uvicorn.Config(
            spa_app(api_origin), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="spa-origin", daemon=True)
        # "localhost" and "127.0.0.1" are different origins to a browser.
        self.url = f"http://localhost:{port}"

    async def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the SPA origin server did not start")
            await asyncio.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
