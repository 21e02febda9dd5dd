"""Find canonical skills, years of experience and seniority in free text."""

import re
import unicodedata
from collections.abc import Iterable

from jobmatch.matching.experience import extract_years_of_experience
from jobmatch.matching.seniority import extract_seniority
from jobmatch.matching.taxonomy import Guard, get_taxonomy
from jobmatch.matching.tokens import Tokens, tokenize

__all__ = [
    "extract_seniority",
    "extract_skills",
    "extract_title_families",
    "extract_years_of_experience",
    "normalize_skills",
]

MAX_SKILL_LENGTH = 64

# Words after an ambiguous name that make it a technology: "Go developer", "R programming".
_CONTEXT_WORDS = frozenset(
    """
    programming language languages lang developer developers development engineer engineers
    programmer programmers code coding scripting scripts script packages package library
    libraries framework frameworks sdk
    """.split()  # noqa: SIM905 - a word list reads best as text
)
# Neighbours in these categories make a list technical: "Python, R, SQL", "Puppet or Ansible".
_TOOL_CATEGORIES = frozenset(
    {"software", "data", "devops", "it", "security", "office", "design", "media", "engineering"}
)
_CONNECTORS = frozenset({"and", "or", "plus"})
_LIST_MARKS = frozenset(",;/|•·")
_SENTENCE_MARKS = frozenset(".!?:")
_WHITESPACE = re.compile(r"\s+")


def extract_skills(text: str) -> list[str]:
    """Canonical skill names found in free text, sorted and unique."""
    index = get_taxonomy().text_index
    tokens = tokenize(text, index.dotted)
    found: set[str] = set()
    categories: list[str | None] = [None] * len(tokens.keys)
    pending: list[tuple[int, Guard]] = []
    resume = 0
    for i in [i for i, key in enumerate(tokens.keys) if key in index.starters]:
        if i < resume:
            continue
        name, size = index.table.match_at(tokens, i)
        if name is not None:
            found.add(name)
            categories[i : i + size] = [index.categories[name]] * size
            resume = i + size
            continue
        guard = index.guards.get(tokens.keys[i])
        if guard is not None:
            pending.append((i, guard))
    # Accepting one ambiguous word can give context to the next: "Python, R, Go".
    progress = True
    while pending and progress:
        progress = False
        waiting: list[tuple[int, Guard]] = []
        for i, guard in pending:
            if guard.accepts(tokens.surfaces[i], _in_context(tokens, categories, i)):
                found.add(guard.name)
                categories[i] = index.categories[guard.name]
                progress = True
            else:
                waiting.append((i, guard))
        pending = waiting
    return sorted(found)


def extract_title_families(text: str, *, headline: str | None = None) -> dict[str, float]:
    """Job-title families a text names, with weights in 0..1: a title's head 1.0, its
    qualifiers less; in a CV the headline (given, or found in its first lines) counts most."""
    titles = get_taxonomy().titles
    return (
        titles.in_text(text, headline=headline)
        if "\n" in text or headline
        else titles.in_title(text)
    )


def normalize_skills(names: Iterable[str]) -> list[str]:
    """User-supplied skill names as canonical names; unknown ones kept, cleaned and lowercased."""
    taxonomy = get_taxonomy()
    result: set[str] = set()
    for raw in names:
        cleaned = _clean(raw)
        if cleaned:
            result.add(taxonomy.canonical(cleaned) or cleaned)
    return sorted(result)


def _clean(raw: str) -> str:
    # Control characters (NUL above all) cannot be stored in PostgreSQL text columns; the
    # first cut only bounds the work on a huge input.
    visible = "".join(
        ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw[: MAX_SKILL_LENGTH * 16]
    )
    return _WHITESPACE.sub(" ", visible).strip().lower()[:MAX_SKILL_LENGTH].strip()


def _in_context(tokens: Tokens, categories: list[str | None], i: int) -> bool:
    """Whether the word at i is followed by a technical word or listed next to a tool."""
    keys, gaps = tokens.keys, tokens.gaps
    if gaps[i].endswith("(") and gaps[i + 1].startswith(")"):
        return False  # "Microsoft(R) Excel", "(C) 2020": a trademark or copyright sign
    if i + 1 < len(keys) and keys[i + 1] in _CONTEXT_WORDS and not gaps[i + 1].strip(" -"):
        return True
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(keys) and _list_gap(gaps[j + 1] if step < 0 else gaps[j]):
            if keys[j] not in _CONNECTORS:
                if categories[j] in _TOOL_CATEGORIES:
                    return True
                break
            j += step
    return False


def _list_gap(gap: str) -> bool:
    """Whether two words are neighbours in one list: no sentence end, no bare line break."""
    if len(gap) > 8 or any(ch in _SENTENCE_MARKS for ch in gap):
        return False
    return "\n" not in gap or any(ch in _LIST_MARKS for ch in gap)
