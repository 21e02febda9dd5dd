"""A recruiter's journey in a real browser, on the SPA served by the api itself at `/`:
post, edit and close jobs; read the ranked candidates of a job."""

from pathlib import Path

import httpx
import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import Pages, Site
from tests.browser.people import (
    DRUPAL_JOB,
    email,
    expect_text,
    register_in_page,
    resume_text,
)
from tests.factories import login, register, upload_cv
from tests.faults.harness import eventually

pytestmark = pytest.mark.browser


async def post_in_page(page: Page, job: dict[str, str]) -> None:
    await page.get_by_role("button", name="Post a job").click()
    form = page.get_by_role("form", name="Post a job")
    await form.get_by_label("Title").fill(job["title"])
    await form.get_by_label("Company").fill(job["company"])
    await form.get_by_label("Location").fill(job.get("location", ""))
    await form.get_by_label("Workplace").select_option(job.get("remote", "onsite"))
    await form.get_by_label("Description").fill(job["description"])
    await form.get_by_role("button", name="Post job").click()


async def test_recruiter_posts_edits_and_closes_jobs(site: Site, pages: Pages) -> None:
    page = await pages.new(site.api_url + "/")
    await register_in_page(page, "Rita Recruiter", email("rita"), recruiter=True)
    await expect(page.get_by_role("heading", name="Jobs posted by Rita Recruiter")).to_be_visible()
    await expect_text(page, "You have not posted a job yet.")

    await post_in_page(page, DRUPAL_JOB)
    await expect_text(page, "Posted “Drupal Developer”. Required skills: ")
    jobs = page.get_by_role("list", name="Your jobs")
    await expect(jobs.get_by_role("listitem")).to_have_count(1)
    await expect(jobs).to_contain_text("drupal")

    await page.get_by_role("button", name="Edit Drupal Developer").click()
    form = page.get_by_role("form", name="Edit “Drupal Developer”")
    await form.get_by_label("Title").fill("Senior Drupal Developer")
    await form.get_by_label("Required skills").fill("Drupal, PHP, Kubernetes")
    await form.get_by_role("button", name="Save changes").click()
    await expect_text(
        page, "Saved “Senior Drupal Developer”. Required skills: drupal, kubernetes, php."
    )

    await post_in_page(
        page, {"title": "Night Nurse", "company": "St. Mary's", "description": "Patient care."}
    )
    await expect(jobs.get_by_role("listitem")).to_have_count(2)
    await page.get_by_role("button", name="Close Night Nurse").click()
    await expect_text(page, "Closed “Night Nurse”.")
    nurse = jobs.get_by_role("listitem").filter(has_text="Night Nurse")
    await expect(nurse).to_contain_text("Closed")
    await expect(nurse.get_by_role("button", name="Reopen Night Nurse")).to_be_visible()
    drupal = jobs.get_by_role("listitem").filter(has_text="Senior Drupal Developer")
    await expect(drupal).to_contain_text("Open")


async def candidate_with_cv(api: httpx.AsyncClient, name: str, text: str) -> None:
    user = await register(api)
    headers = await login(api, user["email"])
    await api.patch("/api/users/me", json={"full_name": name}, headers=headers)
    upload = await upload_cv(api, headers, text=text)
    assert upload.status_code == 202, upload.text

    async def parsed() -> bool:
        cv = (await api.get(upload.headers["location"], headers=headers)).json()
        return cv["status"] == "parsed"

    await eventually(parsed, f"{name}'s CV to be parsed", within=60)


async def test_recruiter_sees_ranked_candidates(
    site: Site, api: httpx.AsyncClient, pages: Pages, screenshots: Path
) -> None:
    await candidate_with_cv(api, "Cora Coder", resume_text())
    await candidate_with_cv(
        api,
        "Pete Programmer",
        "PHP developer. Drupal, PHP, MySQL, JavaScript, jQuery, HTML, CSS. 4 years.",
    )
    await candidate_with_cv(api, "Nina Nurse", "Registered nurse. Patient care, phlebotomy.")
    page = await pages.new(site.api_url + "/")
    await register_in_page(page, "Rita Recruiter", email("rita"), recruiter=True)
    await post_in_page(page, DRUPAL_JOB)
    await page.get_by_role("link", name="Candidates for Drupal Developer").click()
    await expect(
        page.get_by_role("heading", name="Candidates for Drupal Developer")
    ).to_be_visible()
    ranked = page.get_by_role("list", name="Ranked candidates")
    await expect(ranked).to_be_visible(timeout=60_000)
    # Other tests' candidates share this database: find ours by name.
    cora = ranked.get_by_role("listitem").filter(has_text="Cora Coder")
    await expect(cora).to_contain_text("Matched skills:")
    await expect(cora.locator(".matched")).to_contain_text("drupal")
    await expect(cora).to_contain_text("Why this score")
    await expect(ranked.get_by_role("heading").first).not_to_have_text("Nina Nurse")
    await expect_text(page, "Next check in 5 s.")  # nothing pending: a settled picture
    await page.screenshot(path=screenshots / "recruiter-candidates.png", full_page=True)
