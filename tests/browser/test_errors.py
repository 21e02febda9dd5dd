"""What a person reads when things go wrong: wrong password, too many attempts, a file too
large or of the wrong kind, an expired session (refreshed silently, or back to login)."""

import json
import time
from pathlib import Path
from typing import Any

import jwt
import pytest
from playwright.async_api import Page, expect

from jobmatch.core.config import LOCAL_SECRET_KEY
from jobmatch.core.security import ALGORITHM
from tests.browser.conftest import LOGINS_PER_ACCOUNT, MAX_UPLOAD_BYTES, Pages, Site
from tests.browser.people import email, expect_text, log_in_page, register_in_page, upload_in_page
from tests.factories import register

pytestmark = pytest.mark.browser

SESSION_KEY = "jobmatch.session"


async def test_wrong_password_then_too_many_attempts(site: Site, pages: Pages, api: Any) -> None:
    user = await register(api)
    page = await pages.new(site.api_url + "/")
    await log_in_page(page, user["email"], "not the password")
    await expect(page.get_by_role("alert")).to_have_text("Incorrect email or password")
    await expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    for _ in range(LOGINS_PER_ACCOUNT):
        await page.get_by_role("button", name="Log in").click()
        await expect(page.get_by_role("button", name="Log in")).to_be_enabled()
    await expect(page.get_by_role("alert")).to_contain_text("Too many attempts. Try again in ")


async def candidate_page(site: Site, pages: Pages, name: str) -> Page:
    page = await pages.new(site.api_url + "/")
    await register_in_page(page, name, email("cand"))
    await expect(page.get_by_role("heading", name=f"Jobs for {name}")).to_be_visible()
    return page


async def test_file_too_large_or_of_the_wrong_type(
    site: Site, pages: Pages, tmp_path: Path
) -> None:
    page = await candidate_page(site, pages, "Tom Toolarge")
    big = tmp_path / "big-cv.txt"
    big.write_text("Python developer. " * (MAX_UPLOAD_BYTES // 18 + 100))
    await upload_in_page(page, big)
    await expect(page.get_by_role("alert")).to_have_text(
        "That file is too large. The file is larger than the 64 KiB limit"
    )
    # Far over the limit: refused from its Content-Length before the body is read.
    huge = tmp_path / "huge-cv.txt"
    huge.write_text("Python developer. " * (4 * MAX_UPLOAD_BYTES // 18))
    await upload_in_page(page, huge)
    await expect(page.get_by_role("alert")).to_have_text(
        "That file is too large. The request body is larger than the 128 KiB limit"
    )
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    await upload_in_page(page, picture)
    await expect(page.get_by_role("alert")).to_contain_text(
        "That file type is not supported. Unsupported file type '.png'."
    )


def expired(access_token: str) -> str:
    """The same claims, validly signed, expired an hour ago."""
    claims = jwt.decode(access_token, options={"verify_signature": False})
    claims["iat"], claims["exp"] = int(time.time()) - 7200, int(time.time()) - 3600
    return jwt.encode(claims, LOCAL_SECRET_KEY, algorithm=ALGORITHM)


async def edit_session(page: Page, **changes: str) -> None:
    session = json.loads(await page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')"))
    session.update(changes)
    await page.evaluate(
        "([key, value]) => sessionStorage.setItem(key, value)", [SESSION_KEY, json.dumps(session)]
    )


async def test_expired_session_is_refreshed_silently_then_ends_at_login(
    site: Site, pages: Pages
) -> None:
    page = await candidate_page(site, pages, "Eve Expired")
    token = json.loads(await page.evaluate(f"sessionStorage.getItem('{SESSION_KEY}')"))
    refreshes: list[int] = []
    page.on("response", lambda r: refreshes.append(r.status) if "/auth/refresh" in r.url else None)

    # Back later: the access token has expired; the refresh token still works.
    await edit_session(page, access_token=expired(token["access_token"]))
    await page.reload()
    await expect(page.get_by_role("heading", name="Jobs for Eve Expired")).to_be_visible()
    await expect_text(page, "Upload your CV to see open jobs ranked for you.")
    assert refreshes == [200]
    await expect(page.get_by_role("heading", name="Log in")).to_have_count(0)

    # Both expired (or revoked): back to the login page, told why.
    await edit_session(page, access_token=expired(token["access_token"]), refresh_token="gone")
    await page.reload()
    await expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    await expect_text(page, "Your session has expired. Please log in again.")
