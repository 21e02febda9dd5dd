import pytest

from jobmatch.matching.taxonomy import (
    Skill,
    Taxonomy,
    builtin_taxonomy,
    get_taxonomy,
    install_taxonomy,
    parse_table,
)
from jobmatch.matching.tokens import phrase_key


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("js", "javascript"),
        ("JavaScript", "javascript"),
        ("ECMAScript", "javascript"),
        ("Java Script", "javascript"),
        ("k8s", "kubernetes"),
        ("golang", "go"),
        ("Go", "go"),
        ("C++", "c++"),
        ("cpp", "c++"),
        ("C#", "c#"),
        ("C Sharp", "c#"),
        (".NET", ".net"),
        ("dotnet", ".net"),
        ("ASP.NET", "asp.net"),
        ("Node.js", "node.js"),
        ("nodejs", "node.js"),
        ("Node JS", "node.js"),
        ("R", "r"),
        ("RStudio", "r"),
        ("SAS", "sas"),
        ("MS Excel", "excel"),
        ("MS Office", "microsoft office"),
        ("Machine-Learning", "machine learning"),
        ("A/P", "accounts payable"),
        ("Front-End Development", "frontend development"),
        ("frontend development", "frontend development"),
        ("CI/CD", "ci/cd"),
    ],
)
def test_canonical_resolves_aliases(alias: str, canonical: str) -> None:
    assert get_taxonomy().canonical(alias) == canonical


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("  PYTHON  ", "python"),
        ("Databases", "database management"),
        ("Relational Databases", "relational databases"),
        ("REST APIs", "rest api"),
        ("data structure", "data structures"),
        ("Lesson Plans", "lesson planning"),
        ("Type Script", "typescript"),
        ("python,", "python"),
    ],
)
def test_canonical_forgives_case_plurals_and_punctuation(variant: str, canonical: str) -> None:
    assert get_taxonomy().canonical(variant) == canonical


@pytest.mark.parametrize("unknown", ["", "   ", "!!!", "quantum basket weaving", "\x00", "🎉"])
def test_canonical_of_unknown_names_is_none(unknown: str) -> None:
    assert get_taxonomy().canonical(unknown) is None


def test_plurals_of_ambiguous_words_are_not_skills() -> None:
    taxonomy = get_taxonomy()
    assert taxonomy.canonical("excels") is None
    assert taxonomy.canonical("springs") is None


def test_taxonomy_is_large_and_spans_many_professions() -> None:
    taxonomy = get_taxonomy()
    assert len(taxonomy) >= 2000
    assert sum(len(skill.aliases) for skill in taxonomy) >= 6000
    assert len(taxonomy.titles) >= 150
    assert len(taxonomy.categories) >= 30
    expected = {
        "software",
        "data",
        "finance",
        "accounting",
        "banking",
        "insurance",
        "hr",
        "sales",
        "marketing",
        "healthcare",
        "engineering",
        "construction",
        "design",
        "media",
        "education",
        "hospitality",
        "logistics",
        "legal",
        "public sector",
        "real estate",
        "admin",
        "manufacturing",
        "agriculture",
        "arts",
        "aviation",
        "fitness",
    }
    assert expected <= taxonomy.categories


def test_get_skill_returns_its_data() -> None:
    skill = get_taxonomy().get("kubernetes")
    assert skill is not None
    assert skill.category == "devops"
    assert "k8s" in skill.aliases
    assert get_taxonomy().get("k8s") is None  # get() takes canonical names only


def test_names_are_readable_lowercase_and_aliases_resolve_to_their_skill() -> None:
    taxonomy = get_taxonomy()
    for skill in taxonomy:
        assert skill.name == skill.name.lower().strip()
        assert taxonomy.canonical(skill.name) == skill.name
        for alias in skill.aliases:
            assert taxonomy.canonical(alias) == skill.name, (alias, skill.name)


