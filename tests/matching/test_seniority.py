import pytest

from jobmatch.matching.extraction import extract_seniority
from jobmatch.matching.seniority import level_index


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Senior Software Engineer", "senior"),
        ("Sr. Accountant", "senior"),
        ("SR DATA ANALYST", "senior"),
        ("Principal Engineer", "lead"),
        ("Head of Sales", "lead"),
        ("Head Chef", "lead"),
        ("Team Lead, Payments", "lead"),
        ("Lead Data Scientist", "lead"),
        ("VP of Engineering", "lead"),
        ("Junior Developer", "junior"),
        ("Jr. Designer", "junior"),
        ("Entry level cashier", "junior"),
        ("Entry-Level Analyst", "junior"),
        ("Software Engineering Intern", "junior"),
        ("Summer internship", "junior"),
        ("Mid-level analyst", "mid"),
        ("Senior Manager\nformerly a junior analyst", "senior"),
    ],
)
def test_levels_from_titles(text: str, level: str) -> None:
    assert extract_seniority(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Chef",
        "Accountant",
        "Lead generation specialist",
        "We lead the market",
        "Worked with senior citizens",
        "Internal audit and international tax",
        "\x00 熟悉 🎉",
    ],
)
def test_no_level(text: str) -> None:
    assert extract_seniority(text) is None


@pytest.mark.parametrize(
    ("value", "index"),
    [("junior", 0), ("Mid", 1), ("senior", 2), ("lead", 3), ("entry", 0), ("principal", 3)],
)
def test_level_index_accepts_levels_and_synonyms(value: str, index: int) -> None:
    assert level_index(value) == index


@pytest.mark.parametrize("value", [None, "", "wizard"])
def test_level_index_of_unknown_is_none(value: str | None) -> None:
    assert level_index(value) is None
