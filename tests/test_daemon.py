"""`convmon run` as a real process: polls the fixture site, beats, stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from monitor.db import make_engine
from monitor.models import Article, Source, Story
from tests.conftest import SITE_SOURCES, write_catalogue
from tests.httpserver import Response
from tests.site import Site


def wait_for(predicate, timeout: float) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_run_polls_beats_and_stops_on_sigterm(db_url: str, site: Site, tmp_path: Path) -> None:
    # one feed whose article hangs, so a refresh is in flight when SIGTERM comes
    site.server.routes["/hanging.rss"] = Response(
        body=(
            '<rss version="2.0"><channel><title>t</title><item><title>x</title>'
            f"<link>{site.url('/en/hanging-story-about-the-convention.html')}</link></item>"
            "</channel></rss>"
        ).encode()
    )
    site.server.routes["/en/hanging-story-about-the-convention.html"] = Response(
        body=b"<html></html>", delay=60
    )
    catalogue = write_catalogue(
        tmp_path / "sources.toml", site, [*SITE_SOURCES, ("hanging", "feed", "/hanging.rss")]
    )
    env = {
        **os.environ,
        "CONVMON_DATABASE_URL": db_url,
        "CONVMON_SOURCES": str(catalogue),
        "CONVMON_ALLOW_PRIVATE_NETWORKS": "true",
        "CONVMON_TICK_SECONDS": "0.5",
        "CONVMON_HEARTBEAT_SECONDS": "0.5",
        "CONVMON_TIMEOUT": "120",
        "CONVMON_NOTIFY": "json://127.0.0.1:9/nowhere",  # unreachable: alerts stay queued
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    engine = make_engine(db_url)
    try:

        def polled() -> bool:
            try:
                with Session(engine) as s:
                    done = s.exec(
                        select(func.count())
                        .select_from(Source)
                        .where(Source.last_success_at.is_not(None))
                    ).one()  # type: ignore[union-attr]
                    return done >= len(SITE_SOURCES)
            except Exception:  # tables not created yet
                return False

        assert wait_for(polled, 30), "the daemon did not poll the fixture site"
        health = subprocess.run(
            [sys.executable, "-m", "monitor", "health"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert health.returncode == 0, health.stderr
        assert site.hits("/en/hanging-story-about-the-convention.html")  # in flight now
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=10)
        assert time.monotonic() - started < 10
        assert proc.returncode == 0, stderr
        assert "daemon stopped" in stderr
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    with Session(engine) as s:
        articles = s.exec(select(Article)).all()
        assert len(articles) == 6
        assert all(a.story_id and s.get(Story, a.story_id) for a in articles)
    engine.dispose()
