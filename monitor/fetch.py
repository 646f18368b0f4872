"""Polite, safe async HTTP fetching: conditional GET, limits, caps and an SSRF guard.

One `Fetcher` owns one `httpx.AsyncClient`. `Fetcher.get` follows redirects itself
(checking every hop), streams the body under a size cap, and turns every failure
into a `FetchError` whose `str()` is one clear line.

Exceptions: see monitor.exceptions.

DNS rebinding and the address guard: see monitor.netguard.

Gzip bombs: the body is read raw and inflated here with zlib's max_length, so no
chunk ever inflates past the bytes still allowed (httpx's own decoder would turn
one 64 KiB chunk of a bomb into ~64 MB before any check could run). Only gzip and
deflate are offered; other unknown codings pass through undecoded, as in httpx.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
import zlib
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import httpx

from monitor.exceptions import (
    BlockedAddress,
    ConnectError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    ProtocolError,
    TooLarge,
    TooManyRedirects,
)
from monitor.netguard import checked_addresses, guarded_transport

__all__ = [
    "BlockedAddress",
    "ConnectError",
    "FetchError",
    "FetchOptions",
    "FetchResult",
    "FetchTimeout",
    "Fetcher",
    "HTTPStatusError",
    "InvalidURL",
    "ProtocolError",
    "TooLarge",
    "TooManyRedirects",
    "next_delay",
    "parse_retry_after",
]

try:
    _VERSION = version("convention-monitor")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    _VERSION = "0"

PROJECT_URL = "https://github.com/convention-monitor/convention-monitor"
DEFAULT_USER_AGENT = f"convention-monitor/{_VERSION} (+{PROJECT_URL})"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


@dataclass(frozen=True)
class FetchOptions:
    """Timeouts (seconds), caps and limits for a `Fetcher`."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    max_connections: int = 16
    max_per_host: int = 2
    allow_private_networks: bool = False
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True)
class FetchResult:
    """A successful (2xx) or not-modified (304) response, body fully read."""

    url: str
    status: int
    content: bytes
    headers: Mapping[str, str] = field(repr=False)
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """True for a 304: the stored copy is still current."""
        return self.status == 304

    @property
    def content_type(self) -> str | None:
        """The MIME type of Content-Type, lower case, without parameters."""
        mime = self.headers.get("content-type", "").split(";")[0].strip().lower()
        return mime or None

    @property
    def charset(self) -> str | None:
        """The charset parameter of Content-Type, if any."""
        for param in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip(" \"'"):
                return value.strip(" \"'")
        return None


def next_delay(
    error_count: int, *, base: float, cap: float, retry_after: float | None = None
) -> float:
    """Seconds to wait after `error_count` consecutive failures (equal jitter, capped)."""
    ceiling = min(cap, base * 2.0 ** min(max(error_count - 1, 0), 62))
    delay = ceiling / 2 + random.uniform(0, ceiling / 2)
    return max(delay, retry_after or 0.0)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


