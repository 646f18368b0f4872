"""Alert delivery end to end: outbox rows in a real DB, Apprise, real local receivers."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from monitor import notify, outbox
from monitor.config import Settings
from monitor.db import session_scope
from monitor.models import (
    Article,
    Delivery,
    Event,
    EventReport,
    Notification,
    Source,
    Story,
    utcnow,
)
from tests.receivers import HttpReceiver, SmtpReceiver, mail_text

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
# `engine` (a migrated SQLite database, and PostgreSQL when CONVMON_TEST_DATABASE_URL
# is set) comes from conftest.py.


@pytest.fixture
def http() -> Iterator[HttpReceiver]:
    with HttpReceiver() as receiver:
        yield receiver


def settings(**kw: Any) -> Settings:
    values: dict[str, Any] = {"retry_base": 10, "retry_max": 60, "max_attempts": 5}
    values.update(kw)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def add_event(
    session: Session,
    country: str,
    action: str,
    evidence: str,
    url: str,
    language: str = "en",
    **kw: Any,
) -> Event:
    article = Article(
        url=url,
        canonical_url=url,
        source="test",
        title="t",
        text=evidence,
        language=language,
        fingerprint=uuid.uuid4().hex,
    )
    event = Event(country=country, action=action, **kw)
    session.add_all([article, event])
    session.flush()
    assert event.id is not None and article.id is not None
    session.add(
        EventReport(
            event_id=event.id, article_id=article.id, evidence=evidence, date=kw.get("date")
        )
    )
    session.flush()
    return event


def run(engine: Engine, s: Settings, at: dt.datetime) -> notify.DispatchSummary:
    return notify.dispatch(engine, s, now=at)


def test_new_event_reaches_webhook_and_email(engine: Engine, http: HttpReceiver) -> None:
    with SmtpReceiver() as smtp:
        s = settings(notify=f"{http.url()} {smtp.url()}")
        with session_scope(engine) as session:
            event = add_event(
                session,
                "KE",
                "signature",
                "Kenya signed the <UN> convention & more in Hanoi.",
                "https://news.example/ke_signs?id=1",
                date=dt.date(2025, 10, 25),
            )
            assert outbox.enqueue_event(session, event) is not None
        summary = run(engine, s, utcnow())
        assert (summary.created, summary.sent) == (2, 2)
        assert len(http.received) == 1 and len(smtp.messages) == 1
        post = http.received[0]
        assert post["title"] == "Kenya signed the UN Convention against Cybercrime"
        assert "Kenya signed the <UN> convention & more in Hanoi." in post["message"]
        assert "Evidence (English)" in post["message"]
        assert "https://news.example/ke_signs?id=1" in post["message"]
        assert "25 October 2025" in post["message"] and "reported" in post["message"]
        assert "1 signatory · 0 of 40 ratifications needed" in post["message"]
        mail = smtp.messages[0]
        assert mail["Subject"] == "Kenya signed the UN Convention against Cybercrime"
        body = mail_text(mail)
        assert "Kenya signed the &lt;UN&gt; convention &amp; more in Hanoi." in body
        assert 'href="https://news.example/ke_signs?id=1"' in body
        assert smtp.logins == [SmtpReceiver.user]
        assert run(engine, s, utcnow() + timedelta(hours=1)).sent == 0  # nothing twice


def test_confirmation_count_and_baseline_messages(engine: Engine, http: HttpReceiver) -> None:
    s = settings(notify=http.url())
    with session_scope(engine) as session:
        event = add_event(
            session,
            "AZ",
            "ratification",
            "Azerbaijan ratified the convention.",
            "https://news.example/az",
            date=dt.date(2026, 2, 23),
        )
        outbox.enqueue_baseline(session)
        event.status, event.official_date, event.kind = "confirmed", dt.date(2026, 3, 2), "AA"
        outbox.enqueue_confirmation(session, event)
        outbox.enqueue_count(
            session,
            action="signature",
            count=73,
            previous=72,
            evidence="73 states have now signed.",
            language="en",
            sources=["https://news.example/73"],
        )
    run(engine, s, utcnow())
    by_title = {p["title"]: p["message"] for p in http.received}
    assert len(http.received) == 3
    baseline = next(m for t, m in by_title.items() if t.startswith("Monitoring"))
    assert "Parties known: Azerbaijan" in baseline
    confirm = by_title["Confirmed: Azerbaijan approved the UN Convention against Cybercrime"]
    assert "instrument of approval on 2 March 2026" in confirm
    assert "treaties.un.org" in confirm
    count = by_title["73 signatories of the UN Convention against Cybercrime"]
    assert "previously 72" in count and "https://news.example/73" in count


def test_retry_until_receiver_recovers_delivers_once(engine: Engine, http: HttpReceiver) -> None:
    s = settings(notify=http.url())
    with session_scope(engine) as session:
        outbox.enqueue_count(
            session,
            action="signature",
            count=72,
            previous=None,
            evidence="72 signed",
            language="en",
            sources=["https://x.example"],
        )
    http.fail_next(2)
    assert run(engine, s, T0).retried == 1
    assert run(engine, s, T0 + timedelta(seconds=5)).sent == 0  # not due yet (>= 8 s backoff)
    assert run(engine, s, T0 + timedelta(seconds=11)).retried == 1
    assert run(engine, s, T0 + timedelta(seconds=40)).sent == 1
    for minutes in (1, 10, 100):
        run(engine, s, T0 + timedelta(minutes=minutes))
    assert http.hits == 3 and len(http.received) == 1


def test_two_targets_one_down(engine: Engine, http: HttpReceiver) -> None:
    with HttpReceiver() as down:
        s = settings(notify=f"{http.url()},{down.url()}")
        with session_scope(engine) as session:
            outbox.enqueue_entry_into_force(
                session, deposit_date=dt.date(2027, 1, 10), country="PL"
            )
        down.fail_next(3)
        at = T0
        for _ in range(6):
            run(engine, s, at)
            at += timedelta(seconds=61)
        assert len(http.received) == 1 and http.hits == 1
        assert len(down.received) == 1 and down.hits == 4
        assert "enters into force on 10 April 2027" in down.received[0]["title"]


def test_max_attempts_then_failed_visible_and_retry(engine: Engine, http: HttpReceiver) -> None:
    s = settings(notify=http.url(), max_attempts=2)
    with session_scope(engine) as session:
        outbox.enqueue_baseline(session)
    http.fail_next(100)
    run(engine, s, T0)
    assert run(engine, s, T0 + timedelta(minutes=5)).failed == 1
    with session_scope(engine) as session:
        [alert] = outbox.list_alerts(session, limit=10)
    [delivery] = alert["deliveries"]
    assert delivery["status"] == "failed" and delivery["attempts"] == 2
    assert delivery["last_error"] and "500" in delivery["last_error"]
    json.dumps(alert)  # the CLI prints it
    run(engine, s, T0 + timedelta(hours=5))
    assert http.hits == 2  # failed stays failed
    with session_scope(engine) as session:
        assert outbox.retry_failed(session, now=T0 + timedelta(hours=6)) == 1
    http.fail_next(0)
    assert run(engine, s, T0 + timedelta(hours=6)).sent == 1
    assert len(http.received) == 1


def test_enqueue_same_key_once_and_rollback_drops(engine: Engine) -> None:
    with session_scope(engine) as session:
        first = outbox.enqueue(session, key="k", kind="count", title="t", payload={})
        second = outbox.enqueue(session, key="k", kind="count", title="t2", payload={})
        assert first is not None and second is None
        session.add(Source(name="s", kind="feed", url="https://x.example"))  # still usable
    with Session(engine) as session:
        outbox.enqueue(session, key="gone", kind="count", title="t", payload={})
        session.rollback()  # the caller's transaction decides
    with Session(engine) as session:
        assert [n.key for n in session.exec(select(Notification)).all()] == ["k"]
        assert session.exec(select(Source)).one().name == "s"


def test_secrets_redacted_in_labels_errors_and_logs(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    port = __import__("tests.receivers", fromlist=["free_port"]).free_port()
    secret = "Sup3rSecretPassw0rd"
    url = (
        f"mailto://alerts:{secret}@127.0.0.1:{port}?smtp=127.0.0.1&mode=insecure"
        "&from=monitor@example.com&to=ngo@example.org&cto=1"
    )
    s = settings(notify=url, max_attempts=1)
    with session_scope(engine) as session:
        outbox.enqueue_baseline(session)
    assert run(engine, s, T0).failed == 1
    with session_scope(engine) as session:
        [alert] = outbox.list_alerts(session, limit=5)
    shown = json.dumps(alert)
    assert secret not in shown and secret not in caplog.text
    assert alert["deliveries"][0]["target"].startswith("mailto://alerts:****@127.0.0.1")
    assert alert["deliveries"][0]["last_error"]
    with pytest.raises(notify.NotifyConfigError) as err:
        notify.load_targets(settings(notify=f"nosuch://user:{secret}@host/tok"))
    assert secret not in str(err.value) and "nosuch://user:****@host" in str(err.value)
    assert secret[1:-1] not in caplog.text and "S...d" not in caplog.text
    with Session(engine) as session:
        target = session.exec(select(Delivery)).one().target
    assert len(target) == 64 and secret not in target


def test_bad_config_file_named_at_startup(tmp_path: Path) -> None:
    bad = tmp_path / "apprise.yml"
    bad.write_text("version: 1\nurls: [[[\n")
    with pytest.raises(notify.NotifyConfigError, match="CONVMON_NOTIFY_CONFIG.*apprise.yml"):
        notify.load_targets(settings(notify_config=bad))
    with pytest.raises(notify.NotifyConfigError, match="missing.yml"):
        notify.load_targets(settings(notify_config=tmp_path / "missing.yml"))


def test_tag_routing_from_yaml_config(engine: Engine, tmp_path: Path) -> None:
    with HttpReceiver() as sig, HttpReceiver() as rat, HttpReceiver() as every:
        config = tmp_path / "apprise.yml"
        config.write_text(
            "version: 1\nurls:\n"
            f"  - {sig.url()}:\n      tag: signature, count\n"
            f"  - {rat.url()}:\n      tag: ratification\n"
            f"  - {every.url()}\n"
        )
        s = settings(notify_config=config)
        with session_scope(engine) as session:
            ke = add_event(session, "KE", "signature", "Kenya signed.", "https://n.example/ke")
            outbox.enqueue_event(session, ke)
            az = add_event(
                session, "AZ", "ratification", "Azerbaijan ratified.", "https://n.example/az"
            )
            outbox.enqueue_event(session, az)
            ke.status, ke.official_date = "confirmed", dt.date(2025, 10, 26)
            outbox.enqueue_confirmation(session, ke)
            outbox.enqueue_count(
                session,
                action="signature",
                count=74,
                previous=73,
                evidence="74",
                language="en",
                sources=["https://n.example"],
            )
            outbox.enqueue(
                session,
                key="src",
                kind="source",
                title="Source failing: x",
                payload={"type": "source", "name": "x", "state": "down"},
            )
        run(engine, s, utcnow())

        def titles(r: HttpReceiver) -> list[str]:
            return sorted(p["title"].split(" the UN")[0] for p in r.received)

        assert titles(sig) == ["74 signatories of", "Confirmed: Kenya signed", "Kenya signed"]
        assert titles(rat) == ["Azerbaijan ratified"]
        assert len(every.received) == 5


def test_console_default_prints(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    with session_scope(engine) as session:
        event = add_event(
            session,
            "PL",
            "signature",
            "Polska podpisała konwencję.",
            "https://pl.example/a",
            language="pl",
        )
        outbox.enqueue_event(session, event)
    [target] = notify.load_targets(settings())
    assert target.label == "console://"
    assert run(engine, settings(), utcnow()).sent == 1
    out = capsys.readouterr().out
    assert "Poland signed the UN Convention against Cybercrime" in out
    assert "Evidence (Polish): “Polska podpisała konwencję.”" in out


def test_concurrent_dispatchers_send_each_once(engine: Engine, http: HttpReceiver) -> None:
    s = settings(notify=http.url())
    with session_scope(engine) as session:
        for n in range(8):
            outbox.enqueue(
                session, key=f"c{n}", kind="count", title=f"n{n}", payload={"type": "test"}
            )
    targets = notify.load_targets(s)
    with Session(engine) as session:
        notify.create_deliveries(session, targets, T0)
        session.commit()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            notify.dispatch(engine, s, now=T0 + timedelta(seconds=1), targets=targets)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(p["title"] for p in http.received) == [f"n{n}" for n in range(8)]


def test_new_target_does_not_get_old_history(engine: Engine, http: HttpReceiver) -> None:
    with session_scope(engine) as session:
        old = outbox.enqueue(session, key="old", kind="count", title="old", payload={})
        assert old is not None
        old.created_at = utcnow() - timedelta(days=3)
        session.add(old)
        outbox.enqueue(session, key="new", kind="count", title="new", payload={})
    run(engine, settings(notify=http.url()), utcnow())
    assert [p["title"] for p in http.received] == ["new"]


def test_source_failure_alerted_once_and_recovery_once(engine: Engine, http: HttpReceiver) -> None:
    s = settings(notify=http.url(), source_alert_after="1h")
    with session_scope(engine) as session:
        session.add(
            Source(
                name="dantri",
                kind="feed",
                url="https://dantri.example/rss",
                failing_since=T0 - timedelta(hours=2),
                last_error="HTTP 503",
            )
        )
    for _ in range(2):
        with session_scope(engine) as session:
            outbox.source_health_alerts(session, settings=s, now=T0)
    with session_scope(engine) as session:
        src = session.exec(select(Source)).one()
        src.failing_since, src.last_success_at = None, T0 + timedelta(hours=1)
        session.add(src)
    for _ in range(2):
        with session_scope(engine) as session:
            outbox.source_health_alerts(session, settings=s, now=T0 + timedelta(hours=1))
    run(engine, s, utcnow())
    assert [p["title"] for p in http.received] == [
        "Source failing: dantri",
        "Source recovered: dantri",
    ]
    assert "HTTP 503" in http.received[0]["message"]


def test_digest(engine: Engine, http: HttpReceiver) -> None:
    assert outbox.digest_trigger(settings()) is None
    trigger = outbox.digest_trigger(settings(digest_at="08:00 Europe/Warsaw"))
    assert trigger is not None and str(trigger.timezone) == "Europe/Warsaw"
    s = settings(notify=http.url(), digest_at="08:00 Europe/Warsaw")
    with session_scope(engine) as session:
        assert outbox.enqueue_digest(session, settings=s, now=T0) is None
        story = Story(title="Hanoi signing ceremony", last_seen=T0 - timedelta(hours=2))
        session.add(story)
        session.flush()
        session.add(
            Article(
                url="https://vn.example/a",
                canonical_url="https://vn.example/a",
                source="vn",
                title="a",
                text="x",
                language="vi",
                fingerprint="f1",
                story_id=story.id,
            )
        )
        assert outbox.enqueue_digest(session, settings=s, now=T0) is not None
        assert outbox.enqueue_digest(session, settings=s, now=T0) is None  # once a day
    run(engine, s, utcnow())
    [post] = http.received
    assert "Hanoi signing ceremony (1 articles; vi)" in post["message"]
    assert "https://vn.example/a" in post["message"]


def test_send_test_reports_each_target(http: HttpReceiver) -> None:
    with HttpReceiver() as down:
        down.fail_next(1)
        results = notify.send_test(settings(notify=f"{http.url()} {down.url()}"))
    assert [r.ok for r in results] == [True, False]
    assert results[1].error and results[0].target_label.startswith("json://127.0.0.1")
    assert len(http.received) == 1


def test_failure_reason_recorded_even_when_logging_is_quiet(
    engine: Engine, http: HttpReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)  # as with CONVMON_LOG_LEVEL=ERROR
    with session_scope(engine) as session:
        outbox.enqueue(session, key="q", kind="count", title="q", payload={"type": "test"})
    http.fail_next(1)
    run(engine, settings(notify=http.url()), T0)
    with session_scope(engine) as session:
        [alert] = outbox.list_alerts(session, limit=1)
    assert "500" in (alert["deliveries"][0]["last_error"] or "")


@pytest.mark.parametrize(
    ("url", "fmt", "limit"),
    [
        ("discord://1234567/AbCdEf0123456789token", "text", 2000),
        ("tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/12345/", "html", 4096),
        (
            "sns://AKIAIOSFODNN7EXAMPLE/wJalrXUtnFEMIbPxRfiCYEXAMPLEKEY/us-east-1/+15551234567",
            "text",
            160,
        ),
    ],
)
def test_service_limits_respected_links_kept(url: str, fmt: str, limit: int) -> None:
    [target] = notify.load_targets(settings(notify=url))
    assert "****" in target.label or "..." in target.label
    quote = "Kenya signed the convention in Hanoi. " * 200
    payload = {
        "type": "event",
        "country_name": "Kenya",
        "action": "signature",
        "status": "reported",
        "date": "2025-10-25",
        "sources": ["https://n.example/ke"],
        "evidence": [{"text": quote, "language": "en"}],
    }
    got_fmt, title, body = notify.message_for(target, "Kenya signed", payload)
    assert got_fmt == fmt and "https://n.example/ke" in body
    if limit > 200:
        assert len(body) <= limit
    assert len(body) < len(quote)
