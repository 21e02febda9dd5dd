import time

import pytest

from jobmatch.matching.extraction import MAX_SKILL_LENGTH, extract_skills, normalize_skills


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strong JS and ECMAScript 2015 skills", ["javascript"]),
        ("Deployed to k8s with Helm charts", ["helm", "kubernetes"]),
        ("Services written in golang", ["go"]),
        ("Languages: Python, Go, Rust", ["go", "python", "rust"]),
        ("Go developer wanted", ["go"]),
        ("Written in C++ and C#", ["c#", "c++"]),
        ("Java, C, Visual Basic", ["c", "java", "visual basic"]),
        ("C programming on microcontrollers", ["c", "microcontrollers"]),
        (".NET Core and ASP.NET MVC", [".net", "asp.net"]),
        ("We use dotnet", [".net"]),
        ("Node.js, nodejs and Node JS", ["node.js"]),
        ("Python, node and React", ["node.js", "python", "react"]),
        ("Statistics in R, Python and SQL", ["python", "r", "sql", "statistics"]),
        ("R programming and RStudio", ["r"]),
        ("Modelling in SAS", ["sas"]),
        ("SAS, SPSS and Stata", ["sas", "spss", "stata"]),
        ("Advanced Excel; MS Excel pivot tables", ["excel"]),
        ("Proficient in MS Office", ["microsoft office"]),
        ("Microsoft Office (Word, Excel, Access)", [
            "excel", "microsoft access", "microsoft office", "microsoft word",
        ]),
    ],
)  # fmt: skip
def test_tricky_names_are_found(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Let's go to the store and go home",
        "Go to the store. Go home!",
        "Ready, set, go",
        "Worked in the R&D department",
        "Signed by John R. Smith",
        "Microsoft(R) products (C) 2020",
        "Grades: A, B, C",
        "Vitamin C and the C-suite",
        "Reported to the CEO",
        "We react quickly and excel at spring cleaning with a flask of ruby wine",
        "access to the building, a word of advice",
        "chicago concrete",
        "",
    ],
)
def test_ambiguous_words_do_not_become_skills(text: str) -> None:
    found = extract_skills(text)
    assert {"go", "r", "c", "react", "excel", "spring", "flask", "ruby"}.isdisjoint(found)
    assert {"microsoft access", "microsoft word"}.isdisjoint(found)


def test_r_and_d_is_research_not_r() -> None:
    assert extract_skills("Led R&D and R & D teams") == ["research"]


def test_go_to_market_is_not_the_go_language() -> None:
    assert extract_skills("Owned the go-to-market plan and go to market strategy") == [
        "go-to-market strategy",
        "product marketing",
    ]


def test_a_capitalised_word_needs_a_technical_neighbour() -> None:
    assert extract_skills("Python. Go home.") == ["python"]
    assert extract_skills("Python, Go") == ["go", "python"]
    assert extract_skills("Python, R, Go, C") == ["c", "go", "python", "r"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Machine learning, accounts payable, customer service", [
            "accounts payable", "customer service", "machine learning",
        ]),
        ("MACHINE LEARNING and Customer-Service", ["customer service", "machine learning"]),
        ("Front-end development; frontend development", ["frontend development"]),
        ("Designed relational databases and REST APIs", ["relational databases", "rest api"]),
        ("Databases: Oracle, PostgreSQL", ["database management", "oracle database", "postgresql"]),
        ("CI/CD pipelines, e-commerce, ecommerce", ["ci/cd", "e-commerce"]),
        ("phlebotomy; Phlebotomist; venipuncture", ["phlebotomy"]),
        ("machine\nlearning across a line break", ["machine learning"]),
        ("Commercial Driver's License (CDL)", ["truck driving"]),
    ],
)  # fmt: skip
def test_case_plurals_punctuation_and_phrases(text: str, expected: list[str]) -> None:
    assert extract_skills(text) == expected


