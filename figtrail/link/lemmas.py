"""simplemma's lemmatiser on its low-memory dictionaries, with their lookup index kept on disk.

simplemma (2.0 on) reads a language's dictionary as a compressed front-coded stream and, to
look words up in it, first walks the whole stream once to index one record in 32: 0.1 to
0.9 s of CPU a language, about 2.5 s for the six, in every process that links (concept_of
tries every language for loan words). Walking is all the cost: the stream itself
decompresses in a few milliseconds. So the index is saved the first time it is built, as
plain arrays (numpy .npz, never a pickle), under the user's cache folder, keyed by
simplemma's version and the dictionary file's size and time; later processes load it in
milliseconds. The lookups read the same index either way, so the lemmas are the same
(tests/test_link_speed_equivalence.py compares them with simplemma's own).

Anything unexpected (a simplemma whose internals moved, an unwritable or corrupt cache)
falls back to simplemma's own index build: slower, never different.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import simplemma

try:  # simplemma 2.0's low-memory backend; older releases have none
    from simplemma.strategies.default import DefaultStrategy
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DATA_FOLDER,
        CachingDictionaryFactory,
        _read_decompressed,
    )
    from simplemma.strategies.dictionaries.frontcode import _read_header
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap
except ImportError:  # pragma: no cover - depends on the installed simplemma
    StreamMap = None  # type: ignore[assignment,misc]

FORMAT = 1  # of the saved index; a change starts new files


def cache_dir() -> Path | None:
    """$FIGTRAIL_CACHE_DIR, else $XDG_CACHE_HOME/figtrail, else ~/.cache/figtrail; None if
    FIGTRAIL_CACHE_DIR is set empty (no cache)."""
    env = os.environ.get("FIGTRAIL_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "figtrail"


def _index_path(lang: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    st = (DATA_FOLDER / f"{lang}.plzma").stat()
    version = getattr(simplemma, "__version__", "0")
    return folder / f"simplemma-{version}-{lang}-{st.st_size}-{st.st_mtime_ns}-v{FORMAT}.npz"


def _load_index(path: Path, lang: str) -> StreamMap | None:
    """A StreamMap whose index comes from `path`; None if there is none or it does not fit."""
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as z:
            offsets = z["offsets"].tolist()
            ends = [z[f"{k}_ends"].tolist() for k in ("firsts", "keys", "values")]
            blobs = [z[f"{k}_blob"].tobytes() for k in ("firsts", "keys", "values")]
            count = int(z["count"])
    except Exception:  # a cache file is only ever a shortcut: any damage means build again
        return None
    cols = []
    for blob, end in zip(blobs, ends, strict=True):
        starts = [0, *end[:-1]]
        cols.append([blob[s:e] for s, e in zip(starts, end, strict=True)])
    firsts, prev_keys, prev_values = cols
    if not (len(offsets) == len(firsts) == len(prev_keys) == len(prev_values)):
        return None
    data = _read_decompressed(lang)
    rev, n, pos = _read_header(data)
    if n != count or (offsets and not (pos <= offsets[-1] < len(data))):
        return None  # the dictionary is not the one the index was built on
    m = StreamMap.__new__(StreamMap)
    m._data, m._rev, m._count, m._pos = data, rev, n, pos
    m._firsts = firsts
    m._blocks = list(zip(offsets, prev_keys, prev_values, strict=True))
    return m


def _save_index(path: Path, m: StreamMap) -> None:
    import numpy as np

    offsets = [b[0] for b in m._blocks]
    arrays = {"offsets": np.asarray(offsets, dtype=np.int64), "count": np.asarray(m._count)}
    for name, col in (("firsts", m._firsts), ("keys", [b[1] for b in m._blocks]), ("values", [b[2] for b in m._blocks])):
        arrays[f"{name}_ends"] = np.cumsum([len(x) for x in col], dtype=np.int64)
        arrays[f"{name}_blob"] = np.frombuffer(b"".join(col), dtype=np.uint8)
    _write_aside(path, lambda fh: np.savez(fh, **arrays))


def _write_aside(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a cache file aside, then rename it into place: two processes building at once
    never leave half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def stream_map(lang: str) -> Mapping[str, str]:
    """simplemma's low-memory dictionary of `lang`, its index loaded from the cache when there."""
    try:
        path = _index_path(lang)
    except (OSError, ValueError):
        path = None
    if path is not None and path.exists():
        m = _load_index(path, lang)
        if m is not None:
            return m
    m = StreamMap(lang)  # raises ValueError for a language simplemma does not have
    if path is not None:
        with contextlib.suppress(OSError, ValueError):
            _save_index(path, m)
    return m


@lru_cache(maxsize=8)
def known_words(lang: str) -> Mapping[str, str]:
    """stream_map(lang), loaded once a process: a lookup per word must not reload the
    dictionary (tens of milliseconds each time)."""
    return stream_map(lang)


if StreamMap is not None:

    class CachedStreamFactory(CachingDictionaryFactory):
        """simplemma's StreamDictionaryFactory, its index kept on disk between processes."""

        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            return known_words(lang)  # one copy a language, shared with the word tests


def lemmas_of(words: Iterable[str], lang: str, lemma: Callable[[str], str]) -> dict[str, str]:
    """lemma(w) for each of a table's words (the concept table's terms), remembered on disk for
    that list of words, this language and this simplemma: the same answers, read in a few
    milliseconds instead of a lemmatiser call per word (about 0.4 s a language)."""
    words = sorted(set(words))
    folder = cache_dir()
    path = None
    if folder is not None:
        digest = hashlib.sha256("\n".join(words).encode()).hexdigest()[:16]
        version = getattr(simplemma, "__version__", "0")
        path = folder / f"lemmas-{version}-{lang}-{digest}-v{FORMAT}.json"
        try:
            with open(path, encoding="utf-8") as fh:
                known = json.load(fh)
            if isinstance(known, dict) and all(isinstance(known.get(w), str) for w in words):
                return {w: known[w] for w in words}
        except (OSError, ValueError):
            pass
    out = {w: lemma(w) for w in words}
    if path is not None:
        with contextlib.suppress(OSError):
            _write_aside(path, lambda fh: fh.write(json.dumps(out, ensure_ascii=False).encode("utf-8")))
    return out


def lemmatizer() -> Callable[..., str]:
    """lemmatize(word, lang=...): simplemma's lemmas, on the low-memory dictionaries where
    this simplemma has them."""
    if StreamMap is None:
        return simplemma.lemmatize
    strategy = DefaultStrategy(dictionary_factory=CachedStreamFactory())
    return simplemma.Lemmatizer(lemmatization_strategy=strategy).lemmatize


__all__ = ["cache_dir", "known_words", "lemmas_of", "lemmatizer", "stream_map"]
