"""A candidate's journey in a real browser, with the SPA on another origin than the api
(CORS, exposed ETag and Retry-After): register, upload a CV, watch it go through the queue,
read the ranked jobs, and see a new job arrive without doing anything."""

from pathlib import Path

import httpx
import pytest
from playwright.async_api import Page, Response, expect

from tests.browser.conftest import Pages, Site
from tests.browser.people import (
    DRUPAL_JOB,
    OTHER_JOBS,
    email,
    expect_text,
    recruiter_with_jobs,
    register_in_page,
    upload_in_page,
    write_resume,
)
from tests.factories import post_job

pytestmark = pytest.mark.browser

PHP_JOB = {
    "title": "Senior PHP Engineer",
    "company": "Contoso",
    "location": "Amsterdam",
    "remote": "remote",
    "description": "PHP, Drupal, JavaScript, HTML and CSS; Docker and Kubernetes in production.",
}


def record_polls(page: Page) -> list[Response]:
    polls: list[Response] = []
    page.on("response", lambda r: polls.append(r) if "/api/match/jobs" in r.url else None)
    return polls


async def test_candidate_sees_progress_ranked_jobs_and_new_ones(
    site: Site, api: httpx.AsyncClient, pages: Pages, tmp_path: Path, screenshots: Path
) -> None:
    recruiter, _ = await recruiter_with_jobs(api, [DRUPAL_JOB, *OTHER_JOBS])
    page = await pages.new(site.spa.url + "/")
    polls = record_polls(page)
    await register_in_page(page, "Carl Candidate", email("carl"))
    await expect(page.get_by_role("heading", name="Jobs for Carl Candidate")).to_be_visible()
    await expect_text(page, "Upload your CV to see open jobs ranked for you.")

    with site.worker_paused():
        await upload_in_page(page, write_resume(tmp_path))
        await expect_text(page, "resume.txt uploaded.")
        await expect_text(page, "Queued: Your CV is waiting for a worker.")
        # Retry-After (2 s while work is pending), read across origins.
        await expect_text(page, "Next check in 2 s (the server is still working).")

    results = page.get_by_role("list", name="Ranked jobs")
    await expect(results).to_be_visible(timeout=60_000)
    first = results.get_by_role("listitem").first
    await expect(first.get_by_role("heading")).to_have_text("Drupal Developer")
    await expect(first).to_contain_text("Northwind Digital · Berlin · hybrid")
    await expect(first).to_contain_text("Matched skills:")
    await expect(first.locator(".matched")).to_contain_text("drupal")
    await expect(first).to_contain_text("Missing skills:")
    await expect(first).to_contain_text("Why this score")
    await expect(first).to_contain_text("required skills")
    await expect(page.get_by_text("Registered Nurse")).to_have_count(0)
    # The next polls send the ETag back and get 304 Not Modified.
    await expect_text(page, "No changes at")
    assert any(r.status == 304 for r in polls)
    assert all(r.request.headers.get("if-none-match") for r in polls if r.status == 304)

    # A recruiter posts a job that fits: it reaches the list by itself.
    await post_job(api, recruiter, **PHP_JOB)
    await expect(results).to_contain_text(PHP_JOB["title"], timeout=60_000)
    gap = page.get_by_role("region", name="Skills that would lift your matches")
    await expect(gap.get_by_role("listitem").first).to_contain_text("Learn ")
    await expect_text(page, "No changes at")
    await expect_text(page, "Next check in 5 s.")  # nothing pending: a settled picture
    await page.screenshot(path=screenshots / "candidate-results.png", full_page=True)
