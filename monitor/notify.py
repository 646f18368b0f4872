"""Alert delivery through Apprise: targets, tag routing, redaction and the outbox dispatcher.

Each (notification, target) pair is a Delivery row. The dispatcher claims a due
delivery with a conditional UPDATE (a lease), sends it to that one target, and
records the result in its own transaction, so a target that accepted a message is
never sent it again because another target failed, and two dispatchers never
send the same delivery at once. The only window for a duplicate is a crash
between the target accepting a message and the commit that records it: the
delivery is then sent again once its lease expires (at-least-once, never lost).
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

import apprise
from apprise.decorators import notify as apprise_notify
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from monitor.config import Settings
from monitor.models import Delivery, Notification, State, utcnow
from monitor.outbox import insert_ignore
from monitor.render import render

log = logging.getLogger(__name__)

CONSOLE_URL = "console://"
NEW_TARGET_GRACE = timedelta(hours=1)  # a new target gets only the last hour of alerts
TAGS = ("signature", "ratification", "count", "milestone", "source", "digest")
# The baseline is the reference point for every later treaty alert, so it goes to every
# target that follows the treaty (not to source-health-only or digest-only targets).
ROUTES: dict[str, frozenset[str]] = {
    "signature": frozenset({"signature"}),
    "ratification": frozenset({"ratification"}),
    "count": frozenset({"count"}),
    "milestone": frozenset({"milestone"}),
    "source": frozenset({"source"}),
    "digest": frozenset({"digest"}),
    "baseline": frozenset({"milestone", "signature", "ratification", "count"}),
}


class NotifyConfigError(ValueError):
    """A notification target URL or config file is unusable; the message names it, redacted."""


@apprise_notify(on="console", name="Console (stdout)")
def _console(body: str, title: str, *args: Any, **kwargs: Any) -> bool:
    # Default target: shows on stdout what would be sent when nothing is configured.
    print(f"=== {title}\n{body}\n", flush=True)
    return True


@dataclass(frozen=True)
class Target:
    """One Apprise target: stable id (hash of its URL), redacted label, tags."""

    id: str
    label: str
    tags: frozenset[str]
    plugin: Any = field(repr=False, compare=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)


@dataclass
class DispatchSummary:
    """What one dispatch pass did."""

    created: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class TestResult:
    """Outcome of a test message to one target."""

    __test__ = False  # not a pytest class
    target_label: str
    ok: bool
    error: str | None = None


_SECRET_QUERY = re.compile(r"(?i)([?&][^=&]*(?:pass|token|key|secret|auth|sig|pw)[^=&]*=)[^&#\s]+")
_USERINFO = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")
_LONG_SEGMENT = re.compile(r"(?<=/)(?=[^/?#\s]*\d)(?=[^/?#\s]*[A-Za-z])[^/?#\s@]{12,}")


def redact_url(url: str) -> str:
    """Mask passwords, token-like path segments and secret query values in any URL."""
    url = _USERINFO.sub(r"\1****@", url)
    url = _SECRET_QUERY.sub(r"\1****", url)
    return _LONG_SEGMENT.sub("****", url)


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """Replace known secrets and URL credentials in free text (logs, errors)."""
    for secret in secrets:
        text = text.replace(secret, "****")
    return _USERINFO.sub(r"\1****@", text)


class _RedactFilter(logging.Filter):
    """Scrubs target secrets from Apprise's own log records."""

    secrets: tuple[str, ...] = ()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            record.msg, record.args = redact(record.getMessage(), self.secrets), None
        return True


_FILTER = _RedactFilter()
logging.getLogger("apprise").addFilter(_FILTER)


def _secrets_of(plugin: Any) -> tuple[str, ...]:
    full, private = plugin.url(privacy=False), plugin.url(privacy=True)

    def tokens(url: str) -> set[str]:
        return set(re.split(r"[/:@?&=#,]", url)) | set(re.split(r"[/:@?&=#,]", unquote(url)))

    found = {t for t in tokens(full) - tokens(private) if len(t) >= 4}
    return tuple(sorted(found, key=len, reverse=True))


def _target(plugin: Any) -> Target:
    private = urlsplit(plugin.url(privacy=True))
    label = f"{private.scheme}://{private.netloc}{private.path}".rstrip("/")
    if label.endswith(":"):  # console:// has no host
        label += "//"
    return Target(
        id=hashlib.sha256(plugin.url(privacy=False).encode()).hexdigest(),
        label=label,
        tags=frozenset(str(t) for t in plugin.tags),
        plugin=plugin,
        secrets=_secrets_of(plugin),
    )


