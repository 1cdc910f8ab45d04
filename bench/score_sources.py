#!/usr/bin/env python3
"""Same-source links on the dev set, scored by the project's scorer, one command:

    .venv/bin/python bench/score_sources.py [--gold PATH] [--errors] [--keep PRED.jsonl]
    .venv/bin/python bench/score_sources.py --measure

--measure prints the fuzzy scores behind the thresholds of figtrail/link/sources.py: on the
pairs below (same person / organisation spelled in two languages, and different ones with
close names) and on every pair of person names the dev set's gold gives for its sources.

Runs figtrail.extract on every article, resolves every figure's source through one
SourceRegistry (articles in file order, as a store would ingest them), writes the figures
with `source_id` to a temporary JSONL and runs shared/tools/score_figures.py --sources on it.
Prints `sources` and `sources_across_articles` pairwise F1 (issue 6 asks >= 0.90 for both).
`--errors` lists the gold same-source pairs split apart and the pairs joined wrongly.
For measuring, not for tuning to single strings: the project is scored on unseen articles.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import figtrail
from figtrail.link import SourceRegistry

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def predict(arts: list[dict]) -> list[dict]:
    reg = SourceRegistry()
    rows = []
    for art in arts:
        given = {k: v for k, v in art.items() if k != "figures"}
        figs = figtrail.extract(given)
        ids = reg.resolve_article(given, figs)
        for f, sid in zip(figs, ids, strict=True):
            d = f.to_dict()
            d["source_id"] = sid
            rows.append(d)
    return rows


def explain(arts: list[dict], rows: list[dict]) -> None:
    """Gold sources split over several ids, and ids joining several gold sources."""
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)
    pairs = []  # (gold key, predicted id, predicted name, doc)
    for art in arts:
        for g in art["figures"]:
            if g.get("source_key") is None:
                continue
            best = max(
                (p for p in by_doc[art["id"]] if p["field"] == g["field"]),
                key=lambda p: min(p["end"], g["end"]) - max(p["start"], g["start"]),
                default=None,
            )
            if best and min(best["end"], g["end"]) > max(best["start"], g["start"]):
                pairs.append((g["source_key"], best.get("source_id"), best.get("source"), art["id"]))
    gold_ids, pred_gold = defaultdict(set), defaultdict(set)
    for gk, pid, name, doc in pairs:
        gold_ids[gk].add((pid, name, doc))
        if pid:
            pred_gold[pid].add(gk)
    print("\n-- gold sources split over ids --")
    for gk, ids in sorted(gold_ids.items()):
        if len({i for i, _, _ in ids}) > 1:
            print(f"{gk}: " + "; ".join(sorted(f"{i} <- {n!r} ({d})" for i, n, d in ids)))
    print("\n-- ids joining gold sources --")
    for pid, gks in sorted(pred_gold.items()):
        if len(gks) > 1:
            print(f"{pid}: {sorted(gks)}")


# Same person in two spellings (fr, es, en, pt, de, it transliterations) ...
SAME_PERSON = [
    ("Kirilo Budánov", "Kyrylo Budanow"),
    ("Kyrylo Boudanov", "Kyrylo Budanov"),
    ("Volodymyr Zelensky", "Volodímir Zelenski"),
    ("Volodymyr Zelensky", "Wolodymyr Selenskyj"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Volodimir Zelenskiy", "Volodymyr Zelensky"),
    ("Sergueï Choïgou", "Sergei Shoigu"),
    ("Sergej Schoigu", "Sergei Shoigu"),
    ("Serguéi Shoigú", "Sergei Shoigu"),
    ("Evgueni Prigojine", "Yevgeny Prigozhin"),
    ("Jewgeni Prigoschin", "Yevgeny Prigozhin"),
    ("Yevgueni Prigozhin", "Yevgeny Prigozhin"),
    ("Dmitri Peskov", "Dmitri Peskow"),
    ("Dmitry Peskov", "Dmitri Peskov"),
    ("Sergueï Lavrov", "Sergej Lawrow"),
    ("Serguéi Lavrov", "Sergey Lavrov"),
    ("Dmitri Medvedev", "Dmitri Medwedew"),
    ("Dmitri Medvédev", "Dmitry Medvedev"),
    ("Ali Khamenei", "Ali Chamenei"),
    ("Ali Jamenei", "Ali Khamenei"),
    ("Benjamin Netanyahu", "Benjamin Netanyahou"),
    ("Benjamin Netanjahu", "Benjamin Netanyahu"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("Oleksandr Syrsky", "Oleksandr Syrskyj"),
    ("Oleksandr Syrskyi", "Olexandr Syrskyj"),
    ("Valeri Guerassimov", "Valery Gerasimov"),
    ("Waleri Gerassimow", "Valery Gerasimov"),
    ("Ramzan Kadyrov", "Ramsan Kadyrow"),
    ("Dmytro Kuleba", "Dmytro Kouleba"),
    ("Denys Shmyhal", "Denys Chmyhal"),
    ("Denys Schmyhal", "Denys Shmyhal"),
    ("Oleksiy Reznikov", "Oleksii Reznikov"),
    ("Oleksij Resnikow", "Oleksii Reznikov"),
    ("Rustem Umerov", "Roustem Oumerov"),
    ("Mykhailo Podolyak", "Mykhaïlo Podoliak"),
    ("Vitali Klitschko", "Vitali Klitchko"),
    ("Alexeï Navalny", "Alexei Nawalny"),
    ("Mikhaïl Michoustine", "Mikhail Mishustin"),
    ("Michail Mischustin", "Mikhail Mishustin"),
    ("Kim Jong Un", "Kim Jong-un"),
    ("Yoon Suk Yeol", "Yoon Suk-yeol"),
    ("Mahmoud Abbas", "Mahmud Abbas"),
    ("Bashar al-Assad", "Bachar al-Assad"),
    ("Baschar al-Assad", "Bashar al-Assad"),
    ("Vladimir Poutine", "Vladimir Putin"),
    ("Wladimir Putin", "Vladimir Putin"),
    ("Vladímir Putin", "Vladimir Putin"),
    ("Alexander Lukashenko", "Alexandre Loukachenko"),
    ("Alexander Lukaschenko", "Alexander Lukashenko"),
    ("Andriy Yermak", "Andriï Iermak"),
    ("Andrij Jermak", "Andriy Yermak"),
    ("María Zajárova", "Maria Zakharova"),
    ("Maria Sacharowa", "Maria Zakharova"),
    ("Maria Zakharova", "Maria Zakharova"),
    ("Hassan Nasrallah", "Hasan Nasralá"),
    ("Yahya Sinwar", "Yahya Sinouar"),
    ("Jahja Sinwar", "Yahya Sinwar"),
    ("Ismail Haniyeh", "Ismaïl Haniyeh"),
    ("Ismail Hanija", "Ismail Haniyeh"),
    ("Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva"),
    ("Ursula von der Leyen", "Ursula Von der Leyen"),
    ("Kirill Budanov", "Kyrylo Budanov"),
    ("Mohammed bin Salman", "Mohammed ben Salmane"),
    ("Abdel Fattah al-Sissi", "Abdel Fattah al-Sisi"),
    ("Nicolás Maduro", "Nicolas Maduro"),
]
# ... and different persons whose names are close.
OTHER_PERSON = [
    ("Boris Johnson", "Mike Johnson"),
    ("Raúl Castro", "Fidel Castro"),
    ("Kim Jong Un", "Kim Jong Il"),
    ("Kim Jong Un", "Kim Yo Jong"),
    ("Pedro Sánchez", "Pedro Suárez"),
    ("Sergei Shoigu", "Sergei Lavrov"),
    ("Dmitri Peskov", "Dmitri Medvedev"),
    ("Viktor Medvedchuk", "Dmitry Medvedev"),
    ("Joe Biden", "Jill Biden"),
    ("Hunter Biden", "Joe Biden"),
    ("Marine Le Pen", "Jean-Marie Le Pen"),
    ("Laurent Berger", "Laurent Burger"),
    ("Bruno Le Maire", "Bruno Le Roux"),
    ("Mario Draghi", "Mario Monti"),
    ("Jair Bolsonaro", "Eduardo Bolsonaro"),
    ("Flávio Dino", "Flávio Bolsonaro"),
    ("Ramzan Kadyrov", "Akhmad Kadyrov"),
    ("Christian Lindner", "Christian Linder"),
    ("Olaf Scholz", "Olaf Schulz"),
    ("Michel Barnier", "Michel Bernier"),
    ("Jeremy Hunt", "Jeremy Hurt"),
    ("Rachel Reeves", "Rachel Rees"),
    ("Andriy Yermak", "Andriy Sybiha"),
    ("Emmanuel Macron", "Emmanuel Moulin"),
    ("Ali Khamenei", "Ali Larijani"),
    ("Antonio Costa", "Antonio Cuesta"),
    ("Yolanda Díaz", "Yolanda Ruiz"),
    ("Luis Montenegro", "Luis Marques"),
]
SAME_ORG = [
    ("Confederação Nacional de Municípios", "Confederação Nacional dos Municípios"),
    ("National Resistance Center", "National Resistance Centre"),
    ("Syrian Observatory for Human Rights", "Syrian Observatory of Human Rights"),
    ("Institute for the Study of War", "Institute for the Study of the War"),
    ("Kyiv School of Economics", "Kiev School of Economics"),
    ("Centre for Economics and Business Research", "Center for Economics and Business Research"),
    ("Federal Statistical Office", "Federal Statistics Office"),
    ("Office for Budget Responsibility", "Office of Budget Responsibility"),
]
OTHER_ORG = [
    ("National Intelligence Service", "National Intelligence Agency"),
    ("Ministry of Health of Gaza", "Ministry of Health of Israel"),
    ("Regional Court of Munich", "Regional Court of Berlin"),
    ("Banque de France", "Banque de Grèce"),
    ("Instituto Nacional de Estadística", "Instituto Nacional de Ecología"),
    ("Kiel Institute", "Kiev Institute"),
    ("Polícia Federal", "Polícia Civil"),
    ("préfecture du Nord", "préfecture du Gard"),
    ("Human Rights Watch", "Human Rights First"),
    ("Instituto de Estudios Fiscales", "Instituto de Estudios Sociales"),
    ("Cour des comptes", "Cour de cassation"),
    ("Corte dei conti", "Corte costituzionale"),
    ("Conseil d'État", "Conseil de l'Europe"),
    ("Committee to Protect Journalists", "Committee to Protect Jornalists Brazil"),
    ("Deutsche Bank", "Deutsche Bahn"),
    ("Regione Lombardia", "Regione Liguria"),
    ("Defensoría del Pueblo", "Defensoría de la Niñez"),
]


def measure(gold: str) -> None:
    """The scores behind sources.py's thresholds, on the pairs above and the dev set's names."""
    from rapidfuzz import fuzz

    from figtrail.link import sources as S
    from figtrail.link.fold import fold, tokens

    def person(a: str, b: str) -> tuple[float, float | None, bool]:
        ka, kb = " ".join(tokens(a)), " ".join(tokens(b))
        sur, first = S.same_person_score(ka, kb)
        joined = sur >= S.SURNAME_MIN and first is not None and first >= S.FIRST_NAME_MIN
        return sur, first, joined

    print(
        f"thresholds: surname >= {S.SURNAME_MIN}, first name >= {S.FIRST_NAME_MIN}, "
        f"surname alone >= {S.SURNAME_ALONE_MIN}, organisation >= {S.ORG_MIN}"
    )
    for label, pairs, want in (("same person", SAME_PERSON, True), ("other person", OTHER_PERSON, False)):
        scored = [(a, b, *person(a, b)) for a, b in pairs]
        bad = [x for x in scored if x[4] != want]
        low = min(scored, key=lambda x: x[2] if want else -x[2])
        print(
            f"{label}: {len(pairs)} pairs, {len(bad)} wrong; surname scores "
            f"{min(x[2] for x in scored):.0f}..{max(x[2] for x in scored):.0f}; hardest {low[0]!r}/{low[1]!r} {low[2]:.0f}/{low[3]}"
        )
        for a, b, sur, first, _ in bad:
            print(f"   wrong: {a!r} ~ {b!r}: surname {sur:.0f}, first {first}")
    for label, pairs, want in (("same org", SAME_ORG, True), ("other org", OTHER_ORG, False)):
        scores = [(fuzz.ratio(fold(a), fold(b)), a, b) for a, b in pairs]
        bad = [x for x in scores if (x[0] >= S.ORG_MIN) != want]
        print(
            f"{label}: {len(pairs)} pairs, {len(bad)} wrong; scores {min(scores)[0]:.0f}..{max(scores)[0]:.0f}"
        )
        for sc, a, b in bad:
            print(f"   wrong: {a!r} ~ {b!r}: {sc:.0f}")
    # the dev set: persons' full names among each gold source's names, across sources
    arts = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    names: dict[str, set[str]] = defaultdict(set)
    for art in arts:
        for g in art["figures"]:
            for n in [g.get("source"), *(g.get("source_aliases") or [])]:
                if n and g.get("source_key"):
                    _t, p = S.split_person(n)
                    if p and len(p) >= 2:
                        names[g["source_key"]].add(" ".join(p))
    flat = sorted((k, n) for k, ns in names.items() for n in ns)
    # one source's persons: the same person spelled twice (two persons of one body, such as a
    # minister and a spokesperson, are joined through their titles, not their names)
    same = [
        (a, b)
        for i, (ka, a) in enumerate(flat)
        for kb, b in flat[i + 1 :]
        if ka == kb and fold(a) != fold(b) and S.same_person_score(fold(a), fold(b))[0] >= 70
    ]
    other = [(a, b) for i, (ka, a) in enumerate(flat) for kb, b in flat[i + 1 :] if ka != kb]
    for label, pairs, want in (("dev same source", same, True), ("dev other source", other, False)):
        scored = [(a, b, *person(a, b)) for a, b in pairs]
        bad = [x for x in scored if x[4] != want and not (want and x[3] is None)]
        print(f"{label}: {len(pairs)} person-name pairs, {len(bad)} wrong")
        for a, b, sur, first, _ in bad:
            print(f"   wrong: {a!r} ~ {b!r}: surname {sur:.0f}, first {first}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev.jsonl"))
    ap.add_argument("--errors", action="store_true", help="list split and wrongly joined sources")
    ap.add_argument("--keep", help="also write the predictions here")
    ap.add_argument("--measure", action="store_true", help="print the fuzzy scores behind the thresholds")
    a = ap.parse_args()
    if a.measure:
        measure(a.gold)
        return 0
    arts = [
        json.loads(line) for line in Path(a.gold).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    rows = predict(arts)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(a.keep) if a.keep else Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        cmd = [
            sys.executable,
            str(SHARED / "tools" / "score_figures.py"),
            "--gold",
            a.gold,
            "--pred",
            str(pred),
        ]
        out = subprocess.run([*cmd, "--sources", "--json"], capture_output=True, text=True, check=True)
    links = json.loads(out.stdout)["links"]
    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    print(
        f"articles: {len(arts)}  figures: {len(rows)}  with a source: {sum(1 for r in rows if r['source'])}"
    )
    for name in ("sources", "sources_across_articles"):
        r = links[name]
        print(
            f"{name:<24} f1={r['f1']:.4f}  p={r['p']:.4f}  r={r['r']:.4f}  "
            f"(gold same-pairs {r['pairs_gold_same']}, predicted {r['pairs_pred_same']})"
        )
    if a.errors:
        explain(arts, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
