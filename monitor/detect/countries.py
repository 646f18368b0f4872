"""Multilingual gazetteer: UN member and observer states and the EU, by name, in 13 languages.

Names come from Babel's CLDR territory names plus the short, treaty-record and
inflected forms the news uses (see `gazetteer_data`, `gazetteer_demonyms` and `inflect`).  Text is
folded length-preservingly (`textnorm.fold`), so matching is case- and
diacritics-insensitive while offsets stay those of the input.  Each language
gets one compiled regex built from a character trie of its names (longest
match first), built lazily once and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import babel

from monitor.detect.gazetteer_data import (
    ACRONYMS,
    ALIASES,
    EXTRA_LOCALES,
    INSTITUTIONS,
    LOWERCASE_WORDS,
    OBSERVERS,
    UN_MEMBERS,
    UNION,
)
from monitor.detect.gazetteer_demonyms import (
    ADJECTIVE_RU,
    DEMONYM_HEADS,
    DEMONYM_HEADS_EN,
    DEMONYMS_EN,
    DEMONYMS_ROMANCE_DE,
    NISBA_AR,
)
from monitor.detect.gazetteer_metonyms import metonyms
from monitor.detect.gazetteer_parliaments import parliaments
from monitor.detect.inflect import inflected_forms
from monitor.detect.textnorm import collapse_spaces, fold

LANGUAGES = ("en", "vi", "fr", "es", "ru", "zh", "ar", "pl", "de", "pt", "id", "ko", "ja")
ALL_CODES: frozenset[str] = UN_MEMBERS | OBSERVERS | {UNION}

_FOOTNOTE = re.compile(r"[\s\d\u00b9\u00b2\u00b3\u2070-\u2079*,;:]+$")
_ARABIC = "\u0621-\u064a\u066e-\u06d3"
_KO_PARTICLE = re.compile(
    r"(?:은|는|이|가|을|를|의|에|에서|에게|와|과|도|로|으로|만|까지|측|정부|이다|이며|이고|인|과의|와의)"
    r"(?![가-힣])|(?:은|는|이|가|을|를|의|에|와|과|도|로|측)"
)
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


@dataclass(frozen=True)
class CountryMention:
    """A country named in a text: its code and where (offsets into the given text)."""

    code: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class _Index:
    names: dict[str, str]
    pattern: re.Pattern[str]


def _script(name: str) -> str:
    for char in name:
        if "\u0600" <= char <= "\u06ff":
            return "arabic"
        if "\uac00" <= char <= "\ud7af" or "\u3040" <= char <= "\u30ff":
            return "cjk"
        if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            return "cjk"
    return "word"


def _variants(name: str) -> list[str]:
    """The folded name plus spelling variants (no parenthesis, dash-less, 'the' dropped)."""
    base = collapse_spaces(fold(name))
    out = [base]
    if " - " in base:
        out.append(base.replace(" - ", "-"))
        out.append(base.replace(" - ", " "))
    if "(" in base and not base.startswith("("):
        out.append(collapse_spaces(re.sub(r"\([^)]*\)", " ", base)))
    if base.startswith("the "):
        out.append(base[4:])
    for variant in list(out):
        if " & " in variant:
            out.append(variant.replace(" & ", " and "))
    for variant in list(out):
        if variant.startswith("st. "):
            out.extend(("saint " + variant[4:], "st " + variant[4:]))
    if base.startswith("ال"):
        out.extend(("لل" + base[2:], "ولل" + base[2:], "دولة " + base))
    return out


def _cldr_names(lang: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for locale in (lang, *EXTRA_LOCALES.get(lang, ())):
        territories = babel.Locale.parse(locale).territories
        for code in sorted(ALL_CODES):
            if code in territories:
                names.setdefault(territories[code], code)
    return names


def _names_for(lang: str, short_latin: bool) -> dict[str, str]:
    """Folded name -> code for one language (aliases first, then CLDR, then case forms)."""
    raw: list[tuple[str, str]] = []
    tables = (ALIASES.get(lang, {}), INSTITUTIONS.get(lang, {}), metonyms(lang), parliaments(lang))
    for table in tables:
        for code, aliases in table.items():
            raw.extend((alias, code) for alias in aliases)
    raw.extend((name, code) for name, code in _cldr_names(lang).items())
    if lang == "en":
        for code, demonym in DEMONYMS_EN.items():
            raw.extend((f"{demonym} {head}", code) for head in DEMONYM_HEADS_EN)
    raw.extend(_demonym_phrases(lang))
    names: dict[str, str] = {}
    for name, code in raw:
        for variant in _variants(name):
            if (
                not short_latin
                and _script(variant) == "word"
                and len(variant) <= 3
                and variant not in ACRONYMS
            ):
                continue
            for form in inflected_forms(variant, lang):
                names.setdefault(form, code)
    return names


_AR_HEADS_MASC = ("البرلمان", "الرئيس", "الجانب", "مجلس النواب", "وزير الخارجية", "الوفد")


def _demonym_phrases(lang: str) -> list[tuple[str, str]]:
    """ "die vietnamesische Regierung", "le gouvernement français", "el gobierno chino"..."""
    out: list[tuple[str, str]] = []
    if lang == "ar":
        for code, nisba in NISBA_AR.items():
            out.extend((f"{head} {nisba}", code) for head in _AR_HEADS_MASC)
            out.extend((f"{head} {nisba}ة", code) for head in ("الحكومة", "الدولة"))
    if lang == "ru":
        for code, adjective in ADJECTIVE_RU.items():
            out.extend((f"{adjective} {head}", code) for head in ("сторона", "делегация"))
    for code, spellings in DEMONYMS_ROMANCE_DE.items():
        forms = spellings.split()
        if lang == "de":
            out.extend(
                (f"{forms[0]}{ending} {head}", code)
                for ending in ("e", "en", "er", "es")
                for head in DEMONYM_HEADS["de"]
            )
        elif lang in ("fr", "es", "pt"):
            offset = {"fr": 1, "es": 3, "pt": 5}[lang]
            for gender, adjective in (("m", forms[offset]), ("f", forms[offset + 1])):
                out.extend(
                    (f"{head} {adjective}", code) for head in DEMONYM_HEADS[f"{lang}_{gender}"]
                )
    return out


def _trie_regex(words: list[str]) -> str:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _node_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def _compile(names: dict[str, str]) -> re.Pattern[str]:
    groups: dict[str, list[str]] = {"word": [], "cjk": [], "arabic": []}
    for name in names:
        groups[_script(name)].append(name)
    parts = []
    if groups["word"]:
        parts.append(f"{_LETTER_BEFORE}(?P<w>{_trie_regex(groups['word'])}){_LETTER_AFTER}")
    if groups["cjk"]:
        parts.append(f"(?P<c>{_trie_regex(groups['cjk'])})")
    if groups["arabic"]:
        arabic = _trie_regex(groups["arabic"])
        parts.append(f"(?<![{_ARABIC}])(?:[وف]?[بلك]?)(?P<a>{arabic})(?![{_ARABIC}])")
    return re.compile("|".join(parts) or "(?!x)x")


@cache
def _index(lang: str | None) -> _Index:
    if lang is None or lang not in LANGUAGES:
        names: dict[str, str] = {}
        for language in LANGUAGES:
            for name, code in _names_for(language, language == "en").items():
                names.setdefault(name, code)
    else:
        names = dict(_names_for(lang, True))
        if lang != "en":
            for name, code in _names_for("en", True).items():
                names.setdefault(name, code)
    return _Index(names, _compile(names))


def _rejected(
    text: str, start: int, end: int, key: str, group: str, lang: str | None = None
) -> bool:
    """Context rules: upper-case acronyms, lower-case common words, personal names."""
    surface = text[start:end]
    if key in ACRONYMS and surface != surface.upper():
        return True
    if key in LOWERCASE_WORDS:
        if surface == surface.lower() and surface != surface.upper():
            return True
        toned = _toned_names().get(key)
        if toned and not surface.isascii() and surface.lower() not in toned:
            return True  # Vietnamese tones matter: "Ảnh" (photo) is not "Anh" (Britain)
        before = text[max(0, start - 30) : start]
        prev = re.search(r"(\w+) $", before)
        opening = (
            prev is not None
            and not text[: start - len(prev.group())].strip()
            and prev.group(1).lower() not in _VI_TITLES
        )
        if prev and lang != "de" and not opening and _names_a_person(prev.group(1)):
            return True  # German nouns are capitalised; a sentence's first word always is
    if group == "c":
        return _cjk_rejected(text, start, end)
    return False


# Vietnamese kinship terms and titles before a given name ("chị Nga", "anh Đức").
# Compared with their tones: "cô Chi" is a person, "có Chile" ("includes Chile") is not.
_VI_TITLES = frozenset({"anh", "chị", "ông", "bà", "em", "cô", "chú", "bác", "bạn", "thầy"})


@cache
def _toned_names() -> dict[str, frozenset[str]]:
    """Ambiguous short names, folded -> as written in any language (lower case, with marks)."""
    written: dict[str, set[str]] = {}
    names = [n for lang in LANGUAGES for n in _cldr_names(lang)]
    names += [n for table in ALIASES.values() for names in table.values() for n in names]
    for name in names:
        key = fold(name)
        if key in LOWERCASE_WORDS:
            written.setdefault(key, set()).add(name.lower())
    return {key: frozenset(values) for key, values in written.items()}


# A capitalised article or preposition opening a sentence names no person ("O Chile",
# "After Peru").
_ARTICLES = frozenset(
    "the la el le les o a os as los las l after before like unlike with for by and but "
    "besides following including apres avant comme avec depuis tras como con com depois in at on "
    "from of to en dans em no na im".split()
)


def _names_a_person(previous: str) -> bool:
    """Whether the word before an ambiguous name shows it is a person's name."""
    folded = fold(previous)
    if previous.lower() in _VI_TITLES:
        return True
    return previous[0].isupper() and folded not in _ARTICLES


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7af"


