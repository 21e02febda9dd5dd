import io
from pathlib import Path

import pytest

from jobmatch.matching.taxonomy import Skill, Taxonomy, builtin_taxonomy
from jobmatch.matching.taxonomy_import import (
    OccupationRecord,
    SkillRecord,
    parse_esco_occupations,
    parse_esco_skills,
    parse_onet_alternate_titles,
    parse_onet_occupation_titles,
    parse_onet_technology_skills,
)
from jobmatch.matching.taxonomy_merge import merge_taxonomy
from jobmatch.matching.titles import TitleFamily

ESCO_DIGITAL = (
    "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,"
    "broaderConceptUri,broaderConceptPT\n"
    "KnowledgeSkillCompetence,http://esco/skill/1,Haskell,released,knowledge,sector-specific,"
    "Haskell techniques,Programming in Haskell.,http://esco/g1 | http://esco/g2,"
    "computer programming | software development\n"
    "KnowledgeSkillCompetence,http://esco/skill/2,KDevelop,released,knowledge,sector-specific,"
    '"kdevplatform | KDevelop platform",An IDE.,http://esco/g3,integrated development environment\n'
)
ESCO_CROSS = (
    "conceptUri,preferredLabel,altLabels,skillType,reuseLevel,description\n"
    'http://esco/skill/3,identify available services,"determine available services\n'
    'classify available services",skill/competence,cross-sector,Identify services.\n'
)
ESCO_OCCUPATIONS = (
    "conceptUri,code,iscoGroup,preferredLabel,altLabels,hiddenLabels,description\n"
    'http://esco/occ/1,8121.4,8121,metal drawing machine operator,"wire drawer\n'
    'draw machine operator",wiredrawer,Operates drawing machines.\n'
    'http://esco/occ/2,8121.5,8121,wire weaving machine operator,"wire weaver",,Weaves wire.\n'
    'http://esco/occ/3,2512.4,2512,software developer,"coder\nwire drawer",,Writes code.\n'
)
ONET_TECH = (
    "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
    "11-1011.00\tAtlassian JIRA\t43232201\tContent workflow software\tN\tN\n"
    "15-1252.00\tAtlassian JIRA\t43232201\tContent workflow software\tY\tN\n"
    "15-1252.00\tBlackbaud The Raiser's Edge\t43232303\tCRM software\tN\tN\n"
)
ONET_TITLES = (
    "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
    "11-1011.03\tSustainability Director\tn/a\t08\n"
    "11-1011.03\tChief Green Officer\tCGO\t08\n"
    "15-1252.00\tSoftware Developer\tn/a\t08\n"
)
ONET_OCCUPATIONS = (
    "O*NET-SOC Code\tTitle\tDescription\n"
    "11-1011.03\tChief Sustainability Officers\tCommunicate sustainability.\n"
    "15-1252.00\tSoftware Developers\tWrite software.\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_esco_skills_from_both_file_shapes(tmp_path: Path) -> None:
    digital = list(parse_esco_skills(write(tmp_path, "digital.csv", ESCO_DIGITAL)))
    cross = list(parse_esco_skills(io.StringIO(ESCO_CROSS)))
    assert digital == [
        SkillRecord("esco", "http://esco/skill/1", "Haskell", ("Haskell techniques",),
                    "computer programming"),
        SkillRecord("esco", "http://esco/skill/2", "KDevelop",
                    ("kdevplatform", "KDevelop platform"), "integrated development environment"),
    ]  # fmt: skip
    assert cross == [
        SkillRecord("esco", "http://esco/skill/3", "identify available services",
                    ("determine available services", "classify available services"), ""),
    ]  # fmt: skip


def test_a_missing_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="missing columns: altLabels"):
        list(parse_esco_skills(io.StringIO("conceptUri,preferredLabel\nx,y\n")))
    with pytest.raises(ValueError, match="Alternate Title"):
        list(parse_onet_alternate_titles(io.StringIO("O*NET-SOC Code\tTitle\n")))


def test_a_byte_order_mark_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(("\ufeff" + ESCO_CROSS).encode())
    assert [r.name for r in parse_esco_skills(path)] == ["identify available services"]


def test_esco_occupations(tmp_path: Path) -> None:
    records = list(parse_esco_occupations(write(tmp_path, "occ.csv", ESCO_OCCUPATIONS)))
    assert records[0] == OccupationRecord(
        "esco", "8121.4", "metal drawing machine operator",
        ("wire drawer", "draw machine operator", "wiredrawer"), "8121",
    )  # fmt: skip
    assert [r.code for r in records] == ["8121.4", "8121.5", "2512.4"]


def test_onet_technology_skills_are_one_per_example_hot_if_any(tmp_path: Path) -> None:
    records = list(parse_onet_technology_skills(write(tmp_path, "tech.txt", ONET_TECH)))
    assert records == [
        SkillRecord("onet", "onet:43232201:Atlassian JIRA", "Atlassian JIRA", (),
                    "Content workflow software", hot=True),
        SkillRecord("onet", "onet:43232303:Blackbaud The Raiser's Edge",
                    "Blackbaud The Raiser's Edge", (), "CRM software"),
    ]  # fmt: skip


