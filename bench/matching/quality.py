"""Match quality on real data: the engine against plain TF-IDF, both ways round.

Every posting is labelled with a resume category through category_alignment.csv; a job is
relevant to a resume (and a resume to a job) when the labels are equal. The engine runs as
the worker runs it: profiles built from raw text by jobmatch.matching, one JobIndex over
all postings read one candidate at a time (jobs for a CV), and one CandidateIndex over all
resumes read one job at a time (candidates for a job). Prints JSON lines: per category and
macro-averaged precision@10, nDCG@10 and MRR for each method and direction, the mean blind
grade of each method's top 5 (judged.py), then a summary.

Run: make bench-quality (DATASETS_DIR overrides ../shared/datasets); with
`TAXONOMY=imported` (`--taxonomy imported`) the taxonomy imported into DATABASE_URL is used.
"""

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.matching.datasets import Posting, Resume, load_postings, load_resumes
from bench.matching.judged import judged_top, load_judgments
from bench.matching.metrics import evaluate
from bench.matching.tfidf import tfidf_scores
from jobmatch.matching import (
    CandidateIndex,
    CandidateProfile,
    CorpusStats,
    JobIndex,
    JobProfile,
    build_candidate_profile,
    build_job_profile,
)

MIN_POSTINGS = 10  # categories with fewer aligned postings cannot reach P@10 = 1
RANK_CHECK_EVERY = 25  # every n-th CV (job) also goes through JobIndex.rank (CandidateIndex's)


def emit(record: dict[str, Any]) -> None:
    """One JSON line on stdout."""
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def job_profile(posting: Posting) -> JobProfile:
    """A posting as a recruiter would post it: text, requirements, preferred, location."""
    return build_job_profile(
        posting.id,
        posting.title,
        posting.description,
        requirements=posting.requirements,
        preferred=posting.preferred,
        location=posting.location,
    )


def engine_scores(
    candidates: list[CandidateProfile], jobs: list[JobProfile]
) -> tuple[npt.NDArray[np.float64], float, float, CorpusStats]:
    """Every candidate's value for every job (rows: candidates), the median ms per CV, the
    share of sampled CVs whose JobIndex.rank top 10 is exactly the values' top 10, and the
    statistics of the jobs."""
    index = JobIndex(jobs)
    position = {job.id: i for i, job in enumerate(jobs)}
    matrix, median_ms, agreed = read_index(
        candidates, index.values, lambda c: [m.job_id for m in index.rank(c, 10)], position
    )
    return matrix, median_ms, agreed, index.stats


def candidate_scores(
    candidates: list[CandidateProfile], jobs: list[JobProfile], stats: CorpusStats
) -> tuple[npt.NDArray[np.float64], float, float]:
    """Every job's value for every candidate (rows: jobs) from one CandidateIndex, the
    median ms per job, and the share of sampled jobs whose CandidateIndex.rank top 10 is
    exactly the values' top 10."""
    index = CandidateIndex(((str(n), c) for n, c in enumerate(candidates)), stats=stats)
    position = {str(n): n for n in range(len(candidates))}
    return read_index(jobs, index.values, lambda j: [c for c, _ in index.rank(j, 10)], position)


def read_index(
    queries: Sequence[Any],
    values_of: Callable[[Any], tuple[list[str], npt.NDArray[np.float64]]],
    top_10_of: Callable[[Any], list[str]],
    position: dict[str, int],
) -> tuple[npt.NDArray[np.float64], float, float]:
    """Every query's values (one row each, columns by `position`), the median ms per query,
    and the share of sampled queries whose ranked top 10 is exactly the values' top 10."""
    matrix = np.zeros((len(queries), len(position)))
    timings: list[float] = []
    checked = agreed = 0
    for row, query in enumerate(queries):
        started = time.perf_counter()
        ids, values = values_of(query)
        timings.append(time.perf_counter() - started)
        matrix[row, [position[item] for item in ids]] = values
        if row % RANK_CHECK_EVERY == 0:
            checked += 1
            agreed += top_10_of(query) == top_ids(ids, values)
    return matrix, float(np.median(timings) * 1000), agreed / max(checked, 1)


def top_ids(ids: list[str], values: npt.NDArray[np.float64], limit: int = 10) -> list[str]:
    """The ids of the `limit` best values, ties by id."""
    order = sorted(range(len(ids)), key=lambda i: (-values[i], ids[i]))[:limit]
    return [ids[i] for i in order]


def report(
    direction: str,
    method: str,
    scores: npt.NDArray[np.float64],
    query_labels: list[str],
    item_labels: list[str | None],
    item_ids: list[str],
    categories: list[str],
) -> float:
    """Emit per-category and macro lines; return macro precision@10."""
    result = evaluate(scores, query_labels, item_labels, item_ids, categories)
    for category in categories:
        emit({"bench": "quality", "direction": direction, "method": method,
              "category": category, **result[category]})  # fmt: skip
    emit({"bench": "quality", "direction": direction, "method": method, "category": "macro",
          **result["macro"]})  # fmt: skip
    return result["macro"]["p@10"]


