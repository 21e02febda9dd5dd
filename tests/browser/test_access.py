"""Usable by keyboard alone and readable on a phone-sized screen."""

from pathlib import Path

import httpx
import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import Pages, Site
from tests.browser.people import email, write_resume
from tests.factories import PASSWORD

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


async def fits_the_width(page: Page) -> bool:
    """Nothing sticks out sideways: no horizontal scrolling."""
    return bool(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


async def test_log_in_and_upload_by_keyboard_on_a_phone(
    site: Site, api: httpx.AsyncClient, pages: Pages, tmp_path: Path
) -> None:
    address = email("kim")
    registered = await api.post(
        "/api/auth/register",
        json={"email": address, "password": PASSWORD, "full_name": "Kim Keyboard"},
    )
    assert registered.status_code == 201, registered.text
    page = await pages.new(site.api_url + "/", **PHONE)
    # Any listener turns on Playwright's file-chooser interception now, well before the key
    # press below (turned on by expect_file_chooser itself, it may come too late).
    page.on("filechooser", lambda _: None)
    login = page.get_by_role("heading", name="Log in")
    await expect(login).to_be_focused()  # each page puts focus on its heading
    assert await fits_the_width(page)

    await page.keyboard.press("Tab")
    await expect(page.get_by_label("Email")).to_be_focused()
    await page.keyboard.type(address)
    await page.keyboard.press("Tab")
    await page.keyboard.type(PASSWORD)
    await page.keyboard.press("Enter")
    heading = page.get_by_role("heading", name="Jobs for Kim Keyboard")
    await expect(heading).to_be_focused()

    # From the heading, Tab reaches the file picker; Space opens it.
    await page.keyboard.press("Tab")
    await expect(page.get_by_label("Choose a file")).to_be_focused()
    async with page.expect_file_chooser() as chooser:
        await page.keyboard.press("Space")
    with site.worker_paused():
        await (await chooser.value).set_files(write_resume(tmp_path, "keyboard-cv.txt"))
        await expect(page.get_by_text("keyboard-cv.txt uploaded.")).to_be_visible()
        await expect(page.get_by_role("list", name="Progress")).to_be_visible()
    assert await fits_the_width(page)

    await page.get_by_role("button", name="Log out").focus()
    await page.keyboard.press("Enter")
    await expect(login).to_be_visible()
    await expect(page.get_by_text("You are logged out.")).to_be_visible()
