"""Small ESCO / O*NET files, shaped like the real ones, that taxonomy tests write to tmp_path.

The skills "KDevelop Platform Studio" and "Zorblax Query Studio" and the title "Chief Green
Officer" are not in the built-in taxonomy: a test that finds them proves the import was used.
"""

from pathlib import Path

ESCO_DIGITAL = (
    "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,"
    "broaderConceptUri,broaderConceptPT\n"
    "KnowledgeSkillCompetence,http://esco/skill/1,KDevelop Platform Studio,released,knowledge,"
    'sector-specific,"KDev Studio | KDevelop IDE",An IDE.,http://esco/g1,'
    "integrated development environment\n"
    "KnowledgeSkillCompetence,http://esco/skill/2,Python (computer programming),released,"
    "knowledge,sector-specific,Python 3K,Programming.,http://esco/g2,computer programming\n"
)
# The cross-sector collection repeats skill 2 (as the real files do) with another label.
ESCO_CROSS = (
    "conceptUri,preferredLabel,altLabels,skillType,reuseLevel,description\n"
    'http://esco/skill/2,Python (computer programming),"Python 3K\nCPython scripting",'
    "knowledge,cross-sector,Programming.\n"
    'http://esco/skill/3,identify available services,"determine available services",'
    "skill/competence,cross-sector,Identify services.\n"
)
ESCO_OCCUPATIONS = (
    "conceptUri,code,iscoGroup,preferredLabel,altLabels,hiddenLabels,description\n"
    'http://esco/occ/1,8121.4,8121,metal drawing machine operator,"wire drawer\n'
    'draw machine operator",wiredrawer,Operates drawing machines.\n'
    'http://esco/occ/2,8121.5,8121,wire weaving machine operator,"wire weaver",,Weaves wire.\n'
)
ONET_TECHNOLOGY = (
    "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
    "15-1252.00\tZorblax Query Studio\t43232305\tDatabase reporting software\tN\tN\n"
    "15-1243.00\tZorblax Query Studio\t43232305\tDatabase reporting software\tY\tN\n"
    "15-1252.00\tAtlassian JIRA\t43232201\tContent workflow software\tY\tN\n"
)
ONET_ALTERNATE_TITLES = (
    "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
    "11-1011.03\tSustainability Director\tn/a\t08\n"
    "11-1011.03\tChief Green Officer\tCGO\t08\n"
)
ONET_OCCUPATIONS = (
    "O*NET-SOC Code\tTitle\tDescription\n"
    "11-1011.03\tChief Sustainability Officers\tCommunicate sustainability.\n"
)


def write_files(directory: Path) -> dict[str, Path]:
    """Every sample file in `directory`, by the CLI option that takes it."""
    files = {
        "esco_digital": ("esco_digital.csv", ESCO_DIGITAL),
        "esco_cross": ("esco_cross.csv", ESCO_CROSS),
        "esco_occupations": ("esco_occupations.csv", ESCO_OCCUPATIONS),
        "onet_technology": ("onet_technology.txt", ONET_TECHNOLOGY),
        "onet_alternate_titles": ("onet_alternate_titles.txt", ONET_ALTERNATE_TITLES),
        "onet_occupations": ("onet_occupations.txt", ONET_OCCUPATIONS),
    }
    paths = {}
    for key, (name, text) in files.items():
        paths[key] = directory / name
        paths[key].write_text(text, encoding="utf-8")
    return paths


def import_arguments(paths: dict[str, Path]) -> list[str]:
    """`jobmatch taxonomy import` arguments naming every sample file."""
    return [
        "--esco-skills", str(paths["esco_digital"]),
        "--esco-skills", str(paths["esco_cross"]),
        "--esco-occupations", str(paths["esco_occupations"]),
        "--onet-technology", str(paths["onet_technology"]),
        "--onet-alternate-titles", str(paths["onet_alternate_titles"]),
        "--onet-occupations", str(paths["onet_occupations"]),
    ]  # fmt: skip