def _format_size(n: int) -> str:
    """1048576 -> '1 MB', 2048 -> '2 KB'."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.3g} MB"
    return f"{n / 1024:.3g} KB" if n >= 1024 else f"{n} bytes"


def _one_line(exc: BaseException) -> str:
    """A short description of an exception from httpx, httpcore or the OS."""
    return " ".join(str(exc).split()) or type(exc).__name__


@contextlib.contextmanager
def _mapped_errors(url: str, options: FetchOptions) -> Iterator[None]:
    """Turn httpx/OS/timeout exceptions into FetchError subclasses carrying `url`."""
    try:
        yield
    except FetchError as exc:
        exc.url = exc.url or url
        raise
    except httpx.ConnectTimeout:
        raise FetchTimeout(
            f"connect timed out after {options.connect_timeout:g}s", url=url
        ) from None
    except httpx.TimeoutException:
        raise FetchTimeout(f"read timed out after {options.read_timeout:g}s", url=url) from None
    except TimeoutError:
        raise FetchTimeout(f"timed out after {options.total_timeout:g}s", url=url) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InvalidURL(f"invalid URL: {_one_line(exc)}", url=url) from None
    except (httpx.DecodingError, httpx.ProtocolError, httpx.TooManyRedirects) as exc:
        raise ProtocolError(f"bad response: {_one_line(exc)}", url=url) from None
    except (httpx.TransportError, OSError) as exc:
        raise ConnectError(f"connection failed: {_one_line(exc)}", url=url) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"fetch failed: {_one_line(exc)}", url=url) from None


def _checked_url(url: str | httpx.URL) -> httpx.URL:
    """Parse `url`, refusing anything but absolute http(s) URLs."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidURL(f"invalid URL: {_one_line(exc)}", url=str(url)) from None
    if not parsed.scheme:
        raise InvalidURL("URL is not absolute", url=str(url))
    if parsed.scheme not in ("http", "https"):
        raise InvalidURL(f"refused URL scheme {parsed.scheme!r}", url=str(url))
    if not parsed.host:
        raise InvalidURL("URL has no host", url=str(url))
    return parsed


def _next_hop(response: httpx.Response, chain: list[str], max_redirects: int) -> httpx.URL:
    """The checked target of a redirect response; raise on loops or too many hops."""
    location = response.headers.get("location")
    if not location:
        raise HTTPStatusError(
            f"HTTP {response.status_code} without Location", status=response.status_code
        )
    try:
        target = _checked_url(response.url.join(location.strip()).copy_with(fragment=None))
    except httpx.InvalidURL as exc:
        raise InvalidURL(f"bad redirect Location {location!r}: {exc}") from None
    if str(target) in chain:
        raise TooManyRedirects("redirect loop: " + " -> ".join([*chain, str(target)]))
    if len(chain) > max_redirects:
        raise TooManyRedirects(f"too many redirects (more than {max_redirects}) from {chain[0]}")
    return target


