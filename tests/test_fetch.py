"""Tests for monitor.fetch against a real loopback server (tests/httpserver.py)."""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import socket
import ssl
import tempfile
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from monitor import fetch, netguard
from monitor.fetch import (
    BlockedAddress,
    ConnectError,
    Fetcher,
    FetchError,
    FetchOptions,
    FetchResult,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    TooLarge,
    TooManyRedirects,
    next_delay,
    parse_retry_after,
)
from monitor.netguard import address_refusal
from tests.httpserver import Request, Response, TestServer

LOCAL = FetchOptions(
    allow_private_networks=True, connect_timeout=2, read_timeout=2, total_timeout=5
)


def get(url: str, options: FetchOptions = LOCAL, **kwargs: str | None) -> FetchResult:
    """Fetch one URL with a fresh Fetcher."""

    async def main() -> FetchResult:
        async with Fetcher(options) as fetcher:
            return await fetcher.get(url, **kwargs)

    return asyncio.run(main())


def get_error(url: str, options: FetchOptions = LOCAL, **kwargs: str | None) -> FetchError:
    """Fetch one URL that must fail; return the FetchError."""
    with pytest.raises(FetchError) as info:
        get(url, options, **kwargs)
    assert "\n" not in str(info.value)
    return info.value


def get_mocked(url: str, handler: httpx.MockTransport, options: FetchOptions) -> FetchResult:
    """Fetch one URL through a mock transport."""

    async def main() -> FetchResult:
        async with Fetcher(options, transport=handler) as fetcher:
            return await fetcher.get(url)

    return asyncio.run(main())


@pytest.fixture
def server() -> Iterator[TestServer]:
    with TestServer() as running:
        yield running


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """A fake resolver: host -> addresses; IP literals resolve to themselves."""
    table: dict[str, list[str]] = {}

    async def fake_resolve(host: str, port: int) -> list[str]:
        if host in table:
            return table[host]
        if is_ip_literal(host):
            return [host]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(netguard, "resolve", fake_resolve)
    return table


