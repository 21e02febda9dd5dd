"""Browser tests: headless Chromium (Debian's package) drives the reference SPA against a
real api and a real arq worker (processes started here, on the test database and Redis).

No Chromium at CHROMIUM_PATH (default /usr/bin/chromium): every test here is skipped with
a message saying so, unless BROWSER_TESTS_REQUIRED=1 (CI), which makes that a failure.
"""

import asyncio
import os
import signal
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.browser.spa_origin import SpaOrigin
from tests.faults.harness import Proc, Stack, free_port, truncate_all

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Debian's Chromium as root, on a machine with no network but loopback.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# How long a page may take to show what a test expects: generous (a shared 2-core machine,
# polls 5 s apart), never a measure of speed.
WAIT_MS = 30_000
expect.set_options(timeout=WAIT_MS)
# The largest CV the test api accepts; the "too large" test sends a bit more.
MAX_UPLOAD_BYTES = 64 * 1024
# Logins per account and minute: the rate-limit test goes past it, no other test gets near.
LOGINS_PER_ACCOUNT = 5


def _chromium_or_skip() -> None:
    if Path(CHROMIUM).exists():
        return
    message = (
        f"browser tests skipped: no Chromium at {CHROMIUM} "
        "(apt-get install chromium, or set CHROMIUM_PATH)"
    )
    if os.environ.get("BROWSER_TESTS_REQUIRED") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    _chromium_or_skip()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True
        )
        yield browser
        await browser.close()


@dataclass
class Site:
    """The api (serving the SPA at /), one worker, and the SPA on a second origin."""

    stack: Stack
    worker: Proc
    spa: SpaOrigin

    @property
    def api_url(self) -> str:
        return self.stack.base_url

    @contextmanager
    def worker_paused(self) -> Iterator[None]:
        """The worker stopped (SIGSTOP): uploads stay queued until the block ends."""
        self.worker.signal(signal.SIGSTOP)
        try:
            yield
        finally:
            self.worker.signal(signal.SIGCONT)


# Package scope: its committed rows are truncated before the rest of the suite goes on.
@pytest.fixture(scope="package")
async def site(
    tmp_path_factory: pytest.TempPathFactory,
    database_url: str,
    server_urls: tuple[str, str],
    engine: AsyncEngine,
) -> AsyncIterator[Site]:
    _chromium_or_skip()
    await truncate_all(engine)
    stack = Stack(tmp_path_factory.mktemp("browser-stack"), database_url, server_urls[1])
    spa = SpaOrigin(stack.base_url, free_port())
    limits = {
        name: "100000/minute"
        for name in (
            "LOGIN_PER_IP",
            "REGISTER_PER_IP",
            "UPLOAD_PER_USER",
            "MATCH_PER_USER",
            "REFRESH_PER_IP",
        )
    }
    try:
        # Both processes import the whole app: start them side by side.
        _, worker, _ = await asyncio.gather(
            stack.start_api(
                RATE_LIMIT_ENABLED="true",
                RATE_LIMIT_LOGIN_PER_ACCOUNT=f"{LOGINS_PER_ACCOUNT}/minute",
                **{f"RATE_LIMIT_{name}": value for name, value in limits.items()},
                MAX_UPLOAD_BYTES=str(MAX_UPLOAD_BYTES),
                CORS_ORIGINS=spa.url,
            ),
            stack.start_worker(),
            spa.start(),
        )
        yield Site(stack, worker, spa)
    finally:
        spa.stop()
        stack.close()
        await truncate_all(engine)


@pytest.fixture
async def api(site: Site) -> AsyncIterator[httpx.AsyncClient]:
    """A plain HTTP client of the api, to set the scene faster than through the UI."""
    async with site.stack.client() as client:
        yield client


@dataclass
class Pages:
    """New pages in a fresh browser context each (own sessionStorage), watched for errors."""

    browser: Browser
    errors: list[str] = field(default_factory=list)
    contexts: list[BrowserContext] = field(default_factory=list)

    async def new(self, url: str, *, width: int = 1100, height: int = 900) -> Page:
        context = await self.browser.new_context(viewport={"width": width, "height": height})
        self.contexts.append(context)
        page = await context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        page.on(
            "console",
            lambda message: (
                self.errors.append(f"console: {message.text}")
                if "Content Security Policy" in message.text or "CORS" in message.text
                else None
            ),
        )
        await page.goto(url)
        return page


@pytest.fixture
async def pages(browser: Browser) -> AsyncIterator[Pages]:
    pages = Pages(browser)
    yield pages
    for context in pages.contexts:
        await context.close()
    assert pages.errors == [], "the SPA hit script, CSP or CORS errors"


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: SCREENSHOTS_DIR (`make screenshots`: docs/screenshots), else a
    temporary folder, so that `make test` leaves the committed pictures alone."""
    configured = os.environ.get("SCREENSHOTS_DIR")
    folder = Path(configured) if configured else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
