"""Benchmark: relevance, signature/ratification events and counts on the labelled event corpus.

Run as `python tests/benchmarks/events.py [--corpus DIR] [--no-lists]`.
Each page goes through the app's path: `extract` -> `is_relevant(title, text)`
-> `detect(text, ...)` for relevant pages only. Scores:

- relevance precision / recall / accuracy against the `relevant` labels;
- events (country, action) per page, end to end (a page the matcher rejects
  yields no events), overall and per language; and, to separate the two
  stages, the detector alone on every page labelled relevant;
- counts: the highest detected count per action against the highest labelled;
- events the detector reports on pages about other treaties (target 0), fed
  to it regardless of the matcher.

Then every missed event, false event and relevance error is listed. This is a
report, not a test: the exit code is always 0. See tests/data/events/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT / "tests" / "data" / "events"
ACTIONS = ("signature", "ratification")

Event = tuple[str, str]  # country, action
HEADER = f"{'language':<10} {'pages':>5} {'tp':>4} {'fp':>4} {'fn':>4}  " + (
    f"{'prec':>6} {'recall':>6} {'f1':>6}"
)


@dataclass
class PageResult:
    """What the pipeline stages produced for one page, next to its labels."""

    label: dict
    relevant: bool | None = None
    events: dict[Event, str] = field(default_factory=dict)  # end to end, with evidence
    detector_events: dict[Event, str] = field(default_factory=dict)  # detector alone
    counts: dict[str, int] = field(default_factory=dict)  # highest per action, end to end
    text_chars: int = 0  # length of the extracted body, to spot extraction failures
    error: str = ""


# An extracted body shorter than this suggests extraction missed the article (CJK is denser).
SHORT_TEXT = {"zh": 120, "ja": 120, "ko": 150}
SHORT_DEFAULT = 400


def _split_order(split: str) -> tuple[int, int]:
    """dev first, then holdout, holdout2, … holdout10 in number order."""
    number = split.removeprefix("holdout")
    return (0, 0) if split == "dev" else (1, int(number) if number.isdigit() else 1)


def _short_body(result: PageResult) -> bool:
    """Whether the extracted body looks too short to be the whole article."""
    limit = SHORT_TEXT.get(result.label["language"], SHORT_DEFAULT)
    return not result.error and result.text_chars < limit


@dataclass
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, found: set) -> None:
        """Count one page's comparison."""
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    @property
    def precision(self) -> float:
        """Share of reported items that are right (1 when nothing was reported)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled items that were found (1 when nothing was labelled)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def row(self, name: str, pages: int, width: int = 10) -> str:
        """One table row."""
        return (
            f"{name:<{width}} {pages:>5} {self.tp:>4} {self.fp:>4} {self.fn:>4}"
            f"  {self.precision:6.3f} {self.recall:6.3f} {self.f1:6.3f}"
        )


def _gold_events(label: dict) -> set[Event]:
    """The labelled (country, action) pairs of a page."""
    return {(event["country"], event["action"]) for event in label["events"]}


def _gold_counts(label: dict) -> dict[str, int]:
    """The highest labelled count per action."""
    best: dict[str, int] = {}
    for item in label["counts"]:
        best[item["action"]] = max(best.get(item["action"], 0), item["count"])
    return best


def _detect(text: str, language: str | None, title: str, published) -> tuple[dict, dict]:
    """Events (with evidence) and highest counts per action from the detector."""
    from monitor.detect import detect

    detection = detect(text, language=language, title=title, published=published)
    events: dict[Event, str] = {}
    for report in detection.reports:
        events.setdefault((report.country, report.action), report.evidence)
    counts: dict[str, int] = {}
    for item in detection.counts:
        counts[item.action] = max(counts.get(item.action, 0), item.count)
    return events, counts


def run_page(path: Path, label: dict) -> PageResult:
    """Extract, match and detect one page; errors are recorded, not raised."""
    from monitor.match import is_relevant
    from monitor.parse.extract import extract

    result = PageResult(label)
    try:
        html = path.read_bytes()
        url = _canonical(html)
        ex = extract(html, url)
        result.text_chars = len((ex.text or "").strip())
        result.relevant = bool(is_relevant(ex.title or "", ex.text or ""))
        if label["relevant"] or label["other_treaty"] or result.relevant:
            events, counts = _detect(ex.text or "", ex.language, ex.title or "", ex.published)
            result.detector_events = events
            if result.relevant:
                result.events, result.counts = events, counts
    except Exception:  # noqa: BLE001 - a crash on one page is a finding, not the end
        result.error = traceback.format_exc(limit=3)
    return result


def _canonical(html: bytes) -> str | None:
    """The page's canonical URL, as a fetcher would know it."""
    marker = b'rel="canonical" href="'
    start = html.find(marker)
    if start < 0:
        return None
    start += len(marker)
    return html[start : html.find(b'"', start)].decode("utf-8", "replace")