def use_imported_taxonomy() -> str:
    """Load the imported taxonomy from DATABASE_URL and install it, as the worker does at
    start (`make taxonomy-import` fills it); returns its size for the summary."""
    from jobmatch.core.config import get_settings
    from jobmatch.core.database import create_engine, create_session_factory
    from jobmatch.services.taxonomy_loading import install_imported_taxonomy

    async def load() -> str:
        engine = create_engine(get_settings())
        try:
            taxonomy = await install_imported_taxonomy(create_session_factory(engine))
        finally:
            await engine.dispose()
        if taxonomy is None:
            raise SystemExit("no imported taxonomy in DATABASE_URL: run make taxonomy-import")
        return f"imported ({len(taxonomy)} skills, {len(taxonomy.titles)} title families)"

    return asyncio.run(load())


def main() -> None:
    """Run both directions for both methods and print the summary."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--taxonomy", choices=["builtin", "imported"], default="builtin",
        help="imported: the built-in taxonomy merged with what DATABASE_URL holds",
    )  # fmt: skip
    taxonomy = use_imported_taxonomy() if parser.parse_args().taxonomy == "imported" else "builtin"
    started = time.perf_counter()
    postings = load_postings()
    resumes = load_resumes()
    aligned = Counter(p.category for p in postings if p.category)
    categories = sorted(c for c, n in aligned.items() if n >= MIN_POSTINGS)
    queried: list[Resume] = [r for r in resumes if r.category in categories]
    jobs = [job_profile(posting) for posting in postings]
    candidates = [build_candidate_profile(resume.text) for resume in queried]
    profiled = time.perf_counter() - started

    engine, median_ms, rank_agrees, stats = engine_scores(candidates, jobs)
    job_labels = [p.category for p in postings]
    labelled = [i for i, label in enumerate(job_labels) if label in categories]
    by_job, median_job_ms, candidate_rank_agrees = candidate_scores(
        candidates, [jobs[i] for i in labelled], stats
    )
    job_texts = [f"{job.title}\n{job.description}" for job in jobs]
    baseline = tfidf_scores([r.text for r in queried], job_texts)
    plain = tfidf_scores([r.text for r in queried], job_texts, stopwords=False)

    job_ids = [p.id for p in postings]
    cv_labels = [r.category for r in queried]
    summary: dict[str, Any] = {"bench": "quality", "category": "summary", "taxonomy": taxonomy}
    for method, scores in (("engine", engine), ("tfidf", baseline)):
        summary[f"jobs_for_cv_{method}_p@10"] = report(
            "jobs_for_cv", method, scores, cv_labels, job_labels, job_ids, categories
        )
    # The same TF-IDF without stopwords (scikit-learn's plain defaults), macro only.
    plain_macro = evaluate(plain, cv_labels, job_labels, job_ids, categories)["macro"]
    emit({"bench": "quality", "direction": "jobs_for_cv", "method": "tfidf_no_stopwords",
          "category": "macro", **plain_macro})  # fmt: skip
    summary["jobs_for_cv_tfidf_no_stopwords_p@10"] = plain_macro["p@10"]
    # Candidates for a job, over the aligned postings: the CandidateIndex's values (they
    # equal the engine's matrix read by column), TF-IDF's matrix read by column.
    cv_ids = [r.id for r in queried]
    for method, scores in (("engine", by_job), ("tfidf", baseline.T[labelled])):
        summary[f"candidates_for_job_{method}_p@10"] = report(
            "candidates_for_job", method, scores,
            [job_labels[i] or "" for i in labelled], list(cv_labels), cv_ids, categories,
        )  # fmt: skip
    # The same matrices against blind grades of what each method proposes (judged.py).
    judgments = load_judgments()
    labelled_ids = [job_ids[i] for i in labelled]
    for direction, method, scores, query_ids, item_ids in (
        ("jobs_for_cv", "engine", engine, cv_ids, job_ids),
        ("jobs_for_cv", "tfidf", baseline, cv_ids, job_ids),
        ("candidates_for_job", "engine", by_job, labelled_ids, cv_ids),
        ("candidates_for_job", "tfidf", baseline.T[labelled], labelled_ids, cv_ids),
    ):
        judged = judged_top(scores, query_ids, item_ids, judgments[direction])
        emit({"bench": "quality", "direction": direction, "method": method,
              "category": "judged", **judged})  # fmt: skip
        summary[f"{direction}_{method}_judged@5"] = judged["mean_grade@5"]
    for direction in ("jobs_for_cv", "candidates_for_job"):
        engine_p = summary[f"{direction}_engine_p@10"]
        summary[f"{direction}_ratio"] = round(engine_p / summary[f"{direction}_tfidf_p@10"], 3)
    summary |= {
        "categories": len(categories),
        "resumes": len(queried),
        "postings": len(postings),
        "profiles_s": round(profiled, 1),
        "engine_median_ms_per_cv": round(median_ms, 2),
        "rank_top10_equals_values_top10": round(rank_agrees, 3),
        "engine_median_ms_per_job": round(median_job_ms, 2),
        "candidate_rank_top10_equals_values_top10": round(candidate_rank_agrees, 3),
        "candidate_values_equal_job_values": bool(
            np.allclose(by_job, engine.T[labelled], rtol=0, atol=1e-9)
        ),
        "total_s": round(time.perf_counter() - started, 1),
    }
    emit(summary)


if __name__ == "__main__":
    main()
