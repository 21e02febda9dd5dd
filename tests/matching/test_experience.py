from datetime import date

import pytest

from jobmatch.matching.experience import extract_required_years
from jobmatch.matching.extraction import extract_years_of_experience

TODAY = date(2024, 6, 15)


def years(text: str) -> float | None:
    return extract_years_of_experience(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5+ years of experience in Python", 5.0),
        ("Over 10 yrs in retail", 10.0),
        ("over 10 yrs", 10.0),
        ("Experience: 7 years", 7.0),
        ("ten years of experience", 10.0),
        ("3-5 years of relevant work experience", 3.0),
        ("10 years' experience managing teams", 10.0),
        ("2.5 years experience", 2.5),
        ("Minimum of 5 years in a similar role", 5.0),
        ("6 years of experience; 2 years of experience with Go", 6.0),
    ],
)
def test_stated_years(text: str, expected: float) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No numbers here at all",
        "a 5 year plan",
        "Promoted 2 years ago",
        "Our company has served clients for over 50 years",
        "Bachelor of Science 2008 - 2012",
        "1900 - 2020",
        "\x00\x01 熟悉 🎉",
    ],
)
def test_no_years_found(text: str) -> None:
    assert years(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Accountant 2015 - 2020", 5.0),
        ("Analyst 2015\u20132020", 5.0),
        ("Jan 2018 to present", 6.5),
        ("January 2018 - Current", 6.5),
        ("Investment Accountant 10/2012 to 11/2015", 3.2),
        ("Intern 06/2012 - 12/2012", 0.6),
        ("May 2011 to December 2014", 3.7),
    ],
)
def test_date_ranges(text: str, expected: float) -> None:
    assert years(text) == expected


def test_overlapping_ranges_are_merged() -> None:
    assert years("Job A 2010 - 2015\nJob B 2012 - 2018") == 8.0


def test_separate_ranges_are_summed() -> None:
    assert years("Job A 2010 - 2012\nJob B 2014 - 2016") == 4.0


def test_future_end_dates_stop_today() -> None:
    assert years("Contract Jan 2020 - Dec 2030") == 4.5


def test_study_ranges_do_not_count() -> None:
    assert years("Cook 2016 - 2018\nBachelor of Arts, 2012 - 2016") == 2.0


def test_the_larger_of_stated_and_spanned_wins() -> None:
    assert years("12+ years of experience\nManager 2020 - 2022") == 12.0
    assert years("2 years of experience\nManager 2010 - 2020") == 10.0


def test_result_is_capped() -> None:
    assert years("Farmer 1970 - 2010\nAdvisor 2005 - 2024") == 50.0
    assert years("60 years of experience") is None


def test_default_today_is_used_when_not_given() -> None:
    assert extract_years_of_experience("2015 - 2020") == 5.0


def test_required_years_read_stated_years_only() -> None:
    assert extract_required_years("5+ years of experience with Python") == 5
    assert extract_required_years("Minimum of 3.5 years in sales") == 3
    assert extract_required_years("Founded 2005 - 2020, we grew fast") is None
    assert extract_required_years("") is None
