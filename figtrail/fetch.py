"""Fetching a URL: one bounded GET, with a total time limit, a size cap and a one-line error.

Plain urllib: figtrail fetches pages one at a time (or a few at a time for a feed's links) and
needs no session, cookies or retries. A page that is slow to come counts against the total
time, not just each read, so a server that drips bytes cannot hold a batch up.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from figtrail import __version__
from figtrail.errors import InputError
from figtrail.read import MAX_INPUT_BYTES, size_limit

DEFAULT_TIMEOUT = 20.0  # seconds for the whole fetch
USER_AGENT = f"figtrail/{__version__}"
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    media_type: str  # text/html, application/rss+xml... (lower case, no parameters)
    charset: str | None
    body: bytes


def is_url(s: str) -> bool:
    return s[:8].lower().startswith(("http://", "https://"))


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_INPUT_BYTES) -> Fetched:
    """GET url; raises InputError(url, why) on a bad status, a timeout, a body over max_bytes."""
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            headers: Message = resp.headers
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(url, f"over the {size_limit(max_bytes)} limit ({int(length):,} bytes)")
            body = bytearray()
            while chunk := resp.read(_CHUNK):
                body += chunk
                if len(body) > max_bytes:
                    raise InputError(url, f"over the {size_limit(max_bytes)} limit")
                if time.monotonic() > deadline:
                    raise InputError(url, f"timed out after {timeout:g} s")
            return Fetched(
                url=resp.geturl(),
                media_type=headers.get_content_type().lower(),
                charset=headers.get_content_charset(),
                body=bytes(body),
            )
    except urllib.error.HTTPError as err:
        raise InputError(url, f"HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, f"cannot fetch: {err.reason}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as err:  # reset, bad URL, bad status line...
        raise InputError(url, f"cannot fetch: {err}") from None
