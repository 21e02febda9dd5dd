"""Ranking speed: one CV against 10k and 100k realistic jobs.

The jobs are generated from the real postings' vocabulary (seeded): a real title, a
description of real sentences drawn from all postings, the skills of a real posting, and
a real location or none with a remote policy. One real resume is ranked (top 20) against
an index of each size. Prints JSON lines: index build time, median and p95 ms per rank,
peak RSS of the process, the index's array bytes and the peak memory one rank allocates.

Run: make bench-match (DATASETS_DIR overrides ../shared/datasets).
"""

import gc
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from typing import Any

import numpy as np

from bench.matching.datasets import Posting, load_postings, load_resumes
from bench.matching.quality import emit, job_profile
from jobmatch.matching import JobIndex, JobProfile, build_candidate_profile

SEED = 20240501
SIZES = (10_000, 100_000)
RUNS = 30
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def generate_jobs(postings: list[Posting], count: int, rng: random.Random) -> list[JobProfile]:
    """`count` jobs mixed from real postings: title, sentences, skills, location."""
    real = [job_profile(posting) for posting in postings]
    sentences = [
        sentence.strip()
        for job in real
        for sentence in _SENTENCE.split(job.description)
        if len(sentence.strip()) > 30
    ]
    locations = [p.location for p in postings if p.location]
    jobs: list[JobProfile] = []
    for number in range(count):
        model = rng.choice(real)
        skills_from = rng.choice(real)
        description = " ".join(rng.sample(sentences, rng.randint(8, 24)))
        jobs.append(
            JobProfile(
                id=f"job-{number:06d}",
                title=rng.choice(real).title,
                description=description,
                skills=skills_from.skills,
                nice_to_have=skills_from.nice_to_have,
                min_years=model.min_years,
                seniority=model.seniority,
                location=rng.choice(locations) if rng.random() < 0.7 else None,
                remote=rng.choice(("onsite", "hybrid", "remote")),
            )
        )
    return jobs


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def index_bytes(index: JobIndex) -> int:
    """Bytes held by the index's NumPy arrays."""
    total = 0
    for segment in index._segments():
        for value in vars(segment).values() if hasattr(segment, "__dict__") else _slots(segment):
            if isinstance(value, np.ndarray):
                total += value.nbytes
            elif isinstance(value, tuple):
                total += sum(v.nbytes for v in value if isinstance(v, np.ndarray))
    return total


def _slots(segment: object) -> list[Any]:
    return [getattr(segment, name) for name in type(segment).__slots__]  # type: ignore[attr-defined]


def main() -> None:
    """Build each index, rank the CV RUNS times, report."""
    rng = random.Random(SEED)
    postings = load_postings()
    resumes = load_resumes()
    resume = rng.choice([r for r in resumes if r.category == "INFORMATION-TECHNOLOGY"])
    candidate = build_candidate_profile(resume.text, location="Mountain View, CA", remote="hybrid")
    all_jobs = generate_jobs(postings, max(SIZES), rng)
    for size in SIZES:
        jobs = all_jobs[:size]
        gc.collect()
        started = time.perf_counter()
        index = JobIndex(jobs)
        build_s = time.perf_counter() - started
        index.rank(candidate)  # warm-up: first-use caches
        timings: list[float] = []
        for _ in range(RUNS):
            started = time.perf_counter()
            index.rank(candidate, limit=20)
            timings.append((time.perf_counter() - started) * 1000)
        tracemalloc.start()
        index.rank(candidate, limit=20)
        _, rank_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        emit({
            "bench": "match", "jobs": size, "runs": RUNS,
            "rank_median_ms": round(statistics.median(timings), 1),
            "rank_p95_ms": round(float(np.percentile(timings, 95)), 1),
            "index_build_s": round(build_s, 2),
            "index_array_mb": round(index_bytes(index) / 2**20, 1),
            "rank_peak_alloc_mb": round(rank_peak / 2**20, 1),
            "process_peak_rss_mb": round(peak_rss_mb(), 1),
        })  # fmt: skip
        del index
    sys.stdout.flush()


if __name__ == "__main__":
    main()