def _pct(value: float) -> str:
    """A share as a percentage."""
    return f"{100 * value:5.1f}%"


def load(corpus: Path = DEFAULT_CORPUS) -> list[PageResult]:
    """Run every labelled page of the corpus through extraction, matching and detection."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return [run_page(corpus / label["file"], label) for label in labels]


def relevance_scores(results: list[PageResult]) -> dict[str, float]:
    """Relevance precision, recall and accuracy, with error counts."""
    scored = [r for r in results if r.relevant is not None]
    tp = sum(1 for r in scored if r.relevant and r.label["relevant"])
    fp = sum(1 for r in scored if r.relevant and not r.label["relevant"])
    fn = sum(1 for r in scored if not r.relevant and r.label["relevant"])
    correct = sum(1 for r in scored if r.relevant == r.label["relevant"])
    return {
        "pages": len(scored),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "accuracy": correct / len(scored) if scored else 0.0,
        "false_relevant": fp,
        "missed_relevant": fn,
    }


def event_tallies(results: list[PageResult]) -> tuple[Tally, dict[str, Tally], Tally]:
    """End-to-end tallies overall and per language, and the detector alone on relevant pages."""
    overall, by_language = Tally(), defaultdict(Tally)
    alone = Tally()
    for r in results:
        gold = _gold_events(r.label)
        overall.add(gold, set(r.events))
        by_language[r.label["language"]].add(gold, set(r.events))
        if r.label["relevant"]:
            alone.add(gold, set(r.detector_events))
    return overall, dict(by_language), alone


def count_scores(results: list[PageResult]) -> dict[str, int]:
    """Highest count per action on relevant pages: right over all, and where one is expected."""
    scores = {"pairs": 0, "right": 0, "informative": 0, "informative_right": 0}
    for r in results:
        if not r.label["relevant"]:
            continue
        gold = _gold_counts(r.label)
        for action in ACTIONS:
            expected, found = gold.get(action), r.counts.get(action)
            scores["pairs"] += 1
            scores["right"] += expected == found
            if expected is not None or found is not None:
                scores["informative"] += 1
                scores["informative_right"] += expected == found
    return scores


def other_treaty_events(results: list[PageResult]) -> tuple[int, int, int]:
    """Pages about other treaties; events on them from the detector alone and end to end."""
    other = [r for r in results if r.label["other_treaty"]]
    fed = sum(len(r.detector_events) for r in other)
    gated = sum(len(r.events) for r in other)
    return len(other), fed, gated


def trap_tallies(results: list[PageResult]) -> dict[str, Tally]:
    """End-to-end event tallies over the pages carrying each trap."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for r in results:
        for trap in r.label["traps"]:
            tallies[trap].add(_gold_events(r.label), set(r.events))
    return dict(tallies)


def evaluate(corpus: Path = DEFAULT_CORPUS) -> dict[str, float]:
    """Headline figures, for a floor test: event P/R/F1, relevance accuracy, counts, crashes."""
    results = load(corpus)
    overall, _, _ = event_tallies(results)
    counts = count_scores(results)
    _, fed, gated = other_treaty_events(results)
    informative = counts["informative"]
    return {
        "event_precision": overall.precision,
        "event_recall": overall.recall,
        "event_f1": overall.f1,
        "relevance_accuracy": relevance_scores(results)["accuracy"],
        "count_accuracy": counts["informative_right"] / informative if informative else 1.0,
        "other_treaty_events": fed,
        "other_treaty_events_end_to_end": gated,
        "crashes": sum(1 for r in results if r.error),
    }


def report_relevance(results: list[PageResult]) -> None:
    """Print relevance precision, recall and accuracy."""
    s = relevance_scores(results)
    print(f"\nRelevance ({s['pages']} pages): precision {_pct(s['precision'])}", end="")
    print(f"  recall {_pct(s['recall'])}  accuracy {_pct(s['accuracy'])}")
    print(f"  false relevant {s['false_relevant']}, missed relevant {s['missed_relevant']}")


