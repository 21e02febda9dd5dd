"""Text relevance between a CV and a job: cosine of term-frequency vectors.

Kept apart from scoring so that a better model (BM25 over the job corpus) can replace it.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]{2,}")
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each etc few for
    from further had has have having he her here hers herself him himself his how i if in into
    is it its itself just me more most my myself no nor not now of off on once only or other
    our ours ourselves out over own per same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up us
    very via was we were what when where which while who whom why will with within would you
    your yours yourself yourselves
    """.split()  # noqa: SIM905 - a word list reads best as text
)


@dataclass(frozen=True, slots=True)
class TermVector:
    """Term frequencies of one text (lowercased words, stopwords dropped) with their norm."""

    counts: dict[str, int]
    norm: float

    @classmethod
    def of(cls, text: str) -> "TermVector":
        """The vector of a text."""
        counts = Counter(w for w in _WORD.findall(text.lower()) if w not in STOPWORDS)
        return cls(dict(counts), math.sqrt(sum(c * c for c in counts.values())))

    def cosine(self, other: "TermVector") -> float:
        """Cosine similarity in 0..1; 0 when either text has no terms."""
        if not self.norm or not other.norm:
            return 0.0
        small, large = sorted((self.counts, other.counts), key=len)
        dot = sum(count * large.get(term, 0) for term, count in small.items())
        return min(1.0, dot / (self.norm * other.norm))


def text_relevance(cv_text: str, job_text: str) -> float:
    """Cosine similarity of the two texts' term frequencies, in 0..1."""
    return TermVector.of(cv_text).cosine(TermVector.of(job_text))
