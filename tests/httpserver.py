"""A small threaded HTTP/1.1 server on 127.0.0.1 serving scripted responses, for tests.

    with TestServer({"/feed": Response(body=b"<rss/>", headers={"ETag": '"v1"'})}) as server:
        url = server.url("/feed")
        ...
        server.requests[-1].headers["If-None-Match"]

Routes map a path (without query string) to a `Response`, or to a callable taking
the `Request` and returning one (for conditional or counting handlers). Unknown
paths get 404. `routes` may be changed while the server runs. Pass a server-side
`ssl_context` to serve HTTPS.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass
class Request:
    """One request as the server received it."""

    method: str
    path: str  # including any query string
    headers: Message


@dataclass
class Response:
    """A scripted response.

    body: bytes sent with Content-Length, or an iterable of chunks sent with
    chunked transfer encoding (no Content-Length; use a list, so the response can be
    served more than once). delay: seconds before the status
    line; chunk_delay: seconds before each chunk (a trickling body).
    """

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunk_delay: float = 0.0


Handler = Callable[[Request], Response]


class TestServer:
    """Serve `routes` on 127.0.0.1 (random port) while used as a context manager."""

    __test__ = False  # not a pytest test class

    def __init__(
        self,
        routes: dict[str, Response | Handler] | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.routes: dict[str, Response | Handler] = dict(routes or {})
        self.requests: list[Request] = []
        self.scheme = "https" if ssl_context else "http"
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        if ssl_context:
            self._httpd.socket = ssl_context.wrap_socket(self._httpd.socket, server_side=True)
        self._httpd.daemon_threads = True
        self._httpd.handle_error = _quiet_handle_error  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """http(s)://127.0.0.1:PORT"""
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        """The absolute URL of `path` on this server."""
        return self.base_url + path

    def start(self) -> TestServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut short any scripted delays, close the socket."""
        self._stopping.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join()
        self._httpd.server_close()

    def __enter__(self) -> TestServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _respond(self, request: Request) -> Response:
        self.requests.append(request)
        route = self.routes.get(request.path.split("?")[0])
        if route is None:
            return Response(404, b"not found")
        return route(request) if callable(route) else route

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless stopping; True if the server is stopping."""
        return seconds > 0 and self._stopping.wait(seconds)


def _quiet_handle_error(request: object, client_address: object) -> None:
    """Clients that hang up mid-response (timeouts, caps) are expected: stay silent."""


def _make_handler(server: TestServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            response = server._respond(Request(self.command, self.path, self.headers))
            if server._sleep(response.delay):
                self.close_connection = True
                return
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            if isinstance(response.body, bytes | bytearray):
                self._send_whole(bytes(response.body))
            else:
                self._send_chunked(response.body, response.chunk_delay)

        def _send_whole(self, body: bytes) -> None:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _send_chunked(self, chunks: Iterable[bytes], delay: float) -> None:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for chunk in chunks:
                if server._sleep(delay):
                    self.close_connection = True
                    return
                if chunk:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return _Handler