def report_events(results: list[PageResult]) -> None:
    """Print event precision/recall/F1 overall, per language and per trap."""
    overall, by_language, alone = event_tallies(results)
    pages = Counter(r.label["language"] for r in results)
    print("\nEvents, end to end (matcher-gated, as in the app)")
    print(HEADER)
    for language in sorted(by_language, key=lambda lang: (-pages[lang], lang)):
        print(by_language[language].row(language, pages[language]))
    print(overall.row("all", len(results)))
    relevant = sum(1 for r in results if r.label["relevant"])
    print(alone.row("detector", relevant) + "   (detector alone, pages labelled relevant)")
    splits = Counter(r.label.get("split", "dev") for r in results)
    if len(splits) > 1:
        print("\nEvents by split (holdout splits were written blind; see the corpus README)")
        for split in sorted(splits, key=_split_order):
            part = [r for r in results if r.label.get("split", "dev") == split]
            print(event_tallies(part)[0].row(split, splits[split]))
    print("\nEvents by trap (pages carrying the trap, end to end)")
    print(f"{'trap':<19} " + HEADER[11:])
    trap_pages = Counter(trap for r in results for trap in r.label["traps"])
    for trap, tally in sorted(trap_tallies(results).items()):
        print(tally.row(trap, trap_pages[trap], width=19))


def report_counts(results: list[PageResult]) -> None:
    """Print how often the highest count per action matches the label."""
    s = count_scores(results)
    print(f"\nCounts (highest per action, relevant pages): {s['right']}/{s['pairs']} right")
    if s["informative"]:
        share = _pct(s["informative_right"] / s["informative"])
        right, total = s["informative_right"], s["informative"]
        print(f"  where labelled or detected: {right}/{total} ({share})")
    splits = sorted({r.label.get("split", "dev") for r in results}, key=_split_order)
    for split in splits if len(splits) > 1 else []:
        part = count_scores([r for r in results if r.label.get("split", "dev") == split])
        right, total = part["informative_right"], part["informative"]
        print(f"  {split}: {right}/{total} right where labelled or detected")


def report_other_treaties(results: list[PageResult]) -> None:
    """Print the events found on pages about other treaties (target 0)."""
    pages, fed, gated = other_treaty_events(results)
    print(f"\nOther-treaty pages ({pages}): {fed} events from the detector fed every page,")
    print(f"  {gated} end to end (target 0 for both)")


def list_errors(results: list[PageResult]) -> None:
    """Every missed event, false event, count error and relevance error."""
    print("\nMissed events (file, country, action; why)")
    for r in results:
        for country, action in sorted(_gold_events(r.label) - set(r.events)):
            why = "page judged not relevant" if r.relevant is False else "not detected"
            if _short_body(r):
                why += f"; extracted body only {r.text_chars} characters"
            if r.relevant is False and (country, action) in r.detector_events:
                why += " (the detector alone finds it)"
            print(f"  {r.label['file']}  {country} {action}  [{why}]")
    print("\nFalse events (file, country, action: evidence)")
    for r in results:
        for (country, action), evidence in sorted(r.events.items()):
            if (country, action) not in _gold_events(r.label):
                print(f"  {r.label['file']}  {country} {action}: {_short(evidence)}")
    print("\nOther-treaty pages: events from the detector")
    for r in results:
        if r.label["other_treaty"]:
            for (country, action), evidence in sorted(r.detector_events.items()):
                print(f"  {r.label['file']}  {country} {action}: {_short(evidence)}")
    print("\nCount errors (file, action: detected vs labelled)")
    for r in results:
        if r.label["relevant"]:
            gold = _gold_counts(r.label)
            for action in ACTIONS:
                found, expected = r.counts.get(action), gold.get(action)
                if found != expected:
                    print(f"  {r.label['file']}  {action}: {found} vs {expected}")
    print("\nRelevance errors (file: labelled -> judged)")
    for r in results:
        if r.relevant is not None and r.relevant != r.label["relevant"]:
            label = r.label
            print(f"  {label['file']}: {label['relevant']} -> {r.relevant}  traps={label['traps']}")


def _short(text: str, width: int = 220) -> str:
    """One line of evidence, shortened."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report; always returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory")
    parser.add_argument("--no-lists", action="store_true", help="figures only, no error lists")
    args = parser.parse_args(argv)
    results = load(args.corpus)
    crashed = [r for r in results if r.error]
    gold_total = sum(len(r.label["events"]) for r in results)
    languages = len({r.label["language"] for r in results})
    print(
        f"Event corpus: {len(results)} pages, {languages} languages, {gold_total} labelled events"
    )
    short = [r.label["file"] for r in results if _short_body(r)]
    if short:
        print(f"Extracted body suspiciously short on {len(short)} pages:")
        print("  " + ", ".join(short))
    for r in crashed:
        print(f"\nERROR on {r.label['file']}:\n{r.error}")
    report_relevance(results)
    report_events(results)
    report_counts(results)
    report_other_treaties(results)
    if not args.no_lists:
        list_errors(results)
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception:  # noqa: BLE001 - a report never fails the caller
        traceback.print_exc()
    sys.exit(0)