def test_phrases_do_not_cross_commas_or_sentences() -> None:
    assert extract_skills("machine, learning. Customer. Service") == []


def test_skills_from_many_professions() -> None:
    text = (
        "Head chef with HACCP food safety and menu planning. Forklift certified, "
        "inventory control. Registered nurse, CPR and BLS. QuickBooks bookkeeping, "
        "payroll. Lesson plans and classroom management. AutoCAD and Revit. "
        "Personal trainer, yoga instructor. Livestock and crop production."
    )
    assert extract_skills(text) == [
        "autocad",
        "bls",
        "bookkeeping",
        "classroom management",
        "cooking",
        "cpr",
        "crop production",
        "food safety",
        "forklift operation",
        "inventory control",
        "lesson planning",
        "livestock management",
        "menu development",
        "nursing",
        "payroll",
        "personal training",
        "quickbooks",
        "revit",
        "yoga",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "CI/CD pipelines and data pipelines",
        "Make decisions; options and futures; later; Highlights",
        "Received two promotions; planning; Registration desk; routing calls",
        "Based in San Francisco, with IDs checked at the door",
        "Monitoring of patients, logging hours, conducting audits, acting manager",
        "Studied security; took the Hong Kong office",
    ],
)
def test_common_words_are_not_tools(text: str) -> None:
    found = set(extract_skills(text))
    tools = {
        "gnu make", "options trading", "pipeline engineering", "hair coloring", "system monitoring",
        "log management", "music conducting", "stage acting", "api gateway", "comptia security+",
        "storage area networks", "network security monitoring", "route planning",
    }  # fmt: skip
    assert found.isdisjoint(tools), found & tools


def test_output_is_sorted_unique_and_deterministic() -> None:
    text = "SQL, sql, Python, python, Excel, SQL"
    first = extract_skills(text)
    assert first == ["excel", "python", "sql"]
    assert extract_skills(text) == first


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t ",
        "\x00\x01\x02\x1b[31m",
        "Ich habe Erfahrung mit Python und Datenbanken. Größe, Straße, ÄÖÜ",
        "熟悉 Python 和 SQL 数据库 🎉🚀 İstanbul ǅ",
        "..... ---- //// +++ ### &&& ''' \u2019\u2019\u2019",
        ". .NET. .. ..NET",
        "a" * 10_000,
        "\ud800 lone surrogate",
        "Python\u200bSQL\u00a0Excel",
    ],
)
def test_unicode_and_junk_never_crash(text: str) -> None:
    result = extract_skills(text)
    assert result == sorted(set(result))


def test_non_english_text_still_finds_latin_skill_names() -> None:
    assert extract_skills("熟悉 Python 和 SQL 数据库 🎉") == ["python", "sql"]
    assert extract_skills("Kenntnisse: Python, Excel, SAP") == ["excel", "python", "sap"]


def test_long_text_is_fast() -> None:
    sentence = "Managed Python services, SQL databases and customer service for the team. "
    text = sentence * 2_000  # 24,000 words
    started = time.perf_counter()
    result = extract_skills(text)
    assert time.perf_counter() - started < 2.0  # generous: a smoke test, not a benchmark
    assert result == ["customer service", "database management", "python", "sql"]


def test_normalize_skills_maps_aliases_and_keeps_unknown_ones_cleaned() -> None:
    names = ["JS", " k8s ", "Golang", "  Quantum   Basket\tWeaving ", "", "   ", "python", "Python"]
    assert normalize_skills(names) == [
        "go",
        "javascript",
        "kubernetes",
        "python",
        "quantum basket weaving",
    ]


def test_normalize_skills_cuts_length_and_control_characters() -> None:
    long_name = "x" * 200
    result = normalize_skills([long_name, "bad\x00name\x07", "\x00"])
    assert result == ["bad name", "x" * MAX_SKILL_LENGTH]


def test_normalize_skills_of_nothing_is_empty() -> None:
    assert normalize_skills([]) == []
