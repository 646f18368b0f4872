"""Multilingual sentence segmentation for article bodies (paragraphs, then sentences)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    {
        "u.s",
        "u.k",
        "u.n",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "art",
        "e.g",
        "i.e",
        "vs",
        "etc",
        "jr",
        "sr",
        "prof",
        "gen",
        "gov",
        "sen",
        "rep",
        "inc",
        "ltd",
        "co",
        "corp",
        "mt",
        "ft",
        "ông",
        "bà",
        "tp",
        "nr",
        "m.in",
        "np",
        "tzw",
        "ok",
        "ul",
        "godz",
        "ust",
        "pkt",
        "im",
        "św",
        "dz",
        "mln",
        "mld",
        "tys",
        "г",
        "гг",
        "т.е",
        "т.д",
        "им",
        "ст",
        "p",
        "pp",
        "s",
        "sra",
        "m",
        "mme",
        "mlle",
        "dra",
        "nº",
        "n°",
        "bzw",
        "ca",
        "vgl",
        "z.b",
        "u.a",
        "abs",
        "hr",
        "fr",
        "dkk",
        "jan",
        "feb",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "okt",
        "dez",
        "ee.uu",
        "ee",
        "uu",
        "eeuu",
        "sdr",
        "bpk",
        "jl",
        "tel",
        "fig",
        "approx",
    }
)
_TERMINAL = re.compile(r"([.!?…]+[\"'”»)\]]*)(\s+)|([。！？؟!?]+[\"'”」』)]*)\s*")
_GERMAN_MONTH = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\b"
)
_INITIAL = re.compile(r"(?:^|[\s(])((?:\w\.)+\w*|\w+)$")


@dataclass(frozen=True)
class Sentence:
    """A sentence and the index of the paragraph it belongs to."""

    text: str
    paragraph: int


# A German ordinal after an article ("der 76. Staat"), unless a new sentence clearly opens.
_GERMAN_ORDINAL = re.compile(r"\b(?:der|die|das|den|dem|des|zum|zur|am|im|vom|beim) \d{1,3}$")
_SENTENCE_OPENER = re.compile(
    r"(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|In|Im|Am|Mit|Auch|Damit|Dies|Diese|"
    r"Dieser|Dabei|Doch|Aber|Und|Nach|Bis|Seit|Zudem|Außerdem|Laut|Nun|So|Wie|Was|Wer)\b"
)


def _is_abbreviation(before: str, after: str) -> bool:
    """Whether the period ending `before` belongs to an abbreviation, not a sentence end."""
    match = _INITIAL.search(before)
    if not match:
        return False
    token = match.group(1).lower().rstrip(".")
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return True
    if after[:1].isdigit():
        return True
    if token.isdigit() and len(token) <= 2 and _GERMAN_MONTH.match(after):
        return True
    if _GERMAN_ORDINAL.search(before) and not _SENTENCE_OPENER.match(after):
        return True  # "Damit ist Österreich der 76. Staat"
    return bool(after[:1]) and after[:1].islower()


def split_paragraph(paragraph: str) -> list[str]:
    """Split one paragraph into sentences."""
    out: list[str] = []
    start = 0
    for match in _TERMINAL.finditer(paragraph):
        end = match.end()
        if match.group(1) and match.group(1).startswith("."):
            before = paragraph[start : match.start()]
            after = paragraph[end : end + 12]
            if _is_abbreviation(before, after):
                continue
        piece = paragraph[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs (blank or single line breaks) and their sentences, in order."""
    sentences: list[Sentence] = []
    paragraphs = [p for p in re.split(r"\n\s*\n|\r?\n", text) if p.strip()]
    for number, paragraph in enumerate(paragraphs):
        for sentence in split_paragraph(" ".join(paragraph.split())):
            sentences.append(Sentence(sentence, number))
    return sentences
