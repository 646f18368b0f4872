"""Local notification receivers for tests: a JSON webhook and an SMTP server (aiosmtpd)."""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope


class HttpReceiver:
    """A webhook on 127.0.0.1 recording JSON posts; `fail_next(n)` answers 500 to the next n."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.hits = 0
        self._fail = 0
        self._stall_at = 0
        self.stalled = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver._lock:
                    receiver.hits += 1
                    stall = receiver.hits == receiver._stall_at
                if stall:  # hold the sender until the test has killed it; never accepted
                    receiver.stalled.set()
                    receiver._release.wait(30)
                    self.send_response(500)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                with receiver._lock:
                    failing = receiver._fail > 0
                    if failing:
                        receiver._fail -= 1
                    else:
                        receiver.received.append(json.loads(body or b"{}"))
                        receiver.paths.append(self.path)
                self.send_response(500 if failing else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str = "hook") -> str:
        """The Apprise URL posting JSON to this receiver."""
        return f"json://127.0.0.1:{self.port}/{path}"

    def fail_next(self, n: int) -> None:
        """Answer HTTP 500 to the next n requests."""
        with self._lock:
            self._fail = n

    def stall_on(self, n: int) -> None:
        """Hold the n-th request open (sets `stalled`) until `release()`, then answer 500."""
        self._stall_at = n

    def release(self) -> None:
        """Let a stalled request finish (with 500: the message was not accepted)."""
        self._release.set()

    def __enter__(self) -> HttpReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()


@dataclass
class _MailHandler:
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[Envelope] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:  # noqa: N802
        self.envelopes.append(envelope)
        raw = envelope.original_content or envelope.content or b""
        data = raw if isinstance(raw, bytes) else raw.encode()
        self.messages.append(message_from_bytes(data, policy=policy.default))  # type: ignore[arg-type]
        return "250 OK"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SmtpReceiver:
    """An SMTP server on 127.0.0.1 accepting LOGIN/PLAIN auth without TLS, keeping messages."""

    user, password = "alerts", "s3cret-Pw"

    def __init__(self) -> None:
        self.handler = _MailHandler()
        self.port = free_port()
        self.logins: list[str] = []

        def authenticate(
            server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
        ) -> AuthResult:
            self.logins.append(auth_data.login.decode())
            ok = auth_data.login.decode() == self.user and auth_data.password.decode() == (
                self.password
            )
            return AuthResult(success=ok)

        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            authenticator=authenticate,
            auth_require_tls=False,
        )

    @property
    def messages(self) -> list[EmailMessage]:
        """Messages received so far."""
        return self.handler.messages

    def url(self, to: str = "ngo@example.org") -> str:
        """The Apprise mailto:// URL for this server (plain SMTP, no TLS)."""
        return (
            f"mailto://{self.user}:{self.password}@127.0.0.1:{self.port}"
            f"?smtp=127.0.0.1&mode=insecure&from=monitor@example.com&to={to}"
        )

    def __enter__(self) -> SmtpReceiver:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def mail_text(message: EmailMessage) -> str:
    """The body of a received email (HTML part preferred), decoded."""
    part = message.get_body(preferencelist=("html", "plain"))
    return part.get_content() if part is not None else ""  # type: ignore[no-any-return]
