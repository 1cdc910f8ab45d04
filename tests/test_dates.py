"""Dates of figures (figtrail/dates.py): `said_on`, when the source said it, and `as_of`, the
date the figure describes, in the six languages.

Every expected date is worked out from the calendar, not from the code's output:
- 2024-12-24 is a Tuesday (Christmas 2024 is a Wednesday): Fri 20, Thu 19, Tue 17, Mon 23 Dec.
- 2024-10-28 is a Monday (1 October 2024 is a Tuesday): Tue 22, Wed 23, Fri 25, Mon 21 Oct.
- 2024-11-05 is a Tuesday (US election day): Fri 1 Nov, Tue 29 Oct, Mon 4 Nov.
- 2024-06-14 is a Friday (1 June 2024 is a Saturday): Fri 7, Mon 10, Wed 12, Thu 13 June.
- 2024-10-18 is a Friday: Mon 14, Tue 15, Wed 16, Thu 17, Fri 11 Oct.
- 2023-02-25 is a Saturday (1 February 2023 is a Wednesday): Fri 24, Thu 23, Tue 21, Sat 18 Feb.
"""

from __future__ import annotations

import datetime as dt

import pytest

import figtrail
from figtrail.dates import as_of, parse_published, said_on
from figtrail.model import Article
from figtrail.store import Filters, Writer, figure_record, figure_rows, open_store
from figtrail.store.ids import content_hash


def test_the_calendar_the_expectations_rest_on():
    days = {
        "2024-12-24": 1,
        "2024-10-28": 0,
        "2024-11-05": 1,
        "2024-06-14": 4,
        "2024-10-18": 4,
        "2023-02-25": 5,
    }
    for iso, weekday in days.items():
        assert dt.date.fromisoformat(iso).weekday() == weekday, iso


# --- said_on: (language, published, sentence, figure, when it was said) ----------------------