def _is_katakana(char: str) -> bool:
    return "\u30a0" <= char <= "\u30ff"


_TIME_ZONE = re.compile(r"\s?(?:時間|时间|時刻|시간)")


def _cjk_rejected(text: str, start: int, end: int) -> bool:
    """Korean names must stand alone or take a particle; katakana names must not be word parts;
    a time zone is no country ("日本時間", "한국 시간", "北京时间")."""
    before = text[start - 1] if start else ""
    following = text[end : end + 3]
    if _TIME_ZONE.match(following):
        return True
    if _is_hangul(text[end - 1]):
        if before and _is_hangul(before):
            return True
        return bool(following and _is_hangul(following[0]) and not _KO_PARTICLE.match(following))
    if all(_is_katakana(c) for c in text[start:end]):
        return bool((before and _is_katakana(before)) or (following and _is_katakana(following[0])))
    return False


def find_countries(text: str, lang: str | None = None) -> list[CountryMention]:
    """Country mentions in `text`, non-overlapping, longest match first, in text order."""
    index = _index(lang)
    folded = fold(text)
    mentions: list[CountryMention] = []
    for match in index.pattern.finditer(folded):
        group = match.lastgroup or "w"
        start, end = match.span(group)
        key = collapse_spaces(folded[start:end])
        code = index.names.get(key)
        if code is None or _rejected(text, start, end, key, group, lang):
            continue
        mentions.append(CountryMention(code, start, end, text[start:end]))
    return drop_qualified_institutions(mentions, text)