@contextmanager
def _apprise_errors(level: int = logging.WARNING, quiet: bool = False) -> Iterator[list[str]]:
    """Collect Apprise's log messages from `level` up (how it reports why a send failed).

    quiet: print none of them (their reason is raised, redacted, by the caller).
    """
    errors: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            errors.append(record.getMessage())

    handler, logger = _Collect(level), logging.getLogger("apprise")
    saved = logger.level, logger.propagate
    if quiet or logger.getEffectiveLevel() > level:
        # CONVMON_LOG_LEVEL hides Apprise's reasons: still record them, but print nothing
        logger.setLevel(level)
        logger.propagate = False
    logger.addHandler(handler)
    try:
        yield errors
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def _from_url(url: str) -> Target:
    with _apprise_errors(quiet=True) as errors:  # Apprise's own message shows part of secrets
        plugin = apprise.Apprise.instantiate(url)
    if plugin is None:
        # Apprise repeats the URL in its reason: name it once, redacted
        why = re.sub(r"\S+://\S*", "", errors[-1]).strip(" :.") if errors else ""
        raise NotifyConfigError(
            f"CONVMON_NOTIFY: bad target {redact_url(url)}: "
            f"{why or 'unsupported or malformed Apprise URL'}"
        )
    return _target(plugin)


def _from_config(path: str) -> list[Target]:
    config = apprise.AppriseConfig()
    with _apprise_errors(logging.ERROR, quiet=True) as bad:  # warnings are no reason
        ok = config.add(path)
        plugins = list(config.services()) if ok else []
    if not plugins or bad:
        why = redact_url(bad[-1] if bad else "no usable target in it")
        raise NotifyConfigError(f"CONVMON_NOTIFY_CONFIG: bad Apprise config {path}: {why}")
    return [_target(p) for p in plugins]


def load_targets(settings: Settings) -> list[Target]:
    """Targets from CONVMON_NOTIFY and CONVMON_NOTIFY_CONFIG, or console:// when none."""
    targets = [_from_url(u) for u in settings.notify_urls]
    if settings.notify_config:
        targets += _from_config(str(settings.notify_config))
    if not targets:
        targets = [_from_url(CONSOLE_URL)]
    unique = list({t.id: t for t in targets}.values())
    _FILTER.secrets = tuple(sorted({s for t in unique for s in t.secrets}, key=len, reverse=True))
    return unique


def wants(target: Target, kind: str, payload: dict[str, Any]) -> bool:
    """Whether a target's tags route this kind of message to it (untagged: everything)."""
    if not target.tags or "all" in target.tags or kind == "test":
        return True
    route = (
        frozenset({payload.get("action", "")})
        if kind == "confirmation"
        else ROUTES.get(kind, frozenset({kind}))
    )
    return bool(target.tags & route)


def _first_seen(session: Session, target: Target, now: datetime) -> datetime:
    key = f"notify.target:{target.id}"
    insert_ignore(
        session, State, {"key": key, "value": now.isoformat(), "updated_at": now}, ["key"]
    )
    state = session.exec(select(State).where(State.key == key)).one()
    return datetime.fromisoformat(state.value)


def create_deliveries(session: Session, targets: list[Target], now: datetime) -> int:
    """Add the missing delivery rows for current targets; returns how many (caller commits)."""
    created = 0
    for target in targets:
        cutoff = _first_seen(session, target, now) - NEW_TARGET_GRACE
        have = select(Delivery.notification_id).where(Delivery.target == target.id)
        notes = session.exec(
            select(Notification).where(
                col(Notification.created_at) >= cutoff, col(Notification.id).not_in(have)
            )
        ).all()
        for note in notes:
            if wants(target, note.kind, json.loads(note.payload)):
                created += insert_ignore(
                    session,
                    Delivery,
                    {
                        "notification_id": note.id,
                        "target": target.id,
                        "target_label": target.label[:500],
                        "next_attempt_at": now,
                        "created_at": now,
                    },
                    ["notification_id", "target"],
                )
    return created


def _format_of(target: Target) -> str:
    try:
        return str(target.plugin.resolve_format().value)
    except Exception:  # custom plugins accept anything: plain text reads best
        return "text"


def message_for(target: Target, title: str, payload: dict[str, Any]) -> tuple[str, str, str]:
    """(format, title, body) rendered for the target's format and length limit."""
    fmt, plugin = _format_of(target), target.plugin
    maxlen = int(getattr(plugin, "body_maxlen", 0) or 0)
    if getattr(plugin, "title_maxlen", 1) <= 0 and maxlen:  # the title goes into the body
        maxlen = max(maxlen - len(title) - 2, 1)
    title, body = render(title, payload, fmt, maxlen)
    return fmt, title, body


def send(target: Target, title: str, payload: dict[str, Any]) -> tuple[bool, str | None]:
    """Render for the target, send, and return (ok, redacted error)."""
    sender = apprise.Apprise()
    sender.add(target.plugin)
    with _apprise_errors() as errors:
        try:
            fmt, title, body = message_for(target, title, payload)
            ok = bool(
                sender.notify(
                    body=body, title=title, body_format=fmt, tag=apprise.common.MATCH_ALL_TAG
                )
            )
        except Exception as exc:  # a bad payload or plugin bug must not stop the dispatcher
            ok, errors[:] = False, [f"{type(exc).__name__}: {exc}"]
    if ok:
        return True, None
    return False, redact("; ".join(errors[-2:]) or "target reported failure", target.secrets)


