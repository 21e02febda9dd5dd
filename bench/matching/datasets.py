"""Read the shared datasets at run time (they are never copied into the repository)."""

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
csv.field_size_limit(1 << 30)


@dataclass(frozen=True, slots=True)
class Posting:
    """One real job posting as a recruiter would enter it."""

    id: str
    title: str
    description: str
    requirements: str  # what the posting states as required
    preferred: str  # what it states as a plus
    location: str | None
    category: str | None  # the aligned resume category; None when out of taxonomy


@dataclass(frozen=True, slots=True)
class Resume:
    """One labelled resume."""

    id: str
    category: str
    text: str


def datasets_dir() -> Path:
    """DATASETS_DIR, or ../shared/datasets next to the repository."""
    configured = os.environ.get("DATASETS_DIR")
    return Path(configured) if configured else (ROOT / ".." / "shared" / "datasets").resolve()


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def load_postings(base: Path | None = None) -> list[Posting]:
    """Both posting sets, each labelled with its aligned resume category."""
    base = (base or datasets_dir()) / "job-postings"
    labels = {
        row["job_id"]: row["livecareer_category"] or None
        for row in _rows(base / "category_alignment.csv")
    }
    postings = [
        Posting(
            id=row["job_id"],
            title=row["Title"],
            description=row["Responsibilities"],
            requirements=row["Minimum Qualifications"],
            preferred=row["Preferred Qualifications"],
            location=row["Location"] or None,
            category=labels.get(row["job_id"]),
        )
        for row in _rows(base / "google_job_skills.csv")
    ]
    postings.extend(
        Posting(
            id=row["job_id"],
            title=row["position_title"],
            description="\n".join(
                part
                for part in (row["core_responsibilities"], row["job_description"])
                if part and part != "N/A"
            ),
            requirements="\n".join(
                part
                for part in (
                    row["required_skills"],
                    row["educational_requirements"],
                    row["experience_level"],
                )
                if part and part != "N/A"
            ),
            preferred=row["preferred_qualifications"]
            if row["preferred_qualifications"] != "N/A"
            else "",
            location=None,
            category=labels.get(row["job_id"]),
        )
        for row in _rows(base / "hf_job_descriptions.csv")
    )
    return postings


def load_resumes(base: Path | None = None) -> list[Resume]:
    """Every labelled resume."""
    path = (base or datasets_dir()) / "resumes-labelled" / "livecareer_resumes.csv"
    return [Resume(row["id"], row["category"], row["resume_text"]) for row in _rows(path)]
