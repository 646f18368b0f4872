"""Detection of signature and ratification reports and counts in article text.

`detect(text, language=..., title=..., published=...)` returns a `Detection`:
per-country `Report`s (unique per country and action, first evidence kept) and
aggregate `CountReport`s.  Pure functions: no I/O, no database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from monitor.detect.counts import CountReport, sentence_counts
from monitor.detect.dates import find_dates
from monitor.detect.events import ArticleState, Report, prepare, sentence_reports
from monitor.detect.home_bodies import home_reports
from monitor.detect.language import resolve_language
from monitor.detect.recaps import recap_reports
from monitor.detect.sentences import Sentence, split_paragraph, split_sentences
from monitor.detect.treaties import main_treaty, treaty_refs

__all__ = ["CountReport", "Detection", "Report", "detect"]


@dataclass(frozen=True)
class Detection:
    """What an article reports: per-country events and aggregate counts."""

    reports: tuple[Report, ...]
    counts: tuple[CountReport, ...]


def detect(
    text: str, *, language: str | None, title: str = "", published: dt.datetime | None = None
) -> Detection:
    """Signature/ratification reports and counts stated in an article (body, then title)."""
    lang = resolve_language(f"{title}\n{text}", language)
    sentences = split_sentences(text)
    if title.strip():  # a headline may hold a statement and a question
        sentences += [Sentence(part, -1) for part in split_paragraph(" ".join(title.split()))]
    reports: dict[tuple[str, str], Report] = {}
    counts: dict[tuple[str, int], CountReport] = {}
    prepared_all = [prepare(sentence.text, lang) for sentence in sentences]
    main = main_treaty([treaty_refs(p.folded, p.clean) for p in prepared_all])
    state = ArticleState(main=main)
    for prepared in prepared_all:
        result = sentence_reports(prepared, state, published)
        for report in result.reports:
            reports.setdefault((report.country, report.action), report)
        if result.countable:
            dates = find_dates(prepared.clean, lang, published)
            date = dates[0].date if dates else None
            spans = [(m.start, m.end) for m in result.mentions]
            found = sentence_counts(
                prepared.view, result.verbs, prepared.original, date, spans, lang
            )
            for count in found:
                counts.setdefault((count.action, count.count), count)
    for report in home_reports(state, reports.values()):
        reports.setdefault((report.country, report.action), report)
    for report in recap_reports(sentences, lang, published, main):
        reports.setdefault((report.country, report.action), report)
    return Detection(tuple(reports.values()), tuple(counts.values()))