@cache
def _institution_keys() -> frozenset[str]:
    return frozenset(
        collapse_spaces(fold(name))
        for table in INSTITUTIONS.values()
        for names in table.values()
        for name in names
    )


def is_institution(mention: CountryMention) -> bool:
    """Whether the mention is an unqualified home institution ("Chính phủ", "정부")."""
    return collapse_spaces(fold(mention.surface)) in _institution_keys()


# A Polish country adjective other than "polski" right before a chamber ("Litewski Sejm").
_POLISH_CHAMBERS = frozenset({"sejm", "senat", "sejm rp"})
FOREIGN_ADJECTIVE_PL = re.compile(
    r"(?<![\w])(?!polsk|Polsk)\w+(?:ski|cki|ska|cka|skie|ckie|skiego|ckiego|skim|ckim)\s+$"
)
# What may stand between a home institution and the country that qualifies it.
_ASIDE = re.compile(r"\s?(?:\([^()]{0,40}\)\s?|\(\s?)?")
# "同国の国会", "the country's parliament": the institution of a country named before.
_ANAPHORIC_OWNER = re.compile(
    r"(?:同国|该国|該国|その国|이 나라|그 나라|the country's|ce pays|nước này|nuoc nay|"
    r"negara tersebut|этой страны)\s?(?:の|的|의)?\s?$",
    re.IGNORECASE,
)