SAID = [
    # French, published Tuesday 2024-12-24
    ("fr", "2024-12-24", "Le ministère a indiqué ce vendredi que 3 000 soldats étaient déployés.", "3 000", "2024-12-20"),
    ("fr", "2024-12-24", "Le ministère a indiqué vendredi que 3 000 soldats étaient déployés.", "3 000", "2024-12-20"),
    ("fr", "2024-12-24", "Le ministère a indiqué mardi que 3 000 soldats étaient déployés.", "3 000", "2024-12-24"),
    ("fr", "2024-12-24", "Mardi dernier, le ministère a affirmé que 3 000 soldats étaient déployés.", "3 000", "2024-12-17"),
    ("fr", "2024-12-24", "Le ministère a indiqué hier que 3 000 soldats étaient déployés.", "3 000", "2024-12-23"),
    ("fr", "2024-12-24", "Le ministère a indiqué avant-hier que 3 000 soldats étaient déployés.", "3 000", "2024-12-22"),
    ("fr", "2024-12-24", "La semaine dernière, le NIS a estimé que 3 000 soldats étaient morts.", "3 000", "2024-12-17"),
    ("fr", "2024-12-24", "Le NIS a estimé il y a deux jours que 3 000 soldats étaient morts.", "3 000", "2024-12-22"),
    ("fr", "2024-12-24", "Jeudi 19 décembre, le député a déclaré qu'au moins 100 soldats étaient morts.", "100", "2024-12-19"),
    ("fr", "2024-12-24", "Le 7 mars, le NIS a estimé à 3 000 le nombre de soldats.", "3 000", "2024-03-07"),
    # a day to come this year was said last year
    ("fr", "2024-12-24", "Le 28 décembre, le NIS a estimé à 3 000 le nombre de soldats.", "3 000", "2023-12-28"),
    # English, published Monday 2024-10-28
    ("en", "2024-10-28", "The ministry said on Tuesday that 3,000 troops had arrived.", "3,000", "2024-10-22"),
    ("en", "2024-10-28", "The ministry said Monday that 3,000 troops had arrived.", "3,000", "2024-10-28"),
    ("en", "2024-10-28", "Last Monday, the ministry said that 3,000 troops had arrived.", "3,000", "2024-10-21"),
    ("en", "2024-10-28", "Last Wednesday, Lloyd Austin had said there was evidence of 3,000 soldiers.", "3,000", "2024-10-23"),
    ("en", "2024-10-28", "Officials said yesterday that 3,000 troops had arrived.", "3,000", "2024-10-27"),
    ("en", "2024-10-28", "The NIS told lawmakers last week that about 3,000 troops had reached Russia.", "3,000", "2024-10-21"),
    ("en", "2024-10-28", "Up to 3,000 may have died, officials said two days ago.", "3,000", "2024-10-26"),
    ("en", "2024-10-28", "On October 17, the agency said 3,000 troops had arrived.", "3,000", "2024-10-17"),
    ("en", "2024-10-28", "The agency said on 17 December that 3,000 troops had arrived.", "3,000", "2023-12-17"),
    # Spanish, published Tuesday 2024-11-05
    ("es", "2024-11-05", "El ministerio informó el pasado martes de que 3.000 soldados habían llegado.", "3.000", "2024-10-29"),
    ("es", "2024-11-05", "El ministerio informó el martes pasado de que 3.000 soldados habían llegado.", "3.000", "2024-10-29"),
    ("es", "2024-11-05", "El ministerio informó este martes de que 3.000 soldados habían llegado.", "3.000", "2024-11-05"),
    ("es", "2024-11-05", "Zelenski habló el viernes de dos brigadas de hasta 6.000 efectivos.", "6.000", "2024-11-01"),
    ("es", "2024-11-05", "El ministerio informó ayer de que 3.000 soldados habían llegado.", "3.000", "2024-11-04"),
    ("es", "2024-11-05", "El ministerio informó anteayer de que 3.000 soldados habían llegado.", "3.000", "2024-11-03"),
    ("es", "2024-11-05", "La Generalitat ya había anunciado la semana pasada ayudas de 6.000 euros.", "6.000", "2024-10-29"),
    ("es", "2024-11-05", "El ministerio informó hace dos días de que 3.000 soldados habían llegado.", "3.000", "2024-11-03"),
    ("es", "2024-11-05", "El 31 de octubre, el ministerio informó de que 3.000 soldados habían llegado.", "3.000", "2024-10-31"),
    # Portuguese, published Friday 2024-06-14
    ("pt", "2024-06-14", "O ministério informou nesta sexta-feira (14) que 176 pessoas morreram.", "176", "2024-06-14"),
    ("pt", "2024-06-14", "O ministério informou na sexta-feira (7) que 176 pessoas morreram.", "176", "2024-06-07"),
    ("pt", "2024-06-14", "O ministério informou nesta quarta que 176 pessoas morreram.", "176", "2024-06-12"),
    ("pt", "2024-06-14", "O ministério informou na última segunda-feira que 176 pessoas morreram.", "176", "2024-06-10"),
    ("pt", "2024-06-14", "O ministério informou no sábado passado que 176 pessoas morreram.", "176", "2024-06-08"),
    ("pt", "2024-06-14", "O ministério informou ontem que 176 pessoas morreram.", "176", "2024-06-13"),
    ("pt", "2024-06-14", "O ministério informou na semana passada que 176 pessoas morreram.", "176", "2024-06-07"),
    ("pt", "2024-06-14", "O ministério informou há três dias que 176 pessoas morreram.", "176", "2024-06-11"),
    ("pt", "2024-06-14", "A 23 de maio, o porta-voz falou em pelo menos 3 mil soldados.", "3 mil", "2024-05-23"),
    # German, published Friday 2024-10-18
    ("de", "2024-10-18", "Das Ministerium teilte am Montag mit, 3000 Soldaten seien eingetroffen.", "3000", "2024-10-14"),
    ("de", "2024-10-18", "Das Ministerium teilte am Freitag mit, 3000 Soldaten seien eingetroffen.", "3000", "2024-10-18"),
    ("de", "2024-10-18", "Das Ministerium teilte am vergangenen Freitag mit, 3000 Soldaten seien da.", "3000", "2024-10-11"),
    ("de", "2024-10-18", "Das Ministerium erklärte Dienstagabend, 3000 Soldaten seien eingetroffen.", "3000", "2024-10-15"),
    ("de", "2024-10-18", "Das Ministerium teilte gestern mit, 3000 Soldaten seien eingetroffen.", "3000", "2024-10-17"),
    ("de", "2024-10-18", "Das Ministerium teilte vorgestern mit, 3000 Soldaten seien eingetroffen.", "3000", "2024-10-16"),
    ("de", "2024-10-18", "Vergangene Woche hatte das Ministerium erklärt, 3000 Soldaten seien da.", "3000", "2024-10-11"),
    ("de", "2024-10-18", "Das Ministerium erklärte vor zwei Tagen, 3000 Soldaten seien eingetroffen.", "3000", "2024-10-16"),
    ("de", "2024-10-18", "Das Ministerium teilte am 3. Oktober mit, 3000 Soldaten seien eingetroffen.", "3000", "2024-10-03"),
    ("de", "2024-10-18", "Am Montag, den 7. Oktober, erklärte das Ministerium, 3000 Soldaten seien da.", "3000", "2024-10-07"),
    # Italian, published Saturday 2023-02-25
    ("it", "2023-02-25", "Il ministero ha detto venerdì che 3.000 soldati sono arrivati.", "3.000", "2023-02-24"),
    ("it", "2023-02-25", "Il ministero ha detto sabato che 3.000 soldati sono arrivati.", "3.000", "2023-02-25"),
    ("it", "2023-02-25", "Il ministero ha detto martedì scorso che 3.000 soldati sono arrivati.", "3.000", "2023-02-21"),
    ("it", "2023-02-25", "Il ministero ha detto lo scorso sabato che 3.000 soldati sono arrivati.", "3.000", "2023-02-18"),
    ("it", "2023-02-25", "Il ministero ha detto ieri che 3.000 soldati sono arrivati.", "3.000", "2023-02-24"),
    ("it", "2023-02-25", "Il ministero ha detto l'altro ieri che 3.000 soldati sono arrivati.", "3.000", "2023-02-23"),
    ("it", "2023-02-25", "La settimana scorsa il ministero ha detto che 3.000 soldati sono arrivati.", "3.000", "2023-02-18"),
    ("it", "2023-02-25", "Il ministero ha detto tre giorni fa che 3.000 soldati sono arrivati.", "3.000", "2023-02-22"),
    ("it", "2023-02-25", "Il 6 febbraio il ministero ha detto che 3.000 soldati sono arrivati.", "3.000", "2023-02-06"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "published", "sentence", "figure", "expected"), SAID)
