#!/usr/bin/env python3
"""Synthetic news in six languages, for scale benchmarks (issue 7, item 5):

    .venv/bin/python bench/synth_corpus.py N [--seed 7] [--out corpus.jsonl]

Writes N articles (spec section 3 lines: id, lang, published, url, title, text) grouped
in stories. A story is one event (a place, a date, a few quantities that sources put
numbers on); its articles are an original, near copies of it (same language, a word
changed, a sentence added: what syndication does), translations into the other
languages and other outlets' reports (other sentences, other order, the same figures).
Each line also carries `story`, the true story, so linking can be scored at scale.

The same seed gives the same corpus, byte for byte. 100k articles take seconds.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta

LANGS = ("en", "fr", "es", "pt", "de", "it")

# place: name in each language, as in the order of LANGS
PLACES = [
    ("Russia", "Russie", "Rusia", "Rússia", "Russland", "Russia"),
    ("Ukraine", "Ukraine", "Ucrania", "Ucrânia", "der Ukraine", "Ucraina"),
    ("Gaza", "Gaza", "Gaza", "Gaza", "Gaza", "Gaza"),
    ("Sudan", "Soudan", "Sudán", "Sudão", "Sudan", "Sudan"),
    ("Spain", "Espagne", "España", "Espanha", "Spanien", "Spagna"),
    ("France", "France", "Francia", "França", "Frankreich", "Francia"),
    ("Germany", "Allemagne", "Alemania", "Alemanha", "Deutschland", "Germania"),
    ("Italy", "Italie", "Italia", "Itália", "Italien", "Italia"),
    ("Brazil", "Brésil", "Brasil", "Brasil", "Brasilien", "Brasile"),
    ("Turkey", "Turquie", "Turquía", "Turquia", "der Türkei", "Turchia"),
    ("Syria", "Syrie", "Siria", "Síria", "Syrien", "Siria"),
    ("Haiti", "Haïti", "Haití", "Haiti", "Haiti", "Haiti"),
]

# concept: noun (plural) and unit in each language; money and percents say their unit
CONCEPTS = [
    ("troops", None, ("troops", "soldats", "soldados", "soldados", "Soldaten", "soldati")),
    ("deaths", None, ("people killed", "morts", "muertos", "mortos", "Tote", "morti")),
    ("wounded", None, ("wounded", "blessés", "heridos", "feridos", "Verletzte", "feriti")),
    (
        "displaced",
        None,
        ("displaced people", "déplacés", "desplazados", "desalojados", "Vertriebene", "sfollati"),
    ),
    (
        "protesters",
        None,
        ("protesters", "manifestants", "manifestantes", "manifestantes", "Demonstranten", "manifestanti"),
    ),
    ("arrests", None, ("arrests", "interpellations", "detenidos", "detidos", "Festnahmen", "arresti")),
    ("drones", None, ("drones", "drones", "drones", "drones", "Drohnen", "droni")),
    (
        "homes",
        None,
        (
            "homes destroyed",
            "logements détruits",
            "viviendas destruidas",
            "casas destruídas",
            "zerstörte Häuser",
            "case distrutte",
        ),
    ),
    ("jobs", None, ("jobs", "emplois", "empleos", "empregos", "Arbeitsplätze", "posti di lavoro")),
    ("aid", "EUR", ("in aid", "d'aide", "en ayudas", "em ajuda", "an Hilfen", "di aiuti")),
    (
        "deficit",
        "%",
        (
            "budget deficit",
            "déficit public",
            "déficit público",
            "déficit público",
            "Haushaltsdefizit",
            "deficit pubblico",
        ),
    ),
]

SOURCES = [
    (
        "the defence ministry",
        "le ministère de la Défense",
        "el Ministerio de Defensa",
        "o Ministério da Defesa",
        "das Verteidigungsministerium",
        "il ministero della Difesa",
    ),
    (
        "the United Nations",
        "les Nations unies",
        "las Naciones Unidas",
        "as Nações Unidas",
        "die Vereinten Nationen",
        "le Nazioni Unite",
    ),
    ("the police", "la police", "la policía", "a polícia", "die Polizei", "la polizia"),
    (
        "local officials",
        "les autorités locales",
        "las autoridades locales",
        "as autoridades locais",
        "die örtlichen Behörden",
        "le autorità locali",
    ),
    ("the government", "le gouvernement", "el Gobierno", "o governo", "die Regierung", "il governo"),
    ("aid groups", "les ONG", "las ONG", "as ONG", "Hilfsorganisationen", "le ong"),
]

# sentence frames: {src} source, {num} number, {what} counted noun, {place} place
SAID = {
    "en": [
        "{src} said {num} {what} in {place}.",
        "According to {src}, {num} {what} in {place}.",
        "{src} put the figure at {num} {what}.",
    ],
    "fr": [
        "{src} a fait état de {num} {what} en {place}.",
        "Selon {src}, {num} {what} en {place}.",
        "{src} chiffre à {num} les {what}.",
    ],
    "es": [
        "{src} informó de {num} {what} en {place}.",
        "Según {src}, {num} {what} en {place}.",
        "{src} cifró en {num} los {what}.",
    ],
    "pt": [
        "{src} informou {num} {what} na {place}.",
        "Segundo {src}, {num} {what} na {place}.",
        "{src} estimou em {num} os {what}.",
    ],
    "de": [
        "{src} meldete {num} {what} in {place}.",
        "Nach Angaben von {src} gibt es {num} {what} in {place}.",
        "{src} bezifferte die Zahl auf {num} {what}.",
    ],
    "it": [
        "{src} ha riferito di {num} {what} in {place}.",
        "Secondo {src}, {num} {what} in {place}.",
        "{src} stima {num} {what}.",
    ],
}
TITLE = {
    "en": "{place}: {num} {what}, says {src}",
    "fr": "{place} : {num} {what} selon {src}",
    "es": "{place}: {num} {what}, según {src}",
    "pt": "{place}: {num} {what}, segundo {src}",
    "de": "{place}: {num} {what} laut {src}",
    "it": "{place}: {num} {what} secondo {src}",
}
FILLER = {
    "en": [
        "The situation remained tense on the ground.",
        "Talks are expected to resume next week.",
        "Observers warned that the figures could rise.",
        "The report was published on the ministry's website.",
    ],
    "fr": [
        "La situation restait tendue sur le terrain.",
        "Les discussions doivent reprendre la semaine prochaine.",
        "Les observateurs craignent une hausse des chiffres.",
        "Le rapport a été publié sur le site du ministère.",
    ],
    "es": [
        "La situación seguía siendo tensa sobre el terreno.",
        "Las conversaciones se reanudarán la próxima semana.",
        "Los observadores temen que las cifras aumenten.",
        "El informe se publicó en la web del ministerio.",
    ],
    "pt": [
        "A situação continuava tensa no terreno.",
        "As negociações devem ser retomadas na próxima semana.",
        "Os observadores temem que os números aumentem.",
        "O relatório foi publicado no site do ministério.",
    ],
    "de": [
        "Die Lage vor Ort blieb angespannt.",
        "Die Gespräche sollen nächste Woche weitergehen.",
        "Beobachter befürchten, dass die Zahlen steigen.",
        "Der Bericht wurde auf der Website des Ministeriums veröffentlicht.",
    ],
    "it": [
        "La situazione sul terreno restava tesa.",
        "I colloqui dovrebbero riprendere la prossima settimana.",
        "Gli osservatori temono che i numeri aumentino.",
        "Il rapporto è stato pubblicato sul sito del ministero.",
    ],
}
THOUSANDS = {"en": ",", "fr": "\u202f", "es": ".", "pt": ".", "de": ".", "it": "."}
MILLION = {
    "en": "million",
    "fr": "millions",
    "es": "millones",
    "pt": "milhões",
    "de": "Millionen",
    "it": "milioni",
}
LEDE = {
    "en": "{name}, who speaks for the authorities in {town}, gave new figures on {day}.",
    "fr": "{name}, porte-parole des autorités de {town}, a donné de nouveaux chiffres le {day}.",
    "es": "{name}, portavoz de las autoridades de {town}, dio nuevas cifras el {day}.",
    "pt": "{name}, porta-voz das autoridades de {town}, divulgou novos números em {day}.",
    "de": "{name}, Sprecher der Behörden in {town}, nannte am {day} neue Zahlen.",
    "it": "{name}, portavoce delle autorità di {town}, ha diffuso nuovi dati il {day}.",
}
SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ra",
    "te",
    "su",
    "no",
    "vi",
    "da",
    "re",
    "ba",
    "ko",
    "li",
    "ma",
    "ne",
    "to",
    "ri",
    "sa",
    "vo",
    "ze",
)
OUTLETS = ("wire", "daily", "times", "post", "news", "tribune", "courier", "herald")


def number(value: float, lang: str, unit: str | None) -> str:
    if unit == "%":
        s = f"{value:.1f}"
        return (s if lang == "en" else s.replace(".", ",")) + (" %" if lang in ("fr", "de") else "%")
    if value >= 1_000_000:
        s = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".")
        s = (s if lang == "en" else s.replace(".", ",")) + " " + MILLION[lang]
    else:
        s = f"{int(value):,}".replace(",", THOUSANDS[lang])
    if unit == "EUR":
        s = "€" + s if lang == "en" else s + " euros" if lang != "de" else s + " Euro"
    return s


def _word(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(n))


class Story:
    __slots__ = ("key", "day", "place", "facts", "name", "town")

    def __init__(self, rnd: random.Random, key: int) -> None:
        self.key = key
        self.day = date(2020, 1, 1) + timedelta(days=rnd.randrange(5 * 365))
        self.place = rnd.randrange(len(PLACES))
        # every story has its own people and towns, as real stories do
        self.name = _word(rnd, 2).title() + " " + _word(rnd, 3).title()
        self.town = _word(rnd, 3).title()
        facts = []
        for ci in rnd.sample(range(len(CONCEPTS)), rnd.randint(2, 4)):
            unit = CONCEPTS[ci][1]
            if unit == "%":
                v = round(rnd.uniform(0.5, 9.5), 1)
            elif unit == "EUR":
                v = rnd.choice((5, 10, 20, 50, 120, 250, 800)) * 1_000_000 * rnd.randint(1, 9)
            else:
                v = rnd.choice((10, 100, 1000, 10000)) * rnd.randint(1, 99)
            facts.append((ci, rnd.randrange(len(SOURCES)), v))
        self.facts = facts


def article(story: Story, lang: str, rnd: random.Random, variant: int) -> tuple[str, str]:
    li = LANGS.index(lang)
    place = PLACES[story.place][li]
    sents = []
    for ci, si, v in story.facts:
        frame = SAID[lang][(variant + ci) % len(SAID[lang])]
        src = SOURCES[si][li]
        sents.append(
            frame.format(
                src=src[0].upper() + src[1:] if frame.startswith("{src}") else src,
                num=number(v, lang, CONCEPTS[ci][1]),
                what=CONCEPTS[ci][2][li],
                place=place,
            )
        )
    if variant:  # another outlet: its own order and its own padding
        rnd.shuffle(sents)
    sents.insert(0, LEDE[lang].format(name=story.name, town=story.town, day=story.day.isoformat()))
    sents += rnd.sample(FILLER[lang], 2)
    ci, si, v = story.facts[0]
    title = TITLE[lang].format(
        place=place, num=number(v, lang, CONCEPTS[ci][1]), what=CONCEPTS[ci][2][li], src=SOURCES[si][li]
    )
    return title, " ".join(sents)


def copy_of(title: str, text: str, lang: str, rnd: random.Random) -> tuple[str, str]:
    """A syndicated copy: the same text, one filler sentence more, sometimes a shorter title."""
    extra = rnd.choice(FILLER[lang])
    return (
        title if rnd.random() < 0.7 else title.split(":")[0] + ": " + title.split(":")[-1].strip()
    ), text + " " + extra


def generate(n: int, seed: int):
    rnd = random.Random(seed)
    made, key = 0, 0
    while made < n:
        story = Story(rnd, key)
        key += 1
        first = rnd.choice(LANGS)
        plan = [(first, 0, False)]
        plan += [(first, 0, True)] * rnd.randint(0, 3)  # copies
        plan += [(lg, 0, False) for lg in rnd.sample([x for x in LANGS if x != first], rnd.randint(0, 3))]
        plan += [(rnd.choice(LANGS), 1 + i, False) for i in range(rnd.randint(0, 2))]  # other outlets
        base: dict[str, tuple[str, str]] = {}
        for k, (lang, variant, is_copy) in enumerate(plan):
            if made >= n:
                return
            if is_copy and lang in base:
                title, text = copy_of(*base[lang], lang, rnd)
            else:
                title, text = article(story, lang, rnd, variant)
                base.setdefault(lang, (title, text))
            day = story.day + timedelta(days=rnd.randint(0, 1) if k else 0)  # the original comes first
            outlet = rnd.choice(OUTLETS)
            yield {
                "id": f"syn-{made:07d}",
                "lang": lang,
                "published": day.isoformat(),
                "url": f"https://{lang}.{outlet}.example/{story.key}/{made}",
                "title": title,
                "text": text,
                "story": f"story-{story.key}",
            }
            made += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="how many articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", help="output file (default: standard output)")
    a = ap.parse_args()
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout  # noqa: SIM115
    try:
        for art in generate(a.n, a.seed):
            out.write(json.dumps(art, ensure_ascii=False) + "\n")
    finally:
        if a.out:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
