"""Serve a built site on loopback, for the browser tests, Lighthouse and the benchmarks.

A missing path is answered as GitHub Pages answers it: status 404 with the site's own 404.html.
With `compress=True` text is sent gzip-compressed to a browser that accepts it, as GitHub Pages
and most static hosts send it (Python's http.server never compresses), so that page weights and
Lighthouse's simulated network see what a visitor's phone receives.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import sys
import threading
from pathlib import Path

COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}


class SiteServer:
    """Serve a folder on 127.0.0.1 at a free port, in a background thread, under the URL path `mount`."""

    def __init__(self, root: Path, compress: bool = False, mount: str = "/"):
        handler_class = type("Handler", (_QuietHandler,), {"compress": compress, "mount": mount})
        handler = functools.partial(handler_class, directory=str(root))
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{mount}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A browser that closes a connection mid-answer (a page left before it finished loading) is
        # not an error of the site; anything else is reported as usual.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    compress = False
    mount = "/"

    def translate_path(self, path):
        return super().translate_path("/" + path[len(self.mount):])

    def send_head(self):
        if not self.path.startswith(self.mount):
            self.send_error(404)
            return None
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not path.exists() and (Path(self.directory) / "404.html").is_file():
            return self._not_found(Path(self.directory) / "404.html")
        if not (self.compress and path.suffix in COMPRESSIBLE and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def _not_found(self, page: Path):
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args) -> None:
        pass
