"""The shortcuts that make linking cheap give what the plain computations give.

Each test sets a fast path of figtrail.link against the straightforward code it replaced
(kept here as the reference), on texts built to hit the edge cases.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
import simplemma

from figtrail.link import concepts, places, quantities
from figtrail.link.fold import prepare, split_prepared, tokens

DEMO = Path(__file__).resolve().parents[1] / "figtrail" / "data" / "demo.jsonl"

TRICKY = [
    "",
    "\n",
    "Plus de 3 000 soldats nord-coréens",
    "The U.S. said",
    "the U.S.",
    "Britain's army",
    "BRITAIN'S ARMY'S",
    "Straße ß İstanbul Σ ΟΔΟΣ",
    "\u0301accent first, e\u0301 apart",
    "l’Agence — Météo‐France",
    "snake_case and ﬁ ligature",
    "U.S.\nA.B. said it's US, us, the UK and R$ 5",
    "Ends with a dot.",
    "?\n\n! a. b.\n",
]


def _pairs() -> list[tuple[str, str]]:
    return [(a, b) for a in TRICKY for b in TRICKY]


@pytest.mark.parametrize("keep_case", [False, True])
def test_tokens_of_title_and_text_are_those_of_the_whole(keep_case):
    for title, text in _pairs():
        whole = tokens(f"{title}\n{text}", keep_case)
        assert whole == tokens(title, keep_case) + tokens(text, keep_case), (title, text)


@pytest.mark.parametrize("keep_case", [False, True])
def test_prepared_then_split_is_tokens(keep_case):
    for s in TRICKY + [a + b for a, b in _pairs()]:
        if s:
            assert split_prepared(prepare(s), keep_case) == tokens(s, keep_case), s


# --- places: the word-by-word scans they replaced -------------------------------------


def _countries_in_reference(words, cased=None):
    found = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(places._MAX_PHRASE, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            code = places.COUNTRY_PHRASES.get(key)
            if code and (key not in places._CAPS_ONLY or (cased and cased[i].isupper())):
                hit = (n, code)
                break
        if hit is None:
            for head, stem, code in places._ADJ_INDEX.get(words[i], []) + places._ADJ_INDEX.get(
                words[i][:4], []
            ):
                n = len(head)
                if i + n < len(words) and words[i + n].startswith(stem) and tuple(words[i : i + n]) == head:
                    hit = (n + 1, code)
                    break
        if hit:
            found.append((i, i + hit[0], hit[1]))
            i += hit[0]
        else:
            i += 1
    return found


def _regions_in_reference(words):
    found = []
    i = 0
    while i < len(words):
        n = next(
            (
                n
                for n in range(min(places._MAX_REGION, len(words) - i), 0, -1)
                if tuple(words[i : i + n]) in places.REGION_PHRASES
            ),
            0,
        )
        if n:
            found.append((i, i + n, places.REGION_PHRASES[tuple(words[i : i + n])]))
            i += n
        else:
            i += 1
    return found


def _place_texts(n: int = 400) -> list[str]:
    """Random runs of the tables' names, adjectives (with endings) and filler words."""
    rng = random.Random(7)
    vocab = []
    for c in places.COUNTRIES:
        vocab += list(c.names + c.capitals + c.markers)
        vocab += [a + rng.choice(["", "s", "ne", "es", "en", "ische"]) for a in c.adjectives]
    for names in places.REGIONS.values():
        vocab += list(names)
    filler = [
        "the",
        "us",
        "US",
        "UK",
        "uk",
        "r",
        "R$",
        "de",
        "la",
        "of",
        "in",
        "a",
        "die",
        "und",
        "Rio",
        "Grande",
        "do",
        "Sul",
        "nord",
        "sud",
        "south",
        "north",
    ]
    return [" ".join(rng.choice(vocab + filler * 4) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_countries_in_matches_the_word_by_word_scan():
    for text in _place_texts():
        words, cased = tokens(text), tokens(text, keep_case=True)
        expected = _countries_in_reference(words, cased)
        assert places.countries_in(words, cased) == expected, text
        assert places.countries_in(words, lambda text=text: tokens(text, keep_case=True)) == expected, text
        assert places.countries_in(words) == _countries_in_reference(words), text


def test_regions_in_matches_the_word_by_word_scan():
    for text in _place_texts():
        words = tokens(text)
        assert places.regions_in(words) == _regions_in_reference(words), text


# --- quantities ------------------------------------------------------------------------


def test_sentence_start_is_that_of_the_text_before():
    texts = [*TRICKY, "A. B! C? D\nE.\nF. . .. ..\n\n", "x.y. z!\t?", "Fin.", "a.\nb"]
    for text in texts:
        for start in range(-1, len(text) + 3):
            cut = [m.end() for m in quantities._SENT_END.finditer(text[:start])]
            assert quantities._sentence_start(text, start) == (cut[-1] if cut else 0), (text, start)


def test_fold_is_lower_then_translate_whatever_the_length():
    table = str.maketrans(quantities._fold_table())
    for n in (0, 1, 39, 40, 41, 399, 400, 401, 5000):
        s = ("Éé İ ΣΑΣ Straße à\u0301 ’ " * 400)[:n]
        assert quantities.fold(s) == s.lower().translate(table)


def test_char_map_is_str_translate():
    from figtrail.chars import CharMap

    tables = [
        quantities._fold_table(),
        {"’": "'", "-": "–", "]": "", "^": "x", "\\": "/", "a": "bc"},  # regex-special and dropped
    ]
    texts = ["", "plain ascii", *TRICKY, "Ça’s [a-z]^\\ à\u0301 ÉÉÉ ’’ ]]", "x" * 1000 + "é"]
    for table in tables:
        cm = CharMap(table)
        for text in texts:
            assert cm(text) == text.translate(str.maketrans(table)), (table, text)


def test_any_status_and_any_relative_year_find_what_the_lists_find():
    t = quantities.tables()
    words = []
    for line in concepts.STATUS.strip().splitlines():
        words += [w.strip() for w in line.split(";", 1)[1].replace("|", ",").split(",") if w.strip()]
    rng = random.Random(3)
    ends = ["", "s", "es", "e", "n", "en", "i", "x", "ment"]
    for _ in range(2000):
        text = quantities.fold(
            " ".join(rng.choice(words) + rng.choice(ends) for _ in range(rng.randint(1, 3)))
        )
        text = rng.choice(["", "a ", "x"]) + text + rng.choice(["", " b", "y"])
        assert bool(t.any_status.search(text)) == any(p.search(text) for _, p in t.status), text
    phrases = [ph for ph, _ in t.relative_years]
    for _ in range(500):
        text = rng.choice(phrases)[: rng.randint(3, 20)] + rng.choice(["", " ", "x"]) + rng.choice(phrases)
        assert bool(t.any_relative_year.search(text)) == any(ph in text for ph in phrases), text


def test_the_lemmatiser_gives_what_simplemma_s_default_dictionaries_give():
    """quantities lemmatises on simplemma's low-memory dictionaries: the same lemmas as the
    default ones for the concept table's terms and the words of news."""
    if quantities._lemmatize is simplemma.lemmatize:
        pytest.skip("this simplemma has no low-memory dictionaries")
    words: set[str] = set()
    for line in concepts.CONCEPTS.strip().splitlines():
        for term in re.split(r"[,|]", line.split(";", 2)[2]):
            words.update(quantities._words(term))
            words.add(quantities.fold(term.strip()).replace(" ", ""))
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        words.update(quantities._words(f"{art['title']} {art['text']}"))
    words.discard("")
    for lang in concepts.LANGS:
        for w in sorted(words):
            assert quantities._lemmatize(w, lang=lang) == simplemma.lemmatize(w, lang=lang), (w, lang)


def test_blank_word_is_the_word_bounded_pattern():
    rng = random.Random(1)
    alpha = ["a", "b", "ab", " ", "_", "-", "é", "1", "²", "٣", "'", "\u0301", "Ⅻ", "x", "."]
    for _ in range(50_000):
        word = "".join(rng.choice(alpha) for _ in range(rng.randint(1, 3)))
        text = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 14)))
        expected = re.sub(r"\b" + re.escape(word) + r"\b", " ", text)
        assert quantities._blank_word(text, word) == expected, (text, word)


def test_shingles_are_the_joined_runs_of_words():
    from figtrail.link.stories import shingles

    texts = [*TRICKY, "Le président a dit 3 000 soldats, 3 000 soldats", "a b c d e f g a b c d"]
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    for text in texts:
        ws = re.findall(r"\w+", quantities.fold(text))
        for k in (1, 2, 4, 6):
            if len(ws) < k:
                expected = {" ".join(ws).encode()} if ws else set()
            else:
                expected = {" ".join(ws[i : i + k]).encode() for i in range(len(ws) - k + 1)}
            assert shingles(text, k) == expected, (text, k)