def is_ip_literal(host: str) -> bool:
    """True if host is an IP address rather than a name."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


# --- conditional GET ---------------------------------------------------------------

LAST_MODIFIED = "Sat, 01 Nov 2025 10:00:00 GMT"


def conditional(request: Request) -> Response:
    headers = {"ETag": '"v1"', "Last-Modified": LAST_MODIFIED}
    if request.headers.get("If-None-Match") == '"v1"':
        return Response(304, headers=headers)
    headers["Content-Type"] = 'application/rss+xml; charset="UTF-8"'
    return Response(200, b"<rss/>", headers)


def test_200_then_conditional_304(server: TestServer) -> None:
    server.routes["/feed"] = conditional
    first = get(server.url("/feed"))
    assert (first.status, first.content, first.not_modified) == (200, b"<rss/>", False)
    assert (first.etag, first.last_modified) == ('"v1"', LAST_MODIFIED)
    assert (first.content_type, first.charset) == ("application/rss+xml", "UTF-8")
    assert first.url == server.url("/feed")
    sent = server.requests[-1].headers
    assert sent["User-Agent"] == fetch.DEFAULT_USER_AGENT
    assert "If-None-Match" not in sent and "If-Modified-Since" not in sent

    second = get(server.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert (second.status, second.content, second.not_modified) == (304, b"", True)
    assert second.etag == '"v1"'
    sent = server.requests[-1].headers
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == LAST_MODIFIED


def test_304_without_validators_keeps_the_sent_ones(server: TestServer) -> None:
    server.routes["/"] = Response(304)
    result = get(server.url(), etag='"abc"', last_modified=LAST_MODIFIED)
    assert result.not_modified
    assert (result.etag, result.last_modified) == ('"abc"', LAST_MODIFIED)


def test_user_agent_names_project() -> None:
    assert fetch.DEFAULT_USER_AGENT.startswith("convention-monitor/")
    assert fetch.DEFAULT_USER_AGENT.endswith(
        "(+https://github.com/convention-monitor/convention-monitor)"
    )


# --- timeouts ------------------------------------------------------------------------


def test_read_timeout_is_fast(server: TestServer) -> None:
    server.routes["/slow"] = Response(body=b"late", delay=3)
    started = time.monotonic()
    error = get_error(
        server.url("/slow"), FetchOptions(allow_private_networks=True, read_timeout=0.2)
    )
    assert isinstance(error, FetchTimeout)
    assert str(error) == "read timed out after 0.2s"
    assert error.url == server.url("/slow")
    assert time.monotonic() - started < 1.5


def test_total_timeout_stops_a_trickling_body(server: TestServer) -> None:
    server.routes["/trickle"] = Response(body=[b"x"] * 100, chunk_delay=0.05)
    options = FetchOptions(allow_private_networks=True, read_timeout=2, total_timeout=0.4)
    started = time.monotonic()
    error = get_error(server.url("/trickle"), options)
    assert isinstance(error, FetchTimeout)
    assert str(error) == "timed out after 0.4s"
    assert time.monotonic() - started < 1.5


def test_connect_timeout_is_mapped(dns: dict[str, list[str]]) -> None:
    dns["feeds.example"] = ["93.184.215.14"]

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    options = FetchOptions(connect_timeout=0.5)
    with pytest.raises(FetchTimeout, match=r"^connect timed out after 0.5s$"):
        get_mocked("http://feeds.example/", httpx.MockTransport(handler), options)


@pytest.mark.parametrize(
    ("raised", "expected", "message"),
    [
        (httpx.ConnectError("[Errno -2]\nName unknown"), ConnectError, "connection failed: "),
        (httpx.ReadError(""), ConnectError, "connection failed: ReadError"),
        (httpx.RemoteProtocolError("bad status line"), fetch.ProtocolError, "bad response: "),
        (httpx.ReadTimeout("x"), FetchTimeout, "read timed out after 20s"),
        (OSError(113, "No route to host"), ConnectError, "connection failed: "),
        (TimeoutError(), FetchTimeout, "timed out after 60s"),
    ],
)
def test_transport_errors_become_one_line_fetch_errors(
    dns: dict[str, list[str]], raised: Exception, expected: type[FetchError], message: str
) -> None:
    dns["feeds.example"] = ["93.184.215.14"]

    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    with pytest.raises(expected) as info:
        get_mocked("http://feeds.example/", httpx.MockTransport(handler), FetchOptions())
    assert str(info.value).startswith(message) and "\n" not in str(info.value)
    assert info.value.url == "http://feeds.example/"


def test_connection_refused_is_connect_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = get_error(f"http://127.0.0.1:{port}/")
    assert isinstance(error, ConnectError)
    assert str(error).startswith("connection failed:")


def test_unresolvable_host_is_connect_error(dns: dict[str, list[str]]) -> None:
    error = get_error("http://nowhere.invalid/")
    assert isinstance(error, ConnectError)
    assert str(error).startswith("cannot resolve host nowhere.invalid")
    assert error.url == "http://nowhere.invalid/"


# --- size cap --------------------------------------------------------------------------

SMALL = FetchOptions(allow_private_networks=True, max_bytes=1024)


def test_content_length_over_cap_is_refused_early(server: TestServer) -> None:
    server.routes["/big"] = Response(body=b"x" * 5000)
    error = get_error(server.url("/big"), SMALL)
    assert isinstance(error, TooLarge)
    assert str(error) == "response larger than 1 KB (Content-Length 5000)"


def test_streamed_body_over_cap_is_aborted(server: TestServer) -> None:
    server.routes["/stream"] = Response(body=[b"x" * 600] * 50)
    error = get_error(server.url("/stream"), SMALL)
    assert isinstance(error, TooLarge)
    assert str(error) == "response larger than 1 KB"


def test_body_at_cap_is_fine(server: TestServer) -> None:
    server.routes["/exact"] = Response(body=[b"x" * 512] * 2)
    assert len(get(server.url("/exact"), SMALL).content) == 1024


def test_gzip_bomb_is_capped_on_decoded_bytes(server: TestServer) -> None:
    bomb = gzip.compress(b"\0" * (16 * 1024 * 1024), compresslevel=9)
    server.routes["/bomb"] = Response(body=bomb, headers={"Content-Encoding": "gzip"})
    options = FetchOptions(allow_private_networks=True, max_bytes=1024 * 1024)
    error = get_error(server.url("/bomb"), options)
    assert isinstance(error, TooLarge)
    assert str(error) == "response larger than 1 MB"


def test_gzip_body_is_decoded(server: TestServer) -> None:
    body = gzip.compress(b"<rss>hello</rss>")
    server.routes["/gz"] = Response(body=body, headers={"Content-Encoding": "gzip"})
    assert get(server.url("/gz")).content == b"<rss>hello</rss>"
    assert "gzip" in server.requests[-1].headers["Accept-Encoding"]


def test_gzip_bomb_never_inflates_far_past_the_cap() -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    inflater = fetch._Inflater("gzip", 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge):
            inflater.feed(bomb)  # the whole bomb in one chunk, worst case
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, no zlib header
        ("x-gzip", gzip.compress),
        ("identity", lambda data: data),
        ("utf-8", lambda data: data),  # a misconfigured server: passed through, like httpx
    ],
)
def test_content_encodings(server: TestServer, encoding: str, encode: Any) -> None:
    server.routes["/"] = Response(
        body=encode(b"<p>hi</p>" * 50), headers={"Content-Encoding": encoding}
    )
    assert get(server.url()).content == b"<p>hi</p>" * 50


def test_corrupt_gzip_is_protocol_error(server: TestServer) -> None:
    server.routes["/"] = Response(body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    error = get_error(server.url())
    assert isinstance(error, fetch.ProtocolError)
    assert str(error).startswith("bad gzip body:")


# --- redirects -----------------------------------------------------------------------


def redirect_chain(server: TestServer, hops: int) -> str:
    """Routes /r0 -> /r1 -> ... -> /r{hops} (200); return the first URL."""
    for i in range(hops):
        server.routes[f"/r{i}"] = Response(302, headers={"Location": f"/r{i + 1}"})
    server.routes[f"/r{hops}"] = Response(body=b"done")
    return server.url("/r0")


def test_five_redirects_are_followed(server: TestServer) -> None:
    result = get(redirect_chain(server, 5))
    assert (result.content, result.url) == (b"done", server.url("/r5"))


def test_six_redirects_fail(server: TestServer) -> None:
    error = get_error(redirect_chain(server, 6))
    assert isinstance(error, TooManyRedirects)
    assert str(error) == f"too many redirects (more than 5) from {server.url('/r0')}"
    assert len(server.requests) == 6


def test_redirect_loop_is_named(server: TestServer) -> None:
    server.routes["/a"] = Response(301, headers={"Location": server.url("/b")})
    server.routes["/b"] = Response(308, headers={"Location": "/a"})
    error = get_error(server.url("/a"))
    assert isinstance(error, TooManyRedirects)
    a, b = server.url("/a"), server.url("/b")
    assert str(error) == f"redirect loop: {a} -> {b} -> {a}"


def test_conditional_headers_follow_redirects(server: TestServer) -> None:
    server.routes["/old"] = Response(301, headers={"Location": "/feed"})
    server.routes["/feed"] = conditional
    result = get(server.url("/old"), etag='"v1"')
    assert result.not_modified and result.url == server.url("/feed")


def test_redirect_without_location_is_status_error(server: TestServer) -> None:
    server.routes["/"] = Response(302)
    error = get_error(server.url())
    assert isinstance(error, HTTPStatusError) and error.status == 302


# --- status errors and Retry-After ---------------------------------------------------


def test_429_with_retry_after_seconds(server: TestServer) -> None:
    server.routes["/"] = Response(429, headers={"Retry-After": "120"})
    error = get_error(server.url())
    assert isinstance(error, HTTPStatusError)
    assert (error.status, error.retry_after) == (429, 120.0)
    assert str(error) == "HTTP 429 (retry after 120s)"


def test_503_with_retry_after_http_date(server: TestServer) -> None:
    when = datetime.now(UTC) + timedelta(seconds=120)
    server.routes["/"] = Response(503, headers={"Retry-After": format_datetime(when, usegmt=True)})
    error = get_error(server.url())
    assert isinstance(error, HTTPStatusError) and error.status == 503
    assert error.retry_after is not None and 100 < error.retry_after <= 121
    assert str(error).startswith("HTTP 503 (retry after 1")


def test_500_has_no_retry_after(server: TestServer) -> None:
    server.routes["/"] = Response(500, headers={"Retry-After": "60"})
    error = get_error(server.url())
    assert isinstance(error, HTTPStatusError)
    assert (error.status, error.retry_after, str(error)) == (500, None, "HTTP 500")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        (" 30 ", 30.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("-5", None),
        ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_date_relative_to_now() -> None:
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now=784111717.0) == 60.0


# --- SSRF guard ----------------------------------------------------------------------


def test_loopback_server_is_refused_by_default(server: TestServer) -> None:
    server.routes["/"] = Response(body=b"secret")
    error = get_error(server.url(), FetchOptions())
    assert isinstance(error, BlockedAddress)
    assert str(error) == "refused loopback address 127.0.0.1 for host 127.0.0.1"
    assert server.requests == []


def test_public_name_resolving_to_private_address_is_refused(dns: dict[str, list[str]]) -> None:
    dns["intranet.example"] = ["10.0.0.1"]
    error = get_error("http://intranet.example/", FetchOptions())
    assert isinstance(error, BlockedAddress)
    assert str(error) == "refused private address 10.0.0.1 for host intranet.example"


def test_every_resolved_address_is_checked(dns: dict[str, list[str]]) -> None:
    dns["mixed.example"] = ["93.184.215.14", "169.254.169.254"]
    error = get_error("https://mixed.example/", FetchOptions())
    assert isinstance(error, BlockedAddress)
    assert str(error) == "refused cloud metadata address 169.254.169.254 for host mixed.example"


def test_connects_to_the_checked_address_keeping_host(
    server: TestServer, dns: dict[str, list[str]]
) -> None:
    dns["feeds.example"] = ["127.0.0.1"]
    server.routes["/feed"] = Response(body=b"ok")
    result = get(f"http://feeds.example:{server.port}/feed")
    assert result.content == b"ok"
    assert server.requests[-1].headers["Host"] == f"feeds.example:{server.port}"


def test_redirect_to_private_address_is_refused(dns: dict[str, list[str]]) -> None:
    dns.update({"public.example": ["93.184.215.14"], "intranet.example": ["10.1.2.3"]})
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})

    with pytest.raises(BlockedAddress) as info:
        get_mocked("http://public.example/", httpx.MockTransport(handler), FetchOptions())
    assert str(info.value) == "refused private address 10.1.2.3 for host intranet.example"
    assert info.value.url == "http://intranet.example/admin"
    assert seen == ["http://public.example/"]


def test_redirect_from_loopback_to_private_is_refused_on_real_transport(
    server: TestServer, dns: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Treat loopback as public so the first hop reaches the fixture server.
    real = netguard.address_refusal
    monkeypatch.setattr(
        netguard, "address_refusal", lambda a: None if a == "127.0.0.1" else real(a)
    )
    dns["intranet.example"] = ["192.168.1.1"]
    server.routes["/"] = Response(302, headers={"Location": "http://intranet.example/"})
    error = get_error(server.url(), FetchOptions())
    assert isinstance(error, BlockedAddress)
    assert str(error) == "refused private address 192.168.1.1 for host intranet.example"


@pytest.mark.parametrize(
    "url", ["ftp://example.org/x", "file:///etc/passwd", "gopher://a/", "/relative"]
)
def test_non_http_schemes_are_refused(url: str) -> None:
    error = get_error(url, FetchOptions())
    assert isinstance(error, InvalidURL)


def test_redirect_to_file_scheme_is_refused(server: TestServer) -> None:
    server.routes["/"] = Response(302, headers={"Location": "file:///etc/passwd"})
    error = get_error(server.url())
    assert isinstance(error, InvalidURL)
    assert str(error) == "refused URL scheme 'file'"


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.0.1", "private"),
        ("fd12::1", "private"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-public"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("64:ff9b::a9fe:a9fe", "cloud metadata"),
        ("2002:a00:1::", "private"),
        ("8.8.8.8", None),
        ("93.184.215.14", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_refusal(address: str, reason: str | None) -> None:
    assert address_refusal(address) == reason


# --- concurrency -----------------------------------------------------------------------


def test_per_host_limit(server: TestServer) -> None:
    lock, active, peak = threading.Lock(), [0], [0]

    def counting(request: Request) -> Response:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.15)
        with lock:
            active[0] -= 1
        return Response(body=b"ok")

    server.routes["/count"] = counting

    async def main() -> list[FetchResult]:
        options = FetchOptions(allow_private_networks=True, max_per_host=2)
        async with Fetcher(options) as fetcher:
            return await asyncio.gather(*(fetcher.get(server.url("/count")) for _ in range(6)))

    results = asyncio.run(main())
    assert [r.content for r in results] == [b"ok"] * 6
    assert peak[0] == 2


# --- backoff ---------------------------------------------------------------------------


def test_next_delay_grows_with_jitter() -> None:
    for count, ceiling in [(1, 60), (2, 120), (3, 240), (4, 480)]:
        delays = [next_delay(count, base=60, cap=3600) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1


def test_next_delay_caps() -> None:
    for count in (7, 20, 10_000):
        assert 1800 <= next_delay(count, base=60, cap=3600) <= 3600


def test_next_delay_honours_retry_after() -> None:
    assert next_delay(1, base=60, cap=3600, retry_after=7200) == 7200
    assert next_delay(1, base=60, cap=3600, retry_after=1) >= 30
    assert 30 <= next_delay(0, base=60, cap=3600, retry_after=None) <= 60


# --- results ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "mime", "charset"),
    [
        ("text/html; charset=windows-1251", "text/html", "windows-1251"),
        ("Application/XML;Charset='utf-8'", "application/xml", "utf-8"),
        ("text/plain", "text/plain", None),
        ("", None, None),
    ],
)
def test_result_content_type(content_type: str, mime: str | None, charset: str | None) -> None:
    headers = httpx.Headers({"Content-Type": content_type} if content_type else {})
    result = FetchResult(url="http://x/", status=200, content=b"", headers=headers)
    assert (result.content_type, result.charset) == (mime, charset)


# --- TLS on the checked address ------------------------------------------------------


def make_tls_contexts(hostname: str) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context with a cert for hostname, client context trusting its CA)."""
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def build(
        subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, signer: Any, ca: bool
    ) -> x509.Certificate:
        now = datetime.now(UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1))
            .not_valid_after(now + timedelta(hours=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            san = x509.SubjectAlternativeName([x509.DNSName(subject)])
            builder = builder.add_extension(san, critical=False)
        return builder.sign(signer, hashes.SHA256())

    ca_key, leaf_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca_cert = build("test CA", ca_key, "test CA", ca_key, True)
    leaf_cert = build(hostname, leaf_key, "test CA", ca_key, False)
    pem = serialization.Encoding.PEM
    client = ssl.create_default_context(cadata=ca_cert.public_bytes(pem).decode())
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as tmp:
        cert_file, key_file = Path(tmp, "cert.pem"), Path(tmp, "key.pem")
        cert_file.write_bytes(leaf_cert.public_bytes(pem))
        key_file.write_bytes(
            leaf_key.private_bytes(
                pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        server.load_cert_chain(cert_file, key_file)
    return server, client


def test_https_connects_to_checked_address_and_verifies_the_host_name(
    dns: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    server_context, client_context = make_tls_contexts("feeds.example")
    monkeypatch.setattr(httpx, "create_ssl_context", lambda: client_context)
    dns.update({"feeds.example": ["127.0.0.1"], "other.example": ["127.0.0.1"]})
    with TestServer({"/": Response(body=b"secure")}, ssl_context=server_context) as server:
        result = get(f"https://feeds.example:{server.port}/")
        assert result.content == b"secure"
        assert server.requests[-1].headers["Host"] == f"feeds.example:{server.port}"
        # Same IP, different name: the certificate is checked against the name.
        error = get_error(f"https://other.example:{server.port}/")
    assert isinstance(error, ConnectError)
    assert "certificate" in str(error).lower(), str(error)
