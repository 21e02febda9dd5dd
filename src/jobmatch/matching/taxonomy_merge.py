"""Merge imported taxonomy records into the built-in taxonomy.

The built-in taxonomy wins every conflict: an imported label that already names a skill
or a title family is attached to it only if it is free, never moved. An imported record
that names an existing skill (by its label, an alternative label, the label without its
qualifier "Python (computer programming)", or an O*NET product without its vendor
"Atlassian JIRA") adds its free labels to that skill; any other record becomes a new skill.
Imported one-word labels are guarded (taken from free text as written, or among tools).
An imported occupation that a built-in title already names adds nothing; any other becomes
a new title family (see _families). Records are processed in a fixed order, so the same
records always give the same taxonomy.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from jobmatch.matching.tables import LOOSE
from jobmatch.matching.taxonomy import Skill, Taxonomy
from jobmatch.matching.taxonomy_import import OccupationRecord, SkillRecord
from jobmatch.matching.titles import TitleFamily, singular_key
from jobmatch.matching.tokens import phrase_key

IMPORTED = "imported"  # category / sector of what an import adds without one
MAX_GROUP_LINKS = 12  # an occupation group larger than this is too broad to relate its members
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_MAX_WORDS = 8  # longer labels are sentences that free text never repeats word for word


@dataclass(slots=True)
class _SkillDraft:
    name: str
    category: str
    aliases: list[str] = field(default_factory=list)
    related: tuple[str, ...] = ()


def merge_taxonomy(
    base: Taxonomy,
    skills: Iterable[SkillRecord] = (),
    occupations: Iterable[OccupationRecord] = (),
) -> Taxonomy:
    """A new taxonomy: `base` plus the records (base wins on conflicts; deterministic)."""
    drafts = {s.name: _SkillDraft(s.name, s.category, list(s.aliases), s.related) for s in base}
    owner = {phrase_key(label): s.name for s in base for label in (s.name, *s.aliases)}
    guarded = list(base.guarded)
    for record in sorted(skills, key=lambda r: (r.source, r.name.lower(), r.concept_id)):
        labels = [label for label in (record.name, *record.aliases) if _usable(label)]
        target = _existing(record, labels, owner, base)
        if target is None:
            name = record.name.strip().lower()
            if not _usable(record.name) or phrase_key(name) in owner:
                continue
            target = name
            drafts[name] = _SkillDraft(name, (record.category or IMPORTED).lower())
            owner[phrase_key(name)] = name
            if _needs_guard(record.name):
                guarded.append((name, LOOSE + record.name.strip()))
        for label in labels:
            key = phrase_key(label)
            if key in owner:
                continue
            owner[key] = target
            drafts[target].aliases.append(label.strip().lower())
            if _needs_guard(label):
                guarded.append((target, LOOSE + label.strip()))
    merged = [Skill(d.name, d.category, tuple(d.aliases), d.related) for d in drafts.values()]
    return Taxonomy(merged, guarded, _families(base, occupations))


def _usable(label: str) -> bool:
    key = phrase_key(label)
    # A lowercase single word from a list of skills ("dance", "logging") is too often a
    # plain word in a CV; a product name keeps its capitals ("Haskell") and gets a guard.
    single_plain = " " not in key and label.strip() == label.strip().lower() and key.isalpha()
    return bool(key) and len(key.split(" ")) <= _MAX_WORDS and not single_plain


def _needs_guard(label: str) -> bool:
    """A one-word imported label is taken from free text only as written (or among tools)."""
    return " " not in phrase_key(label)


def _existing(
    record: SkillRecord, labels: list[str], owner: dict[str, str], base: Taxonomy
) -> str | None:
    """The skill a record names already, if any: built-in (with its spelling variants) first."""
    candidates = [*labels, *(_QUALIFIER.sub("", label) for label in labels)]
    words = record.name.split()
    if record.source == "onet" and len(words) > 1:
        candidates.append(" ".join(words[1:]))  # "Microsoft Excel" -> "Excel"
    for label in candidates:
        found = base.canonical(label) or owner.get(phrase_key(label))
        if found is not None:
            return found
    return None


def _families(base: Taxonomy, occupations: Iterable[OccupationRecord]) -> list[TitleFamily]:
    """Built-in families as they are, plus one per imported occupation they do not cover.

    An occupation is covered when a built-in title names it, whole or by its head
    ("Visual Arts Teacher": teaching); its alternate titles then add nothing, because
    imported titles are many and loosely edited and the built-in ones must keep their
    meaning. A new family gets the alternate titles nobody else claims (as headline titles:
    not counted in a CV's body), and is related to its occupation group and to the
    built-in family most of its known titles belong to.
    """
    families = {f.name: f for f in base.titles}
    owner = {
        singular_key(phrase_key(t)): f.name
        for f in families.values()
        for t in (f.name, *f.titles, *f.headline_titles)
    }
    records = sorted(occupations, key=lambda r: (r.source, r.code, r.title.lower()))
    # A title several imported occupations share ("manager") says nothing: nobody gets it.
    counts = Counter(
        key
        for record in records
        for key in {singular_key(phrase_key(t)) for t in (record.title, *record.alternate_titles)}
    )
    added: dict[str, list[str]] = defaultdict(list)
    related: dict[str, list[str]] = defaultdict(list)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record in records:
        name = record.title.strip().lower()
        own_key = singular_key(phrase_key(name))
        if own_key in owner or not _usable_title(name) or _head_family(base, name):
            continue
        families[name] = TitleFamily(name, IMPORTED, ())
        owner[own_key] = name
        groups[(record.source, record.group)].append(name)
        labels = [t for t in record.alternate_titles if _usable_title(t)]
        keys = [singular_key(phrase_key(t)) for t in labels]
        near = Counter(owner[k] for k in keys if k in owner and owner[k] != name)
        if near and max(near.values()) >= 2:
            related[name].append(min(near, key=lambda f: (-near[f], f)))
        for label, key in zip(labels, keys, strict=True):
            if key not in owner and counts[key] == 1 and not _head_family(base, label):
                owner[key] = name
                added[name].append(label.strip().lower())
    for members in groups.values():
        if 1 < len(members) <= MAX_GROUP_LINKS:
            for name in members:
                related[name].extend(other for other in members if other != name)
    return [
        replace(
            family,
            headline_titles=(*family.headline_titles, *added[name]),
            related=(*family.related, *related[name]),
        )
        for name, family in families.items()
    ]


def _head_family(base: Taxonomy, title: str) -> str | None:
    """The built-in family whose title is the head of this one, if any."""
    found = base.titles.in_title(title)
    return next((family for family, weight in found.items() if weight == 1.0), None)


def _usable_title(title: str) -> bool:
    key = phrase_key(title)
    return bool(key) and len(key.split(" ")) <= _MAX_WORDS
