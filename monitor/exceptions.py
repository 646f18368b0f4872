"""The fetcher's exceptions: one tree, every message one line.

Exceptions::

    FetchError                 message, url, retry_after
    ├── InvalidURL             not http(s), no host, unusable Location
    ├── BlockedAddress         host resolves to a loopback/private/metadata/... address
    ├── TooLarge               Content-Length or decoded body over max_bytes
    ├── TooManyRedirects       more than max_redirects hops, or a redirect loop
    ├── HTTPStatusError        status (4xx/5xx, odd 3xx); retry_after on 429/503
    ├── FetchTimeout           connect, read or total timeout
    ├── ConnectError           DNS failure, refused, reset, TLS
    └── ProtocolError          malformed HTTP or undecodable body
"""

from __future__ import annotations


class FetchError(Exception):
    """Any failure to fetch a URL; `str()` is one line."""

    def __init__(self, message: str, *, url: str = "", retry_after: float | None = None):
        self.message = " ".join(message.split())
        self.url = url
        self.retry_after = retry_after
        super().__init__(self.message)


class InvalidURL(FetchError):
    """The URL is not fetchable: not http(s), no host, or malformed."""


class BlockedAddress(FetchError):
    """The host resolves to an address we refuse to contact."""


class TooLarge(FetchError):
    """The body (declared or decoded) is over the size cap."""


class TooManyRedirects(FetchError):
    """Too many redirects, or a redirect loop."""


class HTTPStatusError(FetchError):
    """The server answered with an error (or unusable) status."""

    def __init__(
        self, message: str, *, status: int, url: str = "", retry_after: float | None = None
    ):
        super().__init__(message, url=url, retry_after=retry_after)
        self.status = status


class FetchTimeout(FetchError):
    """A connect, read or total timeout expired."""


class ConnectError(FetchError):
    """The server could not be reached: DNS, refused, reset, TLS."""


class ProtocolError(FetchError):
    """The server spoke broken HTTP or sent an undecodable body."""
