"""The skills taxonomy: canonical skills, their aliases and related skills."""

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jobmatch.matching.taxonomy_data import TABLES
from jobmatch.matching.tokens import phrase_key

# An alias marked "!" is taken in free text when its casing matches or the words around it
# are technical; "?" needs both (see taxonomy_data for the table format).
_LOOSE, _STRICT = "!", "?"


@dataclass(frozen=True, slots=True)
class Skill:
    """One canonical skill."""

    name: str
    category: str
    aliases: tuple[str, ...]
    related: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Guard:
    """How an ambiguous one-word alias ("Go", "R", "Excel") is recognised in free text."""

    name: str
    forms: frozenset[str]  # surface forms whose casing counts; empty: any casing
    strict: bool  # the casing and a technical context are both required

    def accepts(self, surface: str, in_context: bool) -> bool:
        """Whether this occurrence of the word means the skill."""
        case_ok = not self.forms or surface in self.forms
        return case_ok and in_context if self.strict else case_ok or in_context


@dataclass(frozen=True, slots=True)
class TextIndex:
    """Lookup tables for finding skills in free text, derived from the taxonomy."""

    phrases: dict[str, str]  # phrase key -> canonical name, never an ambiguous word
    longest: dict[str, int]  # first token -> longest phrase (in tokens) starting with it
    guards: dict[str, Guard]  # ambiguous one-word key -> how to accept it
    starters: frozenset[str]  # tokens that may start a phrase or be an ambiguous word
    pairs: frozenset[str]  # first two tokens of every phrase of two tokens or more
    dotted: frozenset[str]  # tokens with inner dots that the tokenizer must keep whole
    categories: dict[str, str]  # canonical name -> category


class Taxonomy:
    """Canonical skills with alias lookup that forgives casing, plurals and punctuation."""

    def __init__(self, skills: Iterable[Skill], guarded: Iterable[tuple[str, str]] = ()) -> None:
        self._skills: dict[str, Skill] = {}
        for skill in skills:
            if skill.name in self._skills:
                raise ValueError(f"skill {skill.name!r} is defined twice")
            self._skills[skill.name] = skill
        explicit = self._explicit_keys()
        guards = _guards(guarded, explicit)
        self._related = self._symmetric_related()
        self._lookup = dict(explicit)
        ambiguous: set[str] = set()
        for key, name in explicit.items():
            if key in guards:  # "excels", "springs": plurals of ambiguous words are words
                continue
            for variant in _variants(key):
                known = self._lookup.get(variant)
                if known is None:
                    self._lookup[variant] = name
                elif known != name and variant not in explicit:
                    ambiguous.add(variant)
        for variant in ambiguous:
            del self._lookup[variant]
        phrases = {key: name for key, name in self._lookup.items() if key not in guards}
        longest: dict[str, int] = {}
        for key in phrases:
            words = key.split(" ")
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
        self.text_index = TextIndex(
            phrases=phrases,
            longest=longest,
            guards=guards,
            starters=frozenset(longest) | frozenset(guards),
            pairs=frozenset(" ".join(key.split(" ")[:2]) for key in phrases if " " in key),
            dotted=frozenset(w for key in self._lookup for w in key.split(" ") if "." in w[1:]),
            categories={name: skill.category for name, skill in self._skills.items()},
        )

    def canonical(self, name: str) -> str | None:
        """The canonical name for any alias, casing, plural or punctuation variant."""
        key = phrase_key(name)
        if not key:
            return None
        return self._lookup.get(key) or self._lookup.get(key.replace(" ", ""))

    def get(self, name: str) -> Skill | None:
        """The skill with this canonical name, or None."""
        return self._skills.get(name)

    def related(self, name: str) -> frozenset[str]:
        """Canonical names that earn partial credit for this one (symmetric)."""
        return self._related.get(name, frozenset())

    @property
    def categories(self) -> frozenset[str]:
        """Every category used by a skill."""
        return frozenset(skill.category for skill in self._skills.values())

    def __iter__(self) -> Iterator[Skill]:
        return iter(sorted(self._skills.values(), key=lambda skill: skill.name))

    def __len__(self) -> int:
        return len(self._skills)

    def _explicit_keys(self) -> dict[str, str]:
        keys: dict[str, str] = {}
        for skill in self._skills.values():
            for phrase in (skill.name, *skill.aliases):
                key = phrase_key(phrase)
                if not key:
                    raise ValueError(f"skill {skill.name!r}: alias {phrase!r} has no words")
                other = keys.setdefault(key, skill.name)
                if other != skill.name:
                    raise ValueError(f"{phrase!r} names both {other!r} and {skill.name!r}")
        return keys

    def _symmetric_related(self) -> dict[str, frozenset[str]]:
        links: dict[str, set[str]] = {name: set() for name in self._skills}
        for skill in self._skills.values():
            for other in skill.related:
                if other not in self._skills:
                    raise ValueError(f"skill {skill.name!r}: related {other!r} is not a skill")
                if other != skill.name:
                    links[skill.name].add(other)
                    links[other].add(skill.name)
        return {name: frozenset(others) for name, others in links.items() if others}

    @classmethod
    def from_tables(cls, tables: Iterable[str]) -> "Taxonomy":
        """Build a taxonomy from text tables (format in taxonomy_data)."""
        skills: list[Skill] = []
        guarded: list[tuple[str, str]] = []
        for table in tables:
            for skill, marked in parse_table(table):
                skills.append(skill)
                guarded.extend((skill.name, alias) for alias in marked)
        return cls(skills, guarded)