def test_related_links_are_symmetric_and_point_at_existing_skills() -> None:
    taxonomy = get_taxonomy()
    links = 0
    for skill in taxonomy:
        for other in taxonomy.related(skill.name):
            links += 1
            assert taxonomy.get(other) is not None
            assert other != skill.name
            assert skill.name in taxonomy.related(other)
    assert links > 4000
    assert "javascript" in taxonomy.related("typescript")
    assert "typescript" in taxonomy.related("javascript")
    assert "docker" in taxonomy.related("kubernetes")
    assert taxonomy.related("no such skill") == frozenset()


def test_an_alias_naming_two_skills_is_refused() -> None:
    skills = [
        Skill("go", "software", ("golang",), ()),
        Skill("golf", "sport", ("golang",), ()),
    ]
    with pytest.raises(ValueError, match="golang"):
        Taxonomy(skills)


def test_a_related_name_must_be_a_skill() -> None:
    with pytest.raises(ValueError, match="nowhere"):
        Taxonomy([Skill("go", "software", (), ("nowhere",))])


def test_a_skill_defined_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        Taxonomy([Skill("go", "software", (), ()), Skill("go", "data", (), ())])


def test_parse_table_reads_sections_markers_and_continued_lines() -> None:
    table = """
    [software]
    go | golang, ?Go,
        go lang | rust
    rust
    """
    parsed = list(parse_table(table))
    assert parsed == [
        (Skill("go", "software", ("golang", "go lang"), ("rust",)), ("?Go",)),
        (Skill("rust", "software", (), ()), ()),
    ]


@pytest.mark.parametrize("bad", ["go | a | b | c", "Go | golang", "[software]\n | golang"])
def test_parse_table_refuses_malformed_lines(bad: str) -> None:
    with pytest.raises(ValueError, match="expected"):
        list(parse_table(bad if bad.startswith("[") else f"[software]\n{bad}"))


def test_a_skill_before_any_category_is_refused() -> None:
    with pytest.raises(ValueError, match="expected"):
        list(parse_table("go | golang"))


def test_no_alias_maps_to_two_skills_in_the_builtin_tables() -> None:
    owners: dict[str, set[str]] = {}
    for skill in get_taxonomy():
        for phrase in (skill.name, *skill.aliases):
            owners.setdefault(phrase_key(phrase), set()).add(skill.name)
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    assert len(owners) > 8000


def test_parse_table_joins_a_line_that_starts_with_a_bar_to_the_previous_one() -> None:
    table = """
    [software]
    go | golang,
        go lang
        | rust, c
    rust
    """
    assert [skill for skill, _ in parse_table(table)] == [
        Skill("go", "software", ("golang", "go lang"), ("rust", "c")),
        Skill("rust", "software", (), ()),
    ]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Variance Analysis", "variance analysis"),
        ("ServSafe certified", "food handler certification"),
        ("IV therapy", "iv therapy"),
        ("TIG welding", "tig welding"),
        ("CDL-A", "cdl class a"),
        ("Class A CDL", "truck driving"),
        ("SHRM", "shrm certification"),
        ("Series 7", "securities licenses"),
        ("WCAG", "accessibility"),
        ("ICD-10-CM", "icd-10"),
        ("Oracle Primavera", "primavera"),
        ("Lean Six Sigma", "six sigma"),
        ("EHR", "electronic health records"),
    ],
)
def test_new_fields_resolve(alias: str, canonical: str) -> None:
    assert get_taxonomy().canonical(alias) == canonical


def test_install_taxonomy_swaps_the_taxonomy_in_use() -> None:
    small = Taxonomy([Skill("basket weaving", "crafts", ("weaving baskets",), ())])
    try:
        install_taxonomy(small)
        assert get_taxonomy() is small
        assert get_taxonomy().canonical("Weaving Baskets") == "basket weaving"
    finally:
        install_taxonomy(None)
    assert get_taxonomy() is builtin_taxonomy()
    assert get_taxonomy().canonical("weaving baskets") is None
