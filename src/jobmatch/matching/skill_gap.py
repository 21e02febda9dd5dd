"""Skill-gap advice: the missing skills that would raise a candidate's top scores the most."""

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from jobmatch.matching.corpus import CorpusStats
from jobmatch.matching.extraction import extract_skills
from jobmatch.matching.features import CandidateFeatures, JobFeatures
from jobmatch.matching.relevance import extend_query, select_query, term_counts
from jobmatch.matching.scoring import ScoringWeights, evaluate
from jobmatch.matching.taxonomy import Taxonomy, get_taxonomy

CONSIDERED = 12  # the most often missing skills re-scored (each costs one pass over the jobs)


@dataclass(frozen=True, slots=True)
class SkillAdvice:
    skill: str
    points: int  # mean score gain on the jobs it raises
    jobs: int  # how many of the top jobs it raises
    of: int  # how many top jobs were looked at

    @property
    def advice(self) -> str:
        return f"Learn {self.skill}: +{self.points} on {self.jobs} of your top {self.of} jobs"


@functools.lru_cache(maxsize=8192)
def written_as(taxonomy: Taxonomy, skill: str) -> str:
    """How a CV names the skill so that extraction reads it back on its own: its name, or
    else the first alias that does ("golang" for go: a bare "Go" is read only in context,
    so a CV that adds "Go" gets neither the skill nor the advice's gain). A skill read
    only in context (flask, jest) keeps its name. Casing does not change the terms."""
    known = taxonomy.get(skill)
    for form in (skill, *(known.aliases if known else ())):
        if any(skill in extract_skills(v) for v in (form, form.title(), form.upper())):
            return form
    return skill


def skill_gap(
    candidate: CandidateFeatures,
    jobs: Sequence[JobFeatures],
    stats: CorpusStats,
    weights: ScoringWeights,
    limit: int = 5,
) -> list[SkillAdvice]:
    """For the candidate's top `jobs`: each missing skill's gain if the candidate had it,
    best total gain first (ties by name). Deterministic.

    "Had it" is modelled as the CV once it names the skill: the skill in its list and its
    name once more in its text (which can change the text query and, through the content
    fit, how far the title counts). With the list alone the advice fell short of what
    adding the skill to the CV really gives, most on short CVs.
    """
    taxonomy = get_taxonomy()
    query = select_query(candidate.counts, stats, weights.query_terms)
    before = [evaluate(candidate, query, job, stats, weights, taxonomy)[1].score for job in jobs]
    missing = Counter(
        skill
        for job in jobs
        for skill in (*job.required, *job.nice)
        if skill not in candidate.skills
    )
    found = []
    for skill, _ in sorted(missing.items(), key=lambda item: (-item[1], item[0]))[:CONSIDERED]:
        learned = replace(candidate, skills=candidate.skills | {skill})
        # The text is scored through the query only: the query of the CV naming the skill.
        named = term_counts(written_as(taxonomy, skill))
        learned_query = extend_query(query, candidate.counts, named, stats, weights.query_terms)
        gains = [
            evaluate(learned, learned_query, job, stats, weights, taxonomy)[1].score - score
            for job, score in zip(jobs, before, strict=True)
            if skill in job.required or skill in job.nice
        ]
        raised = [gain for gain in gains if gain > 0]
        if raised:
            found.append(
                SkillAdvice(skill, round(sum(raised) / len(raised)), len(raised), len(jobs))
            )
    found.sort(key=lambda a: (-a.points * a.jobs, a.skill))
    return found[:limit]
