"""Hand-written taxonomy tables: skills, one module per family of professions, and job-title
families.

Each table is plain text, one entry per line: ``name | aliases | related``, with
``[section]`` lines starting a section (a skill's category, a title family's sector).
Aliases and related names are comma-separated; a line ending in a comma goes on with the
next one. For a title family the aliases are the job titles that name it; a title marked
``~`` (a field word such as ``~finance``) counts in job titles and CV headlines, not in the
body of a CV.
An alias prefixed with ``!`` is case-sensitive in free text unless the words around it
are technical (``!Excel``: "Excel" always, "excel" only in a tool list); ``?`` means
the exact casing *and* a technical context are both required (``?Go``, ``?R``).
"""

from jobmatch.matching.taxonomy_data import (
    business,
    business_more,
    care,
    care_more,
    creative,
    creative_more,
    industry,
    industry_more,
    technology,
    technology_more,
    titles_business,
    titles_people,
    titles_technical,
)

TABLES: tuple[str, ...] = (
    technology.TABLE,
    technology_more.TABLE,
    business.TABLE,
    business_more.TABLE,
    care.TABLE,
    care_more.TABLE,
    industry.TABLE,
    industry_more.TABLE,
    creative.TABLE,
    creative_more.TABLE,
)
TITLE_TABLES: tuple[str, ...] = (
    titles_technical.TABLE,
    titles_business.TABLE,
    titles_people.TABLE,
)
