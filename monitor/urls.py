"""URL canonicalisation and hashing, for deduplication."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = {
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "ref_src",
    "ref_url",
    "cmpid",
    "ocid",
    "spm",
    "share",
    "rss",
    "at_medium",
    "at_campaign",
    "xtor",
    "__twitter_impression",
    "s_cid",
    "sr_share",
}
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonicalize(url: str, base: str | None = None) -> str:
    """Normalise a URL: lower-case scheme and host, no fragment, no tracking parameters."""
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING
    ]
    return urlunsplit((scheme, host, path, urlencode(query, doseq=True), ""))


def url_hash(url: str) -> str:
    """A stable hash of a canonical URL (what the seen-URL table stores)."""
    return hashlib.sha256(canonicalize(url).encode("utf-8")).hexdigest()


def host_of(url: str) -> str:
    """The lower-case host of a URL ('' when it has none)."""
    return (urlsplit(url).hostname or "").lower()


def same_site(a: str, b: str) -> bool:
    """True when two URLs share a host, ignoring a leading 'www.'."""
    return host_of(a).removeprefix("www.") == host_of(b).removeprefix("www.")
