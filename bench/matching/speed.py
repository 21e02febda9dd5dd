"""Ranking speed: one CV against 10k and 100k realistic jobs, one job against 10k CVs.

The jobs are generated from the real postings' vocabulary (seeded): a real title, a
description of real sentences drawn from all postings, the skills of a real posting, and
a real location or none with a remote policy. One real resume is ranked (top 20) against
an index of each size. Prints JSON lines: index build time, median and p95 ms per rank,
peak RSS of the process, the index's array bytes and the peak memory one rank allocates.

The other direction: 10k candidates from the real resumes (each resume used about four
times, with a random location and remote preference), one CandidateIndex over them with
the statistics of the 10k generated jobs, and real postings ranked (top 20) against it.

Run: make bench-match (DATASETS_DIR overrides ../shared/datasets).
"""

import gc
import json
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from dataclasses import replace
from typing import Any

import numpy as np

from bench.matching.datasets import Posting, load_postings, load_resumes
from bench.matching.quality import emit, job_profile
from jobmatch.matching import (
    CandidateIndex,
    CandidateProfile,
    CorpusStats,
    JobIndex,
    JobProfile,
    PreparedCandidate,
    build_candidate_profile,
)

SEED = 20240501
SIZES = (10_000, 100_000)
CANDIDATES = 10_000
STATS_CHANGES = 5
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


def index_bytes(index: JobIndex | CandidateIndex) -> int:
    """Bytes held by the index's NumPy arrays."""
    if isinstance(index, JobIndex):
        return sum(array_bytes(segment) for segment in index._segments())
    queries = sum(array_bytes(table) for _, table in index._queries.values())
    return array_bytes(index._main) + queries


def array_bytes(value: Any) -> int:
    """Bytes of the NumPy arrays in a value, its tuples and its dataclass fields."""
    if isinstance(value, np.ndarray):
        return value.nbytes
    if isinstance(value, tuple | list):
        return sum(array_bytes(item) for item in value if not isinstance(item, str))
    if hasattr(value, "__slots__"):
        return sum(array_bytes(getattr(value, name)) for name in type(value).__slots__)
    return 0


def time_ms(call: Any, runs: int) -> list[float]:
    """Wall-clock ms of `runs` calls."""
    timings: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def peak_alloc(call: Any) -> int:
    """The peak bytes one call allocates (tracemalloc)."""
    tracemalloc.start()
    call()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return int(peak)


def rank_candidates(postings: list[Posting], stats: CorpusStats, rng: random.Random) -> None:
    """Build a CandidateIndex of CANDIDATES real resumes and rank real postings against it."""
    resumes = load_resumes()
    profiles = [build_candidate_profile(resume.text) for resume in resumes]
    places = [p.location for p in postings if p.location]
    candidates = [
        (f"cv-{n:06d}", replace(profiles[n % len(profiles)], location=rng.choice(places),
                                remote=rng.choice(("onsite", "hybrid", "remote", None))))
        for n in range(CANDIDATES)
    ]  # fmt: skip
    gc.collect()
    started = time.perf_counter()
    index = CandidateIndex(candidates, stats=stats)
    build_profiles_s = time.perf_counter() - started
    stored = [(cid, json.dumps(index.prepared(cid).to_dict())) for cid, _ in candidates]
    del index
    gc.collect()
    started = time.perf_counter()
    index = CandidateIndex(
        ((cid, PreparedCandidate.from_dict(json.loads(text))) for cid, text in stored), stats=stats
    )
    build_stored_s = time.perf_counter() - started
    jobs = [job_profile(posting) for posting in rng.sample(postings, RUNS + STATS_CHANGES + 1)]
    started = time.perf_counter()
    index.rank(jobs[0])  # the first read chooses every candidate's text query
    queries_s = time.perf_counter() - started
    rank = iter(jobs[1 : RUNS + 1])
    timings = time_ms(lambda: index.rank(next(rank), limit=20), RUNS)
    changed = iter(jobs[RUNS + 1 :])

    def rank_after_a_change() -> None:
        job = next(changed)
        stats.add(job)  # a new revision: every query is chosen again
        index.rank(job, limit=20)

    after_change = time_ms(rank_after_a_change, STATS_CHANGES)
    rank_peak = peak_alloc(lambda: index.rank(jobs[1], limit=20))
    emit({
        "bench": "match_candidates", "candidates": CANDIDATES, "runs": RUNS,
        "rank_median_ms": round(statistics.median(timings), 1),
        "rank_p95_ms": round(float(np.percentile(timings, 95)), 1),
        "rank_after_stats_change_median_ms": round(statistics.median(after_change), 1),
        "first_queries_s": round(queries_s, 2),
        "index_build_from_profiles_s": round(build_profiles_s, 2),
        "index_build_from_stored_s": round(build_stored_s, 2),
        "stored_kb_per_candidate": round(sum(len(t) for _, t in stored) / len(stored) / 1024, 1),
        "index_array_mb": round(index_bytes(index) / 2**20, 1),
        "rank_peak_alloc_mb": round(rank_peak / 2**20, 1),
        "process_peak_rss_mb": round(peak_rss_mb(), 1),
    })  # fmt: skip


def rank_jobs(jobs: list[JobProfile], candidate: CandidateProfile) -> CorpusStats:
    """Build a JobIndex, rank the CV RUNS times, report; the statistics of the jobs."""
    gc.collect()
    started = time.perf_counter()
    index = JobIndex(jobs)
    build_s = time.perf_counter() - started
    index.rank(candidate)  # warm-up: first-use caches
    timings = time_ms(lambda: index.rank(candidate, limit=20), RUNS)
    rank_peak = peak_alloc(lambda: index.rank(candidate, limit=20))
    emit({
        "bench": "match", "jobs": len(jobs), "runs": RUNS,
        "rank_median_ms": round(statistics.median(timings), 1),
        "rank_p95_ms": round(float(np.percentile(timings, 95)), 1),
        "index_build_s": round(build_s, 2),
        "index_array_mb": round(index_bytes(index) / 2**20, 1),
        "rank_peak_alloc_mb": round(rank_peak / 2**20, 1),
        "process_peak_rss_mb": round(peak_rss_mb(), 1),
    })  # fmt: skip
    return index.stats


def main() -> None:
    """Rank one CV against each job index, then jobs against the candidate index."""
    rng = random.Random(SEED)
    postings = load_postings()
    resumes = load_resumes()
    resume = rng.choice([r for r in resumes if r.category == "INFORMATION-TECHNOLOGY"])
    candidate = build_candidate_profile(resume.text, location="Mountain View, CA", remote="hybrid")
    all_jobs = generate_jobs(postings, max(SIZES), rng)
    statistics_of = {size: rank_jobs(all_jobs[:size], candidate) for size in SIZES}
    rank_candidates(postings, statistics_of[CANDIDATES], rng)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