def test_said_on_moves_the_article_date_by_the_sentence(lang, published, sentence, figure, expected):
    assert said_on(sentence, published, lang, figure) == expected


NOT_SAID = [
    # a date the events told happened on, not the statement: the article's date
    ("fr", "2024-12-24", "Le ministère a dit que 3 000 soldats ont été tués lundi.", "3 000"),
    ("en", "2024-11-05", "The flood that hit on 29 October killed 200 people, the minister said.", "200"),
    # no cue: the article's own voice, said on its date
    ("es", "2024-11-05", "La subida se aplica desde el 1 de enero y supone 700 euros más.", "700"),
    ("it", "2023-02-25", "Il 6 febbraio i terremoti hanno fatto 50.000 morti.", "50.000"),
    # days to come date no statement
    ("fr", "2024-12-24", "Le ministère a indiqué que lundi prochain 3 000 soldats arriveront.", "3 000"),
    ("en", "2024-10-28", "Officials said next Tuesday 3,000 troops would arrive.", "3,000"),
    ("pt", "2024-06-14", "O ministério disse na próxima terça-feira que 176 pessoas morreram.", "176"),
    ("de", "2024-10-18", "Das Ministerium teilte am kommenden Montag mit, 3000 Soldaten kämen.", "3000"),
    # the start of a period, not a day
    ("de", "2024-10-18", "Seit dem 1. Januar sind es 3000 Soldaten, teilte das Ministerium mit.", "3000"),
    # names, not days: "Santo Domingo", the verb "may"
    ("es", "2024-11-05", "Según Plácido Domingo, 3.000 personas asistieron.", "3.000"),
    ("en", "2024-10-28", "Officials said 3,000 people may 5 times more.", "3,000"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "published", "sentence", "figure"), NOT_SAID)
def test_said_on_keeps_the_article_date_when_the_sentence_dates_no_statement(
    lang, published, sentence, figure
):
    assert said_on(sentence, published, lang, figure) == published


def test_said_on_without_a_date_of_publication():
    assert said_on("Le ministère a indiqué hier que 3 000 soldats étaient là.", None, "fr", "3 000") is None
    # a date that gives its year needs none
    s = "Le 7 mars 2024, le ministère a indiqué que 3 000 soldats étaient là."
    assert said_on(s, None, "fr", "3 000") == "2024-03-07"
    assert said_on(s, "not a date", "fr", "3 000") == "2024-03-07"
    assert parse_published("2024-10-15T08:00:00Z") == dt.date(2024, 10, 15)


# --- as_of: (language, published, sentence, figure, the date it describes) ---------------------

