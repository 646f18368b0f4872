"""The SSRF guard: never connect to loopback, private, link-local or metadata addresses.

DNS rebinding: with the default transport the address check lives in the network
backend, so the socket connects to exactly the addresses that were just checked,
while the URL (and so the Host header, TLS SNI and certificate check) keeps the
host name. A transport passed in by the caller is trusted to connect where it
likes; `Fetcher.get` then checks each hop's resolution itself (no rebinding guarantee).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
from typing import Any

import httpcore
import httpx

from monitor.exceptions import BlockedAddress, ConnectError

_METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def address_refusal(address: str) -> str | None:
    """Why `address` must not be contacted ("loopback", ...), or None if it is public."""
    ip = ipaddress.ip_address(address.split("%")[0])
    candidates: list[_IPAddress] = []
    if isinstance(ip, ipaddress.IPv6Address):  # IPv4 embedded in IPv6 first: more specific
        candidates += [a for a in (ip.ipv4_mapped, ip.sixtofour) if a is not None]
        candidates += list(ip.teredo or ())
        if ip in _NAT64:
            candidates.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    for candidate in [*candidates, ip]:
        if candidate in _METADATA_ADDRESSES:
            return "cloud metadata"
        for kind in ("loopback", "unspecified", "link_local", "multicast", "reserved", "private"):
            if getattr(candidate, f"is_{kind}"):
                return kind.replace("_", "-")
        if not candidate.is_global:
            return "non-public"
    return None


async def resolve(host: str, port: int) -> list[str]:
    """The IP addresses `host` resolves to, in resolver order (the one DNS lookup)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def checked_addresses(host: str, port: int, *, allow_private: bool) -> list[str]:
    """Resolve `host`; raise BlockedAddress if ANY address is refused."""
    try:
        addresses = await resolve(host, port)
    except OSError as exc:
        raise ConnectError(f"cannot resolve host {host}: {exc.strerror or exc}") from None
    if not addresses:
        raise ConnectError(f"cannot resolve host {host}: no addresses")
    if not allow_private:
        for address in addresses:
            reason = address_refusal(address)
            if reason:
                raise BlockedAddress(f"refused {reason} address {address} for host {host}")
    return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Connects only to addresses it has just resolved and checked."""

    def __init__(self, *, allow_private: bool) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._allow_private = allow_private

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await checked_addresses(host, port, allow_private=self._allow_private)
        for address in addresses[:-1]:
            with contextlib.suppress(httpcore.ConnectError, httpcore.ConnectTimeout):
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
        return await self._inner.connect_tcp(
            addresses[-1], port, timeout, local_address, socket_options
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def guarded_transport(*, max_connections: int, allow_private: bool) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connections go through `_GuardedBackend`."""
    transport = httpx.AsyncHTTPTransport(retries=0)
    # httpx has no public hook for the network backend, so replace the pool it built
    # with an identical one that uses ours (same pattern as httpx's own __init__).
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(allow_private=allow_private),
    )
    return transport
