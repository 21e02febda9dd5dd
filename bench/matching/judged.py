"""Judged relevance: a method's top 5 against blind grades (judgments.json).

Labels only say whether a CV's category equals a posting's: a recruiter filed under
HEALTHCARE counts as wrong for a "Technical Recruiter" posting, an HR generalist as right.
The grades in judgments.json (see its "about") say how good each proposed person or job
is. Over the top 5 of every graded query: the mean grade (0-2) of the pairs that have a
grade, the share of strong fits (2) among them, and the share of the top 5 graded at all.
When that share falls well below 1, the method now proposes what nobody graded, and its
figure needs new grades before it means anything. Graded queries missing from the data
(another DATASETS_DIR) are left out and counted.
"""

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.matching.metrics import full_order

JUDGMENTS = Path(__file__).with_name("judgments.json")
TOP = 5


def load_judgments(path: Path = JUDGMENTS) -> dict[str, dict[str, dict[str, int]]]:
    """Per direction, per query id, the grade of each graded item id."""
    document = json.loads(path.read_text())
    return {key: value for key, value in document.items() if key != "about"}


def judged_top(
    score_rows: npt.NDArray[np.float64],
    query_ids: Sequence[str],
    item_ids: Sequence[str],
    grades: dict[str, dict[str, int]],
) -> dict[str, Any]:
    """Mean grade and strong share over the graded pairs of the graded queries' top 5s, and
    the share of those top 5s that is graded."""
    id_rank = np.argsort(np.argsort(np.array(item_ids)))
    row_of = {query_id: row for row, query_id in enumerate(query_ids)}
    found: list[int] = []
    proposed = 0
    missing = 0
    for query_id, graded in grades.items():
        if query_id not in row_of:
            missing += 1
            continue
        top = full_order(score_rows[row_of[query_id]], id_rank)[:TOP]
        proposed += len(top)
        found += [graded[item_ids[i]] for i in top if item_ids[i] in graded]
    return {
        "mean_grade@5": round(float(np.mean(found)), 3) if found else None,
        "strong@5": round(float(np.mean([g == 2 for g in found])), 3) if found else None,
        "graded_share": round(len(found) / proposed, 3) if proposed else None,
        "queries": len(grades) - missing,
        "queries_not_in_data": missing,
    }
