"""A fixture news site: files under tests/data/ served on loopback with ETags."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.httpserver import Request, Response, TestServer

DATA = Path(__file__).parent / "data"
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
}


class Site:
    """Serves directories at URL prefixes; `{BASE}` in files becomes the server's base URL."""

    def __init__(self, mounts: dict[str, Path]) -> None:
        self.server = TestServer()
        self.mounts = mounts

    def __enter__(self) -> Site:
        self.server.start()
        for prefix, root in self.mounts.items():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                route = prefix + path.relative_to(root).as_posix()
                self.serve(route, path.read_bytes(), _TYPES.get(path.suffix, "text/plain"))
                if path.name == "index.html":
                    self.serve(route.removesuffix("index.html"), path.read_bytes(), _TYPES[".html"])
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    def url(self, path: str) -> str:
        """Absolute URL of a path on the site."""
        return self.server.url(path)

    def serve(
        self, route: str, body: bytes, content_type: str = "text/html; charset=utf-8"
    ) -> None:
        """Serve `body` at `route` with an ETag, answering 304 to a matching If-None-Match."""
        body = body.replace(b"{BASE}", self.server.base_url.encode())
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'

        def handler(request: Request) -> Response:
            if request.headers.get("If-None-Match") == etag:
                return Response(status=304, headers={"ETag": etag})
            return Response(body=body, headers={"ETag": etag, "Content-Type": content_type})

        self.server.routes[route] = handler

    def hits(self, path: str) -> list[Request]:
        """Requests received for a path (query string ignored)."""
        return [r for r in self.server.requests if r.path.split("?")[0] == path]
