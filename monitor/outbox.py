"""The outbox: notifications written in the caller's transaction, one per idempotency key.

Builders (`enqueue_event`, `enqueue_confirmation`, ...) are called by the pipeline in
the same transaction as the change they announce; they never commit. The
dispatcher in `monitor.notify` delivers them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from monitor.config import Settings, parse_digest_at, parse_duration
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
from monitor.render import (
    country_name,
    event_title,
    format_date,
    instrument_name,
    tally_line,
)
from monitor.tally import IN_FORCE_AFTER, compute

log = logging.getLogger(__name__)

TREATY_RECORD_URL = (
    "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY"
    "&mtdsg_no=XVIII-16&chapter=18&clang=_en"
)
KINDS = (
    "signature",
    "ratification",
    "confirmation",
    "count",
    "milestone",
    "source",
    "digest",
    "baseline",
    "test",
)


def insert_ignore(session: Session, model: Any, values: dict[str, Any], conflict: list[str]) -> int:
    """INSERT unless a row with the same unique columns exists; returns rows inserted (0/1)."""
    session.flush()
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        # ON CONFLICT DO NOTHING: a duplicate neither raises nor aborts the caller's transaction
        mod: Any = sqlite if dialect == "sqlite" else postgresql
        table = model.__table__
        stmt = (
            mod.insert(table)
            .values(**values)
            .on_conflict_do_nothing(index_elements=conflict)
            .returning(table.c[conflict[0]])
        )
        # RETURNING, not rowcount: psycopg reports rowcount -1 for this statement
        return len(session.exec(stmt).all())
    where = [getattr(model, c) == values[c] for c in conflict]
    if session.exec(select(model).where(*where)).first() is not None:
        return 0
    session.add(model(**values))
    session.flush()
    return 1


def enqueue(
    session: Session, *, key: str, kind: str, title: str, payload: dict[str, Any]
) -> Notification | None:
    """Add a notification unless its key exists (then None); the caller commits."""
    if len(key) > 200:
        key = key[:150] + ":" + hashlib.sha256(key.encode()).hexdigest()[:40]
    values = {
        "key": key,
        "kind": kind,
        "title": title,
        "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
        "created_at": utcnow(),
    }
    inserted = insert_ignore(session, Notification, values, ["key"]) == 1
    if not inserted:
        log.debug("alert already queued key=%s", key)
        return None
    note = session.exec(select(Notification).where(Notification.key == key)).one()
    log.info("alert queued key=%s kind=%s", key, kind)
    return note


def _iso(value: dt.date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def compute_tally(session: Session) -> dict[str, Any]:
    """The current tally (monitor.tally), as the payloads carry it."""
    return compute(session=session).as_dict()


def _evidence(session: Session, event: Event) -> tuple[list[dict[str, Any]], list[str]]:
    rows = session.exec(
        select(EventReport, Article)
        .join(Article, col(EventReport.article_id) == Article.id)
        .where(EventReport.event_id == event.id)
        .order_by(col(EventReport.created_at), col(EventReport.id))
    ).all()
    evidence = [
        {"text": r.evidence, "language": a.language, "url": a.url, "source": a.source}
        for r, a in rows
    ]
    sources = list(dict.fromkeys(a.url for _, a in rows))
    return evidence, sources


def enqueue_event(
    session: Session,
    event: Event,
    *,
    record_url: str = TREATY_RECORD_URL,
) -> Notification | None:
    """Queue the alert for a new (country, action) event, quoting its evidence."""
    session.flush()
    name = country_name(event.country)
    evidence, sources = _evidence(session, event)
    if not evidence:  # straight from the treaty record: the record is the evidence
        when = event.official_date or event.date
        evidence = [
            {
                "text": f"UN treaty record: {name}, {event.action} {_iso(when) or ''}".strip(),
                "language": "en",
                "url": record_url,
                "source": "treaty",
            }
        ]
        sources = [record_url]
    confirmed = event.status == "confirmed"
    instrument = event.kind if confirmed and event.action == "ratification" else None
    payload = {
        "type": "event",
        "country": event.country,
        "country_name": name,
        "action": event.action,
        "status": event.status,
        "date": _iso(event.official_date or event.date),
        "evidence": evidence,
        "sources": sources,
        "tally": compute_tally(session),
    }
    return enqueue(
        session,
        key=f"event:{event.country}:{event.action}",
        kind=event.action,
        title=event_title(name, event.action, instrument=instrument),
        payload=payload,
    )


def enqueue_confirmation(
    session: Session,
    event: Event,
    *,
    record_url: str = TREATY_RECORD_URL,
) -> Notification | None:
    """Queue the one follow-up saying the treaty record confirms a reported event."""
    name = country_name(event.country)
    instrument = instrument_name(event.kind) if event.action == "ratification" else "signature"
    payload = {
        "type": "confirmation",
        "country": event.country,
        "country_name": name,
        "action": event.action,
        "official_date": _iso(event.official_date),
        "reported_date": _iso(event.date),
        "instrument": instrument,
        "sources": [record_url],
        "tally": compute_tally(session),
    }
    title = event_title(
        name,
        event.action,
        confirmed=True,
        instrument=instrument if event.action == "ratification" else None,
    )
    return enqueue(
        session,
        key=f"confirm:{event.country}:{event.action}",
        kind="confirmation",
        title=title,
        payload=payload,
    )


def enqueue_count(
    session: Session,
    *,
    action: str,
    count: int,
    previous: int | None,
    evidence: str,
    language: str | None,
    sources: list[str],
) -> Notification | None:
    """Queue a new highest signature or ratification count (one alert per count)."""
    what = "signatories" if action == "signature" else "ratifications"
    payload = {
        "type": "count",
        "action": action,
        "count": count,
        "previous": previous,
        "evidence": evidence,
        "language": language,
        "sources": sources,
        "tally": compute_tally(session),
    }
    return enqueue(
        session,
        key=f"count:{action}:{count}",
        kind="count",
        title=f"{count} {what} of the UN Convention against Cybercrime",
        payload=payload,
    )


def enqueue_entry_into_force(
    session: Session,
    *,
    deposit_date: dt.date,
    country: str | None = None,
    sources: list[str] | None = None,
) -> Notification | None:
    """Queue the 40th-instrument alert: entry into force 90 days after the deposit."""
    eif = deposit_date + IN_FORCE_AFTER
    payload = {
        "type": "milestone",
        "deposit_date": deposit_date.isoformat(),
        "entry_into_force": eif.isoformat(),
        "country_name": country_name(country) if country else None,
        "sources": sources or [TREATY_RECORD_URL],
    }
    return enqueue(
        session,
        key="milestone:entry-into-force",
        kind="milestone",
        title="40th ratification: the UN Convention against Cybercrime enters "
        f"into force on {format_date(eif)}",
        payload=payload,
    )


def enqueue_baseline(
    session: Session, *, record_url: str = TREATY_RECORD_URL
) -> Notification | None:
    """Queue the one first-run summary of the current state (instead of one alert per event)."""
    events = session.exec(select(Event).order_by(col(Event.country))).all()
    names = {
        a: sorted(country_name(e.country) for e in events if e.action == a)
        for a in ("signature", "ratification")
    }
    tally = compute_tally(session)
    payload = {
        "type": "baseline",
        "tally": tally,
        "signatories": names["signature"],
        "parties": names["ratification"],
        "sources": [record_url],
    }
    return enqueue(
        session,
        key="baseline",
        kind="baseline",
        title="Monitoring the UN Convention against Cybercrime: "
        + tally_line(tally).split(" · ")[0],
        payload=payload,
    )


def source_health_alerts(
    session: Session, *, settings: Settings, now: datetime | None = None
) -> int:
    """Queue 'source failing' once after source_alert_after, and 'recovered' once; returns count."""
    now = now or utcnow()
    after = timedelta(seconds=parse_duration(settings.source_alert_after))
    queued = 0
    for src in session.exec(select(Source)).all():
        since = src.failing_since
        if since and since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        if since and not src.failure_alerted and now - since >= after:
            payload = {
                "type": "source",
                "name": src.name,
                "state": "down",
                "since": since.isoformat(timespec="minutes"),
                "error": (src.last_error or "")[:300],
                "sources": [src.url],
            }
            enqueue(
                session,
                key=f"source:{src.name}:down:{since.isoformat()}",
                kind="source",
                title=f"Source failing: {src.name}",
                payload=payload,
            )
            src.failure_alerted, queued = True, queued + 1
        elif not since and src.failure_alerted:
            ok = _iso(src.last_success_at) or now.isoformat()
            payload = {
                "type": "source",
                "name": src.name,
                "state": "up",
                "since": ok,
                "sources": [src.url],
            }
            enqueue(
                session,
                key=f"source:{src.name}:up:{ok}",
                kind="source",
                title=f"Source recovered: {src.name}",
                payload=payload,
            )
            src.failure_alerted, queued = False, queued + 1
        session.add(src)
    return queued


def digest_trigger(settings: Settings) -> CronTrigger | None:
    """The APScheduler trigger for CONVMON_DIGEST_AT, or None when no digest is wanted."""
    if not settings.digest_at:
        return None
    at, zone = parse_digest_at(settings.digest_at)
    return CronTrigger(hour=at.hour, minute=at.minute, timezone=zone or ZoneInfo(settings.timezone))


def enqueue_digest(
    session: Session, *, settings: Settings, now: datetime | None = None
) -> Notification | None:
    """Queue the daily digest of stories seen in the last 24 hours (None when there are none)."""
    now = now or utcnow()
    stories = session.exec(
        select(Story)
        .where(Story.last_seen >= now - timedelta(hours=24))
        .order_by(col(Story.last_seen).desc())
    ).all()
    if not stories:
        return None
    items = []
    for story in stories:
        arts = session.exec(
            select(Article).where(Article.story_id == story.id).order_by(col(Article.fetched_at))
        ).all()
        items.append(
            {
                "title": story.title,
                "articles": len(arts),
                "languages": sorted({a.language for a in arts if a.language}),
                "links": [a.url for a in arts[:5]],
            }
        )
    zone = parse_digest_at(settings.digest_at)[1] if settings.digest_at else None
    day = now.astimezone(zone or ZoneInfo(settings.timezone)).date()
    return enqueue(
        session,
        key=f"digest:{day.isoformat()}",
        kind="digest",
        title=f"Convention against Cybercrime: news digest {day:%d %B %Y}",
        payload={"type": "digest", "date": day.isoformat(), "stories": items},
    )


def list_alerts(session: Session, *, limit: int = 50) -> list[dict[str, Any]]:
    """Newest notifications with their deliveries, JSON-serialisable (labels redacted)."""
    notes = session.exec(
        select(Notification)
        .order_by(col(Notification.created_at).desc(), col(Notification.id).desc())
        .limit(limit)
    ).all()
    ids = [n.id for n in notes]
    by_note: dict[int, list[Delivery]] = {}
    if ids:
        rows = session.exec(
            select(Delivery)
            .where(col(Delivery.notification_id).in_(ids))
            .order_by(col(Delivery.id))
        ).all()
        for d in rows:
            by_note.setdefault(d.notification_id, []).append(d)
    return [
        {
            "id": n.id,
            "key": n.key,
            "kind": n.kind,
            "title": n.title,
            "created_at": _iso(n.created_at),
            "deliveries": [
                {
                    "target": d.target_label,
                    "status": d.status,
                    "attempts": d.attempts,
                    "next_attempt_at": _iso(d.next_attempt_at) if d.status == "pending" else None,
                    "last_error": d.last_error,
                    "sent_at": _iso(d.sent_at),
                }
                for d in by_note.get(n.id or 0, [])
            ],
        }
        for n in notes
    ]


def retry_failed(session: Session, *, now: datetime | None = None) -> int:
    """Put failed deliveries back to pending, due now; returns how many (the caller commits)."""
    now = now or utcnow()
    rows = session.exec(select(Delivery).where(Delivery.status == "failed")).all()
    for d in rows:
        d.status, d.attempts, d.next_attempt_at = "pending", 0, now
        session.add(d)
    log.info("failed alerts reset count=%d", len(rows))
    return len(rows)
