import pytest

from jobmatch.matching.extraction import extract_title_families
from jobmatch.matching.taxonomy import Taxonomy, get_taxonomy
from jobmatch.matching.titles import TitleFamilies, TitleFamily


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("software engineer", "software engineering"),
        ("Developer", "software engineering"),
        ("Programmer", "software engineering"),
        ("Backend Engineer", "software engineering"),
        ("registered nurse", "nursing"),
        ("RN", "nursing"),
        ("Nurse Practitioner", "nursing"),
        ("Accountant", "accounting"),
        ("Bookkeeper", "accounting"),
        ("CPA", "accounting"),
        ("Registered Nurses", "nursing"),
        ("Front-End Developer", "web development"),
        ("HEAD CHEF", "culinary"),
        ("Paralegal", "legal support"),
        ("Forklift Operator", "warehouse operations"),
    ],
)
def test_family_of_a_whole_title(title: str, family: str) -> None:
    assert get_taxonomy().titles.family_of(title) == family


def test_family_of_an_unknown_or_generic_title_is_none() -> None:
    titles = get_taxonomy().titles
    assert titles.family_of("Manager") is None
    assert titles.family_of("Senior Software Engineer, Payments") is None  # not a whole title
    assert titles.family_of("") is None


def test_builtin_families_are_many_and_related_links_are_symmetric() -> None:
    titles = get_taxonomy().titles
    assert len(titles) >= 150
    links = 0
    for family in titles:
        assert family.name == family.name.lower()
        assert titles.family_of(family.name) == family.name
        for other in titles.related(family.name):
            links += 1
            assert titles.get(other) is not None
            assert family.name in titles.related(other)
    assert links > 600
    assert {"web development", "devops engineering"} <= titles.related("software engineering")
    assert "nursing assistance" in titles.related("nursing")
    assert "audit" in titles.related("accounting")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Senior Software Engineer, Payments", {"software engineering": 1.0}),
        ("Account Executive, Mid-Market, Google Marketing Solutions", {
            "sales": 1.0, "marketing": 0.5,
        }),
        ("Program Manager/Producer, Global Hardware Marketing", {
            "program management": 1.0, "media production": 0.5, "marketing": 0.5,
        }),
        ("DIRECTOR, COMPOUNDING SALES SPECIALIST", {"sales": 1.0}),
        ("(3) Construction Project Managers (Remote)", {"construction management": 1.0}),
        ("Vice President", {"executive management": 1.0}),
        ("Quantum Basket Weaver", {}),
        ("", {}),
    ],
)  # fmt: skip
def test_in_title_weighs_the_head_over_the_qualifiers(
    title: str, expected: dict[str, float]
) -> None:
    assert get_taxonomy().titles.in_title(title) == expected


def test_in_text_reads_the_headline_then_counts_mentions() -> None:
    text = (
        "Jane Doe\nREGISTERED NURSE\nSummary\n"
        "Worked as a charge nurse. Trained nursing assistants and a CNA."
    )
    assert get_taxonomy().titles.in_text(text) == {"nursing": 1.0, "nursing assistance": 0.2}


def test_in_text_mentions_are_capped_below_a_headline() -> None:
    text = "Summary\nProfile\nObjective\n" + "Supervised the cashier team. " * 10
    assert get_taxonomy().titles.in_text(text) == {"retail sales": 0.3}


def test_a_given_headline_wins_over_the_first_lines() -> None:
    text = "Registered Nurse\nNotes"
    found = get_taxonomy().titles.in_text(text, headline="Staff Accountant")
    assert found == {"accounting": 1.0, "nursing": 0.1}


def test_extract_title_families_reads_a_title_or_a_cv() -> None:
    assert extract_title_families("Payroll Specialist") == {"payroll": 1.0}
    assert extract_title_families("Payroll Specialist\nEarlier a bookkeeper") == {
        "payroll": 1.0,
        "accounting": 0.1,
    }
    assert extract_title_families("x", headline="Bookkeeper") == {"accounting": 1.0}


def test_affinity_gives_related_families_a_share() -> None:
    titles = get_taxonomy().titles
    affinity = titles.affinity({"nursing": 1.0, "retail sales": 0.2}, 0.5)
    assert affinity["nursing"] == 1.0
    assert affinity["nursing assistance"] == 0.5
    assert affinity["retail sales"] == 0.2
    assert affinity["customer service"] == 0.1
    assert "software engineering" not in affinity


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01", "熟悉 Python 和 SQL 🎉", "Größe, Straße", "a" * 5000, ". .NET. ..", "\ud800"],
)
def test_unicode_and_junk_never_crash(text: str) -> None:
    titles = get_taxonomy().titles
    assert isinstance(titles.in_text(text), dict)
    assert isinstance(titles.in_title(text), dict)


def test_a_title_in_two_families_is_refused() -> None:
    with pytest.raises(ValueError, match="both"):
        TitleFamilies([TitleFamily("a", "x", ("tester",)), TitleFamily("b", "x", ("Testers",))])


def test_a_family_defined_twice_or_related_to_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        TitleFamilies([TitleFamily("a", "x", ()), TitleFamily("a", "y", ())])
    with pytest.raises(ValueError, match="nowhere"):
        TitleFamilies([TitleFamily("a", "x", (), ("nowhere",))])


def test_plural_and_singular_titles_meet() -> None:
    titles = TitleFamilies([TitleFamily("sales", "x", ("sales associates", "agency"))])
    assert titles.in_title("Sales Associate") == {"sales": 1.0}
    assert titles.in_title("Agencies") == {"sales": 1.0}
    assert titles.family_of("SALES") == "sales"


def test_field_words_count_in_headlines_not_in_cv_bodies() -> None:
    titles = TitleFamilies(
        [TitleFamily("finance management", "finance", ("finance manager",), (), ("finance",))]
    )
    assert titles.in_title("Finance") == {"finance management": 1.0}
    assert titles.in_text("Finance\nbudgets") == {"finance management": 1.0}
    assert titles.in_text("Objective\nx\ny\nWorked in finance; finance again") == {}
    assert titles.in_text("Objective\nx\ny\nWorked as a finance manager") == {
        "finance management": 0.1
    }


def test_a_tilde_in_a_title_table_marks_a_field_word() -> None:
    table = """
    [finance]
    finance management | finance manager, ~finance
        | accounting
    accounting | accountant
    """
    taxonomy = Taxonomy.from_tables([], [table])
    family = taxonomy.titles.get("finance management")
    assert family == TitleFamily(
        "finance management", "finance", ("finance manager",), ("accounting",), ("finance",)
    )
    builtin = get_taxonomy().titles.get("construction management")
    assert builtin is not None
    assert "construction" in builtin.headline_titles
