"""Which of our 13 languages a text is in: by script, then by function words for Latin."""

from __future__ import annotations

import re

SUPPORTED = frozenset(
    {"en", "vi", "fr", "es", "ru", "zh", "ar", "pl", "de", "pt", "id", "ko", "ja"}
)
# Languages written without spaces between words (windows and gaps are measured differently).
CJK = frozenset({"zh", "ja", "ko"})
_STOPWORDS = {
    "en": "the of and to in is that for was with by has have are on it",
    "vi": "của và các là có được trong cho với những này một đã không người ngày",
    "fr": "le la les des du et est une que dans pour qui sur au avec ont été",
    "es": "el la los las del y que en por una con para se fue han al",
    "pl": "i w na z się że do jest nie o przez oraz ze to dla od",
    "de": "der die das und ist nicht mit den von zu im dem auf für des ein eine",
    "pt": "o a os as do da dos das e que em para com uma foi não no na",
    "id": "dan yang di ini itu dengan untuk dari dalam tidak akan pada juga telah",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+")


def _script_language(text: str) -> str | None:
    counts = {"ko": 0, "ja": 0, "zh": 0, "ar": 0, "ru": 0, "latin": 0}
    for char in text[:5000]:
        if "\uac00" <= char <= "\ud7af":
            counts["ko"] += 1
        elif "\u3040" <= char <= "\u30ff":
            counts["ja"] += 1
        elif "\u4e00" <= char <= "\u9fff":
            counts["zh"] += 1
        elif "\u0600" <= char <= "\u06ff":
            counts["ar"] += 1
        elif "\u0400" <= char <= "\u04ff":
            counts["ru"] += 1
        elif char.isalpha() and char.isascii():
            counts["latin"] += 1
    if counts["ja"] > 0 and counts["ja"] * 10 >= counts["zh"]:
        counts["ja"] += counts["zh"]
    best = max(counts, key=lambda key: counts[key])
    if counts[best] == 0:
        return None
    return None if best == "latin" else best


def _latin_scores(text: str) -> dict[str, int]:
    scores = dict.fromkeys(_WORDS, 0)
    for token in _TOKEN.findall(text[:8000].lower()):
        for lang, words in _WORDS.items():
            if token in words:
                scores[lang] += 1
    return scores


def resolve_language(text: str, declared: str | None) -> str:
    """The language to analyse `text` in: the declared one when the text agrees, else a guess."""
    declared = (declared or "").split("-")[0].split("_")[0].lower() or None
    script = _script_language(text)
    if script is not None:
        return script
    scores = _latin_scores(text)
    guess = max(scores, key=lambda key: scores[key])
    if declared in scores and scores[guess] <= 2 * scores[declared]:
        return declared
    return guess if scores[guess] else "en"
