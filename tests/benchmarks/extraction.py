"""Benchmark: our article extractor against trafilatura on the shared extraction set.

Run as `python tests/benchmarks/extraction.py [--bench DIR] [--worst N] [--only ours]`.
Both extractors run in this one process on the same bytes; pages are read and
gunzipped before timing. Timed passes alternate between the extractors and the
best of `--repeat` counts, in wall-clock and in CPU time (the latter is less
disturbed by other work on the machine). The speed ratio is also given as the
median over the passes of each pass's ratio: a pass of ours is timed right
after one of trafilatura's, so both see the same load, and one disturbed pair
moves the median less than it moves a best time. Peak memory is reported two ways:
growth of the process's resident high-water mark from before the extractor's
first call, so imports and models it loads count (Linux; covers C allocations
in lexbor and lxml), and the tracemalloc peak of Python allocations (a
separate, untimed pass).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import Score, average, score_page  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "extraction"

# A page without metadata, so the fallbacks (visible dates, language detection) warm up.
WARM_UP_PAGE = (
    "<html><body><article><p>Published 19 November 2019</p><p>"
    + "The delegates met in the city and agreed on a text, which the states will sign. " * 5
    + "</p></article></body></html>"
).encode()

Page = tuple[str, str, bytes, str]  # id, url, html, expected body
Extractor = Callable[[bytes, str], str]


def load_pages(bench: Path) -> list[Page]:
    """Read the ground truth and the gzipped pages into memory."""
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        html = gzip.decompress((bench / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, truth[page_id]["url"], html, truth[page_id]["articleBody"]))
    return pages


def ours(html: bytes, url: str) -> str:
    """Body text from monitor's extractor."""
    from monitor.parse.extract import extract

    return extract(html, url).text


def theirs(html: bytes, url: str) -> str:
    """Body text from trafilatura with default settings."""
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def _rss_kib(field: str) -> int:
    """One memory field of /proc/self/status in KiB (0 where unavailable)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_high_water() -> bool:
    """Reset the resident high-water mark (Linux); False where not supported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def first_pass(extractor: Extractor, pages: list[Page]) -> tuple[list[str], float]:
    """Warm up and extract every page once; return the texts and peak RSS growth (MiB).

    The growth is measured from before the extractor's first call, so imports and
    lazily built tables (models, month names) count.
    """
    gc.collect()
    base = _rss_kib("VmRSS")
    reset = _reset_high_water()
    extractor(pages[0][2], pages[0][1])
    extractor(WARM_UP_PAGE, "https://example.com/news/story")
    texts = [extractor(html, url) for _, url, html, _ in pages]
    growth = (_rss_kib("VmHWM") - base) / 1024 if reset else float("nan")
    return texts, growth


def timed_pass(extractor: Extractor, pages: list[Page]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one pass over every page.

    The garbage of the previous pass (maybe the other extractor's) is collected
    first, so that neither pays for the other's.
    """
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    for _, url, html, _ in pages:
        extractor(html, url)
    return time.perf_counter() - wall, time.process_time() - cpu


Times = dict[str, list[tuple[float, float]]]


def timed_passes(extractors: list[tuple[str, Extractor]], pages: list[Page], repeat: int) -> Times:
    """Wall-clock and CPU seconds of each of `repeat` interleaved passes, per extractor.

    Interleaving spreads any other load on the machine over both extractors.
    """
    times: Times = {name: [] for name, _ in extractors}
    for _ in range(repeat):
        for name, extractor in extractors:
            times[name].append(timed_pass(extractor, pages))
    return times


def best(times: list[tuple[float, float]]) -> tuple[float, float]:
    """The best wall-clock and the best CPU seconds of several passes."""
    return min(wall for wall, _ in times), min(cpu for _, cpu in times)


def median_ratios(
    theirs: list[tuple[float, float]], ours: list[tuple[float, float]]
) -> tuple[float, float]:
    """Median over paired passes of their time over ours, in wall-clock and in CPU time."""
    walls = [t[0] / o[0] for t, o in zip(theirs, ours, strict=True)]
    cpus = [t[1] / o[1] for t, o in zip(theirs, ours, strict=True)]
    return statistics.median(walls), statistics.median(cpus)


def traced_peak(extractor: Extractor, pages: list[Page]) -> float:
    """Peak Python heap (tracemalloc) in MiB while extracting every page."""
    gc.collect()
    tracemalloc.start()
    for _, url, html, _ in pages:
        extractor(html, url)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def report(
    name: str, scores: list[Score], times: tuple[float, float], rss: float, heap: float
) -> None:
    """Print one extractor's line."""
    avg = average(scores)
    wall, cpu = (len(scores) / seconds for seconds in times)
    print(
        f"{name:12s} F1 {avg.f1:.3f}  P {avg.precision:.3f}  R {avg.recall:.3f}  "
        f"{wall:6.1f} pages/s ({cpu:6.1f} per CPU second)  "
        f"peak RSS +{rss:5.1f} MiB  peak heap {heap:5.1f} MiB"
    )


def main(argv: list[str] | None = None) -> None:
    """Score both extractors and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--only", choices=["ours", "both"], default="both")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes of each extractor")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args(argv)
    pages = load_pages(args.bench)
    runs: list[tuple[str, Extractor]] = [("ours", ours)]
    if args.only == "both":
        runs.append(("trafilatura", theirs))
    print(f"{len(pages)} pages from {args.bench}")
    first = {name: first_pass(extractor, pages) for name, extractor in runs}
    times = timed_passes(runs, pages, args.repeat)
    results = {}
    for name, extractor in runs:
        texts, rss = first[name]
        heap = float("nan") if args.no_memory else traced_peak(extractor, pages)
        scores = [score_page(page[3], text) for page, text in zip(pages, texts, strict=True)]
        results[name] = scores
        report(name, scores, best(times[name]), rss, heap)
    if "trafilatura" in results:
        (wall, cpu), (ours_wall, ours_cpu) = best(times["trafilatura"]), best(times["ours"])
        print(
            f"speed ratio: ours is {wall / ours_wall:.1f}x trafilatura's pages/s "
            f"({cpu / ours_cpu:.1f}x in CPU time), best passes"
        )
        wall, cpu = median_ratios(times["trafilatura"], times["ours"])
        print(
            f"speed ratio: ours is {wall:.1f}x trafilatura's pages/s ({cpu:.1f}x in CPU time), "
            f"median of {args.repeat} paired passes"
        )
    ranked = sorted(zip(results["ours"], pages, strict=True), key=lambda item: item[0].f1)
    print(f"worst {args.worst} pages for ours:")
    for score, (page_id, url, _, _) in ranked[: args.worst]:
        figures = f"F1 {score.f1:.3f} P {score.precision:.3f} R {score.recall:.3f}"
        print(f"  {figures}  {page_id[:12]}  {url}")


if __name__ == "__main__":
    main()
