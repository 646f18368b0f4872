"""Turn detections and the treaty record into events, counts and outbox rows.

Called inside the pipeline's transaction: an event and the notification that
announces it are committed together or not at all.
"""

from __future__ import annotations

import logging

from sqlmodel import Session, select

from monitor import outbox, store
from monitor.detect import Detection
from monitor.models import Article, CountReport, Event, EventReport, TreatyParticipant, utcnow
from monitor.parse.treaty import Participant, TreatyRecord
from monitor.tally import CREDIBLE_MAX, compute, fortieth_deposit, highest_count

log = logging.getLogger(__name__)
BASELINE_KEY = "baseline_done"


def baseline_done(*, session: Session) -> bool:
    """True once the first pass over every source has been summed up."""
    return store.get_state(session=session, key=BASELINE_KEY) is not None


def maybe_baseline(*, session: Session) -> None:
    """After the first pass over all sources, queue the one baseline summary."""
    if baseline_done(session=session):
        return
    pending = [s for s in store.all_sources(session=session) if s.last_checked_at is None]
    if pending:
        return
    outbox.enqueue_baseline(session)
    store.set_state(session=session, key=BASELINE_KEY, value=utcnow().isoformat())
    log.info("baseline recorded")


def _event(session: Session, country: str, action: str) -> Event | None:
    return session.exec(
        select(Event).where(Event.country == country, Event.action == action)
    ).first()


def record_detection(*, session: Session, article: Article, detection: Detection) -> None:
    """Store an article's reports and counts; queue alerts for what is new."""
    announce = baseline_done(session=session)
    published = article.published.date() if article.published else None
    for report in detection.reports:
        event = _event(session, report.country, report.action)
        created = event is None
        if event is None:
            event = Event(
                country=report.country,
                action=report.action,
                date=report.date or published,
                kind=report.kind,
            )
            session.add(event)
            session.flush()
        assert event.id is not None and article.id is not None  # both flushed
        session.add(
            EventReport(
                event_id=event.id,
                article_id=article.id,
                evidence=report.evidence,
                date=report.date or published,
            )
        )
        session.flush()
        if created and announce:
            outbox.enqueue_event(session, event)
    _record_counts(session, article, detection, announce)


def _record_counts(
    session: Session, article: Article, detection: Detection, announce: bool
) -> None:
    """Store the article's counts; alert on a new highest credible one per action."""
    previous = {
        action: max(highest_count(session=session, action=action), _record_count(session, action))
        for action in ("signature", "ratification")
    }
    stored: set[tuple[str, int]] = set()
    for count in detection.counts:
        if (count.action, count.count) not in stored:
            stored.add((count.action, count.count))
            session.add(
                CountReport(
                    action=count.action,
                    count=count.count,
                    date=count.date,
                    evidence=count.evidence,
                    article_id=article.id,
                )
            )
    session.flush()
    if not announce:
        return
    for action, before in previous.items():
        credible = [c for c in detection.counts if c.action == action and c.count <= CREDIBLE_MAX]
        best = max(credible, key=lambda c: c.count, default=None)
        if best is not None and best.count > before:
            outbox.enqueue_count(
                session,
                action=action,
                count=best.count,
                previous=before or None,
                evidence=best.evidence,
                language=article.language,
                sources=[article.url],
            )


def _record_count(session: Session, action: str) -> int:
    tally = compute(session=session)
    if tally.basis != "treaty record":
        return 0
    return tally.signatories if action == "signature" else tally.parties


def apply_treaty(*, session: Session, record: TreatyRecord) -> int:
    """Diff the record against the stored one; new acts become confirmed events."""
    stored = {p.code: p for p in session.exec(select(TreatyParticipant)).all()}
    # The first import confirms silently: it is history, summed up by the baseline.
    announce = baseline_done(session=session) and bool(stored)
    changes = 0
    for part in record.participants:
        if part.code is None:
            log.warning("treaty participant not recognised name=%r", part.name)
            continue
        old = stored.pop(part.code, None)
        if part.signed and (old is None or old.signed is None):
            changes += _confirm(session, part, "signature", announce)
        if part.deposited and (old is None or old.deposited is None):
            changes += _confirm(session, part, "ratification", announce)
        row = old or TreatyParticipant(code=part.code, name=part.name)
        row.name, row.signed, row.deposited = part.name, part.signed, part.deposited
        row.instrument, row.updated_at = part.instrument, utcnow()
        session.add(row)
    for code in stored:
        log.warning("participant missing from the treaty record code=%s (kept)", code)
    session.flush()
    fortieth = fortieth_deposit(session=session)
    if fortieth is not None and fortieth.deposited and baseline_done(session=session):
        outbox.enqueue_entry_into_force(
            session, deposit_date=fortieth.deposited, country=fortieth.code
        )
    return changes


def _confirm(session: Session, part: Participant, action: str, announce: bool) -> int:
    official = part.signed if action == "signature" else part.deposited
    kind = part.instrument if action == "ratification" else None
    event = _event(session, part.code or "", action)
    was_reported = event is not None and event.status == "reported"
    if event is None:
        event = Event(country=part.code or "", action=action, date=official)
    elif event.status == "confirmed":
        return 0
    event.status, event.official_date, event.kind = "confirmed", official, kind
    event.confirmed_at = utcnow()
    session.add(event)
    session.flush()
    if was_reported and baseline_done(session=session):
        outbox.enqueue_confirmation(session, event)
    elif not was_reported and announce:
        outbox.enqueue_event(session, event)
    return 1
