"""Ranking metrics with binary relevance, macro-averaged over categories."""

import math
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

K = 10


def rank_metrics(
    ranked_relevance: Sequence[bool], relevant_total: int, k: int = K
) -> dict[str, float]:
    """precision@k, nDCG@k and MRR of one ranking (relevance of each ranked item in order)."""
    top = list(ranked_relevance[:k])
    dcg = sum(1 / math.log2(i + 2) for i, hit in enumerate(top) if hit)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(k, relevant_total)))
    first = next((i for i, hit in enumerate(ranked_relevance) if hit), None)
    return {
        "p@10": sum(top) / k,
        "ndcg@10": dcg / ideal if ideal else 0.0,
        "mrr": 1 / (first + 1) if first is not None else 0.0,
    }


def full_order(
    scores: npt.NDArray[np.float64], id_rank: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """Every item, best score first, ties broken by id (the engine's own tie rule)."""
    return np.lexsort((id_rank, -scores))


def evaluate(
    score_rows: npt.NDArray[np.float64],
    query_labels: Sequence[str],
    item_labels: Sequence[str | None],
    item_ids: Sequence[str],
    categories: Sequence[str],
) -> dict[str, dict[str, float]]:
    """Per-category and macro metrics; row q of score_rows scores every item for query q."""
    totals = defaultdict(int)
    for label in item_labels:
        if label is not None:
            totals[label] += 1
    id_rank = np.argsort(np.argsort(np.array(item_ids)))
    labels = np.array([label or "" for label in item_labels])
    per_query: dict[str, list[dict[str, float]]] = defaultdict(list)
    for row, label in zip(score_rows, query_labels, strict=True):
        if label not in categories:
            continue
        order = full_order(row, id_rank)
        relevance = (labels == label)[order].tolist()
        per_query[label].append(rank_metrics(relevance, totals[label]))
    result: dict[str, dict[str, float]] = {}
    for category in categories:
        rows = per_query[category]
        result[category] = {
            name: round(sum(r[name] for r in rows) / len(rows), 4) for name in rows[0]
        } | {"queries": len(rows)}
    result["macro"] = {
        name: round(sum(result[c][name] for c in categories) / len(categories), 4)
        for name in ("p@10", "ndcg@10", "mrr")
    }
    return result