def test_onet_alternate_titles_grouped_under_the_occupation_title(tmp_path: Path) -> None:
    titles = parse_onet_occupation_titles(write(tmp_path, "occ.txt", ONET_OCCUPATIONS))
    assert titles["15-1252.00"] == "Software Developers"
    records = list(parse_onet_alternate_titles(write(tmp_path, "alt.txt", ONET_TITLES), titles))
    assert records == [
        OccupationRecord("onet", "11-1011.03", "Chief Sustainability Officers",
                         ("Sustainability Director", "Chief Green Officer", "CGO"), "11-10"),
        OccupationRecord("onet", "15-1252.00", "Software Developers", ("Software Developer",),
                         "15-12"),
    ]  # fmt: skip
    untitled = list(parse_onet_alternate_titles(io.StringIO(ONET_TITLES)))
    assert untitled[0].title == "Sustainability Director"


BASE = Taxonomy(
    [
        Skill("python", "software", ("py",), ()),
        Skill("jira", "software", (), ()),
        Skill("excel", "office", (), ()),
    ],
    guarded=[("excel", "!Excel")],
    families=[TitleFamily("software engineering", "technology", ("developer", "coder"))],
)


def test_merge_attaches_known_skills_and_adds_new_ones() -> None:
    records = [
        SkillRecord(
            "esco", "e1", "Python (computer programming)", ("Python 3K", "py"), "programming"
        ),
        SkillRecord("onet", "o1", "Atlassian JIRA", (), "workflow"),
        SkillRecord("onet", "o2", "Microsoft Excel", (), "spreadsheets"),
        SkillRecord("esco", "e2", "KDevelop", ("kdevplatform",), "IDE"),
        SkillRecord("esco", "e3", "identify available services", ("logging",), ""),
    ]
    merged = merge_taxonomy(BASE, records)
    assert merged.canonical("Python 3K") == "python"
    assert merged.canonical("Python (computer programming)") == "python"
    assert merged.canonical("Atlassian JIRA") == "jira"
    assert merged.canonical("Microsoft Excel") == "excel"
    assert merged.canonical("KDevelop") == "kdevelop"
    kdevelop = merged.get("kdevelop")
    assert kdevelop is not None
    assert kdevelop.category == "ide"
    assert merged.get("identify available services") is not None
    # A lowercase one-word label is too often a plain word: it is not taken.
    assert merged.canonical("logging") is None
    # Built-in wins: existing aliases stay where they are; nothing built-in is lost.
    assert merged.canonical("py") == "python"
    assert len(merged) == len(BASE) + 2


def test_merge_is_deterministic_whatever_the_record_order() -> None:
    records = [
        SkillRecord("onet", "o9", "Contoso Widget", (), "b"),
        SkillRecord("esco", "e9", "widget making", ("Contoso Widget",), "a"),
    ]
    one = merge_taxonomy(BASE, records)
    two = merge_taxonomy(BASE, list(reversed(records)))
    assert [(s.name, s.aliases) for s in one] == [(s.name, s.aliases) for s in two]
    # esco is processed before onet, so the ESCO skill owns the shared label.
    assert one.canonical("Contoso Widget") == "widget making"


def test_imported_one_word_labels_are_guarded_in_free_text() -> None:
    from jobmatch.matching import extraction
    from jobmatch.matching.taxonomy import install_taxonomy

    merged = merge_taxonomy(BASE, [SkillRecord("esco", "e1", "Haskell", (), "programming")])
    install_taxonomy(merged)
    try:
        assert extraction.extract_skills("Written in Haskell") == ["haskell"]
        assert extraction.extract_skills("a haskell of a day") == []
    finally:
        install_taxonomy(None)


def test_merge_occupations_into_families() -> None:
    occupations = [
        OccupationRecord("esco", "2512.4", "Coder", ("software engineer",), "2512"),
        OccupationRecord("esco", "2512.9", "Senior Developer", ("dev lead",), "2512"),
        OccupationRecord("esco", "8121.4", "metal drawing machine operator",
                         ("wire drawer", "shared title"), "8121"),
        OccupationRecord("esco", "8121.5", "wire weaving machine operator",
                         ("wire weaver", "shared title"), "8121"),
        OccupationRecord("onet", "11-1011.03", "Chief Sustainability Officers",
                         ("developer", "coder", "Sustainability Director"), "11-10"),
    ]  # fmt: skip
    merged = merge_taxonomy(BASE, occupations=occupations).titles
    # Built-in wins: an occupation a built-in title names (whole, or by its head
    # "developer") adds nothing, so the built-in titles keep their meaning.
    assert merged.family_of("coders") == "software engineering"
    assert merged.family_of("software engineer") is None
    assert merged.family_of("dev lead") is None
    # Other occupations become families with the alternate titles nobody else claims.
    assert merged.family_of("wire drawer") == "metal drawing machine operator"
    assert merged.family_of("shared title") is None
    assert merged.family_of("Sustainability Director") == "chief sustainability officers"
    # Same small group: related. Two titles shared with a built-in family: related too.
    assert merged.related("wire weaving machine operator") == {"metal drawing machine operator"}
    assert merged.related("chief sustainability officers") == {"software engineering"}
    assert len(merged) == 4
    # Imported titles name a family in a title or headline, not in the body of a CV.
    assert merged.in_title("Wire Drawer") == {"metal drawing machine operator": 1.0}
    assert merged.in_text("Summary\nProfile\nObjective\nI worked with a wire drawer") == {}


def test_merging_nothing_keeps_the_builtin_taxonomy() -> None:
    base = builtin_taxonomy()
    merged = merge_taxonomy(base)
    assert len(merged) == len(base)
    assert len(merged.titles) == len(base.titles)
    assert merged.canonical("k8s") == "kubernetes"