AS_OF = [
    ("fr", "2024-12-24", "Au 1er novembre, 10 000 soldats étaient déployés.", "10 000", "2024-11-01"),
    ("fr", "2024-12-24", "Ils étaient 10 000 à la fin juin.", "10 000", "2024-06-30"),
    ("fr", "2024-12-24", "La dette atteignait 112 % du PIB fin juin, selon l'Insee.", "112", "2024-06-30"),
    ("fr", "2024-12-24", "Ils seront 10 000 fin 2025.", "10 000", "2025-12-31"),
    ("fr", "2024-12-24", "Ils seront 10 000 d'ici la fin de l'année.", "10 000", "2024-12-31"),
    ("fr", "2023-03-07", "Le précédent record remontait au 31 janvier : 1,27 million de manifestants.", "1,27 million", "2023-01-31"),
    ("en", "2024-10-28", "Global debt will exceed $100 trillion by the end of 2024.", "100 trillion", "2024-12-31"),
    ("en", "2024-10-28", "As of March 1, 10,000 troops were deployed.", "10,000", "2024-03-01"),
    ("en", "2024-10-28", "The bank held 10,000 tonnes at end-June.", "10,000", "2024-06-30"),
    ("en", "2024-10-28", "They planned to send 10,000 by the end of the year.", "10,000", "2024-12-31"),
    ("es", "2024-11-05", "A 31 de diciembre había 10.000 soldados.", "10.000", "2024-12-31"),
    ("es", "2024-11-05", "Habrá 10.000 soldados a finales de 2025.", "10.000", "2025-12-31"),
    ("es", "2024-11-05", "Al 30 de junio, la deuda sumaba 10.000 millones.", "10.000 millones", "2024-06-30"),
    ("pt", "2024-06-14", "Foram 10.000 soldados até o fim de 2023.", "10.000", "2023-12-31"),
    ("pt", "2024-06-14", "Foram 10.000 soldados no final de maio.", "10.000", "2024-05-31"),
    ("pt", "2024-06-14", "Até 31 de dezembro serão 10.000 casas.", "10.000", "2024-12-31"),
    ("de", "2024-10-18", "Bis Ende 2025 sollen es 10.000 Soldaten sein.", "10.000", "2025-12-31"),
    ("de", "2024-10-18", "Stand: 30. September waren es 10.000 Soldaten.", "10.000", "2024-09-30"),
    ("de", "2024-10-18", "Die Regierung hatte Ende Juni 2.000 Anträge gezählt.", "2.000", "2024-06-30"),
    ("de", "2024-10-18", "Bis zum Jahresende sollen es 10.000 Soldaten sein.", "10.000", "2024-12-31"),
    ("it", "2023-02-25", "Al 30 giugno erano 10.000 soldati.", "10.000", "2023-06-30"),
    ("it", "2023-02-25", "A fine gennaio erano 10.000 soldati.", "10.000", "2023-01-31"),
    ("it", "2023-02-25", "Entro la fine del 2025 saranno 10.000 soldati.", "10.000", "2025-12-31"),
    ("it", "2023-02-25", "All'8 febbraio erano 10.000 soldati.", "10.000", "2023-02-08"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "published", "sentence", "figure", "expected"), AS_OF)
def test_as_of_is_the_date_the_figure_describes(lang, published, sentence, figure, expected):
    assert as_of(sentence, published, lang, figure) == expected


def test_as_of_without_a_year_is_the_one_nearest_the_article():
    # "au 31 décembre" in January is the one just past; "fin janvier" in December the one to come
    assert as_of("Au 31 décembre, 10 000 soldats étaient là.", "2025-01-10", "fr", "10 000") == "2024-12-31"
    assert as_of("Ils seront 10 000 fin janvier.", "2024-12-10", "fr", "10 000") == "2025-01-31"
    # a month of a leap year ends on the 29th
    assert as_of("Ils étaient 10 000 fin février 2024.", "2024-06-01", "fr", "10 000") == "2024-02-29"


def test_no_as_of_where_the_text_gives_none():
    assert (
        as_of("Le ministère a indiqué hier que 3 000 soldats étaient là.", "2024-12-24", "fr", "3 000")
        is None
    )
    # "since the end of April" starts a period: the figure is not dated by it
    s = "Subiu para 176 o número de mortes desde o fim de abril."
    assert as_of(s, "2024-06-14", "pt", "176") is None


def test_the_nearest_as_of_dates_each_figure():
    s = "Ils étaient 10 000 au 1er novembre et seront 12 000 fin décembre."
    assert as_of(s, "2024-11-18", "fr", "10 000") == "2024-11-01"
    assert as_of(s, "2024-11-18", "fr", "12 000") == "2024-12-31"


