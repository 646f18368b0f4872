"""`convmon run` killed with SIGKILL mid-dispatch, then restarted: every alert arrives once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from monitor import outbox
from monitor.db import make_engine, session_scope, upgrade
from monitor.models import Delivery, Notification
from tests.conftest import SITE_SOURCES, write_catalogue
from tests.receivers import HttpReceiver
from tests.site import Site

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


def wait_for(
    check: Callable[[], bool], timeout: float, what: str, proc: subprocess.Popen[bytes], log: Path
) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if proc.poll() is not None:
            raise AssertionError(f"convmon run exited {proc.returncode}:\n{log.read_text()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}:\n{log.read_text()}")
        time.sleep(0.1)


def start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "monitor", "run"], env=env, stdout=out, stderr=subprocess.STDOUT
        )


def test_sigkill_during_dispatch_loses_and_duplicates_nothing(
    tmp_path: Path, site: Site, db_url: str
) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    # Committed together with their events by a process that died before dispatching.
    with session_scope(engine) as session:
        for n in range(3):
            outbox.enqueue(
                session,
                key=f"before-crash-{n}",
                kind="count",
                title=f"queued before the crash {n}",
                payload={"type": "test"},
            )
    with HttpReceiver() as hook:
        env = {
            **os.environ,
            "CONVMON_DATABASE_URL": db_url,
            "CONVMON_SOURCES": str(write_catalogue(tmp_path / "s.toml", site, SITE_SOURCES)),
            "CONVMON_NOTIFY": hook.url() + "?cto=1&rto=1",
            "CONVMON_ALLOW_PRIVATE_NETWORKS": "true",
            "CONVMON_DATA_DIR": str(tmp_path),
            "CONVMON_RETRY_BASE": "1",
            "CONVMON_DISPATCH_SECONDS": "1",
            "CONVMON_TICK_SECONDS": "1",
            "CONVMON_LOG_LEVEL": "INFO",
        }
        hook.stall_on(2)  # the second message is in flight when the daemon dies
        log = tmp_path / "run.log"
        first = start(env, log)
        try:
            wait_for(hook.stalled.is_set, 60, "a message in flight", first, log)
        finally:
            first.kill()
            first.wait(10)
        hook.release()
        assert len(hook.received) == 1

        second = start(env, log)
        try:

            def all_sent() -> bool:
                with Session(engine) as session:
                    notes = session.exec(select(Notification)).all()
                    pending = session.exec(
                        select(Delivery).where(col(Delivery.status) != "sent")
                    ).all()
                    sent = session.exec(select(Delivery)).all()
                return len(notes) > 3 and not pending and len(sent) == len(notes)

            wait_for(all_sent, 60, "every delivery sent", second, log)
            time.sleep(1.5)  # a duplicate would arrive now
        finally:
            second.terminate()
            assert second.wait(20) == 0, log.read_text()
    with Session(engine) as session:
        titles = Counter(n.title for n in session.exec(select(Notification)).all())
    received = Counter(p["title"] for p in hook.received)
    assert received == titles
    assert any(t.startswith("Monitoring the UN Convention") for t in titles)  # the baseline
    engine.dispose()
