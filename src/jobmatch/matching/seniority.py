"""Seniority level from job titles and CV text."""

import re

LEVELS = ("junior", "mid", "senior", "lead")

# Roles that "lead", "head" and "principal" qualify, at most one word apart ("Lead Data
# Scientist"); "lead" before anything else is the verb or "lead generation", not a level.
_ROLE = (
    r"(?:engineer|developer|programmer|architect|designer|analyst|scientist|consultant|"
    r"accountant|auditor|teacher|nurse|technician|mechanic|chef|cook|cashier|carpenter|"
    r"electrician|instructor|trainer|coach|recruiter|officer|specialist|coordinator|"
    r"administrator|associate|representative|agent|pilot|writer|editor|producer|artist|"
    r"planner|buyer|strategist|advisor|counselor|therapist|attorney|lawyer|researcher|"
    r"investigator|supervisor|operator|driver|clerk|bartender|stylist|photographer|"
    r"tester|dev|qa|sre)s?"
)
_NOT_A_TITLE = r"(?:generation|gen|nurturing|scoring|qualification|management|times?)\b"
_LEVEL_PATTERNS = {
    "lead": (
        r"\b(?:team|tech|technical|engineering|group|project|shift)\s+lead\b"
        rf"|\blead\s+(?!{_NOT_A_TITLE})(?:\w+\s+)?{_ROLE}\b"
        rf"|\bprincipal\s+(?:\w+\s+)?{_ROLE}\b|\b(?:school|assistant)\s+principal\b"
        rf"|\bhead\s+of\b|\bhead\s+{_ROLE}\b"
        r"|\b(?:director|chief|vice\s+president|vp|cto|cfo|ceo|coo|cio|cmo)\b"
    ),
    "senior": (
        r"\b(?:senior|sr|snr)\b\.?"
        r"(?!\s+(?:citizens?|living|care|centers?|centres?|homes?|high|year|class|communit))"
    ),
    "mid": rf"\bmid[\s-]?(?:level|career|senior)\b|\bintermediate\s+(?:level|{_ROLE})\b",
    "junior": (
        r"\b(?:junior|jr)\b\.?(?!\s+(?:high|college|year))"
        r"|\bentry[\s-]?level\b|\bintern(?:ship)?s?\b|\btrainee\b|\bapprentice(?:ship)?\b"
        r"|\bgraduate\s+(?:program|programme|scheme|trainee|role|position|engineer|developer"
        r"|analyst)\b"
    ),
}
_LEVEL = re.compile(
    "|".join(f"(?P<{level}>{pattern})" for level, pattern in _LEVEL_PATTERNS.items()),
    re.IGNORECASE,
)
_SYNONYMS = {
    "entry": "junior",
    "entry-level": "junior",
    "intern": "junior",
    "graduate": "junior",
    "intermediate": "mid",
    "middle": "mid",
    "mid-level": "mid",
    "staff": "senior",
    "principal": "lead",
    "executive": "lead",
    "director": "lead",
    "head": "lead",
}


def extract_seniority(text: str) -> str | None:
    """The first seniority word in the text ("Sr.", "Head of", "Intern", ...) as a level."""
    match = _LEVEL.search(text)
    return match.lastgroup if match else None


def level_index(value: str | None) -> int | None:
    """Position of a seniority value in LEVELS, accepting synonyms and titles; None if unknown."""
    if not value:
        return None
    word = value.strip().lower()
    level = word if word in LEVELS else _SYNONYMS.get(word) or extract_seniority(word)
    return LEVELS.index(level) if level else None