class Fetcher:
    """Async context manager owning one `httpx.AsyncClient`; call `get` inside it."""

    def __init__(
        self,
        options: FetchOptions = FetchOptions(),  # noqa: B008 - frozen, so safe to share
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.options = options
        self._check_hops = transport is not None
        self._client = httpx.AsyncClient(
            transport=transport
            or guarded_transport(
                max_connections=options.max_connections,
                allow_private=options.allow_private_networks,
            ),
            timeout=httpx.Timeout(
                connect=options.connect_timeout,
                read=options.read_timeout,
                write=options.read_timeout,
                pool=options.total_timeout,
            ),
            headers={"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            trust_env=False,
        )
        self._global = asyncio.Semaphore(options.max_connections)
        self._per_host: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        await self._client.__aenter__()
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self._client.__aexit__(*exc_info)

    async def aclose(self) -> None:
        """Close the client and its connections."""
        await self._client.aclose()

    async def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET `url` conditionally, following up to max_redirects checked hops."""
        headers = {"If-None-Match": etag or "", "If-Modified-Since": last_modified or ""}
        headers = {name: value for name, value in headers.items() if value}
        current, chain = _checked_url(url), []
        deadline: float | None = None
        while True:
            chain.append(str(current))
            with _mapped_errors(str(current), self.options):
                async with self._slot(current.host):
                    if deadline is None:
                        deadline = asyncio.get_running_loop().time() + self.options.total_timeout
                    async with asyncio.timeout_at(deadline):
                        outcome = await self._hop(current, headers, chain)
            if isinstance(outcome, FetchResult):
                return outcome
            current = outcome

    @contextlib.asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        """Hold a per-host slot, then a global one (host first, so queues don't hog)."""
        per_host = self._per_host.setdefault(host, asyncio.Semaphore(self.options.max_per_host))
        async with per_host, self._global:
            yield

    async def _hop(
        self, url: httpx.URL, headers: dict[str, str], chain: list[str]
    ) -> FetchResult | httpx.URL:
        """One request: a result, or the next URL to try after a redirect."""
        if self._check_hops:
            port = url.port or (443 if url.scheme == "https" else 80)
            await checked_addresses(
                url.host, port, allow_private=self.options.allow_private_networks
            )
        request = self._client.build_request("GET", url, headers=headers)
        response = await self._client.send(request, stream=True)
        try:
            status = response.status_code
            if status in REDIRECT_STATUSES:
                return _next_hop(response, chain, self.options.max_redirects)
            if status == 304 or 200 <= status < 300:
                content = b"" if status == 304 else await self._read_body(response)
                return _result(response, content, sent=headers)
            raise _status_error(response)
        finally:
            await response.aclose()

    async def _read_body(self, response: httpx.Response) -> bytes:
        """The decoded body; TooLarge as soon as it (or Content-Length) passes the cap."""
        cap = self.options.max_bytes
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > cap:
            raise TooLarge(f"response larger than {_format_size(cap)} (Content-Length {declared})")
        inflater = _Inflater(response.headers.get("content-encoding", ""), cap)
        body = bytearray()
        async for chunk in response.aiter_raw():  # decoded here, not by httpx: see docstring
            body += inflater.feed(chunk)
        return bytes(body)


class _Inflater:
    """Decodes a gzip/deflate body chunk by chunk, never inflating past max_bytes."""

    def __init__(self, content_encoding: str, max_bytes: int) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        codings = [c for c in codings if c not in ("", "identity")]
        known = [c for c in codings if c in _WBITS]
        if len(codings) > 1 and known:
            raise ProtocolError(f"unsupported Content-Encoding {content_encoding!r}")
        self._coding = known[0] if known else None  # unknown codings pass through, as in httpx
        self._zlib = zlib.decompressobj(_WBITS[self._coding]) if self._coding else None
        self._may_be_raw_deflate = self._coding == "deflate"
        self.max_bytes, self.size = max_bytes, 0

    def feed(self, data: bytes) -> bytes:
        """The decoded bytes of `data`; TooLarge once the total passes max_bytes."""
        room = self.max_bytes - self.size
        out = data if self._zlib is None else self._inflate(data, room)
        self.size += len(out)
        if self.size > self.max_bytes:
            raise TooLarge(f"response larger than {_format_size(self.max_bytes)}")
        return out

    def _inflate(self, data: bytes, room: int) -> bytes:
        """Inflate at most room + 1 bytes: enough to tell "too large", never a bomb's worth."""
        assert self._zlib is not None
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error as exc:
            if not self._may_be_raw_deflate:
                raise ProtocolError(f"bad {self._coding} body: {exc}") from None
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send
            out = self._zlib.decompress(data, room + 1)
        self._may_be_raw_deflate = False
        return out


def _status_error(response: httpx.Response) -> HTTPStatusError:
    """An HTTPStatusError for `response`, with Retry-After surfaced on 429/503."""
    status = response.status_code
    retry_after = None
    if status in (429, 503):
        retry_after = parse_retry_after(response.headers.get("retry-after"))
    message = f"HTTP {status}"
    if retry_after is not None:
        message += f" (retry after {retry_after:.0f}s)"
    return HTTPStatusError(message, status=status, retry_after=retry_after)


def _result(response: httpx.Response, content: bytes, *, sent: Mapping[str, str]) -> FetchResult:
    """The FetchResult for `response`; a bare 304 keeps the validators we sent."""
    fallback = sent if response.status_code == 304 else {}
    return FetchResult(
        url=str(response.url),
        status=response.status_code,
        content=content,
        headers=response.headers,
        etag=response.headers.get("etag") or fallback.get("If-None-Match"),
        last_modified=response.headers.get("last-modified") or fallback.get("If-Modified-Since"),
    )