def drop_qualified_institutions(
    mentions: list[CountryMention], text: str = ""
) -> list[CountryMention]:
    """Drop "Quốc hội"-style mentions that another country name qualifies ("Quốc hội Lào",
    "Quốc hội (Milli Majlis) Azerbaijan", "ブラジルでも連邦議会"), or that follow another
    country's name in the sentence ("フランスでは議会が…", "韓国外務省は…国会の"): a home
    institution is the home country's only where no other country leads."""
    keys = _institution_keys()
    kept = []
    for i, mention in enumerate(mentions):
        if mention.surface.lower() in _POLISH_CHAMBERS and FOREIGN_ADJECTIVE_PL.search(
            text[max(0, mention.start - 25) : mention.start]
        ):
            continue  # "Litewski Sejm": another country's parliament
        if collapse_spaces(fold(mention.surface)) in keys:
            before = mentions[i - 1] if i else None
            after = mentions[i + 1] if i + 1 < len(mentions) else None
            gap = text[mention.end : after.start] if after and text else None
            leading = [m for m in mentions[:i] if collapse_spaces(fold(m.surface)) not in keys]
            if (
                (after and after.start - mention.end <= 1)
                or (gap is not None and _ASIDE.fullmatch(gap))
                or (before and mention.start - before.end <= 1)
                or any(m.code != mention.code for m in leading)
                or _ANAPHORIC_OWNER.search(text[max(0, mention.start - 16) : mention.start])
            ):
                continue
        kept.append(mention)
    return kept


def lookup(name: str, lang: str | None = None) -> str | None:
    """The code of a whole country name (footnote digits stripped), or None."""
    cleaned = _FOOTNOTE.sub("", name.strip()).strip()
    candidates = _variants(cleaned)
    for index in (_index(lang), _index(None)):
        for key in candidates:
            if key in index.names:
                return index.names[key]
    return None


# English display names as the UN and the press write them, where CLDR's short forms read
# badly in an alert ("Congo - Kinshasa", "Antigua & Barbuda", "Myanmar (Burma)").
_EN_DISPLAY = {
    "AG": "Antigua and Barbuda",
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CV": "Cabo Verde",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
    "MM": "Myanmar",
    "PS": "State of Palestine",
    "ST": "Sao Tome and Principe",
    "TT": "Trinidad and Tobago",
    "VA": "Holy See",
    "VC": "Saint Vincent and the Grenadines",
}


@cache
def country_name(code: str, lang: str = "en") -> str:
    """The display name of `code` in `lang` (CLDR), falling back to English and the code."""
    if lang == "en" and code in _EN_DISPLAY:
        return _EN_DISPLAY[code]
    for locale in (lang, "en"):
        try:
            name = babel.Locale.parse(locale).territories.get(code)
        except (ValueError, babel.UnknownLocaleError):
            continue
        if name:
            return name
    return code
