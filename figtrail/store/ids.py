"""Stable article ids and content hashes: pure functions, shared by readers, workers and the writer."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

ID_HASH_CHARS = 16  # 64 bits: no collision in any store figtrail will see


def sha256(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def content_hash(title: str, text: str) -> str:
    """The article as read (before cleaning): same hash, same article, nothing to store."""
    return sha256(title + "\x00" + text)


def url_id(url: str) -> str:
    return "u-" + sha256(url)[:ID_HASH_CHARS]


def content_id(chash: str) -> str:
    return "c-" + chash[:ID_HASH_CHARS]


def site_of(url: str | None) -> str | None:
    """The outlet: the URL's host without www. (lemonde.fr)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed URL (bad IPv6 literal, bad port) has no site
        return None
    return host.lower().removeprefix("www.") or None
