"""German example corpus: what the German pack (de.py) must give, example by example.

Duckling style: the rules (de.py) and this corpus sit side by side, and the corpus is the
test suite (tests/test_pack_corpus.py). Every example lists ALL the figures its text must
give, in order (title first); an empty list means the text holds only non-figures. Each
figure names its `surface` and only the other fields the example is about.

The expected values follow ../shared/spec/figures.md (the contract), never the
extractor's current output. The sentences are written for this corpus; none is taken
from the gold files.
"""

EXAMPLES = [
    # ein Satz kann mit „ beginnen: der Sprecher des Zitats spricht nicht für den Satz davor
    {
        "text": "In den Wäldern leben inzwischen mehr als 2.000 Tiere. „Wir brauchen Regeln“, sagte Präsident Karl Huber.",
        "figures": [{"surface": "2.000", "bound": "more_than", "source": None}],
    },
    {
        "text": "Die Landwirte beklagen jährlich über 4.000 gerissene Nutztiere.",
        "figures": [{"surface": "4.000", "bound": "more_than", "source": "Landwirte"}],
    },
    {
        "text": "Die Hilfsorganisation Seawatch versichert, dass mindestens 600 Menschen gerettet wurden.",
        "figures": [{"surface": "600", "bound": "at_least", "source": "Seawatch"}],
    },
    {
        "text": "Nach dem Unfall, der sich am Morgen ereignete, wurden 30 Menschen verletzt.",
        "figures": [{"surface": "30", "source": None}],
    },
    # Zuglinien, Notrufnummern, Spielstände und Uhrzeiten sind keine Zahlenangaben
    {
        "text": "Betroffen sind die Linien RE 7, RB 33 und S 2; der Notruf 112 bleibt erreichbar.",
        "figures": [],
    },
    {
        "text": "Nach dem 3:1-Sieg feierten um 22:15 Uhr rund 4.000 Fans.",
        "figures": [{"surface": "4.000", "value": 4000, "bound": "approx"}],
    },
    # die Datumszeile einer übersetzten Agenturmeldung: kein Wert, keine Quelle
    {
        "text": "Madrid, 4 Nov (EFE).- Das Ministerium des Innern hat gezählt 12.500 Migranten.",
        "figures": [{"surface": "12.500", "value": 12500, "source": "Ministerium des Innern"}],
    },
    # an evidence noun alone is also a capitalised word: no owner, no source (and no endless
    # look for the owner of its owner)
    {
        "text": "Laut Bilanz kamen in diesem Jahr 3.000 Menschen auf den Inseln an.",
        "figures": [{"surface": "3.000", "value": 3000, "source": None}],
    },
    {
        "text": "Die Arbeitslosigkeit nahm nach BA-Angaben um 22.000 zu.",
        "figures": [{"surface": "22.000", "value": 22000, "source": "BA"}],
    },
    {
        "text": "„Wir haben 41 Menschen gerettet“, sagte Anna Berg. Die Suche läuft mit neun Schiffen, sie sagte.",
        "figures": [
            {"surface": "41", "source": "Anna Berg"},
            {"surface": "neun", "value": 9, "source": "Anna Berg"},
        ],
    },
    {
        "text": "Der Konzern bestritt, dass er plane, weitere 2.000 Stellen zu verlagern.",
        "figures": [{"surface": "2.000", "value": 2000, "source": "Konzern", "modality": "denied"}],
    },
    {
        "text": "Das Statistikamt meldete 2,1 Millionen Arbeitslose. Die Quote stieg demnach von 4,8 auf 5,1 Prozent.",
        "figures": [
            {"surface": "2,1 Millionen", "source": "Statistikamt"},
            {"surface": "4,8", "unit": "percent", "source": "Statistikamt"},
            {"surface": "5,1", "unit": "percent", "source": "Statistikamt"},
        ],
    },
    {
        "text": "Nach Angaben des Feuerwehrverbands waren 900 Helfer im Einsatz.",
        "figures": [{"surface": "900", "source": "Feuerwehrverband"}],
    },
    {
        "text": "Nach einer Studie der Beratungsfirma PwC fehlen 20.000 Pflegekräfte.",
        "figures": [{"surface": "20.000", "source": "PwC"}],
    },
    # --- unseen-article patterns: own figures, titles, changes, agencies told -----------------
    {
        "text": "Der Versandhändler verkaufte nach eigenen Angaben 12 Millionen Pakete.",
        "figures": [{"surface": "12 Millionen", "value": 12e6, "source": "Versandhändler"}],
    },
    {
        "text": "Die Quote sank von 5,2 auf 4,9 Prozent, sagte Landrätin Petra Vogel der Deutschen Presse-Agentur.",
        "figures": [
            {"surface": "5,2", "value": 5.2, "unit": "percent", "source": "Petra Vogel", "via": "Deutschen Presse-Agentur"},
            {"surface": "4,9", "value": 4.9, "unit": "percent", "source": "Petra Vogel"},
        ],
    },
    {
        "text": "Die Gewerkschaft Verdi fordert 400 Euro mehr im Monat.",
        "figures": [{"surface": "400", "unit": "EUR", "source": "Verdi", "modality": "planned"}],
    },
    # a place after the institution's word is part of its name (PLACE_NAMES)
    {
        "text": "Laut der Arbeiterkammer Wien fehlen 400 Lehrer; die Polizei Köln zählte 1.200 Teilnehmer.",
        "figures": [
            {"surface": "400", "value": 400, "source": "Arbeiterkammer Wien"},
            {"surface": "1.200", "value": 1200, "source": "Polizei Köln"},
        ],
    },
    {
        "text": "Der Preis fiel nach Angaben des Forstverbands Sachsen von 95 auf 62 Euro.",
        "figures": [
            {"surface": "95", "value": 95, "unit": "EUR", "source": "Forstverbands Sachsen"},
            {"surface": "62", "value": 62, "unit": "EUR", "source": "Forstverbands Sachsen"},
        ],
    },
    # --- digits of a machine translation: the article's other numbers say how it writes them -----
    {
        "text": "Der Konzern streicht rund 4,000 Stellen nach einem Verlust von 1.2 Milliarden Franken.",
        "figures": [
            {"surface": "4,000", "value": 4000, "bound": "approx", "what_head": "Stellen"},
            {"surface": "1.2 Milliarden", "value": 1.2e9, "unit": "CHF"},
        ],
    },
    # --- digits: group separators (dot, space, NBSP, narrow NBSP), decimals ---------------
    {
        "text": "Der Konvoi brachte 1.500 Soldaten an die Grenze.",
        "figures": [
            {
                "surface": "1.500",
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "bound": "exact",
                "unit": None,
                "what_head": "Soldaten",
            },
        ],
    },
    {
        "text": "Das Erdbeben forderte 2\u00a0300 Verletzte in der Provinz.",
        "figures": [{"surface": "2\u00a0300", "value": 2300, "bound": "exact", "what_head": "Verletzte"}],
    },
    {
        "text": "Die Stadt zählt 48\u202f000 Einwohner.",
        "figures": [
            {
                "surface": "48\u202f000",
                "value": 48000,
                "bound": "exact",
                "unit": None,
                "what_head": "Einwohner",
            }
        ],
    },
    {
        "text": "Die Region hat 1.250.000 Einwohner verloren.",
        "figures": [{"surface": "1.250.000", "value": 1250000, "bound": "exact", "what_head": "Einwohner"}],
    },
    {
        "text": "Der Lastwagen transportierte 11,5 Tonnen Schutt.",
        "figures": [
            {
                "surface": "11,5",
                "value": 11.5,
                "low": 11.5,
                "high": 11.5,
                "bound": "exact",
                "unit": "t",
                "what_head": "Schutt",
            },
        ],
    },
    {
        "text": "Das Schlauchboot hatte 47 Passagiere an Bord.",
        "figures": [
            {"surface": "47", "value": 47, "bound": "exact", "unit": None, "what_head": "Passagiere"}
        ],
    },
    {
        "text": "Das Krankenhaus nahm 230 Verletzte und 18 Kinder auf.",
        "figures": [
            {"surface": "230", "value": 230, "what_head": "Verletzte"},
            {"surface": "18", "value": 18, "what_head": "Kinder"},
        ],
    },
    {
        "text": "In Zürich demonstrierten 12'500 Menschen gegen die Reform.",
        "figures": [{"surface": "12'500", "value": 12500, "bound": "exact", "what_head": "Menschen"}],
    },
    # --- scales: Millionen, Milliarden, Mio., Mrd., glued in compounds ---------------------
    {
        "text": "Die Europäische Union stellt 1,5 Milliarden Euro für den Wiederaufbau bereit.",
        "figures": [{"surface": "1,5 Milliarden", "value": 1.5e9, "bound": "exact", "unit": "EUR"}],
    },
    {
        "text": "Der Streik legte 3 Millionen Beschäftigte lahm.",
        "figures": [{"surface": "3 Millionen", "value": 3e6, "unit": None, "what_head": "Beschäftigte"}],
    },
    {
        "text": "Das Handelsdefizit erreichte 2,75 Milliarden Dollar.",
        "figures": [
            {"surface": "2,75 Milliarden", "value": 2.75e9, "unit": "USD", "what_head": "Handelsdefizit"}
        ],
    },
    {
        "text": "Der Verein gab 150 Mio. Euro für Transfers aus.",
        "figures": [{"surface": "150 Mio.", "value": 1.5e8, "unit": "EUR"}],
    },
    {
        "text": "Die Rechnung beläuft sich auf 1,2 Mrd. Euro.",
        "figures": [{"surface": "1,2 Mrd.", "value": 1.2e9, "unit": "EUR"}],
    },
    {
        "text": "Eine Million Menschen gingen in Berlin auf die Straße.",
        "figures": [{"surface": "Eine Million", "value": 1e6, "bound": "exact", "what_head": "Menschen"}],
    },
    {
        "text": "Drei Millionen Wähler blieben der Abstimmung fern.",
        "figures": [{"surface": "Drei Millionen", "value": 3e6, "what_head": "Wähler"}],
    },
    {
        "text": "Der Bund plant ein 200-Milliarden-Paket gegen die Energiekrise.",
        "figures": [{"surface": "200-Milliarden", "value": 2e11, "bound": "exact"}],
    },
    {
        "text": "Der Kanal des Ministeriums gewann 10k Abonnenten in einer Woche.",
        "figures": [{"surface": "10k", "value": 10000, "what_head": "Abonnenten"}],
    },
    {
        "text": "Die Staatsschulden liegen bei 2,5 Billionen Euro.",
        "figures": [
            {"surface": "2,5 Billionen", "value": 2.5e12, "unit": "EUR", "what_head": "Staatsschulden"}
        ],
    },
    # --- percentages --------------------------------------------------------------------
    {
        "text": "Die Arbeitslosigkeit trifft 40 % der Jugendlichen im Viertel.",
        "figures": [{"surface": "40", "value": 40, "unit": "percent", "what_head": "Jugendlichen"}],
    },
    {
        "text": "Der Umsatz brach um 40 Prozent ein.",
        "figures": [
            {"surface": "40", "value": 40, "bound": "exact", "unit": "percent", "what_head": "Umsatz"}
        ],
    },
    {
        "text": "Die Inflation erreichte im März 5,2\u00a0%.",
        "figures": [{"surface": "5,2", "value": 5.2, "unit": "percent", "what_head": "Inflation"}],
    },
    {
        "text": "Die Partei erhielt fünfundzwanzig Prozent der Stimmen.",
        "figures": [{"surface": "fünfundzwanzig", "value": 25, "unit": "percent", "what_head": "Stimmen"}],
    },
    {
        "text": "Mehr als 40 Prozent der Wähler gingen nicht zur Wahl.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "low": 40,
                "high": None,
                "bound": "more_than",
                "unit": "percent",
                "what_head": "Wähler",
            },
        ],
    },
    # --- number words -------------------------------------------------------------------
    {
        "text": "Pjöngjang schickte zwölftausend Soldaten nach Russland.",
        "figures": [{"surface": "zwölftausend", "value": 12000, "bound": "exact", "what_head": "Soldaten"}],
    },
    {
        "text": "Die Armee setzte vier Brigaden in der Offensive ein.",
        "figures": [{"surface": "vier", "value": 4, "what_head": "Brigaden"}],
    },
    {
        "text": "Das Feuer zerstörte zweihundertfünfzig Häuser.",
        "figures": [{"surface": "zweihundertfünfzig", "value": 250, "what_head": "Häuser"}],
    },
    {
        "text": "Der Angriff tötete einundzwanzig Soldaten.",
        "figures": [{"surface": "einundzwanzig", "value": 21, "what_head": "Soldaten"}],
    },
    {
        "text": "Zwölf Bergleute sind noch immer unter Tage eingeschlossen.",
        "figures": [{"surface": "Zwölf", "value": 12, "what_head": "Bergleute"}],
    },
    {
        "text": "Die Kontrolleure prüften dreitausendfünfhundert Betriebe.",
        "figures": [{"surface": "dreitausendfünfhundert", "value": 3500, "what_head": "Betriebe"}],
    },
    {
        "text": "Ein Drohnenangriff traf eine Schule in Charkiw.",
        "figures": [],
    },
    {
        "text": "Die Regierung gab zwei Komma fünf Milliarden Euro frei.",
        "figures": [{"surface": "zwei Komma fünf Milliarden", "value": 2.5e9, "unit": "EUR"}],
    },
    # --- vague magnitudes and approximate bases ----------------------------------------------
    {
        "text": "Tausende Demonstranten versammelten sich vor dem Parlament.",
        "figures": [
            {
                "surface": "Tausende",
                "value": None,
                "low": 2000,
                "high": 9999,
                "bound": "approx",
                "what_head": "Demonstranten",
            },
        ],
    },
    {
        "text": "Der Minister reiste mit Dutzenden weiteren Offizieren an die Front.",
        "figures": [
            {
                "surface": "Dutzenden",
                "value": None,
                "low": 20,
                "high": 99,
                "bound": "approx",
                "what_head": "Offizieren",
            },
        ],
    },
    {
        "text": "Hunderte Drohnen wurden in der Nacht gestartet.",
        "figures": [
            {"surface": "Hunderte", "low": 200, "high": 999, "bound": "approx", "what_head": "Drohnen"}
        ],
    },
    {
        "text": "Zehntausende Haushalte sind ohne Strom.",
        "figures": [
            {
                "surface": "Zehntausende",
                "low": 20000,
                "high": 99999,
                "bound": "approx",
                "what_head": "Haushalte",
            }
        ],
    },
    {
        "text": "Hunderttausende Flüchtlinge überquerten die Grenze.",
        "figures": [
            {"surface": "Hunderttausende", "low": 200000, "high": 999999, "what_head": "Flüchtlinge"}
        ],
    },
    {
        "text": "Rund ein Dutzend Panzer wurden zerstört.",
        "figures": [
            {
                "surface": "Dutzend",
                "value": 12,
                "low": 12,
                "high": 12,
                "bound": "approx",
                "what_head": "Panzer",
            },
        ],
    },
    {
        "text": "Die Polizei nahm ein Dutzend Personen fest.",
        "figures": [{"surface": "Dutzend", "value": 12, "bound": "approx", "what_head": "Personen"}],
    },
    # --- bounds: every cue of spec section 2 ---------------------------------------------------
    {
        "text": "Etwa 1.500 Menschen wurden evakuiert.",
        "figures": [
            {
                "surface": "1.500",
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "bound": "approx",
                "what_head": "Menschen",
            }
        ],
    },
    {
        "text": "Der Konflikt hat fast 10.000 Tote gefordert.",
        "figures": [{"surface": "10.000", "value": 10000, "bound": "approx", "what_head": "Tote"}],
    },
    {
        "text": "Rund 300 Panzer überquerten die Grenze.",
        "figures": [{"surface": "300", "value": 300, "bound": "approx", "what_head": "Panzer"}],
    },
    {
        "text": "Der Ölpreis lag bei circa 80 Dollar.",
        "figures": [{"surface": "80", "value": 80, "bound": "approx", "unit": "USD"}],
    },
    {
        "text": "Für die Verteidigung sind knapp 52 Milliarden Euro eingeplant.",
        "figures": [
            {
                "surface": "52 Milliarden",
                "value": 5.2e10,
                "bound": "approx",
                "unit": "EUR",
                "what_head": "Verteidigung",
                "modality": "planned",
            },
        ],
    },
    {
        "text": "Bei dem Anschlag starben mindestens 14 Menschen.",
        "figures": [
            {
                "surface": "14",
                "value": 14,
                "low": 14,
                "high": None,
                "bound": "at_least",
                "what_head": "Menschen",
            }
        ],
    },
    {
        "text": "Mehr als 3.000 Unternehmen meldeten Insolvenz an.",
        "figures": [
            {
                "surface": "3.000",
                "value": 3000,
                "low": 3000,
                "high": None,
                "bound": "more_than",
                "what_head": "Unternehmen",
            }
        ],
    },
    {
        "text": "Über 600 Feuerwehrleute sind im Einsatz.",
        "figures": [
            {
                "surface": "600",
                "value": 600,
                "low": 600,
                "high": None,
                "bound": "more_than",
                "what_head": "Feuerwehrleute",
            }
        ],
    },
    {
        "text": "Der Saal fasst höchstens 50 Personen.",
        "figures": [
            {
                "surface": "50",
                "value": 50,
                "low": None,
                "high": 50,
                "bound": "at_most",
                "what_head": "Personen",
            }
        ],
    },
    {
        "text": "Die Fabrik soll bis zu 12.000 Granaten im Monat herstellen.",
        "figures": [
            {
                "surface": "12.000",
                "value": 12000,
                "low": None,
                "high": 12000,
                "bound": "up_to",
                "what_head": "Granaten",
                "modality": "planned",
            },
        ],
    },
    {
        "text": "Weniger als 300 Bewohner sind in der Stadt geblieben.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "low": None,
                "high": 300,
                "bound": "less_than",
                "what_head": "Bewohner",
            }
        ],
    },
    {
        "text": "Die Arbeitslosenquote fiel unter 7 Prozent.",
        "figures": [
            {"surface": "7", "value": 7, "low": None, "high": 7, "bound": "less_than", "unit": "percent"}
        ],
    },
    {
        "text": "Die Zahl der Toten stieg bis zu 87.",
        "figures": [{"surface": "87", "value": 87, "bound": "exact"}],
    },
    # --- ranges ------------------------------------------------------------------------------
    {
        "text": "Pjöngjang hat zwischen 10.000 und 12.000 Soldaten nach Russland geschickt.",
        "figures": [
            {
                "surface": "10.000 und 12.000",
                "value": None,
                "low": 10000,
                "high": 12000,
                "bound": "range",
                "what_head": "Soldaten",
            },
        ],
    },
    {
        "text": "Der Rabatt beträgt von 10 bis 12 Prozent.",
        "figures": [
            {
                "surface": "10 bis 12",
                "value": None,
                "low": 10,
                "high": 12,
                "bound": "range",
                "unit": "percent",
            }
        ],
    },
    {
        "text": "Der Konvoi bestand aus 10-12 Lastwagen.",
        "figures": [{"surface": "10-12", "low": 10, "high": 12, "bound": "range", "what_head": "Lastwagen"}],
    },
    {
        "text": "Die Gewerkschaften zählten zwischen 1,1 und 1,4 Millionen Streikende.",
        "figures": [
            {
                "surface": "1,1 und 1,4 Millionen",
                "low": 1.1e6,
                "high": 1.4e6,
                "bound": "range",
                "what_head": "Streikende",
            }
        ],
    },
    {
        "text": "Die Armutsquote stieg von 13,8 Prozent auf 15 Prozent.",
        "figures": [
            {"surface": "13,8", "value": 13.8, "bound": "exact", "unit": "percent"},
            {"surface": "15", "value": 15, "bound": "exact", "unit": "percent"},
        ],
    },
    # --- units: money, measures ----------------------------------------------------------------
    {
        "text": "Jeder Haushalt erhält eine Prämie von 150 €.",
        "figures": [{"surface": "150", "value": 150, "unit": "EUR", "what_head": "Prämie"}],
    },
    {
        "text": "Die Fahrkarte kostet jetzt 2,50 Euro.",
        "figures": [{"surface": "2,50", "value": 2.5, "unit": "EUR", "what_head": "Fahrkarte"}],
    },
    {
        "text": "Washington sagte 500 Millionen Dollar Militärhilfe zu.",
        "figures": [{"surface": "500 Millionen", "value": 5e8, "unit": "USD", "what_head": "Militärhilfe"}],
    },
    {
        "text": "Der Konzern meldete einen Verlust von 3 Milliarden Franken.",
        "figures": [{"surface": "3 Milliarden", "value": 3e9, "unit": "CHF", "what_head": "Verlust"}],
    },
    {
        "text": "Die Truppen rückten 15 km in einer Woche vor.",
        "figures": [{"surface": "15", "value": 15, "unit": "km"}],
    },
    {
        "text": "Das Schiff hatte 8 Tonnen Munition geladen.",
        "figures": [{"surface": "8", "value": 8, "unit": "t", "what_head": "Munition"}],
    },
    {
        "text": "Die Flammen vernichteten 4.500 Hektar Wald.",
        "figures": [{"surface": "4.500", "value": 4500, "unit": "ha", "what_head": "Wald"}],
    },
    {
        "text": "Die Sperrzone umfasst 2.600 Quadratkilometer.",
        "figures": [{"surface": "2.600", "value": 2600, "unit": "km2"}],
    },
    {
        "text": "In einer Nacht fielen 180 Millimeter Regen.",
        "figures": [{"surface": "180", "value": 180, "unit": "mm", "what_head": "Regen"}],
    },
    {
        "text": "Über die Ufer traten mehr als 4,5 Milliarden Kubikmeter Wasser.",
        "figures": [
            {
                "surface": "4,5 Milliarden",
                "value": 4.5e9,
                "bound": "more_than",
                "unit": "m3",
                "what_head": "Wasser",
            }
        ],
    },
    # --- what is counted -----------------------------------------------------------------------
    {
        "text": "Moskau hat 12.000 Soldaten aus vier Brigaden in seine Einheiten eingegliedert.",
        "figures": [
            {"surface": "12.000", "value": 12000, "what_head": "Soldaten"},
            {"surface": "vier", "value": 4, "what_head": "Brigaden"},
        ],
    },
    {
        "text": "Die Stadt baut 1.200 neue Sozialwohnungen.",
        "figures": [{"surface": "1.200", "value": 1200, "what_head": "Sozialwohnungen"}],
    },
    {
        "text": "Der Kreml verlegte 2.000 Soldaten der Spezialkräfte in die Region.",
        "figures": [
            {"surface": "2.000", "value": 2000, "what": "Soldaten der Spezialkräfte", "what_head": "Soldaten"}
        ],
    },
    {
        "text": "Das Bündnis verlegt 35 Kampfjets vom Typ F-35 nach Polen.",
        "figures": [{"surface": "35", "value": 35, "what_head": "Kampfjets"}],
    },
    {
        "text": "Die Gewerkschaften organisierten sechs Streiks seit Januar.",
        "figures": [{"surface": "sechs", "value": 6, "what_head": "Streiks"}],
    },
    {
        "text": "Der Misstrauensantrag erhielt 289 Stimmen.",
        "figures": [{"surface": "289", "value": 289, "what_head": "Stimmen"}],
    },
    {
        "text": "Die Regierung beschloss ein Hilfspaket von 2 Milliarden Euro.",
        "figures": [{"surface": "2 Milliarden", "value": 2e9, "unit": "EUR", "what_head": "Hilfspaket"}],
    },
    {
        "text": "Der reguläre Wehretat beträgt in diesem Jahr 50,4 Milliarden Euro.",
        "figures": [
            {
                "surface": "50,4 Milliarden",
                "value": 5.04e10,
                "unit": "EUR",
                "what": "reguläre Wehretat",
                "what_head": "Wehretat",
            }
        ],
    },
    {
        "text": "Der Fonds verwaltet 8 Milliarden Euro ungenutzter Kredite.",
        "figures": [
            {
                "surface": "8 Milliarden",
                "value": 8e9,
                "unit": "EUR",
                "what": "ungenutzter Kredite",
                "what_head": "Kredite",
            }
        ],
    },
    # --- not figures: years, dates, times, ordinals, ages, durations, ids, anaphora ----------
    {"text": "Der Koreakrieg endete 1953 mit einem Waffenstillstand.", "figures": []},
    {"text": "Im Jahr 2024 hielt das Land vorgezogene Wahlen ab.", "figures": []},
    {"text": "Der Gipfel findet am 1. November in Brüssel statt.", "figures": []},
    {"text": "Die Verhandlungen wurden am 19. Dezember wieder aufgenommen.", "figures": []},
    {"text": "Zwischen dem 8. und 13. Oktober fuhren Kriegsschiffe zwischen den Häfen.", "figures": []},
    {"text": "Die Sitzung wurde um 14 Uhr nach einer langen Pause fortgesetzt.", "figures": []},
    {"text": "Die 2. Brigade wurde an die Front geschickt.", "figures": []},
    {"text": "Der Verdächtige, ein 45-Jähriger aus Köln, wurde festgenommen.", "figures": []},
    {"text": "Das Land hatte seit 70 Jahren keinen Krieg erlebt.", "figures": []},
    {"text": "Die Kämpfe dauerten drei Tage.", "figures": []},
    {"text": "Die Gewerkschaft verteidigt die 35-Stunden-Woche.", "figures": []},
    {"text": "Die Niederlande lieferten F-16 an die Ukraine.", "figures": []},
    {"text": "Die Staats- und Regierungschefs der G7 trafen sich in Rom.", "figures": []},
    {"text": "Artikel 5 des Vertrags sieht die kollektive Verteidigung vor.", "figures": []},
    {"text": "Die Covid-19-Pandemie erschütterte die Weltwirtschaft.", "figures": []},
    {"text": "Teheran verstößt gegen die Resolution 2231 des Sicherheitsrats.", "figures": []},
    {"text": "Die beiden Länder unterzeichneten ein Abkommen.", "figures": []},
    {"text": "Die zwei Staatschefs verließen den Saal.", "figures": []},
    {"text": "Mehrere Zeugen berichteten von Explosionen.", "figures": []},
    {"text": "Einige Bewohner sind vor Ort geblieben.", "figures": []},
    {"text": "Der Koreakrieg von 1950-1953 ist nie formell beendet worden.", "figures": []},
    {"text": "Der CO2-Preis ist ein Streitpunkt der Koalition.", "figures": []},
    {
        "text": "Am 3. März 2022 wurden in Tschernihiw 45 Zivilisten getötet.",
        "figures": [{"surface": "45", "value": 45, "what_head": "Zivilisten"}],
    },
    {
        "text": "Seit 2014 hat der Konflikt 14.000 Tote gefordert.",
        "figures": [{"surface": "14.000", "value": 14000, "what_head": "Tote"}],
    },
    {
        "text": "Intel verschiebt den Bau um zwei Jahre und baut zwei Werke.",
        "figures": [{"surface": "zwei", "value": 2, "what_head": "Werke"}],
    },
    # --- attribution: speaker before, after, "laut", "nach Angaben", "zufolge" -------------------
    {
        "text": "Das ukrainische Verteidigungsministerium hat mitgeteilt, dass 300 Drohnen abgeschossen wurden.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "what_head": "Drohnen",
                "source": "ukrainische Verteidigungsministerium",
            }
        ],
    },
    {
        "text": "Olaf Scholz sagte, 2.000 deutsche Soldaten seien einsatzbereit.",
        "figures": [{"surface": "2.000", "value": 2000, "what_head": "Soldaten", "source": "Olaf Scholz"}],
    },
    {
        "text": "Laut der Polizei zogen 4.200 Menschen durch Leipzig.",
        "figures": [{"surface": "4.200", "value": 4200, "source": "Polizei", "what_head": "Menschen"}],
    },
    {
        "text": "Nach Angaben der UNO sind 6 Millionen Menschen aus dem Land geflohen.",
        "figures": [{"surface": "6 Millionen", "value": 6e6, "source": "UNO", "what_head": "Menschen"}],
    },
    {
        "text": "Den Zahlen der Feuerwehr zufolge brannten 120 Hektar Wald.",
        "figures": [{"surface": "120", "value": 120, "unit": "ha", "source": "Feuerwehr"}],
    },
    {
        "text": "Im Hafen wurden laut der Küstenwache 450 Menschen gerettet.",
        "figures": [{"surface": "450", "value": 450, "source": "Küstenwache", "what_head": "Menschen"}],
    },
    {
        "text": "Mindestens 1.500 Soldaten wurden verlegt, sagte ein Sprecher des NIS.",
        "figures": [{"surface": "1.500", "value": 1500, "bound": "at_least", "source": "Sprecher des NIS"}],
    },
    {
        "text": "Die Angriffe zerstörten 40 Fahrzeuge, erklärte das russische Verteidigungsministerium.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "what_head": "Fahrzeuge",
                "source": "russische Verteidigungsministerium",
            }
        ],
    },
    {
        "text": "An einzelnen Orten fielen über 300 Millimeter Regen, hatte Bürgermeister Hans Weber am Morgen gesagt.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "bound": "more_than",
                "unit": "mm",
                "source": "Hans Weber",
            }
        ],
    },
    {
        "text": "„Wir haben in einer Woche 120 Panzer verloren“, sagte Oleksandr Syrskyj.",
        "figures": [{"surface": "120", "value": 120, "what_head": "Panzer", "source": "Oleksandr Syrskyj"}],
    },
    {
        "text": "Der Bürgermeister warnte: „Mehr als 500 Wohnungen stehen unter Wasser.“",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "bound": "more_than",
                "what_head": "Wohnungen",
                "source": "Bürgermeister",
            }
        ],
    },
    {
        "text": "Der Nationale Nachrichtendienst Südkoreas (NIS) hat am Mittwoch mitgeteilt, dass 1.800 Soldaten Pjöngjang verlassen haben.",
        "figures": [{"surface": "1.800", "value": 1800, "source": "NIS"}],
    },
    {
        "text": "Der Nachrichtendienst (NIS) meldete 3.000 entsandte Soldaten. Nach Einschätzung des südkoreanischen Dienstes begleiten sie 200 Offiziere.",
        "figures": [
            {"surface": "3.000", "value": 3000, "source": "NIS"},
            {"surface": "200", "value": 200, "source": "NIS", "what_head": "Offiziere"},
        ],
    },
    {
        "text": "Wenige Tage zuvor hatte der Chef des ukrainischen Militärgeheimdienstes (HUR), Kyrylo Budanow, gesagt, dass 8.000 nordkoreanische Soldaten bei Kursk stünden.",
        "figures": [{"surface": "8.000", "value": 8000, "what_head": "Soldaten", "source": "Kyrylo Budanow"}],
    },
    {
        "text": "Der Polizeisprecher Markus Keller sagte, 45 Personen seien festgenommen worden. Acht von ihnen seien minderjährig, fügte er hinzu.",
        "figures": [
            {"surface": "45", "value": 45, "source": "Markus Keller"},
            {"surface": "Acht", "value": 8, "source": "Markus Keller"},
        ],
    },
    {
        "text": "Zugleich meldete die Nachrichtenagentur Yonhap unter Berufung auf südkoreanische Behörden, 40 nordkoreanische Offiziere seien an der Front.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "source": "südkoreanische Behörden",
                "via": "Yonhap",
            }
        ],
    },
    {
        "text": "Im Gebirge wurden laut der Agentur Ansa, die sich auf den Zivilschutz beruft, etwa 1.000 Erdrutsche gezählt.",
        "figures": [
            {
                "surface": "1.000",
                "value": 1000,
                "bound": "approx",
                "source": "Zivilschutz",
                "via": "Ansa",
            }
        ],
    },
    {
        "text": "Das teilte Konzernchef Pat Gelsinger am Montag mit. Er kündigte an, 15.000 Stellen zu streichen.",
        "figures": [
            {
                "surface": "15.000",
                "value": 15000,
                "source": "Pat Gelsinger",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "Laut der Präfektur wurden 40 Menschen evakuiert. Die Gemeinde hat 3.200 Einwohner.",
        "figures": [
            {"surface": "40", "value": 40, "source": "Präfektur"},
            {"surface": "3.200", "value": 3200, "source": None},
        ],
    },
    {
        "text": "Finanzminister Christian Lindner (FDP) bezifferte die Lücke im Haushalt auf rund 17 Milliarden Euro.",
        "figures": [
            {
                "surface": "17 Milliarden",
                "value": 1.7e10,
                "bound": "approx",
                "unit": "EUR",
                "source": "Christian Lindner",
                "what_head": "Lücke",
                "modality": "estimated",
            },
        ],
    },
    {
        "text": "Verbandschef Patrick Sensburg bezifferte den Investitionsbedarf der Truppe auf deutlich über 300 Milliarden Euro.",
        "figures": [
            {
                "surface": "300 Milliarden",
                "value": 3e11,
                "bound": "more_than",
                "source": "Patrick Sensburg",
                "what_head": "Investitionsbedarf",
                "modality": "estimated",
            },
        ],
    },
    # --- actors are not sources ----------------------------------------------------------
    {
        "text": "Der Konzern wird 10 Milliarden Euro in ein neues Werk investieren.",
        "figures": [
            {"surface": "10 Milliarden", "value": 1e10, "unit": "EUR", "source": None, "modality": "planned"}
        ],
    },
    {
        "text": "Die EU-Kommission genehmigte eine Beihilfe von 5 Milliarden Euro.",
        "figures": [
            {
                "surface": "5 Milliarden",
                "value": 5e9,
                "unit": "EUR",
                "source": None,
                "modality": "asserted",
                "what_head": "Beihilfe",
            }
        ],
    },
    # --- modality -------------------------------------------------------------------------
    {
        "text": "Der IWF schätzt, dass die Staatsschulden 115 Prozent des BIP erreichen.",
        "figures": [
            {"surface": "115", "value": 115, "unit": "percent", "source": "IWF", "modality": "estimated"}
        ],
    },
    {
        "text": "Die Regierung plant, 4.000 Beamtenstellen zu streichen.",
        "figures": [{"surface": "4.000", "value": 4000, "source": None, "modality": "planned"}],
    },
    {
        "text": "Nordkorea will 6.000 Militäringenieure in die Region Kursk schicken.",
        "figures": [
            {"surface": "6.000", "value": 6000, "modality": "planned", "what_head": "Militäringenieure"}
        ],
    },
    {
        "text": "Die Zahl der Opfer könnte auf 200 steigen, warnte das Rote Kreuz.",
        "figures": [{"surface": "200", "value": 200, "modality": "possible", "source": "Rote Kreuz"}],
    },
    {
        "text": "Die Rechnung könnte 3 Milliarden Euro erreichen.",
        "figures": [{"surface": "3 Milliarden", "value": 3e9, "unit": "EUR", "modality": "possible"}],
    },
    {
        "text": "Das Innenministerium bestritt, dass 2.000 Leichen gefunden worden seien.",
        "figures": [{"surface": "2.000", "value": 2000, "source": "Innenministerium", "modality": "denied"}],
    },
    {
        "text": "Der Kreml wies Berichte über Tausende nordkoreanische Soldaten als Falschmeldung zurück.",
        "figures": [
            {
                "surface": "Tausende",
                "low": 2000,
                "high": 9999,
                "source": "Kreml",
                "modality": "denied",
                "what_head": "Soldaten",
            }
        ],
    },
    {
        "text": "Intel hatte zugesagt, rund 3.000 Arbeitsplätze zu schaffen.",
        "figures": [
            {
                "surface": "3.000",
                "value": 3000,
                "bound": "approx",
                "source": "Intel",
                "modality": "planned",
                "what_head": "Arbeitsplätze",
            }
        ],
    },
    {
        "text": "Die Bundesregierung stellte Subventionen von 9,9 Milliarden Euro in Aussicht.",
        "figures": [
            {
                "surface": "9,9 Milliarden",
                "value": 9.9e9,
                "unit": "EUR",
                "source": "Bundesregierung",
                "modality": "planned",
                "what_head": "Subventionen",
            }
        ],
    },
    # --- titles ----------------------------------------------------------------------------
    {
        "title": "Seoul sagt, 3.000 nordkoreanische Soldaten seien in Russland",
        "text": "Der Geheimdienst veröffentlichte neue Satellitenbilder.",
        "figures": [
            {"field": "title", "surface": "3.000", "value": 3000, "what_head": "Soldaten", "source": "Seoul"}
        ],
    },
    {
        "title": "Deutschland schickt 40 Panzer nach Kiew",
        "text": "Berlin bestätigte die Lieferung am Montag.",
        "figures": [{"field": "title", "surface": "40", "value": 40, "what_head": "Panzer", "source": None}],
    },
    # --- machine-translation damage ----------------------------------------------------------
    {
        "text": "Der Nachrichtendienst (NIS) hat diesen Freitag mitgeteilt das rund 1.500 Soldaten verlegt wurden.",
        "figures": [{"surface": "1.500", "value": 1500, "bound": "approx", "source": "NIS"}],
    },
    {
        "text": "Der Dienst NIS sagte, dass Kim Jong-under lange zögerte und nun 3.000 Mann schickte.",
        "figures": [{"surface": "3.000", "value": 3000, "source": "NIS", "what_head": "Mann"}],
    },
    # --- speakers named at the end: ", so X", ", wie X mitteilte", told an outlet -------------
    {
        "text": "Bei dem Unglück starben 12 Menschen, so ein Sprecher der Feuerwehr.",
        "figures": [
            {"surface": "12", "value": 12, "what_head": "Menschen", "source": "Sprecher der Feuerwehr"}
        ],
    },
    {
        "text": "Rund 5.000 Menschen nahmen an der Kundgebung teil, wie die Polizei mitteilte.",
        "figures": [{"surface": "5.000", "value": 5000, "bound": "approx", "source": "Polizei"}],
    },
    {
        "text": "Es kamen 300 Gäste, so dass der Saal voll war.",
        "figures": [{"surface": "300", "value": 300, "what_head": "Gäste", "source": None}],
    },
    {
        "text": "Die Polizei sprach von 3.000 Teilnehmern.",
        "figures": [{"surface": "3.000", "value": 3000, "what_head": "Teilnehmern", "source": "Polizei"}],
    },
    {
        "text": "„Wir rechnen mit mehr als 200 Toten“, sagte Gouverneur Oleh Synjehubow der Nachrichtenagentur dpa.",
        "figures": [
            {
                "surface": "200",
                "value": 200,
                "bound": "more_than",
                "source": "Oleh Synjehubow",
                "via": "dpa",
                "modality": "estimated",
            },
        ],
    },
    {
        "text": "Die Zahl der Asylanträge stieg im ersten Halbjahr um 78 Prozent.",
        "figures": [{"surface": "78", "value": 78, "unit": "percent", "what_head": "Zahl"}],
    },
    # Brüche, Dutzende, zusammengeschriebene Halbe
    {
        "text": "Zwei Drittel der Bewohner flohen, eine halbe Million Menschen ist obdachlos.",
        "figures": [
            {"surface": "Zwei Drittel", "value": 200 / 3, "bound": "exact", "unit": "percent"},
            {"surface": "eine halbe Million", "value": 500000, "what_head": "Menschen"},
        ],
    },
    {
        "text": "Das Land zahlt eineinhalb Milliarden Euro und schickt zweieinhalb Tonnen Hilfsgüter.",
        "figures": [
            {"surface": "eineinhalb Milliarden", "value": 1500000000, "unit": "EUR"},
            {"surface": "zweieinhalb", "value": 2.5, "unit": "t"},
        ],
    },
    {
        "text": "Die Polizei stellte drei Dutzend Fahrzeuge sicher.",
        "figures": [{"surface": "drei Dutzend", "value": 36, "what_head": "Fahrzeuge"}],
    },
    {
        "text": "Das Ticket kostet dreizehn Euro und fünfundvierzig Cent.",
        "figures": [{"surface": "dreizehn Euro und fünfundvierzig Cent", "value": 13.45, "unit": "EUR"}],
    },
    {
        "text": "Versammlungen von 200 oder mehr Personen sind verboten.",
        "figures": [{"surface": "200", "value": 200, "low": 200, "high": None, "bound": "at_least"}],
    },
    {
        "text": "Der Winkel beträgt 0,8rad.",
        "figures": [{"surface": "0,8", "value": 0.8, "unit": "rad"}],
    },
    # a name across "- und": a compound cut short takes its head after the "und"
    {
        "text": "Der Fluss stieg auf 6,40 Meter, wie das Umwelt- und Verkehrsministerium des Landes am Abend mitteilte.",
        "figures": [{"surface": "6,40", "value": 6.4, "unit": "m", "source": "Umwelt- und Verkehrsministerium des Landes"}],
    },
    {
        "text": "Laut der Lebensmittel- und Veterinärbehörde wurden 1.200 Proben genommen.",
        "figures": [{"surface": "1.200", "value": 1200, "source": "Lebensmittel- und Veterinärbehörde"}],
    },
    # not a figure: a class or level named in a compound ("Zustandsklasse 3", "Warnstufe 4")
    {
        "text": "Die Brücke war in die Zustandsklasse 3 eingestuft, es galt Warnstufe 4. 240 Züge fallen aus.",
        "figures": [{"surface": "240", "value": 240}],
    },
    # a negation before a "more than" cue makes it at most (NEGATIONS)
    {
        "text": 'Die Fänge dürfen laut den Forschern nicht mehr als 298.000 Tonnen betragen.',
        "figures": [{"surface": '298.000', "value": 298000, "bound": "at_most", "high": 298000, "unit": 't'}],
    },
    # a unit said once for two numbers set side by side (COMPARE_LINKS; "X and Y tonnes")
    {
        "text": 'Die Förster rechnen mit 2,4 Millionen Kubikmetern Schadholz, nach 1,7 Millionen im Vorjahr.',
        "figures": [
            {"surface": '2,4 Millionen', "value": 2400000.0, "unit": 'm3'},
            {"surface": '1,7 Millionen', "value": 1700000.0, "unit": 'm3'},
        ],
    },
    # reported speech in the subjunctive goes on the account of the speaker before it (REPORTED_MOOD);
    # the indicative does not
    {
        "text": "Geschäftsführerin Sabine Kröger wies Berichte zurück. Erlaubt seien 5.000 Tonnen. Die Feuerwehr war mit 120 Kräften im Einsatz.",
        "figures": [
            {"surface": "5.000", "value": 5000, "unit": "t", "source": "Sabine Kröger"},
            {"surface": "120", "value": 120, "source": None},
        ],
    },
    # not figures: a house number after its street
    {
        "text": "Die Firma in der Industriestraße 12 verarbeitet 120.000 Tonnen Abfälle.",
        "figures": [{"surface": "120.000", "value": 120000, "unit": "t"}],
    },
    # "Das teilte X mit": "das" resumes the sentence before, X speaks for it; a spaced dash
    # ends a clause ("… auf 3.200 Hektar – Bauernbund rechnet mit …")
    {
        "text": "Ein Unwetter hat rund 3.200 Hektar beschädigt. Das teilte das Apfelkonsortium am Mittwoch mit.",
        "figures": [{"surface": "3.200", "value": 3200, "unit": "ha", "source": "Apfelkonsortium"}],
    },
    {
        "text": "Hagel zerstört Obst auf 3.200 Hektar – Bauernbund rechnet mit 45 Millionen Euro Schaden",
        "figures": [
            {"surface": "3.200", "value": 3200, "source": None},
            {"surface": "45 Millionen", "value": 4.5e7, "unit": "EUR", "source": "Bauernbund"},
        ],
    },
    # ", wie X ankündigte": the speaker at the end of a subordinate clause
    {
        "text": "Die Flotte soll auf 3000 Räder wachsen, wie Verkehrsbürgermeister Thomas Kranich am Dienstag im Stadtrat ankündigte.",
        "figures": [{"surface": "3000", "value": 3000, "source": "Thomas Kranich", "modality": "planned"}],
    },
    # ", teilte X mit, der ...": the subject inside the split verb; "der" before a lower-case word is a relative
    {
        "text": "Es wurden rund 1,9 Millionen Fahrten unternommen, teilte der Betreiber Nextbike mit, der seit 2004 in Leipzig sitzt.",
        "figures": [{"surface": "1,9 Millionen", "value": 1.9e6, "bound": "approx", "source": "Nextbike"}],
    },
    # "nach seinen Worten": the speaker named last
    {
        "text": "Verkehrsbürgermeister Thomas Kranich sagte, der Plan sei gut. Hinzu kommen nach seinen Worten 60 neue Stationen.",
        "figures": [{"surface": "60", "value": 60, "source": "Thomas Kranich"}],
    },
    # not ruling out: a speaker, a possible figure
    {
        "text": "Die Ermittler schließen nicht aus, dass Dutzende weitere Lieferungen betroffen sind.",
        "figures": [{"surface": "Dutzende", "bound": "approx", "source": "Ermittler", "modality": "possible"}],
    },
    # «quote», said X. «another quote»: the second quotation runs on with the same speaker
    {
        "text": "«Wir haben die Sperrung bewusst gelegt», sagte Reto Caduff, Leiter der Astra-Filiale. «Wir erneuern rund 13 000 Quadratmeter Fahrbahnbelag.»",
        "figures": [{"surface": "13 000", "bound": "approx", "source": "Reto Caduff"}],
    },
    # the speaker's own figure after the one denied (after a colon, a gerund): asserted
    {
        "text": "Die Polizei wies Berichte zurück, wonach es mehr als 1000 Diebstähle gegeben habe: Angezeigt worden seien 212 Fälle.",
        "figures": [{"surface": "1000", "bound": "more_than", "source": "Polizei", "modality": "denied"}, {"surface": "212", "source": "Polizei", "modality": "asserted"}],
    },
    # not figures: a phone number after its cue
    {"text": "Hinweise nimmt die Polizei unter der Nummer 110 entgegen.", "figures": []},
    # energy units
    {
        "text": "Die Rechenzentren verbrauchten 4.100 Gigawattstunden Strom.",
        "figures": [{"surface": "4.100", "value": 4100, "unit": "GWh"}],
    },
    # a month after the name is a time, not part of it
    {
        "text": "Die Betriebe zeigten nach Angaben der Bundesagentur im Januar für 184.000 Beschäftigte Kurzarbeit an.",
        "figures": [{"surface": "184.000", "value": 184000, "source": "Bundesagentur"}],
    },
    # a share of a whole in words is a percentage (SHARE_WORDS, fractions before a link); a half-year is not
    {
        "text": "Das Konsortium wies Berichte zurück, wonach die Hälfte der Ernte verloren sei.",
        "figures": [{"surface": "Hälfte", "value": 50, "unit": "percent", "source": "Konsortium", "modality": "denied"}],
    },
    {
        "text": "In der ersten Hälfte des Jahres stieg der Absatz.",
        "figures": [],
    },
    # not figures: the first of a list of ages, a federal road
    {"text": "Die beiden Toten waren 67 und 81 Jahre alt. Die B 304 war gesperrt.", "figures": []},
    # 'sagte er': the person who opens the sentence before, though no speech verb named him
    {
        "text": "Das Amt warnte vor 20 Fällen. Alpenmatt-Chef Martin Brügger entschuldigte sich bei den Kunden. Der Rückruf werde das Unternehmen 3 Millionen Franken kosten, sagte er.",
        "figures": [{"surface": "20", "source": "Amt"}, {"surface": "3 Millionen", "unit": "CHF", "source": "Martin Brügger"}],
    },
    # a paragraph opening in the subjunctive reports the speaker who closed the paragraph before
    {
        "text": "Die Zahl der Fälle könnte auf 20 steigen, warnte das Amt.\n\nRund 310.000 Packungen seien an den Handel ausgeliefert worden.",
        "figures": [
            {"surface": "20", "source": "Amt", "modality": "possible"},
            {"surface": "310.000", "bound": "approx", "source": "Amt"},
        ],
    },
    # a statement names its owner
    {
        "text": "Laut einer Mitteilung des Ministeriums kamen 40 Migranten an.",
        "figures": [{"surface": "40", "source": "Ministerium"}],
    },
    # "die Gewerkschaft" after the Innenministerium is another body, not the one named last;
    # "45 Verletzte" after the finite verb is what was counted, not who speaks
    {
        "text": "Rund 2.000 Einsatzkräfte sind im Einsatz, teilte das Innenministerium mit. Die Gewerkschaft spricht von 40 Prozent Beteiligung.",
        "figures": [
            {"surface": "2.000", "bound": "approx", "source": "Innenministerium"},
            {"surface": "40", "unit": "percent", "source": "Gewerkschaft"},
        ],
    },
    {
        "text": "\"Wir haben 45 Verletzte gezählt\", sagte ein Feuerwehrsprecher der dpa.",
        "figures": [{"surface": "45", "source": "Feuerwehrsprecher", "via": "dpa"}],
    },
    # evidence glued to its owner: "nach Polizeiangaben", "nach Regierungsangaben" (EVIDENCE_SUFFIXES)
    {
        "text": "Nach Polizeiangaben nahmen rund 5.000 Menschen teil. Nach Regierungsangaben kamen 300 Menschen.",
        "figures": [
            {"surface": "5.000", "bound": "approx", "source": "Polizei"},
            {"surface": "300", "source": "Regierung"},
        ],
    },
    # not figures: a span of hours ("von 22 bis 5 Uhr"), a tram line in a compound
    {"text": "Es gilt ein Nachtfahrverbot von 22 bis 5 Uhr an der Straßenbahnlinie 11.", "figures": []},
    # Swiss spelling: "gemäss" (no ß); an age in brackets after the speaker's name
    {
        "text": "Gemäss dem Bundesamt für Statistik stieg die Zahl der Lernenden auf 212'000. «Über 15 Prozent brechen ab», sagt Peter Zbinden (52), Rektor der Berufsschule Thun.",
        "figures": [
            {"surface": "212'000", "source": "Bundesamt für Statistik"},
            {"surface": "15", "bound": "more_than", "unit": "percent", "source": "Peter Zbinden"},
        ],
    },
    # a description, a comma, the body's name: the name speaks (German nouns are all capitalised)
    {
        "text": "Wie der Dachverband der Bäuerinnen und Bauern, Agrarallianz, am Montag mitteilte, fiel die Ernte um 12 Prozent.",
        "figures": [{"surface": "12", "unit": "percent", "source": "Agrarallianz"}],
    },
    # a denial before the claim rules it, whatever the claim's own verbs say ("könnten")
    {
        "text": "Die Geschäftsführerin wies Berichte zurück, wonach sich die Kosten auf 220 Millionen Euro summieren könnten.",
        "figures": [{"surface": "220 Millionen", "unit": "EUR", "modality": "denied", "source": "Geschäftsführerin"}],
    },
    # a fronted phrase ("Statt ..."), the subject after the verb; an adverb ("nun") ends it
    {
        "text": "Statt der veranschlagten 142 Millionen Euro rechnet die Klinikleitung nun mit rund 181 Millionen Euro.",
        "figures": [
            {"surface": "142 Millionen", "unit": "EUR"},
            {"surface": "181 Millionen", "unit": "EUR", "bound": "approx", "source": "Klinikleitung", "modality": "estimated"},
        ],
    },
    # noise in decibels
    {"text": "Der Lärm erreichte nachts 95 Dezibel.", "figures": [{"surface": "95", "unit": "dB"}]},
    # two claims side by side: the first speaker relays no one
    {
        "text": "Nach Angaben der Polizei nahmen etwa 3.000 Menschen teil, die Veranstalter sprachen von 10.000.",
        "figures": [
            {"surface": "3.000", "bound": "approx", "source": "Polizei", "via": None},
            {"surface": "10.000", "source": "Veranstalter", "via": None},
        ],
    },
    # a survey's finding ("ergab"); "hieß es aus ..."; "sprechen von"
    {
        "text": "Fast 70 Prozent der Befragten sind besorgt, ergab eine Umfrage des Instituts Forsa. Der Auftrag ist drei Milliarden Dollar wert, hieß es aus Unternehmenskreisen. Die Anwohner sprechen von 200 Schäden.",
        "figures": [
            {"surface": "70", "bound": "approx", "unit": "percent", "source": "Forsa"},
            {"surface": "drei Milliarden", "unit": "USD", "source": "Unternehmenskreisen"},
            {"surface": "200", "source": "Anwohner"},
        ],
    },
    # "präzisiert", "warnen" speak; "gemäß welcher" after a report names no one: the denial's speaker stands
    {
        "text": "Die Volumen gingen um 2,1 Prozent zurück, präzisierte die Gruppe. Der Chef hat die Information der Zeitung dementiert, gemäß welcher 80 Stellen gestrichen würden.",
        "figures": [
            {"surface": "2,1", "unit": "percent", "source": "Gruppe"},
            {"surface": "80", "source": "Chef", "modality": "denied"},
        ],
    },
    # "nach unseren Berechnungen" in a quotation: its speaker; "warf ... vor" speaks
    {
        "text": "„Nach unseren Berechnungen braucht die Stadt 30 Millionen Euro“, sagte der Vorsitzende Jonas Riedl. Die CDU-Fraktion warf der Verwaltung vor, es seien nur 7,1 Millionen Euro verbaut worden.",
        "figures": [
            {"surface": "30 Millionen", "unit": "EUR", "source": "Jonas Riedl", "modality": "estimated"},
            {"surface": "7,1 Millionen", "unit": "EUR", "source": "CDU-Fraktion"},
        ],
    },
    # a speaker after "aber" opens a clause of its own: it does not reach back
    {
        "text": "Die Fähre war mit 312 Passagieren unterwegs, aber Überlebende sagten, dass viel mehr Menschen an Bord waren.",
        "figures": [{"surface": "312", "source": None}],
    },
    # "auf Anfrage" is a way, not the speaker; a paper's title in quotes after its article
    {
        "text": "Wie ein Sprecher der Polizei auf Anfrage bestätigte, wurden 14 Personen festgenommen. Nach Informationen des „Spiegel“ sollen bis zu 300 Beamte im Einsatz gewesen sein.",
        "figures": [
            {"surface": "14", "source": "Sprecher der Polizei"},
            {"surface": "300", "bound": "up_to", "source": "Spiegel"},
        ],
    },
    # "In einer Mitteilung des X heißt es", "wie aus Daten des X hervorgeht"; an estimate's cue before
    # "bei" names no one, the speaker after does
    {
        "text": "In einer Mitteilung des Unternehmens heißt es, man wolle 1.200 Stellen abbauen. Die Zahl sank um 21 Prozent, wie aus Daten des Bundesamts hervorgeht. Der Schaden liegt nach ersten Schätzungen bei 20 Millionen Euro, teilte die Polizei mit.",
        "figures": [
            {"surface": "1.200", "source": "Unternehmen", "modality": "planned"},
            {"surface": "21", "unit": "percent", "source": "Bundesamt"},
            {"surface": "20 Millionen", "unit": "EUR", "source": "Polizei", "modality": "estimated"},
        ],
    },
    # a company named by what it does before its name: the name speaks
    {
        "text": "Insgesamt waren nach Angaben des Versorgers Eon rund 1.500 Haushalte ohne Strom.",
        "figures": [{"surface": "1.500", "bound": "approx", "source": "Eon"}],
    },
    # a count a year could be, after a bound cue and before a noun; a year or a duration stays none
    {
        "text": "Rund 2000 Menschen demonstrierten am Samstag. Um 2030 herum soll die Anlage fertig sein. Die Mauer ist mehr als 1900 Jahre alt.",
        "figures": [{"surface": "2000", "value": 2000, "bound": "approx", "what_head": "Menschen"}],
    },
    # "mehrere Hundert", "einige Tausend": a vague magnitude, not one hundred
    {
        "text": "Die Behörde rechnet mit mehreren Hundert Betroffenen. Zum Konzert kamen einige Tausend Besucher.",
        "figures": [
            {"surface": "Hundert", "value": None, "low": 200, "high": 999, "bound": "approx"},
            {"surface": "Tausend", "value": None, "low": 2000, "high": 9999, "bound": "approx"},
        ],
    },
    # what a sum measures is said before the according cue, not after it
    {
        "text": "Die Sanierung der Halle soll nach Angaben des Landratsamts rund 4,5 Millionen Euro kosten. Die Kosten belaufen sich laut Ministerium auf 90 Millionen Euro.",
        "figures": [
            {"surface": "4,5 Millionen", "unit": "EUR", "what_head": "Sanierung", "source": "Landratsamt"},
            {"surface": "90 Millionen", "unit": "EUR", "what_head": "Kosten", "source": "Ministerium"},
        ],
    },
    # a spokesperson with no name speaks for the body that opens the sentence before
    {
        "text": "Das Verkehrsministerium verwies auf laufende Programme. Seit 2022 seien 4,1 Millionen Euro in neue Radwege geflossen, sagte eine Sprecherin.",
        "figures": [{"surface": "4,1 Millionen", "unit": "EUR", "source": "Verkehrsministerium"}],
    },
    # "laut der Statistik": the statistics of the body named before
    {
        "text": "Die Zahl der Unfälle ist gestiegen, wie der ADAC am Montag mitteilte. Laut der Statistik gab es 312 Verletzte.",
        "figures": [{"surface": "312", "source": "ADAC"}],
    },
    # "das Ministerium" does not point back at an Amt named last
    {
        "text": "Laut Umweltbundesamt (UBA) fielen 3,2 Millionen Tonnen Abfall an. Das Ministerium erklärte, die Kosten lägen bei 40 Millionen Euro.",
        "figures": [
            {"surface": "3,2 Millionen", "unit": "t", "source": "UBA"},
            {"surface": "40 Millionen", "unit": "EUR", "source": "Ministerium"},
        ],
    },
    # "Das waren ..., wie X mitteilte": X sagte auch den Satz davor
    {
        "text": "Im vergangenen Jahr wurden 52.318 Fundsachen abgegeben. Das waren 9 Prozent mehr als 2023, wie das Landesamt mitteilte.",
        "figures": [
            {"surface": "52.318", "source": "Landesamt"},
            {"surface": "9", "unit": "percent", "source": "Landesamt"},
        ],
    },
    # die Gegenseite einer Zählung, ihr Verb weggelassen: "die Veranstalter von mehr als 6.000"; nicht "die Kosten von"
    {
        "text": "Die Polizei sprach von etwa 2.500 Teilnehmern, die Veranstalter von mehr als 6.000. Der Bürgermeister sagte, die Kosten von 45 Millionen Euro seien zu hoch.",
        "figures": [
            {"surface": "2.500", "bound": "approx", "source": "Polizei"},
            {"surface": "6.000", "bound": "more_than", "source": "Veranstalter"},
            {"surface": "45 Millionen", "unit": "EUR", "source": "Bürgermeister"},
        ],
    },
    # Genitiv vor "für" ("des Landesamts für Umwelt", "einer Mitteilung des Bundesamtes für Strahlenschutz");
    # Titel vor dem Namen mit Partei; "auf dpa-Anfrage" gehört nicht zum Sprecher
    {
        "text": "Nach Angaben des Landesamts für Umwelt wurden 1.320 Tiere getestet. Laut einer Mitteilung des Bundesamtes für Strahlenschutz lag der Wert bei 12 Prozent. Brandenburgs Agrarminister Hanka Mittelstädt (SPD) sagte, bisher seien 86 Millionen Euro ausgegeben worden. Wie eine Sprecherin des Ministeriums auf dpa-Anfrage mitteilte, wurden 18 Kilometer Zaun errichtet.",
        "figures": [
            {"surface": "1.320", "source": "Landesamt für Umwelt"},
            {"surface": "12", "unit": "percent", "source": "Bundesamt für Strahlenschutz"},
            {"surface": "86 Millionen", "unit": "EUR", "source": "Hanka Mittelstädt"},
            {"surface": "18", "unit": "km", "source": "Sprecherin des Ministeriums"},
        ],
    },
    # ein nachgestelltes Subjekt endet am Artikel des Objekts; Adjektive im Genitiv schwach im Nominativ;
    # was gezählt wird, steht nicht im Besitzer der Angaben
    {
        "text": "Als Gründe nannte Prorektorin Claudia Weber die hohen Mieten: Ein Zimmer koste im Schnitt 450 Euro. Bundesweit ist die Zahl nach Angaben des Statistischen Bundesamtes um 2,1 Prozent gesunken.",
        "figures": [
            {"surface": "450", "unit": "EUR", "source": "Claudia Weber"},
            {"surface": "2,1", "unit": "percent", "source": "Statistisches Bundesamt", "what_head": "Zahl"},
        ],
    },
    # das Objekt vorn, das Subjekt nach dem Verb: "Die Kosten bezifferte der Sprecher der Stadt auf"
    {
        "text": "Die Kosten bezifferte der Sprecher der Stadt auf 3 Millionen Euro. Den Schaden schätzt der Verband auf 20 Millionen Euro.",
        "figures": [
            {"surface": "3 Millionen", "unit": "EUR", "source": "Sprecher der Stadt"},
            {"surface": "20 Millionen", "unit": "EUR", "source": "Verband"},
        ],
    },
    # ein Vorwurf nennt seinen Betrag: "kritisierte Mehrkosten von 7,2 Millionen Euro"
    {
        "text": "Der Landesrechnungshof kritisierte Mehrkosten von 7,2 Millionen Euro beim Bau der Mensa.",
        "figures": [{"surface": "7,2 Millionen", "unit": "EUR", "source": "Landesrechnungshof"}],
    },
    # maschinell übersetzt aus dem Italienischen: zwei Hilfsverben, zwei Verben ("hat erreicht ..., hat erklärt X")
    {
        "text": "Die Produktion hat erreicht 4,1 Millionen Laibe, hat erklärt der Präsident des Konsortiums Nicola Bertinelli.",
        "figures": [{"surface": "4,1 Millionen", "source": "Nicola Bertinelli"}],
    },
    # maschinell übersetzt: "Wie von dem Konsortium mitgeteilt, ...", "unterstreicht eine Notiz des Konsortiums"
    {
        "text": "Wie von dem Konsortium mitgeteilt, der Export macht 48 Prozent der Produktion. Die Preise sind gestiegen von 4 Prozent, unterstreicht eine Notiz des Verbands.",
        "figures": [
            {"surface": "48", "unit": "percent", "source": "Konsortium"},
            {"surface": "4", "unit": "percent", "source": "Verband"},
        ],
    },
    # "Das geht aus dem Jahresbericht des Verbands hervor": der Eigentümer des Dokuments spricht, auch für den Satz
    # davor; "heißt es in einer Vorlage der Verwaltung"
    {
        "text": "Rund 300.000 Tiere landeten 2024 in Tierheimen. Das geht aus dem aktuellen Jahresbericht des Tierschutzbundes hervor. Die Kosten summieren sich auf 18 Millionen Euro, heißt es in einer Vorlage der Verwaltung.",
        "figures": [
            {"surface": "300.000", "bound": "approx", "source": "Tierschutzbund"},
            {"surface": "18 Millionen", "unit": "EUR", "source": "Verwaltung"},
        ],
    },
    # das Substantiv nach einer Zahl ist, was gezählt wird, kein Name ("Export von 1.200 Tonnen von Rosen erwartet");
    # "die Behörde" kann jedes Amt sein, auch ein "Dienst" (ANY_BODY_ROLES)
    {
        "title": "Blumenrat: Export von 1.200 Tonnen Rosen erwartet",
        "text": "Die Kosten sind um 18 Prozent gestiegen, sagen die Exporteure. Der Pflanzenschutzdienst (KEPHIS) teilte mit, er habe 3.500 Sendungen geprüft. Die Behörde erwartet, dass die Zahl der Kontrollen 5.000 erreicht.",
        "figures": [
            {"field": "title", "surface": "1.200", "unit": "t", "source": None},
            {"surface": "18", "unit": "percent", "source": "Exporteure"},
            {"surface": "3.500", "source": "KEPHIS"},
            {"surface": "5.000", "source": "KEPHIS"},
        ],
    },
    # ein fremder Name behält seine Bindewörter ("Ecologistas en Acción"), ohne die Art davor ("die Organisation",
    # "die Firma"); nach einer vorangestellten Angabe steht das Subjekt hinter dem Verb ("Für eine zweite Stufe plant
    # Heliovera nach eigenen Angaben"); "Damit würden ..." setzt die indirekte Rede fort
    {
        "text": "Die Organisation Ecologistas en Acción wirft dem Unternehmen vor, rund 900 Steineichen gefällt zu haben. Für eine zweite Ausbaustufe plant Heliovera nach eigenen Angaben weitere 250 Megawatt. Die Anlage soll 1.100 Gigawattstunden erzeugen, sagte Firmenchefin Marta Oyarzábal. Damit würden pro Jahr 290.000 Tonnen CO2 vermieden.",
        "figures": [
            {"surface": "900", "bound": "approx", "source": "Ecologistas en Acción"},
            {"surface": "250", "unit": "MW", "source": "Heliovera"},
            {"surface": "1.100", "unit": "GWh", "source": "Marta Oyarzábal"},
            {"surface": "290.000", "unit": "t", "source": "Marta Oyarzábal"},
        ],
    },
    # "einen Kredit über 210 Millionen Euro": der Betrag, für den er gilt, nicht "mehr als"
    {
        "text": "Die Europäische Investitionsbank steuerte einen Kredit über 210 Millionen Euro bei. Über 300 Menschen kamen.",
        "figures": [{"surface": "210 Millionen", "bound": "exact", "unit": "EUR"}, {"surface": "300", "bound": "more_than"}],
    },
    # die Mehrzahl und andere Formen der Sprechverben ("betonen", "verwies")
    {
        "text": "Die Verbände betonen, dass 3.000 Stellen fehlen. Das Ministerium verwies auf 80.000 neue Anträge.",
        "figures": [
            {"surface": "3.000", "source": "Verbände"},
            {"surface": "80.000", "source": "Ministerium"},
        ],
    },
    # ein Adjektiv zwischen Artikel und Nomen ist kein Sprechverb ("der zuletzt bestätigte Fall"); "Dessen" am
    # Satzanfang öffnet keinen Relativsatz; "die 61-Jährige" zeigt auf die zuletzt genannte Person
    {
        "text": "Laut dem Landesamt liegt der zuletzt bestätigte Fall 30 Kilometer entfernt. Der Verein zählt 900 Mitglieder. Dessen Vorsitzender Jan Weber forderte 3 Millionen Euro. Die Ärztin Eva Roth sagte, die Lage sei ernst. „Wir brauchen 40 Betten“, sagte die 61-Jährige.",
        "figures": [
            {"surface": "30", "unit": "km", "source": "Landesamt"},
            {"surface": "900"},
            {"surface": "3 Millionen", "unit": "EUR", "source": "Jan Weber"},
            {"surface": "40", "source": "Eva Roth"},
        ],
    },
    # "bis zu 2000 Wildschweine": vor einem Nomen eine Zahl, kein Jahr; in der Kopie einer englischen Meldung
    # "£2,5m" (Millionen) und "40,000" (drei Nullen nach dem Komma: Tausender)
    {
        "text": "Bis Jahresende sollen bis zu 2000 Rehe gezählt werden. Die Renovierung kostet £2,5m. Um die 40,000 Besucher kommen jedes Jahr.",
        "figures": [
            {"surface": "2000", "bound": "up_to", "value": 2000},
            {"surface": "2,5m", "value": 2500000, "unit": "GBP"},
            {"surface": "40,000", "value": 40000, "bound": "approx"},
        ],
    },
    # "ein Übernahmeangebot über 15 Millionen Euro": der Betrag des Angebots, kein "mehr als"
    {
        "text": "Ein Gebot über 4 Millionen Euro lehnte der Verein ab, sagte Präsident Uwe Brandt.",
        "figures": [{"surface": "4 Millionen", "bound": "exact", "unit": "EUR", "source": "Uwe Brandt"}],
    },
    # in indirekter Rede steht "würde" für "werde": ein Plan; ohne Sprechverb bleibt es möglich
    {
        "text": "Im Herbst würden 40 neue Busse bestellt, sagte der Bürgermeister. Ein Neubau würde 9 Millionen Euro kosten.",
        "figures": [
            {"surface": "40", "source": "Bürgermeister", "modality": "planned"},
            {"surface": "9 Millionen", "unit": "EUR", "modality": "possible"},
        ],
    },
    # ein Titel in Anführungszeichen nach seinem Artikel ('berichtet die "Rheinische Post"'); "wie aus einer
    # Umfrage des X hervorgeht"; "wird ... geschätzt" ist ein Passiv, keine Zukunft
    {
        "text": 'Die Reparatur kostet 2 Millionen Euro, berichtet die "Rheinische Post". Rund 40 Prozent fahren Rad, wie aus einer Erhebung des Instituts Infas hervorgeht. Der Schaden wird auf 3 Millionen Euro geschätzt.',
        "figures": [
            {"surface": "2 Millionen", "unit": "EUR", "source": "Rheinische Post"},
            {"surface": "40", "unit": "percent", "bound": "approx", "source": "Infas"},
            {"surface": "3 Millionen", "unit": "EUR", "modality": "estimated"},
        ],
    },
    # "Laut dem bayerischen Umweltministerium" nach einem Bundesamt: ein Ministerium zeigt nicht auf ein Amt zurück
    {
        "text": "Das Bundesamt für Umwelt teilte mit, 300 Seen seien belastet. Laut dem bayerischen Umweltministerium sind es 250.",
        "figures": [
            {"surface": "300", "source": "Bundesamt für Umwelt"},
            {"surface": "250", "source": "bayerischen Umweltministerium"},
        ],
    },
    # ein "&" verbindet einen Namen: "laut Halsey & Tremayne", "die Firma Procter & Gamble"
    {
        "text": "Laut Baker & Sons fehlen 40 Gesellen. Die Firma Procter & Gamble meldete 300 neue Stellen.",
        "figures": [
            {"surface": "40", "source": "Baker & Sons"},
            {"surface": "300", "source": "Procter & Gamble"},
        ],
    },
    # "Drohnen" (drones) is no threat ("drohen"); a capitalised noun after an amount in millions is its own,
    # so the dollars before it do not reach it
    {
        "text": "Kiew zufolge feuerte Russland 728 Drohnen ab. Das WFP benötigt 1,4 Milliarden Dollar, um 5,8 Millionen Menschen zu versorgen.",
        "figures": [
            {"surface": "728", "source": "Kiew", "modality": "asserted"},
            {"surface": "1,4 Milliarden", "unit": "USD"},
            {"surface": "5,8 Millionen", "unit": None, "what": "Menschen"},
        ],
    },
    # a semicolon after an inverted speaker ends its clause: the speaker is the figure's before it (the
    # clause after has its own), and a denial does not reach past it
    {
        "text": "Die Flammen haben mehr als 12.000 Hektar zerstört, teilte die Regionalregierung mit; der Dienst Copernicus geht von 16.500 Hektar aus. Das Ministerium wies Berichte zurück, wonach 40 Soldaten getötet worden seien; es habe lediglich vier Verletzte gegeben.",
        "figures": [
            {"surface": "12.000", "unit": "ha", "source": "Regionalregierung"},
            {"surface": "16.500", "unit": "ha", "source": "Copernicus", "modality": "estimated"},
            {"surface": "40", "source": "Ministerium", "modality": "denied"},
            {"surface": "vier", "source": "Ministerium", "modality": "asserted"},
        ],
    },
    # a speaker whose verb is left out, named by a compound ending in a role, before "weniger als":
    # its own source, and the counted noun is the one before
    {
        "text": "Die Gewerkschaft Verdi sprach von 30.000 Streikenden, das Innenministerium von weniger als 9.000.",
        "figures": [
            {"surface": "30.000", "source": "Verdi", "what": "Streikenden"},
            {"surface": "9.000", "bound": "less_than", "source": "Innenministerium", "what": "Streikenden"},
        ],
    },
    # "geht von etwa 600.000 aus": an estimate and its speaker; "bat ... um 48 Millionen": a request and its
    # speaker; after a genitive name "die" opens the clause's next phrase; a relative's participle is no
    # speech verb of the clause before
    {
        "text": "Das UN-Nothilfebüro OCHA geht dagegen von etwa 600.000 Betroffenen aus. OCHA bat die Gemeinschaft um 48 Millionen US-Dollar. Auf etwa 78.000 Hektar sind nach Schätzung des Landwirtschaftsministeriums die Ernten vernichtet. Den Hinweis hatte eine Bank gegeben, die 312 verdächtige Überweisungen gemeldet hatte.",
        "figures": [
            {"surface": "600.000", "bound": "approx", "source": "OCHA", "modality": "estimated"},
            {"surface": "48 Millionen", "unit": "USD", "source": "OCHA"},
            {"surface": "78.000", "unit": "ha", "source": "Landwirtschaftsministerium"},
            {"surface": "312", "source": None},
        ],
    },
    # "sollen ... geliefert haben": hearsay of a past deed, no plan; what an estimate holds possible ("könnten
    # ... nach Einschätzung") is possible
    {
        "text": "Die Firmen sollen nach Angaben der Staatsanwaltschaft Maschinen im Wert von 38 Millionen Euro geliefert haben. Hält der Regen an, könnten es nach Einschätzung der UN-Organisation bis zu 150.000 werden.",
        "figures": [
            {"surface": "38 Millionen", "unit": "EUR", "modality": "asserted"},
            {"surface": "150.000", "bound": "up_to", "modality": "possible"},
        ],
    },
    # "über" after what is told about, "gegen" after an inquiry: no bound
    {
        "text": "Gerüchte über 150 Tote bezeichnete die Behörde als falsch. Ermittelt wird gegen 23 Beschuldigte.",
        "figures": [{"surface": "150", "bound": "exact"}, {"surface": "23", "bound": "exact"}],
    },
    # an ordinal after a possessive in the nominative; the hyphenated rest of a zero-led phone number
    {
        "text": "Die EU hatte ihr 19. Sanktionspaket beschlossen. Hinweise nimmt das ZKA unter der Rufnummer 0221 672-4242 entgegen. Es umfasst 40 Firmen.",
        "figures": [{"surface": "40"}],
    },
    # "veranschlagt", "kalkuliert mit" give a body's figures; a compound's joining "s" is no part of its owner
    # ("Unternehmensangaben"); "geht ... aus:" announces the estimate after the colon
    {
        "text": "Das Unternehmen veranschlagt die Kosten auf rund 310 Millionen Euro. Der Konzern kalkuliert mit Einsparungen von 450 Millionen Euro. Laut Unternehmensangaben arbeiten dort 4.300 Menschen. Der Betriebsrat geht von mehr Stellen aus: 1.600 seien gefährdet.",
        "figures": [
            {"surface": "310 Millionen", "unit": "EUR", "source": "Unternehmen"},
            {"surface": "450 Millionen", "unit": "EUR", "source": "Konzern"},
            {"surface": "4.300", "source": "Unternehmen"},
            {"surface": "1.600", "source": "Betriebsrat", "modality": "estimated"},
        ],
    },
    # a translated "selon le syndicat" at the sentence's start names an institution; "nach dem Krieg" does not
    {
        "text": "Nach dem Branchenverband BNIC sind die Exporte um 30 Prozent gefallen. Für die Gewerkschaft der Winzer wären 5.000 Betriebe betroffen. Nach dem Krieg lebten dort 900 Menschen.",
        "figures": [
            {"surface": "30", "unit": "percent", "source": "BNIC"},
            {"surface": "5.000", "source": "Gewerkschaft der Winzer"},
            {"surface": "900", "source": None},
        ],
    },
    # "bedauerte X gegenüber AFP"; ", so der Verband, der ...": the speaker at the end, before a relative of its own
    {
        "text": "Die Exporte seien um 30 Prozent gesunken, bedauerte der Präsident des Verbandes, Anthony Brun, gegenüber AFP. Die Winzer hätten 12 Prozent ihres Umsatzes verloren, so der Verband, der viele Betriebe vertritt.",
        "figures": [
            {"surface": "30", "unit": "percent", "source": "Anthony Brun", "via": "AFP"},
            {"surface": "12", "unit": "percent", "source": "Verband"},
        ],
    },
    # revising one's own forecast gives it: the subject speaks; a forecast glued into a compound is an estimate
    {
        "text": "Die Bundesbank hebt ihre Wachstumsprognose für dieses Jahr auf 0,8 Prozent an. Der IWF hat seine Prognose für Deutschland auf 0,5 Prozent gesenkt.",
        "figures": [
            {"surface": "0,8", "unit": "percent", "source": "Bundesbank", "modality": "estimated"},
            {"surface": "0,5", "unit": "percent", "source": "IWF", "modality": "estimated"},
        ],
    },
    # 'forderte 45 Tote' took lives, no demand; an inverted speaker before a 'während' clause speaks for what came before
    {
        "text": "Das Erdbeben forderte mindestens 212 Todesopfer. Die Flut forderte nach Angaben der Behörden 45 Tote. Die Zahl der Vermissten ist auf 2.100 gestiegen, teilte die Katastrophenschutzbehörde mit, während die UN befürchten, dass sie 5.000 übersteigen könnte.",
        "figures": [
            {"surface": "212", "bound": "at_least", "source": None, "modality": "asserted"},
            {"surface": "45", "source": "Behörden", "modality": "asserted"},
            {"surface": "2.100", "source": "Katastrophenschutzbehörde"},
            {"surface": "5.000", "source": "UN", "modality": "possible"},
        ],
    },
    # an appeal for funds and a promise are their makers' claims; 'ein Spendenaufruf über' is the amount it is for
    {
        "text": "Die WHO startete einen Spendenaufruf über 87,4 Millionen Dollar. Japan versprach 3 Millionen Impfdosen.",
        "figures": [
            {"surface": "87,4 Millionen", "bound": "exact", "unit": "USD", "source": "WHO"},
            {"surface": "3 Millionen", "source": "Japan", "modality": "planned"},
        ],
    },
    # a year counted back ends a source's phrase; a real semicolon ends a trailing speaker's reach; documenting a count gives it; 'schreiben die X' after a comma; a pronoun right after a fronted object's verb is its subject
    {
        "text": "Weltweit stiegen die Militärausgaben nach Zahlen des Instituts Sipri im vergangenen Jahr auf 2,69 Billionen Dollar. Die IOM hat dagegen 398 Tote dokumentiert; die Organisation erfasst nur Fälle, die Behörden bestätigen. Deutschland liege nur bei rund 2,3 Prozent, schreiben die Kieler Ökonomen in einer Analyse. Die Lücke beziffern sie auf etwa 22 Milliarden Euro.",
        "figures": [
            {"surface": "2,69 Billionen", "unit": "USD", "source": "Sipri"},
            {"surface": "398", "source": "IOM"},
            {"surface": "2,3", "bound": "approx", "unit": "percent", "source": "Kieler Ökonomen"},
            {"surface": "22 Milliarden", "unit": "EUR", "source": "Kieler Ökonomen"},
        ],
    },
    # a name's adjective without its article ends by the head's gender
    {
        "text": "Nach Schätzung des Deutschen Bauernverbands belaufen sich die Ernteausfälle auf 1,4 Milliarden Euro. Laut einer Mitteilung des Deutschen Roten Kreuzes wurden 300 Helfer eingesetzt.",
        "figures": [
            {"surface": "1,4 Milliarden", "unit": "EUR", "source": "Deutscher Bauernverband"},
            {"surface": "300", "source": "Deutsches Rotes Kreuz"},
        ],
    },
    # the agent of a participle set before its noun after an according cue
    {
        "text": "Im Kanton Tessin sind laut der von der Post veröffentlichten Liste 18 Filialen betroffen.",
        "figures": [
            {"surface": "18", "source": "Post"},
        ],
    },
    # 'ein Programm über' is the amount it is for; speaking of a count with an adverb between
    {
        "text": "Der Stadtrat hat ein Sanierungsprogramm über 45 Millionen Euro beschlossen. Die Gewerkschaft Verdi spricht sogar von 150 offenen Stellen.",
        "figures": [
            {"surface": "45 Millionen", "bound": "exact", "unit": "EUR"},
            {"surface": "150", "source": "Verdi"},
        ],
    },
    # a time phrase between an inverted verb and its subject
    {
        "text": "Bei dem Brand wurden 14 Menschen verletzt, teilte am Dienstagabend die Feuerwehr mit. Vantor will 4.000 Stellen streichen, teilte die Firma am Donnerstag mit.",
        "figures": [
            {"surface": "14", "source": "Feuerwehr"},
            {"surface": "4.000", "source": "Firma"},
        ],
    },
    # 'nach eigenen Angaben' opening the sentence: the subject after the verb
    {
        "text": "Nach eigenen Angaben beschäftigt das Unternehmen 2.300 Mitarbeiter.",
        "figures": [
            {"surface": "2.300", "source": "Unternehmen"},
        ],
    },
    # an outlet told in the dative inside the subject of 'wie ... sagte' relays
    {
        "text": "Vierzehn Menschen wurden verletzt, wie ein Polizeisprecher der Deutschen Presse-Agentur sagte.",
        "figures": [
            {"surface": "Vierzehn", "source": "Polizeisprecher", "via": "Deutschen Presse-Agentur"},
        ],
    },
    # Betriebsrat gegen Management, das Verb der Gegenseite weggelassen: "das Management von höchstens 1.500"
    {
        "text": "Der Betriebsrat spricht von mehr als 2.000 gefährdeten Jobs, das Management von höchstens 1.500.",
        "figures": [
            {"surface": "2.000", "bound": "more_than", "source": "Betriebsrat"},
            {"surface": "1.500", "bound": "at_most", "source": "Management", "what": "gefährdeten Jobs"},
        ],
    },
    # "nach seinen Plänen", "nach ihrem Jahresbericht": die Person, die den Satz davor eröffnet, auch ohne Sprechverb (die Partei in Klammern nicht)
    {
        "text": "Verteidigungsminister Boris Pistorius (SPD) setzt deshalb auf einen neuen Wehrdienst. Nach seinen Plänen sollen im ersten Jahr 5.000 zusätzliche Freiwillige einen Grundwehrdienst leisten. Die Wehrbeauftragte Eva Högl sieht das skeptisch. Nach ihrem Jahresbericht brechen rund 27 Prozent der Rekruten ihre Ausbildung ab.",
        "figures": [
            {"surface": "5.000", "source": "Boris Pistorius"},
            {"surface": "27", "bound": "approx", "unit": "percent", "source": "Eva Högl"},
        ],
    },
    # ein Sprecher nach dem Komma mit eigenem Verb ("schrieben von"), eine Zahl in Worten danach ist seine; "einige Zehntausend": Zehntausende
    {
        "text": "Das Gouverneursamt nannte keine Zahl, regierungsnahe Medien schrieben von einigen Zehntausend.",
        "figures": [
            {"surface": "Zehntausend", "value": None, "low": 20000, "high": 99999, "bound": "approx", "source": "regierungsnahe Medien"},
        ],
    },
    # ein Börsenindex mit Zahl im Namen ist keine Zahl: "Leitindex BIST 100", "DAX 40"
    {
        "text": "An der Börse fiel der Leitindex BIST 100 um mehr als 16 Prozent, der DAX 40 um 2 Prozent.",
        "figures": [
            {"surface": "16", "bound": "more_than", "unit": "percent"},
            {"surface": "2", "unit": "percent"},
        ],
    },
    # "nach der jüngsten Zählung des Landesamts": zwei Wörter vor dem Beleg
    {
        "text": "Nach der jüngsten Zählung des Landesamts gibt es 1.200 Wölfe.",
        "figures": [
            {"surface": "1.200", "source": "Landesamt"},
        ],
    },
    # ein vorangestelltes Objekt im Akkusativ ("Den Schaden"): nach dem Verb ist auch "die" das Subjekt; "ein Gutschein über 40 Euro" ist kein "mehr als"
    {
        "text": "In Hamburg brannte ein Roller; den Schaden beziffert die Feuerwehr Hamburg auf bis zu 250.000 Euro. Kunden erhalten einen Gutschein über 40 Euro.",
        "figures": [
            {"surface": "250.000", "bound": "up_to", "unit": "EUR", "source": "Feuerwehr Hamburg"},
            {"surface": "40", "bound": "exact", "unit": "EUR"},
        ],
    },
    # "35 Rappen" allein: Hundertstel der Währung des Artikels
    {
        "text": "Der Preis steigt in Zürich um 35 Rappen auf 3 Franken.",
        "figures": [
            {"surface": "35", "value": 0.35, "low": 0.35, "high": 0.35, "unit": "CHF"},
            {"surface": "3", "unit": "CHF"},
        ],
    },
    # die Nummer eines Modells nach seinem Modellwort ist ein Name
    {
        "text": "Betroffen sind die Modelle Urban 8 und Urban 10 Pro; verkauft wurden 41.300 Akkus.",
        "figures": [
            {"surface": "41.300"},
        ],
    },
    # nach einem Komma und "dass" spricht niemand mit weggelassenem Verb: "sagte, dass die Stadt 300 Millionen"
    {
        "text": "Der Bürgermeister von London, Sadiq Khan, sagte, dass die Stadt 300 Millionen Pfund investiert habe.",
        "figures": [
            {"surface": "300 Millionen", "unit": "GBP", "source": "Sadiq Khan", "via": None},
        ],
    },
    # ein Name, den die Alias-Tabelle kennt, mit kleinem Wort darin: "Ärzte ohne Grenzen", nach "laut" und als Subjekt
    {
        "text": "Laut Ärzte ohne Grenzen wurden mindestens 1.200 Verletzte behandelt. Die Organisation Reporter ohne Grenzen zählte 54 getötete Journalisten.",
        "figures": [
            {"surface": "1.200", "bound": "at_least", "source": "Ärzte ohne Grenzen"},
            {"surface": "54", "source": "Reporter ohne Grenzen"},
        ],
    },
    # was Geld bezahlt: nach "für" und nach "in" mit Artikel ("in den Ausbau"), nicht "für jede Familie"
    {
        "text": "Die Stadt will rund 18,4 Millionen Euro in den Ausbau ihres Radnetzes investieren. Lehner forderte vom Bund 2 Millionen Franken für die Biosicherheit.",
        "figures": [
            {"surface": "18,4 Millionen", "unit": "EUR", "what_head": "Ausbau"},
            {"surface": "2 Millionen", "unit": "CHF", "what_head": "Biosicherheit", "source": "Lehner"},
        ],
    },
    # nach einem Gedankenstrich spricht "laut X" für die Zahl danach; "die geplante Neuordnung" ist ein Attribut, kein Plan der Zahl; die Stadt Brüssel ist eine Behörde, nicht der Ort
    {
        "text": "Tausende Bauern legen das Europaviertel lahm – laut Polizei 1.300 Traktoren. Mit Traktoren haben Tausende Landwirte gegen die geplante Neuordnung protestiert. Die Stadt Brüssel schätzt die Schäden auf mindestens 500.000 Euro.",
        "figures": [
            {"surface": "Tausende", "source": None},
            {"surface": "1.300", "source": "Polizei"},
            {"surface": "Tausende", "modality": "asserted"},
            {"surface": "500.000", "source": "Stadt Brüssel", "modality": "estimated"},
        ],
    },
    # "keine Rede sein" bestreitet die Zahl
    {
        "text": "Von einer Kürzung um 25 Prozent könne keine Rede sein, sagte der Sprecher Olof Strand.",
        "figures": [
            {"surface": "25", "unit": "percent", "source": "Olof Strand", "modality": "denied"},
        ],
    },
    # das Subjekt nach dem Verb endet vor der Schranke der Zahl und ihrem Adverb: "hatte die Agentur | etwas mehr als 1 Million"
    {
        "text": "Im Jahr 2024 hatte die Agentur etwas mehr als 1 Million Anträge gezählt.",
        "figures": [
            {"surface": "1 Million", "bound": "more_than", "source": "Agentur"},
        ],
    },
    # ein Partizip mit Vorsilbe nach dem Bericht nennt seinen Urheber: "laut dem Bericht, veröffentlicht von der Weltbank"
    {
        "text": "Laut dem Bericht, veröffentlicht von der Weltbank, leben 700 Millionen Menschen in extremer Armut.",
        "figures": [
            {"surface": "700 Millionen", "source": "Weltbank"},
        ],
    },
    # ein Nebensatz mit "während" nennt seinen eigenen Sprecher vor der Zahl: "während die Opposition von 120 Millionen spricht"
    {
        "text": "Das Ministerium schätzt die Kosten auf 80 Millionen Euro, während die Opposition von 120 Millionen spricht.",
        "figures": [
            {"surface": "80 Millionen", "source": "Ministerium", "modality": "estimated"},
            {"surface": "120 Millionen", "source": "Opposition"},
        ],
    },
    # was eine Zahl misst, ist kein Nomen, das eine Präposition des Orts oder der Zeit regiert ("seit Jahresbeginn", "an der Börse in Seoul"); ein Nomen direkt vor "von" und seiner Zahl besitzt sie ("in einem Gebiet von 1.200")
    {
        "text": "Die Zahl der Bewerbungen stieg seit Jahresbeginn um 20 Prozent. Die Aktie gab an der Börse in Seoul um 7,4 Prozent nach. Die Suche findet in einem Gebiet von 1.200 Quadratkilometern statt.",
        "figures": [
            {"surface": "20", "unit": "percent", "what_head": "Zahl"},
            {"surface": "7,4", "unit": "percent", "what_head": "Aktie"},
            {"surface": "1.200", "what_head": "Gebiet"},
        ],
    },
    # ein Name, dann seine Partei in Klammern: die Person spricht, nicht die Partei ("sagte Anna Keller (CDU) dem Sender")
    {
        "text": "„Wir rechnen mit bis zu 5.000 Besuchern“, sagte Anna Keller (CDU) dem Sender. „Es kamen 3.000“, sagte Bürgermeisterin Vera Lutz (SPD) dem Bayerischen Rundfunk.",
        "figures": [
            {"surface": "5.000", "bound": "up_to", "source": "Anna Keller"},
            {"surface": "3.000", "source": "Vera Lutz"},
        ],
    },
    # das Objekt vorn, das keine Stelle nennt; die Stelle nach dem Verb ist das Subjekt, auch mit "das" und "die" ("Die Kosten beziffert das Ministerium")
    {
        "text": "Die Kosten beziffert das Ministerium auf 3,5 Millionen Euro. Die Schäden schätzt die Stadt auf 12 Millionen Euro.",
        "figures": [
            {"surface": "3,5 Millionen", "unit": "EUR", "source": "Ministerium"},
            {"surface": "12 Millionen", "unit": "EUR", "source": "Stadt"},
        ],
    },
    # was eine Stelle zählt oder verzeichnet, ist ihre Zählung; was Zahlen einer Stelle zeigen, ist ihr Befund; "aus Sicht des Verbands"
    {
        "text": "Aus Sicht des Verbands fehlen 5.000 Fachkräfte. Das Bundesamt für Statistik (BFS) verzeichnete 87.000 Geburten. Die Veranstalter zählten 30.000 Besucher. Zahlen des Robert Koch-Instituts (RKI) zeigen, dass sich 2.300 Menschen infiziert haben.",
        "figures": [
            {"surface": "5.000", "source": "Verband"},
            {"surface": "87.000", "source": "BFS"},
            {"surface": "30.000", "source": "Veranstalter"},
            {"surface": "2.300", "source": "RKI"},
        ],
    },
    # das Subjekt nach dem Verb, dann gleich was es zählt: "Insgesamt zählte die Behörde 12.400 Anträge"; ein Amt, das mit einem Wort der Statistik beginnt ("teilte Statistik Austria mit")
    {
        "text": "Insgesamt zählte die Behörde 12.400 Anträge. Die Zahl der Übernachtungen stieg auf 4,1 Millionen, teilte Statistik Austria am Montag mit.",
        "figures": [
            {"surface": "12.400", "source": "Behörde"},
            {"surface": "4,1 Millionen", "source": "Statistik Austria"},
        ],
    },
    # ein Teil der Zahl davor, nach einem Komma ("zwei davon schwer"): dieselbe Angabe, auch wenn "nach Angaben" mitten im Satz steht
    {
        "text": "Insgesamt 14 Personen wurden nach Angaben der Kantonspolizei Zürich verletzt, zwei davon schwer.",
        "figures": [
            {"surface": "14", "source": "Kantonspolizei Zürich"},
            {"surface": "zwei", "source": "Kantonspolizei Zürich"},
        ],
    },
    # eine Beschreibung mit eigenem Kürzel nennt sich selbst ("die nationale Katastrophenschutzbehörde INGD"); "Helfer" sind Menschen, keine Stelle, auf die "die Behörde" zurückweist
    {
        "text": "Helfer zählten 95.000 Vertriebene. Die Zahl der Toten stieg auf 87. Das teilte die nationale Katastrophenschutzbehörde INGD mit. Die Behörde spricht von 62.400 Vertriebenen.",
        "figures": [
            {"surface": "95.000", "source": "Helfer"},
            {"surface": "87", "source": "nationale Katastrophenschutzbehörde INGD"},
            {"surface": "62.400", "source": "Behörde"},
        ],
    },
    # ein Possessiv öffnet die nächste Phrase ("laut APA | ihre Wohnungen"); ein Titel in Anführungszeichen nach seinem Artikel ist kein Schnitt ("Wie der „Spiegel“ berichtete"); "wie X weiter ausführte"
    {
        "text": "Rund 300 Menschen mussten laut APA ihre Wohnungen verlassen. Wie der „Spiegel“ berichtete, sollen 5.000 Soldaten verlegt werden. Wie Hahn weiter ausführte, seien 40 Schulen betroffen.",
        "figures": [
            {"surface": "300", "source": "APA"},
            {"surface": "5.000", "source": "Spiegel"},
            {"surface": "40", "source": "Hahn"},
        ],
    },
    # eine Angabe nach einem Komma in einem eigenen Satzteil gilt für dessen Zahl, nicht für die davor ("um 8 Prozent, in Bonn sind laut Stadt 700 Plätze frei")
    {
        "text": "In Hessen stieg die Zahl der Anträge um 8 Prozent, in Bonn sind laut Stadtverwaltung derzeit 700 Plätze frei.",
        "figures": [
            {"surface": "8", "unit": "percent", "source": None},
            {"surface": "700", "source": "Stadtverwaltung"},
        ],
    },
    # ein Titel in Anführungszeichen nach einem Nomen gehört zum Namen ("das Bündnis „Saubere Luft“"), auch für den Schnitt vor dem Verb; ein Bündnis ist kein Unternehmen, auf das "das Unternehmen" zurückweist
    {
        "text": "Die Polizei zählte 900 Teilnehmer, das Bündnis „Saubere Luft“ sprach dagegen von 3.000 Menschen. Das Unternehmen nennt 400 Stellen.",
        "figures": [
            {"surface": "900", "source": "Polizei"},
            {"surface": "3.000", "source": "Bündnis „Saubere Luft“"},
            {"surface": "400", "source": "Unternehmen"},
        ],
    },
    # eine Befragung einer Stelle spricht für die Stelle; wen sie befragte ("unter 5.000 Mitgliedern") gehört nicht zum Namen; eine Umfrage "unter" Menschen ist keine Obergrenze
    {
        "text": "Eine Befragung des Sozialverbands VdK unter 5.000 Mitgliedern ergab, dass 64 Prozent sparen müssen. Eine Umfrage unter 1.000 Menschen ergab 40 Prozent.",
        "figures": [
            {"surface": "5.000"},
            {"surface": "64", "unit": "percent", "source": "VdK"},
            {"surface": "1.000", "bound": "exact"},
            {"surface": "40", "unit": "percent"},
        ],
    },
    # "wie sie bekanntgab": die Firma, die den Satz eröffnet, nicht ein Verband (männlich: "er"), der zuvor genannt wurde
    {
        "text": "Der Verband der Brauer (DBB) meldete 12 Prozent weniger Absatz. Die Manufaktur streicht 40 Stellen, wie sie am Montag mitteilte.",
        "figures": [
            {"surface": "12", "unit": "percent", "source": "DBB"},
            {"surface": "40", "source": "Manufaktur"},
        ],
    },
    # "hieß es am Abend aus der Polizeidirektion": eine Zeit zwischen "hieß es" und der Stelle; "nach aktuellen Schätzungen rund": kein Name nach der Angabe; ein Name nach seinem Titel ("der Frächterverband Anita") nennt sich selbst
    {
        "text": "Die Stadt Linz meldete 300 Staus. Es habe 14 Anzeigen gegeben, hieß es am Abend aus der Polizeidirektion. Die 64 Kilometer lange Röhre kostet nach aktuellen Schätzungen rund 9 Milliarden Euro. Der italienische Frächterverband Anita sprach von 5.000 Lastwagen.",
        "figures": [
            {"surface": "300", "source": "Stadt Linz"},
            {"surface": "14", "source": "Polizeidirektion"},
            {"surface": "64", "source": None},
            {"surface": "9 Milliarden", "source": None},
            {"surface": "5.000", "source": "italienische Frächterverband Anita"},
        ],
    },
    # ein Landesrat ist eine Person: "sagte er" nach "Verkehrslandesrat X zeigte Verständnis"
    {
        "text": "„Wir zählen 2.000 Lkw am Tag“, sagte der Obmann der Initiative, Karl Moser. Verkehrslandesrat Paul Steiner (ÖVP) zeigte Verständnis. Heuer seien 28 Sperren geplant, sagte er.",
        "figures": [
            {"surface": "2.000", "source": "Karl Moser"},
            {"surface": "28", "source": "Paul Steiner"},
        ],
    },
    # ein Attribut zwischen Artikel und Nomen ("das im MDax notierte Unternehmen") gehört nicht zum Namen; ein Sprechverb mit langer Klammer ("kündigte am Mittwoch im Grossen Rat ... an"); "gestützt auf Artikel 7" nennt keine Quelle; "10 Mio. Fr." sind Franken
    {
        "text": "Der Umsatz sank um 4 Prozent auf 2,3 Mrd. Euro, wie das im MDax notierte Unternehmen am Dienstag mitteilte. Finanzdirektorin Eva Hunziker (FDP) kündigte am Mittwoch im Grossen Rat einen Fonds von 12 Mio. Fr. für die betroffenen Betriebe an, gestützt auf Artikel 9 des Gesetzes.",
        "figures": [
            {"surface": "4", "source": "Unternehmen"},
            {"surface": "2,3 Mrd.", "source": "Unternehmen"},
            {"surface": "12 Mio.", "unit": "CHF", "source": "Eva Hunziker"},
        ],
    },
    # "sagt sie" in einem Satz ohne Zahl, erst später gelesen: die Person, deren Name den Satz davor eröffnet (ohne Titel), nicht eine zuvor genannte Stelle
    {
        "text": "Laut Stadtverwaltung fehlen 900 Plätze. Lena Vogt vom Kinderschutzbund hält das für zu wenig. „Das Problem ist das Personal“, sagt sie. „Bis 2030 fehlen nach unseren Berechnungen 4.000 Fachkräfte.“",
        "figures": [
            {"surface": "900", "source": "Stadtverwaltung"},
            {"surface": "4.000", "source": "Lena Vogt"},
        ],
    },
    # ein verneintes Sprechverb sagt nichts ("haben nie geantwortet"): das Zitat läuft mit seinem Sprecher weiter; "peilt ... an" nennt das Ziel des Unternehmens, eine Schätzung
    {
        "text": "„Ich habe bei 12 Schulen angefragt“, sagt Meier. „7 Schulen haben nie geantwortet.“ Für 2027 peilt die Bahn einen Umsatz von 2,4 Mrd. Euro an.",
        "figures": [
            {"surface": "12", "source": "Meier"},
            {"surface": "7", "source": "Meier"},
            {"surface": "2,4 Mrd.", "source": "Bahn", "modality": "estimated"},
        ],
    },
    # "nach Angaben des Ministeriums": das Ministerium, das den Satz davor eröffnet, auch wenn kein Sprechverb es nannte
    {
        "text": "Sachsens Kultusministerium unterstützt das Programm. Die Schulen sollen nach Angaben des Ministeriums 60 Millionen Euro erhalten.",
        "figures": [
            {"surface": "60 Millionen", "unit": "EUR", "source": "Sachsens Kultusministerium"},
        ],
    },
    # ein Relativsatz nach dem Namen ("Trenitalia, die den Zug betreibt, nannte"); der Konjunktiv jedes Verbs vor "man" ("setze man 30 Busse ein") setzt die Rede fort; "unter Berufung auf" nach dem nachgestellten Subjekt
    {
        "text": "Die Bahn, die die Strecke betreibt, nannte 286 Fahrgäste. Täglich seien 180 Züge betroffen, hieß es bei der Bahn. Für Reisende setze man 30 Busse ein. Gegen drei Mitarbeiter werde ermittelt, berichtete die Agentur ANSA unter Berufung auf Justizkreise.",
        "figures": [
            {"surface": "286", "source": "Bahn"},
            {"surface": "180", "source": "Bahn"},
            {"surface": "30", "source": "Bahn"},
            {"surface": "drei", "source": "Justizkreise", "via": "ANSA"},
        ],
    },
    # eine Angabe mitten im Satz, ohne Komma ("sollen nach Angaben der Firma 210 wegfallen"), gilt für dessen Zahlen davor und danach; "nach Brandls Angaben": der Besitzer im Genitiv; das Subjekt nach "hatten" vor seinem Objekt ("hatten die Veranstalter 1,2 Millionen Besucher gemeldet"); "sie" nach einem Doppelpunkt ist die Stelle, die den Satz eröffnet
    {
        "text": "Von den 640 Stellen sollen nach Angaben der Firma 210 wegfallen. Die Forderungen belaufen sich nach Webers Angaben auf rund 48 Millionen Euro. Im Vorjahr hatten die Veranstalter 1,2 Millionen Besucher gemeldet. Die Polizei kam auf eine niedrigere Zahl: Sie schätzte die Menge auf 450.000 Menschen.",
        "figures": [
            {"surface": "640", "source": "Firma"},
            {"surface": "210", "source": "Firma"},
            {"surface": "48 Millionen", "source": "Weber"},
            {"surface": "1,2 Millionen", "source": "Veranstalter"},
            {"surface": "450.000", "source": "Polizei"},
        ],
    },
    # "nach ihren Reservierungsdaten": die Daten des Subjekts, das den Satz eröffnet, nicht des zuletzt Genannten
    {
        "text": "Trenitalia nannte 286 Fahrgäste. Die ÖBB gehen nach ihren Reservierungsdaten dagegen von rund 340 Reisenden aus.",
        "figures": [
            {"surface": "286", "source": "Trenitalia"},
            {"surface": "340", "source": "ÖBB"},
        ],
    },
    # eine Person, die nach dem Satz spricht ("hat gesagt der Sekretär der CGIL"), ist seine Quelle, kein Vermittler des Satzsubjekts
    {
        "text": "Die Gewerkschaften fordern 5.000 neue Inspektoren, hat gesagt der Sekretär der CGIL.",
        "figures": [
            {"surface": "5.000", "source": "Sekretär der CGIL", "via": None},
        ],
    },
    # eine Angabe nach Komma und Relativwort ("…, wo nach Angaben der Partei rund 600 Delegierte") gilt für ihre Zahl, nicht für die davor; "schätzte ihr Ministerium" (ein Possessiv öffnet das Subjekt nach dem Verb); "nach Gewerkschaftsangaben"
    {
        "text": "Am Morgen blockierten nach Polizeiangaben etwa 2.000 Demonstranten die Zufahrten zur Messe, wo nach Angaben der Partei rund 600 Delegierte erwartet wurden. Innenministerin Eva Kluge wies die Vorwürfe zurück. Die Kosten des Einsatzes schätzte ihr Ministerium auf rund 2,4 Millionen Euro.",
        "figures": [
            {"surface": "2.000", "source": "Polizei"},
            {"surface": "600", "source": "Partei"},
            {"surface": "2,4 Millionen", "source": "Ministerium"},
        ],
    },
    # "sprach später von": eine Zeit zwischen "sprach" und "von"
    {
        "text": "Landeschef Martin Reichenbach sprach später von «mehr als 550» anwesenden Delegierten.",
        "figures": [
            {"surface": "550", "source": "Martin Reichenbach"},
        ],
    },
    # "geht ... von ... aus" is an assumption: the subject's estimate (not "ging von 500 auf 300 zurück")
    {
        "text": "Die Umweltaufsicht SMA geht dagegen von bis zu drei Millionen Kubikmetern aus. Die Zahl der Anträge ging von 500 auf 300 zurück.",
        "figures": [
            {"surface": "drei Millionen", "bound": "up_to", "source": "SMA", "modality": "estimated"},
            {"surface": "500", "source": None, "modality": "asserted"},
            {"surface": "300", "source": None},
        ],
    },
    # an adjective before a compound ending in a role opens the subject: "Die chilenische Bergbaubehörde Sernageomin hatte ... nach eigenen Angaben"
    {
        "text": "Die peruanische Umweltbehörde OEFA hatte die Mine nach eigenen Angaben bei vier Kontrollen geprüft.",
        "figures": [
            {"surface": "vier", "source": "peruanische Umweltbehörde OEFA"},
        ],
    },
    # a news agency named by "laut" inside a speaker's clause relays the speaker: "X schätzte den Schaden laut der Nachrichtenagentur EFE auf 82 Millionen"
    {
        "text": "Die Gouverneurin, Ana Morales, schätzte den Schaden laut der spanischen Nachrichtenagentur EFE auf rund 82 Millionen Euro.",
        "figures": [
            {"surface": "82 Millionen", "source": "Ana Morales", "via": "spanischen Nachrichtenagentur EFE"},
        ],
    },
    # "über" after a noun its indefinite article opens is "of": "einen Hilfsfonds über 20 Millionen" is exact; "über 3.000 Menschen" a bound
    {
        "text": "Der Konzern kündigte einen Hilfsfonds über 20 Millionen Euro an. Über 3.000 Menschen mussten ihre Häuser verlassen.",
        "figures": [
            {"surface": "20 Millionen", "bound": "exact"},
            {"surface": "3.000", "bound": "more_than"},
        ],
    },
    # a gapped speaker named by a role word and a name in quotes: 'das Bündnis «Isar gegen Hass» von bis zu 250.000'
    {
        "text": "Die Polizei sprach von rund 12.000 Teilnehmern, das Aktionsbündnis «Rhein gegen Rechts» von bis zu 40.000.",
        "figures": [
            {"surface": "12.000", "source": "Polizei"},
            {"surface": "40.000", "bound": "up_to", "source": "Aktionsbündnis «Rhein gegen Rechts»"},
        ],
    },
    # a stressing "selbst" after the subject is no adverbial opening the sentence: "die Partei selbst sprach von 1.200"
    {
        "text": "Zu der Kundgebung kamen laut Polizei etwa 350 Menschen; die Partei selbst sprach von 1.200.",
        "figures": [
            {"surface": "350", "source": "Polizei"},
            {"surface": "1.200", "source": "Partei"},
        ],
    },
    # an age in brackets between an inverted speaker and whom they told: "sagte Lea Hofbauer (27) dem Bayerischen Rundfunk"
    {
        "text": "„Wir waren mindestens 20.000“, sagte Bündnissprecher Jonas Keller (31) dem Hessischen Rundfunk.",
        "figures": [
            {"surface": "20.000", "bound": "at_least", "source": "Jonas Keller"},
        ],
    },
    # a regulator, a utility, an operator are kinds of their own: "das Unternehmen" does not point back at "die Umweltaufsicht SMA"
    {
        "text": "Die Umweltaufsicht SMA geht von bis zu drei Millionen Kubikmetern aus. Das Unternehmen kündigte einen Hilfsfonds über 20 Millionen US-Dollar an.",
        "figures": [
            {"surface": "drei Millionen", "source": "SMA"},
            {"surface": "20 Millionen", "source": "Unternehmen"},
        ],
    },
    # pesos and Madagascar's ariary as currencies
    {
        "text": "Die Strafe beträgt 1.850 Millionen Pesos, die Schulden des Versorgers 1.200 Milliarden Ariary.",
        "figures": [
            {"surface": "1.850 Millionen", "unit": "MXN"},
            {"surface": "1.200 Milliarden", "unit": "MGA"},
        ],
    },
    # a comma right after a one-word speech verb opens what was said, no subject after it: "Die Anwältin, Rosa Elena Carrillo, sagte, das Urteil sei ..."; the reported clauses after it are hers
    {
        "text": "Die Anwältin der Gemeinden, Rosa Elena Carrillo, sagte, das Urteil sei ein „historischer Schritt“. Von den 300 Millionen Pesos im Fonds seien nur 41 Millionen ausgezahlt worden.",
        "figures": [
            {"surface": "300 Millionen", "source": "Rosa Elena Carrillo"},
            {"surface": "41 Millionen", "source": "Rosa Elena Carrillo"},
        ],
    },
    # "laut ihm": the dative pronoun after a cue; "nach Quellen der X" (a translation of "según fuentes de")
    {
        "text": "„Es ist die höchste Strafe“, erklärte der Leiter der Behörde, Arturo Beltrán. Laut ihm muss die Firma 620 Millionen Pesos zahlen. Nach Quellen der Wasserkommission Conagua wurden 17 Brunnen geschlossen.",
        "figures": [
            {"surface": "620 Millionen", "source": "Arturo Beltrán"},
            {"surface": "17", "source": "Conagua"},
        ],
    },
    # a subject's report citing another right after its verb: "Lusa meldete unter Berufung auf den Rettungsdienst INEM, sieben Menschen seien ...": the cited speak, relayed
    {
        "text": "Die Nachrichtenagentur Lusa meldete unter Berufung auf den Rettungsdienst INEM, sieben Menschen seien in Kliniken gebracht worden.",
        "figures": [
            {"surface": "sieben", "source": "INEM", "via": "Lusa"},
        ],
    },
    # "but" between a bound cue and its number keeps the bound: "mindestens aber 350 Euro"
    {
        "text": "Die Gewerkschaft Verdi fordert acht Prozent mehr Lohn, mindestens aber 350 Euro im Monat.",
        "figures": [
            {"surface": "acht", "source": "Verdi"},
            {"surface": "350", "bound": "at_least", "source": "Verdi"},
        ],
    },
    # an age set off after a name ("Fatima Azouzi, 61 Jahre, sagt") is no speaker; an infinitive with "zu" after the speech verb is what was said (a copy of "dit avoir perdu sept proches"), the speaker before the verb
    {
        "text": "Fatima Azouzi, 61 Jahre, sagt sieben Angehörige verloren zu haben. Karim Bennani, 54 Jahre, sagt, 40 Schafe verloren zu haben.",
        "figures": [
            {"surface": "sieben", "source": "Fatima Azouzi"},
            {"surface": "40", "source": "Karim Bennani"},
        ],
    },
    # a compound description names its own portfolio: "das spanische Verteidigungsministerium" is not the Innenministerium named before
    {
        "text": "Die Zahl der Toten stieg auf 1.146, teilte das Innenministerium mit. Spanien hat 56 Retter entsandt, teilte das spanische Verteidigungsministerium mit.",
        "figures": [
            {"surface": "1.146", "source": "Innenministerium"},
            {"surface": "56", "source": "spanische Verteidigungsministerium"},
        ],
    },
    # verb second with the figure fronted: "Rund 300 Einsätze zählte die Feuerwehr": the subject follows the verb and speaks for the figure before it
    {
        "text": "Rund 300 Einsätze zählte die Feuerwehr am Wochenende.",
        "figures": [
            {"surface": "300", "bound": "approx", "source": "Feuerwehr"},
        ],
    },
    # a copy of "pour la Fédération internationale (FICR), ..." and "..., selon le ministère": "Für" before an adjective and a body, and "nach dem Ministerium" closing a title after its comma, are "according to"; a copy of "le Croissant-Rouge marocain affirme" leaves the adjective after its noun, still the subject
    {
        "title": "Die Bilanz erschwert sich auf 1.146 Tote, nach dem Ministerium des Innern",
        "text": "Für die Internationale Föderation der Rotkreuzgesellschaften (FICR), die Bedürfnisse sind viel weiter: bis zu 300 000 Personen brauchen Hilfe. Die Rote Halbmond marokkanische sagt, etwa 1 200 Freiwillige mobilisiert zu haben. Nach dem ersten Tag waren 300 Helfer vor Ort.",
        "figures": [
            {"surface": "1.146", "source": "Ministerium des Innern"},
            {"surface": "300 000", "bound": "up_to", "source": "FICR"},
            {"surface": "1 200", "bound": "approx", "source": "Rote Halbmond"},
            {"surface": "300", "source": None},
        ],
    },
    # an adverb fronted and capitalised ("Bundesweit", "Weltweit") is no subject: the subject follows the verb
    {
        "text": "Bundesweit meldete das Statistische Bundesamt 4.200 Insolvenzen.",
        "figures": [
            {"surface": "4.200", "source": "Statistische Bundesamt"},
        ],
    },
    # "zu" and "vor" end the subject after the verb even after a role: "sagte der Sprecher zu den Journalisten" (whom he told, not who spoke)
    {
        "text": "Die Zahl der Toten liegt bei 40, sagte der Sprecher zu den Journalisten. Rund 300 Menschen wurden evakuiert, sagte Bürgermeisterin Anna Berg vor Journalisten.",
        "figures": [
            {"surface": "40", "source": "Sprecher"},
            {"surface": "300", "bound": "approx", "source": "Anna Berg"},
        ],
    },
    # people turned away at a border are no denial: "die Zurückweisung von Asylsuchenden" (a claim rejected still is: "hat Berichte über 300 Entlassungen zurückgewiesen")
    {
        "text": "Das Verwaltungsgericht Berlin hatte in drei Eilverfahren die Zurückweisung von Asylsuchenden für rechtswidrig erklärt. Das Ministerium hat Berichte über 300 Entlassungen zurückgewiesen.",
        "figures": [
            {"surface": "drei", "modality": "asserted"},
            {"surface": "300", "source": "Ministerium", "modality": "denied"},
        ],
    },
    # what a poll gives a party is the pollster's claim: "hatte der SVP bis zu 32 Prozent zugetraut", "traut der SPD 14 Prozent zu"
    {
        "text": "Die Forschungsstelle Sotomo hatte der SVP in ihrer letzten Umfrage bis zu 32 Prozent zugetraut. Forsa traut der SPD nur noch 14 Prozent zu.",
        "figures": [
            {"surface": "32", "bound": "up_to", "source": "Forschungsstelle Sotomo"},
            {"surface": "14", "source": "Forsa"},
        ],
    },
]
