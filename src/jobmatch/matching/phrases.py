"""Longest-phrase lookup over tokens, shared by skill and job-title recognition."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from jobmatch.matching.tokens import Tokens, key_variants

# Inside one phrase only spaces, line breaks and joining marks: "CI/CD", "front-end",
# "driver's", "machine\nlearning", but never across a comma or a sentence end.
_PHRASE_GAP = re.compile(r"[\s\-\u2013/&+'\u2019]*")


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """Phrase keys (lowercased tokens joined by spaces) to names, for scanning text."""

    phrases: dict[str, str]
    longest: dict[str, int]  # first token -> longest phrase (in tokens) starting with it
    pairs: frozenset[str]  # first two tokens of every phrase of two tokens or more

    @classmethod
    def of(cls, phrases: dict[str, str]) -> "PhraseTable":
        """The table of these phrase keys."""
        longest: dict[str, int] = {}
        for key in phrases:
            words = key.split(" ")
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
        pairs = frozenset(" ".join(key.split(" ")[:2]) for key in phrases if " " in key)
        return cls(phrases, longest, pairs)

    def match_at(self, tokens: Tokens, i: int) -> tuple[str | None, int]:
        """The longest phrase starting at token i, with its length in tokens."""
        keys = tokens.keys
        longest = min(self.longest.get(keys[i], 0), len(keys) - i)
        # Most words that start a phrase are alone: "data" without "science" after it.
        if longest > 1 and f"{keys[i]} {keys[i + 1]}" in self.pairs:
            for size in range(longest, 1, -1):
                name = self.phrases.get(" ".join(keys[i : i + size]))
                if name is not None and all(
                    _PHRASE_GAP.fullmatch(gap) for gap in tokens.gaps[i + 1 : i + size]
                ):
                    return name, size
        name = self.phrases.get(keys[i])
        return (name, 1) if name is not None else (None, 0)


def expand_keys(explicit: Mapping[str, str], skip: Iterable[str] = ()) -> dict[str, str]:
    """Explicit keys plus their spelling variants; a variant claimed by two names is dropped."""
    lookup = dict(explicit)
    skipped = frozenset(skip)
    ambiguous: set[str] = set()
    for key, name in explicit.items():
        if key in skipped:
            continue
        for variant in key_variants(key):
            known = lookup.get(variant)
            if known is None:
                lookup[variant] = name
            elif known != name and variant not in explicit:
                ambiguous.add(variant)
    for variant in ambiguous:
        del lookup[variant]
    return lookup
