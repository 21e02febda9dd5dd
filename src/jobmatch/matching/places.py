"""Locations as comparable parts ("Mountain View, CA, USA" -> mountain view, california,
united states) and remote policies."""

import re

REMOTE_POLICIES = ("onsite", "hybrid", "remote")
_POLICY_SYNONYMS = {
    "on-site": "onsite",
    "on site": "onsite",
    "office": "onsite",
    "in office": "onsite",
    "in-office": "onsite",
    "remote-first": "remote",
    "fully remote": "remote",
    "work from home": "remote",
    "wfh": "remote",
    "telecommute": "remote",
    "flexible": "hybrid",
}
_SPLIT = re.compile(r"[,;/|()\[\]]|\s-\s")
_SPACES = re.compile(r"[\s.]+")
# Abbreviations people write for the same place ("alias=place"), kept to unambiguous ones.
_ALIASES_TABLE = """
al=alabama|ak=alaska|az=arizona|ar=arkansas|ca=california|co=colorado|ct=connecticut|
de=delaware|fl=florida|ga=georgia|hi=hawaii|id=idaho|il=illinois|in=indiana|ia=iowa|
ks=kansas|ky=kentucky|la=louisiana|me=maine|md=maryland|ma=massachusetts|mi=michigan|
mn=minnesota|ms=mississippi|mo=missouri|mt=montana|ne=nebraska|nv=nevada|
nh=new hampshire|nj=new jersey|nm=new mexico|ny=new york|nc=north carolina|
nd=north dakota|oh=ohio|ok=oklahoma|or=oregon|pa=pennsylvania|ri=rhode island|
sc=south carolina|sd=south dakota|tn=tennessee|tx=texas|ut=utah|vt=vermont|va=virginia|
wa=washington|wv=west virginia|wi=wisconsin|wy=wyoming|dc=district of columbia|
us=united states|usa=united states|united states of america=united states|
america=united states|uk=united kingdom|great britain=united kingdom|
uae=united arab emirates|nyc=new york city|new york city=new york city|sf=san francisco
"""
_ALIASES = dict(
    entry.strip().split("=", 1) for entry in _ALIASES_TABLE.replace("\n", "").split("|")
)
_NOT_A_PLACE = frozenset(
    {"remote", "hybrid", "onsite", "on-site", "anywhere", "worldwide", "multiple locations"}
)


def remote_policy(value: str | None) -> str | None:
    """A remote policy or preference as one of REMOTE_POLICIES; None if unknown."""
    if not value:
        return None
    word = _SPACES.sub(" ", value.strip().lower())
    return word if word in REMOTE_POLICIES else _POLICY_SYNONYMS.get(word)


def place_parts(location: str | None) -> tuple[str, ...]:
    """The parts of a location, most specific first, abbreviations spelled out."""
    if not location:
        return ()
    parts: list[str] = []
    for raw in _SPLIT.split(location.lower()):
        part = _SPACES.sub(" ", raw).strip(" -")
        part = _ALIASES.get(part, part)
        if part and part not in _NOT_A_PLACE and part not in parts and len(part) <= 60:
            parts.append(part)
    return tuple(parts[:4])
