"""The merged taxonomy as stored bytes, so that a process starts without merging.

Merging full ESCO + O*NET into the built-in taxonomy takes seconds of CPU; building the
Taxonomy from the merge's output takes about a third of that. The import stores that
output (skills, guarded words, title families) with a fingerprint of everything the
merge depends on: the built-in tables and the source of the matching modules that merge
them. A process whose fingerprint differs (a deploy changed the built-in taxonomy or the
merge) does not trust the snapshot and merges the stored records itself.
"""

import hashlib
import json
import zlib
from pathlib import Path
from types import ModuleType
from typing import Any

from jobmatch.matching import phrases, tables, taxonomy_merge, titles, tokens
from jobmatch.matching import taxonomy as taxonomy_module
from jobmatch.matching.taxonomy import Skill, Taxonomy
from jobmatch.matching.taxonomy_data import TABLES, TITLE_TABLES
from jobmatch.matching.titles import TitleFamily

FORMAT = "taxonomy-snapshot/1"  # change it with encode/decode
_MERGE_MODULES: tuple[ModuleType, ...] = (
    taxonomy_merge,
    taxonomy_module,
    titles,
    tables,
    tokens,
    phrases,
)


def fingerprint() -> str:
    """Names the built-in taxonomy and merge code of this process (sha256, hex)."""
    digest = hashlib.sha256(FORMAT.encode())
    for text in (*TABLES, *TITLE_TABLES):
        digest.update(text.encode())
    for module in _MERGE_MODULES:
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


def encode(taxonomy: Taxonomy) -> bytes:
    """The taxonomy's parts as compressed JSON (about 0.5 MB with full ESCO + O*NET)."""
    document = {
        "skills": [[s.name, s.category, s.aliases, s.related] for s in taxonomy],
        "guarded": taxonomy.guarded,
        "families": [
            [f.name, f.sector, f.titles, f.related, f.headline_titles] for f in taxonomy.titles
        ],
    }
    return zlib.compress(json.dumps(document, separators=(",", ":")).encode())


def decode(payload: bytes) -> Taxonomy:
    """The taxonomy encode() stored; ValueError if the payload is not one."""
    try:
        document: dict[str, Any] = json.loads(zlib.decompress(payload))
        return Taxonomy(
            [Skill(name, category, tuple(aliases), tuple(related))
             for name, category, aliases, related in document["skills"]],
            [(name, word) for name, word in document["guarded"]],
            [TitleFamily(name, sector, tuple(titles_), tuple(related), tuple(headline))
             for name, sector, titles_, related, headline in document["families"]],
        )  # fmt: skip
    except (zlib.error, KeyError, TypeError) as exc:
        raise ValueError(f"not a taxonomy snapshot ({type(exc).__name__})") from exc