def parse_table(table: str) -> Iterator[tuple[Skill, tuple[str, ...]]]:
    """Skills of one table, each with its aliases marked "!" or "?"."""
    category = ""
    for line in _logical_lines(table):
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1].strip()
            continue
        fields = [field.strip() for field in line.split("|")]
        name, aliases, related = [*fields, "", ""][:3]
        if len(fields) > 3 or not name or name != name.lower() or not category:
            raise ValueError(f"expected '[category]' then 'name | aliases | related': {line!r}")
        listed = [alias.strip() for alias in aliases.split(",") if alias.strip()]
        marked = tuple(alias for alias in listed if alias[0] in (_LOOSE, _STRICT))
        plain = (alias.lstrip(_LOOSE + _STRICT).lower() for alias in listed)
        yield (
            Skill(
                name=name,
                category=category,
                aliases=tuple(dict.fromkeys(a for a in plain if a != name)),
                related=tuple(r.strip() for r in related.split(",") if r.strip()),
            ),
            marked,
        )


def _logical_lines(table: str) -> Iterator[str]:
    """Non-blank, non-comment lines; one ending in a comma goes on with the next."""
    pending = ""
    for raw in table.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        pending = f"{pending} {line}" if pending else line
        if not pending.endswith(","):
            yield pending
            pending = ""
    if pending:
        yield pending


def _guards(guarded: Iterable[tuple[str, str]], explicit: dict[str, str]) -> dict[str, Guard]:
    guards: dict[str, Guard] = {}
    for name, marked in guarded:
        surface = marked[1:]
        key = phrase_key(surface)
        if " " in key or explicit.get(key) != name:
            raise ValueError(f"skill {name!r}: {marked!r} must be one word and one of its aliases")
        forms = frozenset({surface, surface.upper()}) if surface != surface.lower() else frozenset()
        guards[key] = Guard(name=name, forms=forms, strict=marked[0] == _STRICT)
    return guards


def _variants(key: str) -> Iterator[str]:
    """Spellings a key also answers to: "front end" -> "frontend", "node.js" -> "node js"."""
    forms = [key]
    if any("." in word[1:] for word in key.split(" ")):
        forms.append(" ".join(w[0] + w[1:].replace(".", " ") for w in key.split(" ")))
    forms.extend([form.replace(" ", "") for form in forms if " " in form])
    for form in dict.fromkeys(forms):
        yield form
        yield from _number_forms(form)


def _number_forms(key: str) -> Iterator[str]:
    head, _, last = key.rpartition(" ")
    prefix = f"{head} " if head else ""
    if len(last) < 3 or not last.isalpha():
        return
    if last.endswith("is"):
        yield prefix + last[:-2] + "es"
    elif last.endswith(("ss", "x", "z", "ch", "sh")):
        yield prefix + last + "es"
    elif last.endswith("s"):
        # Singular forms only for phrases: a lone "sales" must not answer to "sale".
        if head and len(last) > 3 and not last.endswith("us"):
            yield prefix + (last[:-3] + "y" if last.endswith("ies") else last[:-1])
    elif last.endswith("y") and last[-2] not in "aeiou":
        yield prefix + last[:-1] + "ies"
    else:
        yield prefix + last + "s"


@functools.cache
def get_taxonomy() -> Taxonomy:
    """The built-in taxonomy, built once per process."""
    return Taxonomy.from_tables(TABLES)
