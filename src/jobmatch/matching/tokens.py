"""Tokenisation shared by the taxonomy (for its keys) and extraction (for free text)."""

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

# A token keeps inner dots and ampersands ("node.js", "r&d"), a leading dot (".net") and a
# trailing "++" or "#" ("c++", "c#"). Apostrophes split ("driver's" -> "driver", "s") the
# same way in keys and in text, so possessives need no special case.
_TOKEN = r"\.?\w(?:[\w.&]*\w)?(?:\+\+|#)?"
_SPLIT = re.compile(f"({_TOKEN})")
_FIND = re.compile(_TOKEN)
_DOTS = re.compile(r"(\.+)")


@dataclass(slots=True)
class Tokens:
    """Tokens of a text as written and lowercased, with the text around them.

    gaps[i] is the text just before token i; gaps[len(keys)] is what follows the last one.
    """

    surfaces: list[str]
    keys: list[str]
    gaps: list[str]


def tokenize(text: str, dotted: Container[str] = ()) -> Tokens:
    """Split text into tokens; dotted tokens not in `dotted` are split at their dots."""
    parts = _SPLIT.split(text)
    surfaces, gaps = parts[1::2], parts[0::2]
    keys = [surface.lower() for surface in surfaces]
    # Walk backwards so that splicing keeps the remaining indexes valid.
    for i in reversed([i for i, key in enumerate(keys) if key.find(".", 1) > 0]):
        if keys[i] in dotted:
            continue
        # "sentence.Next", "e.g" or "3.5" from squashed text: keep the words, lose the dots.
        pieces = _DOTS.split(surfaces[i])
        words, dots = pieces[0::2], pieces[1::2]
        if not words[0]:  # ".net.Core": the leading dot stays with its word
            words, dots = [dots[0] + words[1], *words[2:]], dots[1:]
        surfaces[i : i + 1] = words
        keys[i : i + 1] = [word.lower() for word in words]
        gaps[i + 1 : i + 1] = dots
    return Tokens(surfaces, keys, gaps)


def phrase_key(phrase: str) -> str:
    """The lookup key of a skill name or alias: its lowercased tokens joined by spaces."""
    return " ".join(token.lower() for token in _FIND.findall(phrase))


def key_variants(key: str) -> Iterator[str]:
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
