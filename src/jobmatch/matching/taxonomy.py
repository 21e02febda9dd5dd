"""The taxonomy: canonical skills with aliases and related skills, and job-title families."""

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jobmatch.matching.phrases import PhraseTable, expand_keys
from jobmatch.matching.tables import HEADLINE_ONLY, STRICT, parse_rows, symmetric_links
from jobmatch.matching.taxonomy_data import TABLES, TITLE_TABLES
from jobmatch.matching.titles import TitleFamilies, TitleFamily
from jobmatch.matching.tokens import phrase_key


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

    table: PhraseTable  # phrase key -> canonical name, never an ambiguous word
    guards: dict[str, Guard]  # ambiguous one-word key -> how to accept it
    starters: frozenset[str]  # tokens that may start a phrase or be an ambiguous word
    dotted: frozenset[str]  # tokens with inner dots that the tokenizer must keep whole
    categories: dict[str, str]  # canonical name -> category


class Taxonomy:
    """Canonical skills with alias lookup that forgives casing, plurals and punctuation,
    plus the job-title families."""

    def __init__(
        self,
        skills: Iterable[Skill],
        guarded: Iterable[tuple[str, str]] = (),
        families: Iterable[TitleFamily] = (),
    ) -> None:
        self._skills: dict[str, Skill] = {}
        for skill in skills:
            if skill.name in self._skills:
                raise ValueError(f"skill {skill.name!r} is defined twice")
            self._skills[skill.name] = skill
        self.guarded = tuple(guarded)
        explicit = self._explicit_keys()
        guards = _guards(self.guarded, explicit)
        self._related = symmetric_links(
            {name: skill.related for name, skill in self._skills.items()}, "skill"
        )
        # "excels", "springs": plurals of ambiguous words are words.
        self._lookup = expand_keys(explicit, skip=guards)
        table = PhraseTable.of({k: n for k, n in self._lookup.items() if k not in guards})
        self.text_index = TextIndex(
            table=table,
            guards=guards,
            starters=frozenset(table.longest) | frozenset(guards),
            dotted=frozenset(w for key in self._lookup for w in key.split(" ") if "." in w[1:]),
            categories={name: skill.category for name, skill in self._skills.items()},
        )
        self.titles = TitleFamilies(families)

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

    @classmethod
    def from_tables(cls, tables: Iterable[str], title_tables: Iterable[str] = ()) -> "Taxonomy":
        """Build a taxonomy from text tables (format in taxonomy_data)."""
        skills: list[Skill] = []
        guarded: list[tuple[str, str]] = []
        for table in tables:
            for skill, marked in parse_table(table):
                skills.append(skill)
                guarded.extend((skill.name, alias) for alias in marked)
        families = [
            TitleFamily(
                row.name,
                row.section,
                tuple(title for title in row.aliases if not title.startswith(HEADLINE_ONLY)),
                row.related,
                tuple(t[1:] for t in row.aliases if t.startswith(HEADLINE_ONLY)),
            )
            for table in title_tables
            for row in parse_rows(table)
        ]
        return cls(skills, guarded, families)


def parse_table(table: str) -> Iterator[tuple[Skill, tuple[str, ...]]]:
    """Skills of one table, each with its aliases marked "!" or "?"."""
    for row in parse_rows(table):
        yield Skill(row.name, row.section, row.aliases, row.related), row.marked


def _guards(guarded: Iterable[tuple[str, str]], explicit: dict[str, str]) -> dict[str, Guard]:
    guards: dict[str, Guard] = {}
    for name, marked in guarded:
        surface = marked[1:]
        key = phrase_key(surface)
        if " " in key or explicit.get(key) != name:
            raise ValueError(f"skill {name!r}: {marked!r} must be one word and one of its aliases")
        forms = frozenset({surface, surface.upper()}) if surface != surface.lower() else frozenset()
        guards[key] = Guard(name=name, forms=forms, strict=marked[0] == STRICT)
    return guards


_installed: list[Taxonomy] = []


@functools.cache
def builtin_taxonomy() -> Taxonomy:
    """The built-in taxonomy, built once per process."""
    return Taxonomy.from_tables(TABLES, TITLE_TABLES)


def get_taxonomy() -> Taxonomy:
    """The taxonomy in use: the installed one (see install_taxonomy), else the built-in one."""
    return _installed[-1] if _installed else builtin_taxonomy()


def install_taxonomy(taxonomy: Taxonomy | None) -> None:
    """Use this taxonomy process-wide (for example one merged with imported records);
    None goes back to the built-in one."""
    _installed.clear()
    if taxonomy is not None:
        _installed.append(taxonomy)
