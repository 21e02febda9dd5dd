"""Job-title families: occupations with their titles, found in job titles and CV text."""

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jobmatch.matching.phrases import PhraseTable, expand_keys
from jobmatch.matching.tables import symmetric_links
from jobmatch.matching.tokens import Tokens, key_variants, phrase_key, tokenize

# The head of a title comes before its qualifiers: "Account Executive, Mid-Market (Cloud)".
_SEGMENT_BREAK = re.compile(r"[,;:|()\[\]\n\u2013\u2014]|\s-\s|\s/\s")
SECONDARY_WEIGHT = 0.5  # a family named in a title's qualifiers, or not its head
BODY_WEIGHT = 0.1  # each mention of a family's title in the body of a CV ...
BODY_CAP = 0.3  # ... up to this much: a CV's headline says more than its history
HEADLINE_LINES = 3  # a CV's headline is the first of its first lines that names a title


@dataclass(frozen=True, slots=True)
class TitleFamily:
    """An occupation: the titles that name it and the families close to it."""

    name: str
    sector: str
    titles: tuple[str, ...]
    related: tuple[str, ...] = ()
    # Field words ("construction", "finance") that name the family in a job title or a CV's
    # headline, but say nothing about the person when they turn up in a CV's body.
    headline_titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Match:
    family: str
    key: str
    start: int
    size: int
    segment: int


class TitleFamilies:
    """Title families with lookup that forgives casing, plurals and punctuation."""

    def __init__(self, families: Iterable[TitleFamily]) -> None:
        self._families: dict[str, TitleFamily] = {}
        for family in families:
            if family.name in self._families:
                raise ValueError(f"title family {family.name!r} is defined twice")
            self._families[family.name] = family
        explicit: dict[str, str] = {}
        headline_only: set[str] = set()
        for family in self._families.values():
            headline_only.update(singular_key(phrase_key(t)) for t in family.headline_titles)
            for title in (family.name, *family.titles, *family.headline_titles):
                key = singular_key(phrase_key(title))
                if not key:
                    raise ValueError(f"title family {family.name!r}: {title!r} has no words")
                other = explicit.setdefault(key, family.name)
                if other != family.name:
                    raise ValueError(f"title {title!r} is in both {other!r} and {family.name!r}")
        self._related = symmetric_links(
            {name: family.related for name, family in self._families.items()}, "title family"
        )
        self._lookup = expand_keys(explicit)
        self._table = PhraseTable.of(self._lookup)
        self._headline_only = frozenset(
            variant for key in headline_only for variant in (key, *key_variants(key))
        )
        self._dotted = frozenset(w for key in self._lookup for w in key.split(" ") if "." in w[1:])

    def family_of(self, title: str) -> str | None:
        """The family a whole title names exactly ("RN" -> nursing), or None."""
        return self._lookup.get(singular_key(phrase_key(title)))

    def in_title(self, title: str) -> dict[str, float]:
        """Families a job title names: its head 1.0, any other SECONDARY_WEIGHT."""
        matches = self._matches(title)
        if not matches:
            return {}
        first = min(match.segment for match in matches)
        head = max(
            (match for match in matches if match.segment == first),
            key=lambda match: (match.size, match.start),
        )
        found = {match.family: SECONDARY_WEIGHT for match in matches}
        found[head.family] = 1.0
        return found

    def in_text(self, text: str, headline: str | None = None) -> dict[str, float]:
        """Families a CV names: its headline (given, or found in its first lines) as in a
        title, plus BODY_WEIGHT per mention elsewhere, capped at BODY_CAP."""
        lines = text.splitlines()
        found: dict[str, float] = {}
        skip = -1
        if headline is not None:
            found = self.in_title(headline)
        else:
            firsts = [(i, line) for i, line in enumerate(lines) if line.strip()]
            for i, line in firsts[:HEADLINE_LINES]:
                found = self.in_title(line)
                if found:
                    skip = i
                    break
        body = "\n".join(line for i, line in enumerate(lines) if i != skip)
        mentions = Counter(
            match.family for match in self._matches(body) if match.key not in self._headline_only
        )
        for family, count in mentions.items():
            found[family] = max(found.get(family, 0.0), min(BODY_CAP, BODY_WEIGHT * count))
        return found

    def affinity(self, found: dict[str, float], related_credit: float) -> dict[str, float]:
        """How close each family is to the ones found: their weight, or a share of it for
        a related family."""
        result = dict(found)
        for family, weight in found.items():
            for other in self.related(family):
                result[other] = max(result.get(other, 0.0), weight * related_credit)
        return result

    def related(self, name: str) -> frozenset[str]:
        """Families close to this one (symmetric)."""
        return self._related.get(name, frozenset())

    def get(self, name: str) -> TitleFamily | None:
        """The family with this name, or None."""
        return self._families.get(name)

    def __iter__(self) -> Iterator[TitleFamily]:
        return iter(sorted(self._families.values(), key=lambda family: family.name))

    def __len__(self) -> int:
        return len(self._families)

    def _matches(self, text: str) -> list[_Match]:
        raw = tokenize(text, self._dotted)
        tokens = Tokens(raw.surfaces, [_singular(key) for key in raw.keys], raw.gaps)
        matches: list[_Match] = []
        segment, resume = 0, 0
        for i, key in enumerate(tokens.keys):
            if i and _SEGMENT_BREAK.search(tokens.gaps[i]):
                segment += 1
            if i < resume or key not in self._table.longest:
                continue
            name, size = self._table.match_at(tokens, i)
            if name is not None:
                matches.append(_Match(name, " ".join(tokens.keys[i : i + size]), i, size, segment))
                resume = i + size
        return matches


def _singular(word: str) -> str:
    """A crude singular, applied alike to titles and text: "nurses" and "nurse" meet."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def singular_key(key: str) -> str:
    return " ".join(_singular(word) for word in key.split(" "))
