"""What a person does in the SPA (through the page), and the scene set through the API."""

import csv
import uuid
from pathlib import Path
from typing import Any

import httpx
from playwright.async_api import Page, expect

from bench.matching.datasets import datasets_dir
from tests.factories import PASSWORD, login, post_job, register

# A real resume (web developer: Drupal, PHP, JavaScript...) from the shared labelled set;
# a short one of the same kind where the datasets are not beside the repository.
RESUME_ID = "20674668"
FALLBACK_RESUME = (
    "Web Developer\n"
    "Summary: Drupal and PHP developer with 8 years of experience building accessible sites.\n"
    "Skills: Drupal, PHP, JavaScript, jQuery, HTML, CSS, Apache, Oracle Database, Java.\n"
)

DRUPAL_JOB = {
    "title": "Drupal Developer",
    "company": "Northwind Digital",
    "location": "Berlin",
    "remote": "hybrid",
    "description": "Build and maintain Drupal sites in PHP, JavaScript, jQuery, HTML and CSS "
    "on Apache and MySQL.",
}
OTHER_JOBS = [
    {
        "title": "Frontend Developer",
        "company": "Acme",
        "location": "Hamburg",
        "remote": "remote",
        "description": "React and TypeScript single-page apps; JavaScript, HTML, CSS, Docker.",
    },
    {
        "title": "Registered Nurse",
        "company": "St. Mary's Hospital",
        "location": "Munich",
        "remote": "onsite",
        "description": "Patient care, phlebotomy and medication administration.",
    },
]


def resume_text() -> str:
    path = datasets_dir() / "resumes-labelled" / "livecareer_resumes.csv"
    if path.exists():
        csv.field_size_limit(1 << 30)
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["id"] == RESUME_ID:
                    return row["resume_text"]
    return FALLBACK_RESUME


def write_resume(folder: Path, name: str = "resume.txt") -> Path:
    path = folder / name
    path.write_text(resume_text(), encoding="utf-8")
    return path


def email(who: str) -> str:
    return f"{who}-{uuid.uuid4().hex[:8]}@example.com"


async def register_in_page(page: Page, name: str, address: str, *, recruiter: bool = False) -> None:
    await page.get_by_role("link", name="Create an account").click()
    await page.get_by_label("Name").fill(name)
    await page.get_by_label("Email").fill(address)
    await page.get_by_label("Password").fill(PASSWORD)
    if recruiter:
        await page.get_by_label("hiring (a recruiter)").check()
    await page.get_by_role("button", name="Create account").click()


async def log_in_page(page: Page, address: str, password: str = PASSWORD) -> None:
    await page.get_by_label("Email").fill(address)
    await page.get_by_label("Password").fill(password)
    await page.get_by_role("button", name="Log in").click()


async def upload_in_page(page: Page, path: Path) -> None:
    await page.get_by_label("Choose a file").set_input_files(path)


async def recruiter_with_jobs(
    api: httpx.AsyncClient, jobs: list[dict[str, Any]]
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    user = await register(api, "recruiter")
    headers = await login(api, user["email"])
    return headers, [await post_job(api, headers, **job) for job in jobs]


async def expect_text(page: Page, text: str) -> None:
    """Some element shows `text` (within Playwright's default wait, set per page)."""
    await expect(page.get_by_text(text).first).to_be_visible()