def _backoff(settings: Settings, attempts: int) -> float:
    delay = min(settings.retry_base * 2 ** max(attempts - 1, 0), settings.retry_max)
    return delay * random.uniform(0.8, 1.0)  # jitter, never beyond retry_max


def lease_seconds(target: Target, settings: Settings) -> float:
    """How long a claimed delivery is reserved: longer than a send can take, at least retry_base.

    A send is bounded by the plugin's socket timeouts (connect + read, twice with margin);
    a process killed mid-send has its delivery retried once this lease has run out.
    """
    plugin = target.plugin
    timeouts = float(getattr(plugin, "socket_connect_timeout", 4) or 4) + float(
        getattr(plugin, "socket_read_timeout", 4) or 4
    )
    return max(settings.retry_base, 2 * timeouts + 5)


def _claim(
    engine: Engine, delivery_id: int, now: datetime, lease: float, max_attempts: int
) -> Delivery | None:
    with Session(engine, expire_on_commit=False) as session:
        claimed = session.exec(
            update(Delivery)
            .where(
                col(Delivery.id) == delivery_id,
                col(Delivery.status) == "pending",
                col(Delivery.next_attempt_at) <= now,
                col(Delivery.attempts) < max_attempts,
            )
            .values(
                attempts=col(Delivery.attempts) + 1, next_attempt_at=now + timedelta(seconds=lease)
            )
        ).rowcount
        session.commit()
        return session.get(Delivery, delivery_id) if claimed == 1 else None


def _record(
    engine: Engine,
    delivery: Delivery,
    ok: bool,
    error: str | None,
    now: datetime,
    settings: Settings,
) -> str:
    if ok:
        values: dict[str, Any] = {"status": "sent", "sent_at": utcnow(), "last_error": None}
        outcome = "sent"
    elif delivery.attempts >= settings.max_attempts:
        values, outcome = {"status": "failed", "last_error": error}, "failed"
    else:
        retry_at = now + timedelta(seconds=_backoff(settings, delivery.attempts))
        values, outcome = {"next_attempt_at": retry_at, "last_error": error}, "retried"
    with Session(engine) as session:
        session.exec(
            update(Delivery)
            .where(col(Delivery.id) == delivery.id, col(Delivery.status) == "pending")
            .values(**values)
        )
        session.commit()
    return outcome


def _fail_abandoned(session: Session, now: datetime, max_attempts: int) -> None:
    # A process died while sending the last allowed attempt: make it visible, not stuck.
    session.exec(
        update(Delivery)
        .where(
            col(Delivery.status) == "pending",
            col(Delivery.attempts) >= max_attempts,
            col(Delivery.next_attempt_at) <= now,
        )
        .values(status="failed", last_error="interrupted while sending (process stopped)")
    )


def dispatch(
    engine: Engine,
    settings: Settings,
    *,
    now: datetime | None = None,
    targets: list[Target] | None = None,
    limit: int = 200,
    stop: threading.Event | None = None,
) -> DispatchSummary:
    """Create missing deliveries and send every due one; each result is committed at once.

    `stop` ends the run between two sends (the daemon sets it on SIGTERM: a thread
    cannot be cancelled, and the rest waits safely in the outbox).
    """
    now = now or utcnow()
    targets = load_targets(settings) if targets is None else targets
    by_id, summary = {t.id: t for t in targets}, DispatchSummary()
    with Session(engine) as session:
        summary.created = create_deliveries(session, targets, now)
        _fail_abandoned(session, now, settings.max_attempts)
        session.commit()
        due = session.exec(
            select(col(Delivery.id), col(Delivery.target))
            .where(
                col(Delivery.status) == "pending",
                col(Delivery.next_attempt_at) <= now,
                col(Delivery.target).in_(list(by_id)),
            )
            .order_by(col(Delivery.next_attempt_at), col(Delivery.id))
            .limit(limit)
        ).all()
    for delivery_id, target_id in due:
        if stop is not None and stop.is_set():
            break
        lease = lease_seconds(by_id[target_id], settings)
        delivery = _claim(engine, delivery_id or 0, now, lease, settings.max_attempts)
        if delivery is None:  # another dispatcher has it
            summary.skipped += 1
            continue
        with Session(engine) as session:
            note = session.get(Notification, delivery.notification_id)
        assert note is not None  # deliveries reference notifications (foreign key)
        target = by_id[delivery.target]
        ok, error = send(target, note.title, json.loads(note.payload))
        outcome = _record(engine, delivery, ok, error, now, settings)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        level = logging.INFO if ok else logging.WARNING
        log.log(
            level,
            "alert %s key=%s target=%s attempt=%d error=%s",
            outcome,
            note.key,
            target.label,
            delivery.attempts,
            error or "-",
        )
    return summary


def send_test(settings: Settings) -> list[TestResult]:
    """Send one test message to every configured target and report each outcome."""
    results = []
    for target in load_targets(settings):
        ok, error = send(target, "convention-monitor test", {"type": "test"})
        results.append(TestResult(target.label, ok, error))
    return results
