"""Hand-written skill tables, one module per family of professions.

Each table is plain text, one skill per line: ``name | aliases | related``, with
``[category]`` lines starting a section. Aliases and related names are comma-separated;
a line ending in a comma goes on with the next one.
An alias prefixed with ``!`` is case-sensitive in free text unless the words around it
are technical (``!Excel``: "Excel" always, "excel" only in a tool list); ``?`` means
the exact casing *and* a technical context are both required (``?Go``, ``?R``).
"""

from jobmatch.matching.taxonomy_data import business, care, creative, industry, technology

TABLES: tuple[str, ...] = (
    technology.TABLE,
    business.TABLE,
    care.TABLE,
    industry.TABLE,
    creative.TABLE,
)
