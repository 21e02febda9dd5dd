"""Merge imported taxonomy records into the built-in taxonomy.

The built-in taxonomy wins every conflict: an imported label that already names a skill
or a title family is attached to it only if it is free, never moved. An imported record
that names an existing skill (by its label, an alternative label, the label without its
qualifier "Python (computer programming)", or an O*NET product without its vendor
"Atlassian JIRA") adds its free labels to that skill; any other record becomes a new skill.
Records are processed in a fixed order, so the same records always give the same taxonomy.
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
    families = {f.name: f for f in base.titles}
    owner = {
        singular_key(phrase_key(t)): f.name for f in families.values() for t in (f.name, *f.titles)
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
        labels = [t for t in (record.title, *record.alternate_titles) if _usable_title(t)]
        keys = [singular_key(phrase_key(t)) for t in labels]
        name = record.title.strip().lower()
        own_key = singular_key(phrase_key(name))
        # Only its own title decides which family an occupation joins: alternate titles
        # overlap too much across occupations ("energy manager" is not a sustainability title).
        target = owner.get(own_key)
        if target is None:
            if not _usable_title(name):
                continue
            target = name
            families[name] = TitleFamily(name, IMPORTED, ())
            owner[own_key] = name
            groups[(record.source, record.group)].append(name)
            near = Counter(owner[k] for k in keys if k in owner and owner[k] != name)
            if near and near.most_common(1)[0][1] >= 2:  # two shared titles make a neighbour
                related[name].append(min(f for f, n in near.items() if n == max(near.values())))
        for label, key in zip(labels, keys, strict=True):
            if key not in owner and counts[key] == 1:
                owner[key] = target
                added[target].append(label.strip().lower())
    for members in groups.values():
        if 1 < len(members) <= MAX_GROUP_LINKS:
            for name in members:
                related[name].extend(other for other in members if other != name)
    return [
        replace(
            family,
            titles=(*family.titles, *added[name]),
            related=(*family.related, *related[name]),
        )
        for name, family in families.items()
    ]


def _usable_title(title: str) -> bool:
    key = phrase_key(title)
    return bool(key) and len(key.split(" ")) <= _MAX_WORDS