# --- end to end: extract() ----------------------------------------------------------------------


def _dates(article: dict) -> list[tuple[str, str | None, str | None]]:
    return [(f.surface, f.said_on, f.as_of) for f in figtrail.extract(article)]


def test_extract_dates_every_figure_with_the_article_date_by_default():
    art = {
        "id": "a",
        "lang": "fr",
        "published": "2024-10-17",
        "text": "Selon la préfecture, 3 000 personnes ont défilé.",
    }
    assert _dates(art) == [("3 000", "2024-10-17", None)]
    fig = figtrail.extract(art)[0].to_dict()
    assert fig["said_on"] == "2024-10-17" and "as_of" not in fig
    # no date of publication: no said_on, and to_dict leaves it out
    art = {"id": "b", "lang": "fr", "text": "Selon la préfecture, 3 000 personnes ont défilé jeudi."}
    assert _dates(art) == [("3 000", None, None)]
    assert "said_on" not in figtrail.extract(art)[0].to_dict()


def test_extract_reads_the_speaker_sentence_of_a_quotation():
    # the speaker is named after the quotation closes, with the day
    text = (
        "« Nous avons abattu 40 drones. Trente autres ont été brouillés », a déclaré vendredi le ministère."
    )
    art = {"id": "q", "lang": "fr", "published": "2024-12-24", "text": text}
    assert _dates(art) == [("40", "2024-12-20", None), ("Trente", "2024-12-20", None)]
    # the speaker is named before a quotation that runs on over two sentences
    text = 'The minister said on Tuesday: "We shot down 40 drones. Thirty more were jammed."'
    art = {"id": "r", "lang": "en", "published": "2024-10-28", "text": text}
    assert _dates(art) == [("40", "2024-10-22", None), ("Thirty", "2024-10-22", None)]


def test_extract_dates_in_each_language():
    arts = [
        ({"lang": "en", "published": "2024-10-28", "text": "The ministry said on Tuesday that 3,000 troops had arrived. "
          "About 10,000 troops will be deployed by the end of 2024, the ministry said."},
         [("3,000", "2024-10-22", None), ("10,000", "2024-10-28", "2024-12-31")]),
        ({"lang": "es", "published": "2024-11-05", "text": "El Consejo de Ministros aprobó ayudas de 10.600 millones de "
          "euros, anunció ayer el presidente. A 31 de diciembre, los afectados eran 2.000, según el ministerio."},
         [("10.600 millones", "2024-11-04", None), ("2.000", "2024-11-05", "2024-12-31")]),
        ({"lang": "pt", "published": "2024-06-14", "text": "Subiu para 176 o número de mortes, segundo boletim "
          "divulgado na sexta-feira (7) pela Defesa Civil."},
         [("176", "2024-06-07", None)]),
        ({"lang": "de", "published": "2024-10-18", "text": "Das Ministerium teilte am Montag mit, bis Ende 2025 "
          "sollten 3000 Soldaten eintreffen."},
         [("3000", "2024-10-14", "2025-12-31")]),
        ({"lang": "it", "published": "2023-02-25", "text": "Venerdì sera l'Afad ha aggiornato il conteggio a 44.218 "
          "vittime, ha detto il ministro."},
         [("44.218", "2023-02-24", None)]),
        ({"lang": "fr", "published": "2024-12-24", "text": "Jeudi 19 décembre, le député a déclaré qu'au moins 100 "
          "soldats étaient morts au 1er décembre."},
         [("100", "2024-12-19", "2024-12-01")]),
    ]  # fmt: skip
    for i, (art, expected) in enumerate(arts):
        assert _dates({"id": f"d{i}", **art}) == expected, art["lang"]


def test_the_store_keeps_the_dates(tmp_path):
    conn = open_store(tmp_path / "t.db")
    try:
        art = Article(id="p1", lang="fr", published="2024-12-24", text="Le ministère a indiqué hier que "
                      "3 000 soldats étaient déployés au 1er décembre.")  # fmt: skip
        w = Writer(conn)
        w.add(
            art,
            figtrail.extract(art),
            content_hash=content_hash(art.title, art.text),
            id_given=True,
            kind="jsonl",
        )
        w.commit()
        [rec] = [figure_record(r) for r in figure_rows(conn, Filters())]
        assert rec["said_on"] == "2024-12-23" and rec["as_of"] == "2024-12-01"
    finally:
        conn.close()
