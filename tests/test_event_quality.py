"""A floor under detection quality on the labelled corpus (the benchmark's figures).

Set a little below what `tests/benchmarks/events.py` prints, so that a
regression fails CI but a changed label does not. Pages about other treaties
must never produce an event through the app's path.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "events_benchmark", Path(__file__).parent / "benchmarks" / "events.py"
)
assert _SPEC and _SPEC.loader
_BENCHMARK = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = _BENCHMARK  # its dataclasses look their module up
_SPEC.loader.exec_module(_BENCHMARK)
evaluate = _BENCHMARK.evaluate


def test_detection_stays_above_its_floor() -> None:
    figures = evaluate()
    assert figures["crashes"] == 0
    assert figures["relevance_accuracy"] >= 0.99
    assert figures["event_precision"] >= 0.98
    assert figures["event_recall"] >= 0.85
    assert figures["other_treaty_events_end_to_end"] == 0
