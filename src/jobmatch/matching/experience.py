"""Years of experience from stated durations ("5+ years of experience") and date ranges."""

import re
from datetime import date

MAX_YEARS = 50.0

_WORD_NUMBERS = {
    word: float(value)
    for value, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        start=1,
    )
} | {"thirty": 30.0}
_NUMBER = r"(?P<number>\d{1,2}(?:\.\d)?|" + "|".join(_WORD_NUMBERS) + r")"
_YEARS = r"(?:years?|yrs?)\b(?:['\u2019]s?)?"

# "5+ years of experience", "10 years' experience in", "3-5 yrs of relevant work experience"
_STATED = re.compile(
    rf"\b{_NUMBER}\s*(?P<plus>\+|plus\b)?\s*(?:(?:-|\u2013|to)\s*\d{{1,2}}\s*)?{_YEARS}"
    r"(?P<tail>(?:[^\S\n]+[\w-]+){0,5})",
    re.IGNORECASE,
)
# "experience: 5 years", "experience of over 7 years"
_EXPERIENCE_FIRST = re.compile(
    rf"\bexperience\b[^.\n\d]{{0,24}}?\b{_NUMBER}\s*\+?\s*{_YEARS}", re.IGNORECASE
)
_QUALIFIER = re.compile(
    r"\b(?:over|more than|at least|(?:a\s+)?minimum(?:\s+of)?|min\.?|nearly|almost|"
    r"approximately|about|around|some)\s*$",
    re.IGNORECASE,
)
_EXPERIENCE_WORD = re.compile(r"\b(?:experience[ds]?|exp)\b", re.IGNORECASE)
_NOT_PERSONAL = re.compile(r"^\s*(?:ago|old)\b", re.IGNORECASE)
# A company's age is not a person's experience: "our firm has served clients for over 50 years".
_ORGANISATION = re.compile(
    r"\b(?:we|our|company|firm|founded|established|history)\b", re.IGNORECASE
)

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"


def _date(tag: str) -> str:
    return (
        rf"(?:(?P<mname{tag}>{_MONTH})\s+|(?P<mnum{tag}>\d{{1,2}})\s*[/.]\s*)?"
        rf"(?P<year{tag}>(?:19|20)\d{{2}})\b"
    )


_RANGE = re.compile(
    rf"\b{_date('1')}\s*(?:-|\u2013|\u2014|to|until|till|through|thru)\s*"
    rf"(?:{_date('2')}|(?P<present>present|current(?:ly)?|now|today|date|ongoing)\b)",
    re.IGNORECASE,
)
# Study periods are not work experience. Schools and universities are workplaces too, so
# only words about degrees mark a line as education.
_EDUCATION = re.compile(
    r"\b(?:bachelor|master's|masters|degree|diploma|gpa|graduat|coursework|b\.?sc|m\.?sc|mba|"
    r"ph\.?d|b\.[as]\.|m\.[as]\.)",
    re.IGNORECASE,
)


def extract_years_of_experience(text: str, *, today: date | None = None) -> float | None:
    """Years of experience stated or spanned by date ranges (overlaps merged); None if none."""
    stated = _stated_years(text)
    spanned = _spanned_years(text, today or date.today())
    if stated is None and spanned is None:
        return None
    return min(MAX_YEARS, max(stated or 0.0, spanned or 0.0))


def extract_required_years(text: str) -> int | None:
    """The years a job posting asks for ("5+ years of experience"); date ranges in a
    posting are about the company or the role, never about the applicant."""
    stated = _stated_years(text)
    return int(stated) if stated else None


def _stated_years(text: str) -> float | None:
    values: list[float] = []
    for match in _STATED.finditer(text):
        tail = match.group("tail")
        if _NOT_PERSONAL.match(tail):
            continue
        before = text[max(0, match.start() - 60) : match.start()]
        if (
            match.group("plus")
            or _EXPERIENCE_WORD.search(tail)
            or (_QUALIFIER.search(before) and not _ORGANISATION.search(before))
        ):
            values.append(_number(match.group("number")))
    values.extend(_number(m.group("number")) for m in _EXPERIENCE_FIRST.finditer(text))
    plausible = [value for value in values if 0 < value <= MAX_YEARS]
    return max(plausible) if plausible else None


def _number(raw: str) -> float:
    word = raw.lower()
    return _WORD_NUMBERS[word] if word in _WORD_NUMBERS else float(raw)


def _spanned_years(text: str, today: date) -> float | None:
    now = today.year * 12 + today.month
    spans: list[tuple[int, int]] = []
    for match in _RANGE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if _EDUCATION.search(text, line_start, line_end if line_end >= 0 else len(text)):
            continue
        start = _month_index(match, "1", end=False)
        end = now if match.group("present") else _month_index(match, "2", end=True)
        if start is None or end is None:
            continue
        end = min(end, now)  # a contract "to 2030" has not happened yet
        if start < end and end - start <= MAX_YEARS * 12 and start >= 1950 * 12:
            spans.append((start, end))
    if not spans:
        return None
    total, current_start, current_end = 0, *sorted(spans)[0]
    for start, end in sorted(spans)[1:]:
        if start > current_end:
            total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    total += current_end - current_start
    return round(total / 12, 1)


def _month_index(match: re.Match[str], tag: str, *, end: bool) -> int | None:
    """Months since year 0; an end month counts in full ("to Dec 2015" runs through December)."""
    year = int(match.group(f"year{tag}"))
    name, number = match.group(f"mname{tag}"), match.group(f"mnum{tag}")
    if name:
        month = _MONTHS.get(name.lower()[:3])
    elif number:
        month = int(number)
        if not 1 <= month <= 12:
            return None
    else:
        return year * 12  # a bare year: "2015 - 2020" reads as five years
    if month is None:
        return None
    return year * 12 + month - 1 + (1 if end else 0)
