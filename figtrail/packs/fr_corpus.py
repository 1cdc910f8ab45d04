"""French example corpus: what the French pack (fr.py) must give, example by example.

Duckling style: the rules (fr.py) and this corpus sit side by side, and the corpus is the
test suite (tests/test_pack_corpus.py). Every example lists ALL the figures its text must
give, in order (title first); an empty list means the text holds only non-figures. Each
figure names its `surface` and only the other fields the example is about.

The expected values follow ../shared/spec/figures.md (the contract), never the
extractor's current output. The sentences are written for this corpus; none is taken
from the gold files.
"""

EXAMPLES = [
    # "et il estime": le pronom après "et" est le sujet qui ouvre la phrase
    {
        "text": "Le maire de Lipari a demandé l'état d'urgence et il estime les dommages à au moins 5 millions d'euros.",
        "figures": [{"surface": "5 millions", "unit": "EUR", "bound": "at_least", "source": "maire de Lipari", "modality": "estimated"}],
    },
    {
        "text": "L'État a débloqué 300 millions d'euros, dont 120 pour les agriculteurs.",
        "figures": [{"surface": "300 millions", "unit": "EUR"}, {"surface": "120", "value": 120e6, "unit": "EUR"}],
    },
    {
        "text": "Le plan coûtera 4 millions d'euros pour 3 millions d'habitants.",
        "figures": [{"surface": "4 millions", "unit": "EUR"}, {"surface": "3 millions", "unit": None}],
    },
    # deux claims séparés par un point-virgule : le second ne relaie pas le premier
    {
        "text": "La CGT revendique 80 % de grévistes ; la direction de la SNCF annonce 35 %.",
        "figures": [
            {"surface": "80", "unit": "percent", "source": "CGT", "via": None},
            {"surface": "35", "unit": "percent", "source": "direction de la SNCF", "via": None},
        ],
    },
    # une traduction automatique de "de acuerdo con"
    {
        "text": "La surface brûlée a dépassé les 16 000 hectares, d'accord avec les données du Copernicus.",
        "figures": [{"surface": "16 000", "value": 16000, "unit": "ha", "bound": "more_than", "source": "Copernicus"}],
    },
    # --- un sujet en tête de phrase, repris par un verbe plus loin ----------------------------
    {
        "text": "La CGT des dockers a rejeté le plan, disant que 300 emplois seraient supprimés.",
        "figures": [{"surface": "300", "source": "CGT"}],
    },
    {
        "text": "Selon l’Autorité des marchés, ses enquêteurs ont relevé 230 opérations suspectes.",
        "figures": [{"surface": "230", "source": "Autorité des marchés"}],
    },
    {
        "text": "La grève a été lancée par le Syndicat national des pilotes de ligne (SNPL), qui revendique 70 % de grévistes.",
        "figures": [{"surface": "70", "unit": "percent", "source": "SNPL"}],
    },
    # --- unseen-article patterns: dates before an inverted speaker, apposition, bounds ----------
    {
        "text": "Quelque 4 500 logements ont été inondés, a indiqué vendredi 7 juin la préfecture du Gard.",
        "figures": [{"surface": "4 500", "value": 4500, "bound": "approx", "source": "préfecture du Gard"}],
    },
    {
        "text": "La CFDT, premier syndicat du privé, réclame une hausse de 5 % des salaires.",
        "figures": [{"surface": "5", "unit": "percent", "source": "CFDT", "modality": "planned"}],
    },
    {
        "text": "Un peu plus de 2,1 millions d'électeurs se sont déplacés.",
        "figures": [{"surface": "2,1 millions", "value": 2100000, "low": 2100000, "high": None, "bound": "more_than"}],
    },
    {
        "text": "Selon l'Office français de la biodiversité et des milieux aquatiques (OFBMA), 320 espèces sont menacées.",
        "figures": [{"surface": "320", "source": "OFBMA"}],
    },
    # --- digits: group separators (space, NBSP, narrow NBSP, dots), decimals ---------------
    {
        "text": "Le convoi transportait 1 500 soldats vers la frontière.",
        "figures": [
            {
                "surface": "1 500",
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "bound": "exact",
                "unit": None,
                "what_head": "soldats",
            },
        ],
    },
    {
        "text": "Le séisme a fait 2\u00a0300 blessés dans la province.",
        "figures": [
            {
                "surface": "2\u00a0300",
                "value": 2300,
                "low": 2300,
                "high": 2300,
                "bound": "exact",
                "what_head": "blessés",
            },
        ],
    },
    {
        "text": "La ville compte 48\u202f000 habitants.",
        "figures": [
            {
                "surface": "48\u202f000",
                "value": 48000,
                "bound": "exact",
                "unit": None,
                "what_head": "habitants",
            },
        ],
    },
    {
        "text": "L'armée a déployé 12.000 hommes le long du fleuve.",
        "figures": [
            {
                "surface": "12.000",
                "value": 12000,
                "low": 12000,
                "high": 12000,
                "bound": "exact",
                "what_head": "hommes",
            },
        ],
    },
    {
        "text": "La région a perdu 1.250.000 habitants en trente ans.",
        "figures": [
            {"surface": "1.250.000", "value": 1250000, "bound": "exact", "what_head": "habitants"},
        ],
    },
    {
        "text": "Le scrutin a réuni 1 250 000 électeurs inscrits.",
        "figures": [
            {"surface": "1 250 000", "value": 1250000, "bound": "exact", "what_head": "électeurs"},
        ],
    },
    {
        "text": "Le camion transportait 11,5 tonnes de gravats.",
        "figures": [
            {
                "surface": "11,5",
                "value": 11.5,
                "low": 11.5,
                "high": 11.5,
                "bound": "exact",
                "unit": "t",
                "what_head": "gravats",
            },
        ],
    },
    {
        "text": "Le bateau pneumatique transportait 47 passagers.",
        "figures": [
            {"surface": "47", "value": 47, "bound": "exact", "unit": None, "what_head": "passagers"},
        ],
    },
    {
        "text": "L'hôpital a accueilli 230 blessés et 18 enfants en état de choc.",
        "figures": [
            {"surface": "230", "value": 230, "what_head": "blessés"},
            {"surface": "18", "value": 18, "what_head": "enfants"},
        ],
    },
    {
        "text": "Au moins 1\u202f500 volontaires se sont inscrits.",
        "figures": [
            {
                "surface": "1\u202f500",
                "value": 1500,
                "low": 1500,
                "high": None,
                "bound": "at_least",
                "what_head": "volontaires",
            },
        ],
    },
    # --- scales: milliard, millions, M€, Md€, k ------------------------------------------
    {
        "text": "L'Union européenne a débloqué 1,5 milliard pour la reconstruction.",
        "figures": [
            {
                "surface": "1,5 milliard",
                "value": 1.5e9,
                "low": 1.5e9,
                "high": 1.5e9,
                "bound": "exact",
                "unit": None,
            },
        ],
    },
    {
        "text": "La grève a mobilisé 3 millions de salariés.",
        "figures": [
            {"surface": "3 millions", "value": 3e6, "bound": "exact", "unit": None, "what_head": "salariés"},
        ],
    },
    {
        "text": "Les hôpitaux recevront 1,2 milliard d'euros supplémentaires.",
        "figures": [
            {
                "surface": "1,2 milliard",
                "value": 1.2e9,
                "low": 1.2e9,
                "high": 1.2e9,
                "bound": "exact",
                "unit": "EUR",
            },
        ],
    },
    {
        "text": "Le déficit commercial atteint 2,75 milliards de dollars.",
        "figures": [
            {"surface": "2,75 milliards", "value": 2.75e9, "unit": "USD"},
        ],
    },
    {
        "text": "Un million de personnes ont défilé à Paris.",
        "figures": [
            {"surface": "Un million", "value": 1e6, "bound": "exact", "what_head": "personnes"},
        ],
    },
    {
        "text": "Trois millions d'électeurs se sont abstenus.",
        "figures": [
            {"surface": "Trois millions", "value": 3e6, "bound": "exact", "what_head": "électeurs"},
        ],
    },
    {
        "text": "Le club a dépensé 150 M€ en transferts.",
        "figures": [
            {"surface": "150 M", "value": 1.5e8, "bound": "exact", "unit": "EUR"},
        ],
    },
    {
        "text": "La facture s'élève à 1,2 Md€.",
        "figures": [
            {"surface": "1,2 Md", "value": 1.2e9, "unit": "EUR"},
        ],
    },
    {
        "text": "Le ministre a évoqué un virgule cinq milliard d'euros d'économies.",
        "figures": [
            {"surface": "un virgule cinq milliard", "value": 1.5e9, "unit": "EUR"},
        ],
    },
    {
        "text": "Le compte de l'armée a gagné 10k abonnés en une semaine.",
        "figures": [
            {"surface": "10k", "value": 10000, "bound": "exact", "what_head": "abonnés"},
        ],
    },
    {
        "text": "Le chantier coûtera entre 2 et 3 milliards d'euros.",
        "figures": [
            {
                "surface": "2 et 3 milliards",
                "value": None,
                "low": 2e9,
                "high": 3e9,
                "bound": "range",
                "unit": "EUR",
            },
        ],
    },
    # --- percent -------------------------------------------------------------------------
    {
        "text": "Le chômage touche 40 % des jeunes du quartier.",
        "figures": [
            {"surface": "40", "value": 40, "low": 40, "high": 40, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "Les ventes ont chuté de 40 pour cent.",
        "figures": [
            {"surface": "40", "value": 40, "unit": "percent"},
        ],
    },
    {
        "text": "L'inflation a atteint 5,2\u00a0% en mars.",
        "figures": [
            {"surface": "5,2", "value": 5.2, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "Le taux d'épargne des ménages s'établit à 17,9\u202f%.",
        "figures": [
            {"surface": "17,9", "value": 17.9, "unit": "percent"},
        ],
    },
    {
        "text": "Le parti a recueilli vingt-cinq pour cent des voix.",
        "figures": [
            {
                "surface": "vingt-cinq",
                "value": 25,
                "low": 25,
                "high": 25,
                "bound": "exact",
                "unit": "percent",
            },
        ],
    },
    {
        "text": "Plus de 40 % des électeurs ne se sont pas déplacés.",
        "figures": [
            {"surface": "40", "value": 40, "low": 40, "high": None, "bound": "more_than", "unit": "percent"},
        ],
    },
    # --- number words --------------------------------------------------------------------
    {
        "text": "Pyongyang a dépêché douze mille soldats en Russie.",
        "figures": [
            {
                "surface": "douze mille",
                "value": 12000,
                "low": 12000,
                "high": 12000,
                "bound": "exact",
                "what_head": "soldats",
            },
        ],
    },
    {
        "text": "L'armée a engagé quatre brigades dans l'offensive.",
        "figures": [
            {"surface": "quatre", "value": 4, "bound": "exact", "what_head": "brigades"},
        ],
    },
    {
        "text": "Les secours ont retrouvé vingt-cinq survivants sous les décombres.",
        "figures": [
            {"surface": "vingt-cinq", "value": 25, "bound": "exact", "unit": None, "what_head": "survivants"},
        ],
    },
    {
        "text": "Douze mineurs sont toujours bloqués au fond du puits.",
        "figures": [
            {"surface": "Douze", "value": 12, "bound": "exact", "what_head": "mineurs"},
        ],
    },
    {
        "text": "L'incendie a détruit deux cent cinquante maisons.",
        "figures": [
            {"surface": "deux cent cinquante", "value": 250, "what_head": "maisons"},
        ],
    },
    {
        "text": "Les inspecteurs ont contrôlé soixante-dix-huit entreprises.",
        "figures": [
            {"surface": "soixante-dix-huit", "value": 78, "what_head": "entreprises"},
        ],
    },
    {
        "text": "L'attaque a tué vingt et un soldats.",
        "figures": [
            {"surface": "vingt et un", "value": 21, "what_head": "soldats"},
        ],
    },
    # --- "un" / "une" as articles: no figure ---------------------------------------------
    {
        "text": "Un haut responsable a rencontré une délégation ukrainienne.",
        "figures": [],
    },
    {
        "text": "Une frappe a touché un immeuble de Kharkiv.",
        "figures": [],
    },
    # --- vague magnitudes (spec section 2 intervals) -------------------------------------
    {
        "text": "Le ministre s'est rendu sur le front avec des dizaines d'autres officiers supérieurs.",
        "figures": [
            {
                "surface": "dizaines",
                "value": None,
                "low": 20,
                "high": 99,
                "bound": "approx",
                "what_head": "officiers",
            },
        ],
    },
    {
        "text": "Des centaines de milliers de réfugiés ont franchi la frontière.",
        "figures": [
            {
                "surface": "centaines de milliers",
                "value": None,
                "low": 200000,
                "high": 999999,
                "bound": "approx",
                "what_head": "réfugiés",
            },
        ],
    },
    {
        "text": "Des milliers de manifestants se sont rassemblés devant le Parlement.",
        "figures": [
            {
                "surface": "milliers",
                "value": None,
                "low": 2000,
                "high": 9999,
                "bound": "approx",
                "what_head": "manifestants",
            },
        ],
    },
    {
        "text": "Plusieurs centaines de drones ont été lancés cette nuit.",
        "figures": [
            {
                "surface": "centaines",
                "value": None,
                "low": 200,
                "high": 999,
                "bound": "approx",
                "what_head": "drones",
            },
        ],
    },
    {
        "text": "Des dizaines de milliers de foyers sont privés d'électricité.",
        "figures": [
            {
                "surface": "dizaines de milliers",
                "value": None,
                "low": 20000,
                "high": 99999,
                "bound": "approx",
                "what_head": "foyers",
            },
        ],
    },
    {
        "text": "L'explosion a fait des centaines de blessés.",
        "figures": [
            {
                "surface": "centaines",
                "value": None,
                "low": 200,
                "high": 999,
                "bound": "approx",
                "what_head": "blessés",
            },
        ],
    },
    # --- approximate bases ----------------------------------------------------------------
    {
        "text": "Une dizaine de chars ont été détruits.",
        "figures": [
            {
                "surface": "dizaine",
                "value": 10,
                "low": 10,
                "high": 10,
                "bound": "approx",
                "what_head": "chars",
            },
        ],
    },
    {
        "text": "La police a interpellé une centaine de personnes.",
        "figures": [
            {
                "surface": "centaine",
                "value": 100,
                "low": 100,
                "high": 100,
                "bound": "approx",
                "what_head": "personnes",
            },
        ],
    },
    {
        "text": "Un millier de soldats ont rejoint la brigade.",
        "figures": [
            {
                "surface": "millier",
                "value": 1000,
                "low": 1000,
                "high": 1000,
                "bound": "approx",
                "what_head": "soldats",
            },
        ],
    },
    {
        "text": "Le gouvernement espère tirer une vingtaine de milliards d'euros de la réforme.",
        "figures": [
            {
                "surface": "vingtaine de milliards",
                "value": 2e10,
                "low": 2e10,
                "high": 2e10,
                "bound": "approx",
                "unit": "EUR",
            },
        ],
    },
    {
        "text": "Une dizaine de milliers de soldats ont été mobilisés.",
        "figures": [
            {
                "surface": "dizaine de milliers",
                "value": 10000,
                "low": 10000,
                "high": 10000,
                "bound": "approx",
                "what_head": "soldats",
            },
        ],
    },
    {
        "text": "Une douzaine de journalistes ont été blessés.",
        "figures": [
            {"surface": "douzaine", "value": 12, "bound": "approx", "what_head": "journalistes"},
        ],
    },
    {
        "text": "Les garde-côtes ont recueilli une cinquantaine de migrants.",
        "figures": [
            {"surface": "cinquantaine", "value": 50, "bound": "approx", "what_head": "migrants"},
        ],
    },
    # --- bound cues (spec section 2) -----------------------------------------------------
    {
        "text": "Environ 1 500 personnes ont été évacuées.",
        "figures": [
            {"surface": "1 500", "value": 1500, "low": 1500, "high": 1500, "bound": "approx"},
        ],
    },
    {
        "text": "Le conflit a fait près de 10 000 morts.",
        "figures": [
            {
                "surface": "10 000",
                "value": 10000,
                "low": 10000,
                "high": 10000,
                "bound": "approx",
                "what_head": "morts",
            },
        ],
    },
    {
        "text": "Près d'un million de personnes ont fui Kharkiv.",
        "figures": [
            {
                "surface": "un million",
                "value": 1e6,
                "low": 1e6,
                "high": 1e6,
                "bound": "approx",
                "what_head": "personnes",
            },
        ],
    },
    {
        "text": "Quelque 300 blindés ont franchi la frontière.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "low": 300,
                "high": 300,
                "bound": "approx",
                "what_head": "blindés",
            },
        ],
    },
    {
        "text": "Le prix du baril tourne autour de 80 dollars.",
        "figures": [
            {"surface": "80", "value": 80, "low": 80, "high": 80, "bound": "approx", "unit": "USD"},
        ],
    },
    {
        "text": "L'attaque a fait au moins 14 morts.",
        "figures": [
            {
                "surface": "14",
                "value": 14,
                "low": 14,
                "high": None,
                "bound": "at_least",
                "what_head": "morts",
            },
        ],
    },
    {
        "text": "Pas moins de 600 pompiers sont mobilisés.",
        "figures": [
            {
                "surface": "600",
                "value": 600,
                "low": 600,
                "high": None,
                "bound": "at_least",
                "what_head": "pompiers",
            },
        ],
    },
    {
        "text": "Plus de 3 000 entreprises ont fait faillite.",
        "figures": [
            {
                "surface": "3 000",
                "value": 3000,
                "low": 3000,
                "high": None,
                "bound": "more_than",
                "what_head": "entreprises",
            },
        ],
    },
    {
        "text": "Plus d'un million de visiteurs ont vu l'exposition.",
        "figures": [
            {
                "surface": "un million",
                "value": 1e6,
                "low": 1e6,
                "high": None,
                "bound": "more_than",
                "what_head": "visiteurs",
            },
        ],
    },
    {
        "text": "La salle d'audience accueillera au plus 50 personnes.",
        "figures": [
            {
                "surface": "50",
                "value": 50,
                "low": None,
                "high": 50,
                "bound": "at_most",
                "what_head": "personnes",
            },
        ],
    },
    {
        "text": "L'usine pourra produire jusqu'à 12 000 obus par mois.",
        "figures": [
            {
                "surface": "12 000",
                "value": 12000,
                "low": None,
                "high": 12000,
                "bound": "up_to",
                "what_head": "obus",
            },
        ],
    },
    {
        "text": "Moins de 300 habitants sont restés dans la ville.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "low": None,
                "high": 300,
                "bound": "less_than",
                "what_head": "habitants",
            },
        ],
    },
    {
        "text": "Le chômage est tombé sous les 7 %.",
        "figures": [
            {"surface": "7", "value": 7, "low": None, "high": 7, "bound": "less_than", "unit": "percent"},
        ],
    },
    # --- ranges ----------------------------------------------------------------------------
    {
        "text": "Pyongyang a envoyé entre 10 000 et 12 000 soldats en Russie.",
        "figures": [
            {
                "surface": "10 000 et 12 000",
                "value": None,
                "low": 10000,
                "high": 12000,
                "bound": "range",
                "what_head": "soldats",
            },
        ],
    },
    {
        "text": "Le rabais proposé varie de 10 à 12 %.",
        "figures": [
            {"surface": "10 à 12", "value": None, "low": 10, "high": 12, "bound": "range", "unit": "percent"},
        ],
    },
    {
        "text": "Le convoi comptait 10-12 camions.",
        "figures": [
            {
                "surface": "10-12",
                "value": None,
                "low": 10,
                "high": 12,
                "bound": "range",
                "what_head": "camions",
            },
        ],
    },
    {
        "text": "Les syndicats ont compté entre 1,1 et 1,4 million de grévistes.",
        "figures": [
            {
                "surface": "1,1 et 1,4 million",
                "value": None,
                "low": 1.1e6,
                "high": 1.4e6,
                "bound": "range",
                "what_head": "grévistes",
                "source": "syndicats",
            },
        ],
    },
    {
        "text": "Le festival attire de 40\u00a0000 à 70\u00a0000 visiteurs chaque été.",
        "figures": [
            {
                "surface": "40\u00a0000 à 70\u00a0000",
                "value": None,
                "low": 40000,
                "high": 70000,
                "bound": "range",
                "what_head": "visiteurs",
            },
        ],
    },
    {
        "text": "L'explosion a fait 8 à 10 blessés.",
        "figures": [
            {
                "surface": "8 à 10",
                "value": None,
                "low": 8,
                "high": 10,
                "bound": "range",
                "what_head": "blessés",
            },
        ],
    },
    # --- a change is two exact figures; "jusqu'à" after a verb of rising is exact --------
    {
        "text": "Le taux de pauvreté est passé de 13,8 % à 15 % en cinq ans.",
        "figures": [
            {
                "surface": "13,8",
                "value": 13.8,
                "low": 13.8,
                "high": 13.8,
                "bound": "exact",
                "unit": "percent",
            },
            {"surface": "15", "value": 15, "low": 15, "high": 15, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "Les effectifs sont passés de 3 000 à 4 500 agents.",
        "figures": [
            {"surface": "3 000", "value": 3000, "bound": "exact"},
            {"surface": "4 500", "value": 4500, "bound": "exact"},
        ],
    },
    {
        "text": "Le nombre de victimes a grimpé jusqu'à 87.",
        "figures": [
            {"surface": "87", "value": 87, "low": 87, "high": 87, "bound": "exact"},
        ],
    },
    # --- units: money, measures --------------------------------------------------------------
    {
        "text": "Chaque foyer touchera une prime de 150 €.",
        "figures": [
            {"surface": "150", "value": 150, "unit": "EUR"},
        ],
    },
    {
        "text": "Le ticket de métro coûte désormais 2,50 euros.",
        "figures": [
            {"surface": "2,50", "value": 2.5, "unit": "EUR"},
        ],
    },
    {
        "text": "L'once d'or a dépassé 2 400 $.",
        "figures": [
            {
                "surface": "2 400",
                "value": 2400,
                "low": 2400,
                "high": None,
                "bound": "more_than",
                "unit": "USD",
            },
        ],
    },
    {
        "text": "Washington a promis 500 millions de dollars d'aide militaire.",
        "figures": [
            {"surface": "500 millions", "value": 5e8, "unit": "USD"},
        ],
    },
    {
        "text": "Séoul a infligé une amende de 30 millions de wons à l'opérateur.",
        "figures": [
            {"surface": "30 millions", "value": 3e7, "unit": "KRW"},
        ],
    },
    {
        "text": "Kyiv a alloué 2 milliards de hryvnias à la reconstruction des écoles.",
        "figures": [
            {"surface": "2 milliards", "value": 2e9, "unit": "UAH"},
        ],
    },
    {
        "text": "Les troupes ont avancé de 15 km en une semaine.",
        "figures": [
            {"surface": "15", "value": 15, "unit": "km"},
        ],
    },
    {
        "text": "La ligne de front s'étend sur 1 000 kilomètres.",
        "figures": [
            {"surface": "1 000", "value": 1000, "unit": "km"},
        ],
    },
    {
        "text": "Le navire transportait 8 tonnes de munitions.",
        "figures": [
            {"surface": "8", "value": 8, "unit": "t", "what_head": "munitions"},
        ],
    },
    {
        "text": "Les flammes ont ravagé 4 500 hectares de forêt.",
        "figures": [
            {"surface": "4 500", "value": 4500, "unit": "ha", "what_head": "forêt"},
        ],
    },
    {
        "text": "La zone d'exclusion couvre 2 600 km².",
        "figures": [
            {"surface": "2 600", "value": 2600, "unit": "km2"},
        ],
    },
    {
        "text": "Il est tombé 180 millimètres de pluie en une nuit.",
        "figures": [
            {"surface": "180", "value": 180, "unit": "mm", "what_head": "pluie"},
        ],
    },
    {
        "text": "Les pluviomètres ont enregistré 95 mm de précipitations à Nîmes.",
        "figures": [
            {"surface": "95", "value": 95, "unit": "mm"},
        ],
    },
    # --- what is counted ------------------------------------------------------------------
    {
        "text": "Moscou a intégré 12 000 soldats de quatre brigades nord-coréennes à ses unités.",
        "figures": [
            {"surface": "12 000", "value": 12000, "what_head": "soldats"},
            {"surface": "quatre", "value": 4, "what_head": "brigades"},
        ],
    },
    {
        "text": "La ville va construire 1 200 nouveaux logements sociaux.",
        "figures": [
            {"surface": "1 200", "value": 1200, "what_head": "logements"},
        ],
    },
    {
        "text": "Le Kremlin a déployé 2 000 soldats des forces spéciales dans la région.",
        "figures": [
            {"surface": "2 000", "value": 2000, "what_head": "soldats", "source": None},
        ],
    },
    {
        "text": "Au total, 450 ont été secourus par la marine.",
        "figures": [
            {"surface": "450", "value": 450, "what_head": "secourus"},
        ],
    },
    {
        "text": "Les syndicats ont organisé six grèves depuis janvier.",
        "figures": [
            {"surface": "six", "value": 6, "what_head": "grèves"},
        ],
    },
    {
        "text": "La motion de censure a recueilli 289 voix.",
        "figures": [
            {"surface": "289", "value": 289, "what_head": "voix"},
        ],
    },
    # --- non-figures: years, dates, times ---------------------------------------------------
    {
        "text": "La guerre de Corée s'est achevée en 1953 par un armistice.",
        "figures": [],
    },
    {
        "text": "En 2024, le pays a organisé des élections anticipées.",
        "figures": [],
    },
    {
        "text": "Le sommet se tiendra le 1er novembre à Bruxelles.",
        "figures": [],
    },
    {
        "text": "Les négociations ont repris le 19 décembre.",
        "figures": [],
    },
    {
        "text": "La séance a repris à 14 h après une longue suspension.",
        "figures": [],
    },
    {
        "text": "Le 3 mars 2022, 45 civils ont été tués à Tchernihiv.",
        "figures": [
            {"surface": "45", "value": 45, "what_head": "civils"},
        ],
    },
    {
        "text": "Depuis 2014, le conflit a fait 14 000 morts.",
        "figures": [
            {"surface": "14 000", "value": 14000, "what_head": "morts"},
        ],
    },
    # --- non-figures: ordinals, ages, durations ------------------------------------------------
    {
        "text": "Il s'agit du premier envoi de troupes hors du territoire national.",
        "figures": [],
    },
    {
        "text": "La 2e brigade a été envoyée au front.",
        "figures": [],
    },
    {
        "text": "Le suspect, âgé de 45 ans, a été interpellé.",
        "figures": [],
    },
    {
        "text": "Le pays n'avait pas connu la guerre depuis 70 ans.",
        "figures": [],
    },
    {
        "text": "Les combats ont duré trois jours.",
        "figures": [],
    },
    {
        "text": "Le syndicat défend la semaine de 35 heures.",
        "figures": [],
    },
    # --- non-figures: numbers in names and identifiers -------------------------------------
    {
        "text": "Les Pays-Bas ont livré des F-16 à l'Ukraine.",
        "figures": [],
    },
    {
        "text": "Les dirigeants du G7 se sont réunis à Rome.",
        "figures": [],
    },
    {
        "text": "L'article 5 du traité prévoit une défense collective.",
        "figures": [],
    },
    {
        "text": "La pandémie de Covid-19 a bouleversé l'économie mondiale.",
        "figures": [],
    },
    {
        "text": "Téhéran viole la résolution 2231 du Conseil de sécurité.",
        "figures": [],
    },
    {
        "text": "Le gouvernement a recouru à l'article 49.3 pour faire adopter le budget.",
        "figures": [],
    },
    # --- non-figures: anaphora, plusieurs, quelques ---------------------------------------------
    {
        "text": "Les deux pays ont signé un accord de coopération.",
        "figures": [],
    },
    {
        "text": "L'un des deux dirigeants a quitté la salle.",
        "figures": [],
    },
    {
        "text": "Plusieurs témoins ont décrit des explosions.",
        "figures": [],
    },
    {
        "text": "Quelques habitants sont restés sur place.",
        "figures": [],
    },
    # --- attribution: speaker before (a déclaré que, selon, d'après, estime) ---------------------
    {
        "text": "Le ministère ukrainien de la Défense a déclaré que 300 drones avaient été abattus.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "what_head": "drones",
                "source": "ministère ukrainien de la Défense",
                "via": None,
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "Emmanuel Macron a déclaré que 2 000 soldats français sont prêts à partir.",
        "figures": [
            {"surface": "2 000", "value": 2000, "source": "Emmanuel Macron", "modality": "asserted"},
        ],
    },
    {
        "text": "Selon la préfecture, 4 200 personnes ont défilé à Lyon.",
        "figures": [
            {
                "surface": "4 200",
                "value": 4200,
                "what_head": "personnes",
                "source": "préfecture",
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "D'après l'ONU, 6 millions de personnes ont fui le pays.",
        "figures": [
            {"surface": "6 millions", "value": 6e6, "what_head": "personnes", "source": "ONU"},
        ],
    },
    {
        "text": "D'après Kaja Kallas, l'UE a livré 980 000 obus à l'Ukraine.",
        "figures": [
            {"surface": "980 000", "value": 980000, "what_head": "obus", "source": "Kaja Kallas"},
        ],
    },
    {
        "text": "L'Insee estime que 300 000 emplois seront créés cette année.",
        "figures": [
            {
                "surface": "300 000",
                "value": 300000,
                "what_head": "emplois",
                "source": "Insee",
                "modality": "estimated",
            },
        ],
    },
    # --- attribution: speaker after -----------------------------------------------------------
    {
        "text": "Au moins 1 500 soldats ont été déployés, a indiqué le NIS.",
        "figures": [
            {
                "surface": "1 500",
                "value": 1500,
                "low": 1500,
                "high": None,
                "bound": "at_least",
                "unit": None,
                "what_head": "soldats",
                "source": "NIS",
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "Les frappes ont détruit 40 véhicules, a affirmé le ministère russe de la Défense.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "what_head": "véhicules",
                "source": "ministère russe de la Défense",
            },
        ],
    },
    {
        "text": "Au moins 50 missiles ont été tirés, a précisé jeudi l'armée de l'air ukrainienne.",
        "figures": [
            {
                "surface": "50",
                "value": 50,
                "bound": "at_least",
                "what_head": "missiles",
                "source": "armée de l'air ukrainienne",
            },
        ],
    },
    # --- attribution: quotations ----------------------------------------------------------------
    {
        "text": "« Nous avons perdu 120 chars en une semaine », a déclaré Oleksandr Syrsky.",
        "figures": [
            {"surface": "120", "value": 120, "what_head": "chars", "source": "Oleksandr Syrsky"},
        ],
    },
    {
        "text": "« Nous avons abattu 40 drones cette nuit. Trente autres ont été brouillés », a déclaré le porte-parole de l'armée de l'air, Iouri Ignat.",
        "figures": [
            {"surface": "40", "value": 40, "what_head": "drones", "source": "Iouri Ignat"},
            {"surface": "Trente", "value": 30, "source": "Iouri Ignat"},
        ],
    },
    {
        "text": "Le maire a prévenu : « Plus de 500 logements sont inondés. »",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "bound": "more_than",
                "what_head": "logements",
                "source": "maire",
            },
        ],
    },
    {
        "text": "«\u00a0Nous avons compté 37 victimes\u00a0», a déclaré le maire, Jean Morel.",
        "figures": [
            {"surface": "37", "value": 37, "what_head": "victimes", "source": "Jean Morel"},
        ],
    },
    # --- attribution: acronyms, descriptions pointing back, titles with names ----------------
    {
        "text": "Le Service national de renseignement sud-coréen (NIS) a indiqué mercredi que 1 800 soldats avaient quitté Pyongyang.",
        "figures": [
            {"surface": "1 800", "value": 1800, "what_head": "soldats", "source": "NIS"},
        ],
    },
    {
        "text": "Le Service national de renseignement (NIS) a fait état de 3 000 soldats déployés. Selon l'agence sud-coréenne, 200 officiers les accompagnent.",
        "figures": [
            {"surface": "3 000", "value": 3000, "what_head": "soldats", "source": "NIS"},
            {"surface": "200", "value": 200, "what_head": "officiers", "source": "NIS"},
        ],
    },
    {
        "text": "Le chef des renseignements militaires ukrainiens (GUR), Kirilo Budánov, a affirmé que 8 000 soldats nord-coréens se trouvaient près de Koursk.",
        "figures": [
            {
                "surface": "8 000",
                "value": 8000,
                "what_head": "soldats",
                "source": "Kirilo Budánov",
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "Le porte-parole de la police, Marc Duval, a déclaré que 45 personnes avaient été interpellées. Huit d'entre elles sont mineures, a-t-il ajouté.",
        "figures": [
            {"surface": "45", "value": 45, "what_head": "personnes", "source": "Marc Duval"},
            {"surface": "Huit", "value": 8, "source": "Marc Duval"},
        ],
    },
    # --- attribution: relayed claims (via) ---------------------------------------------------
    {
        "text": "Le porte-parole du Pentagone, Pat Ryder, cité par l'agence Reuters, a affirmé que 10 000 soldats nord-coréens se trouvaient en Russie.",
        "figures": [
            {"surface": "10 000", "value": 10000, "source": "Pat Ryder", "via": "Reuters"},
        ],
    },
    {
        "text": "Le député sud-coréen Park Sun-won, citant le NIS, a déclaré que 300 soldats nord-coréens avaient été tués.",
        "figures": [
            {"surface": "300", "value": 300, "what_head": "soldats", "source": "NIS", "via": "Park Sun-won"},
        ],
    },
    {
        "text": "Selon l'agence Yonhap, les autorités sud-coréennes ont indiqué que 40 officiers nord-coréens se trouvaient sur le front.",
        "figures": [
            {
                "surface": "40",
                "value": 40,
                "what_head": "officiers",
                "source": "autorités sud-coréennes",
                "via": "Yonhap",
            },
        ],
    },
    {
        "text": "Le ministre lituanien des Affaires étrangères, Gabrielius Landsbergis, a déclaré à Reuters que 500 instructeurs étaient déjà arrivés.",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "what_head": "instructeurs",
                "source": "Gabrielius Landsbergis",
                "via": "Reuters",
            },
        ],
    },
    # --- attribution: inheritance, actors, demands ----------------------------------------------
    {
        "text": "Selon la préfecture, 40 personnes ont été évacuées. La commune compte 3 200 habitants.",
        "figures": [
            {"surface": "40", "value": 40, "source": "préfecture"},
            {"surface": "3 200", "value": 3200, "what_head": "habitants", "source": None},
        ],
    },
    {
        "text": "L'entreprise investira 10 milliards d'euros dans une nouvelle usine.",
        "figures": [
            {"surface": "10 milliards", "value": 1e10, "unit": "EUR", "source": None, "modality": "planned"},
        ],
    },
    {
        "text": "La Commission européenne a approuvé 5 milliards d'euros d'aides publiques.",
        "figures": [
            {
                "surface": "5 milliards",
                "value": 5e9,
                "unit": "EUR",
                "what_head": "aides",
                "source": None,
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "La CGT réclame une hausse de 10 % des salaires.",
        "figures": [
            {"surface": "10", "value": 10, "unit": "percent", "source": "CGT"},
        ],
    },
    # --- modality ---------------------------------------------------------------------------
    {
        "text": "Le FMI estime que la dette publique atteindra 115 % du PIB.",
        "figures": [
            {"surface": "115", "value": 115, "unit": "percent", "source": "FMI", "modality": "estimated"},
        ],
    },
    {
        "text": "La Banque mondiale évalue à 486 milliards de dollars le coût de la reconstruction.",
        "figures": [
            {
                "surface": "486 milliards",
                "value": 4.86e11,
                "unit": "USD",
                "source": "Banque mondiale",
                "modality": "estimated",
            },
        ],
    },
    {
        "text": "Le gouvernement prévoit de supprimer 4 000 postes de fonctionnaires.",
        "figures": [
            {"surface": "4 000", "value": 4000, "what_head": "postes", "modality": "planned"},
        ],
    },
    {
        "text": "La Corée du Nord va envoyer 6 000 ingénieurs militaires dans la région de Koursk.",
        "figures": [
            {
                "surface": "6 000",
                "value": 6000,
                "what_head": "ingénieurs",
                "source": None,
                "modality": "planned",
            },
        ],
    },
    {
        "text": "Le ministère recrutera 5 000 enseignants à la rentrée.",
        "figures": [
            {
                "surface": "5 000",
                "value": 5000,
                "what_head": "enseignants",
                "source": None,
                "modality": "planned",
            },
        ],
    },
    {
        "text": "Le bilan pourrait dépasser 200 morts, a averti la Croix-Rouge.",
        "figures": [
            {
                "surface": "200",
                "value": 200,
                "low": 200,
                "high": None,
                "bound": "more_than",
                "source": "Croix-Rouge",
                "modality": "possible",
            },
        ],
    },
    {
        "text": "La facture pourrait s'élever à 3 milliards d'euros.",
        "figures": [
            {"surface": "3 milliards", "value": 3e9, "bound": "exact", "unit": "EUR", "modality": "possible"},
        ],
    },
    {
        "text": "Le ministère de l'Intérieur dément que 2 000 corps aient été retrouvés.",
        "figures": [
            {
                "surface": "2 000",
                "value": 2000,
                "what_head": "corps",
                "source": "ministère de l'Intérieur",
                "modality": "denied",
            },
        ],
    },
    {
        "text": "Quelque 500 civils seraient encore bloqués dans la ville, selon Médecins sans frontières.",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "bound": "approx",
                "what_head": "civils",
                "source": "Médecins sans frontières",
                "modality": "possible",
            },
        ],
    },
    {
        "text": "La police a interpellé 45 manifestants samedi soir.",
        "figures": [
            {
                "surface": "45",
                "value": 45,
                "what_head": "manifestants",
                "source": None,
                "modality": "asserted",
            },
        ],
    },
    # --- titles ------------------------------------------------------------------------------
    {
        "title": "Séoul affirme que 3 000 soldats nord-coréens sont en Russie",
        "text": "Les services de renseignement sud-coréens ont publié de nouvelles images satellites.",
        "figures": [
            {"field": "title", "surface": "3 000", "value": 3000, "what_head": "soldats", "source": "Séoul"},
        ],
    },
    {
        "title": "Ça pourrait être 8 000",
        "text": "Le nombre réel de soldats engagés reste inconnu.",
        "figures": [
            {
                "field": "title",
                "surface": "8 000",
                "value": 8000,
                "bound": "exact",
                "source": None,
                "modality": "possible",
            },
        ],
    },
    {
        "title": "L'Allemagne envoie 40 chars à Kyiv",
        "text": "Berlin a confirmé la livraison lundi.",
        "figures": [
            {"field": "title", "surface": "40", "value": 40, "what_head": "chars", "source": None},
        ],
    },
    # --- machine-translation damage ----------------------------------------------------------
    {
        "text": "Il Service national de renseignement sud-coréen (NIS) a affirmé mardi que 2 500 soldats étaient déjà sur place.",
        "figures": [
            {
                "surface": "2 500",
                "value": 2500,
                "what_head": "soldats",
                "source": "NIS",
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "Le NIS a indiqué que Kim Jong-unréticent jusqu'ici avait fini par envoyer 3 000 hommes.",
        "figures": [
            {"surface": "3 000", "value": 3000, "what_head": "hommes", "source": "NIS"},
        ],
    },
    {
        "text": "L'état-major sud-coréen a signalé ce jeudi ça au moins 600 blindés ont franchi la frontière.",
        "figures": [
            {
                "surface": "600",
                "value": 600,
                "low": 600,
                "high": None,
                "bound": "at_least",
                "what_head": "blindés",
                "source": "état-major sud-coréen",
                "modality": "asserted",
            },
        ],
    },
    {
        "text": "Le NIS a déclaré » que 1 500 soldats étaient arrivés à Vladivostok.",
        "figures": [
            {"surface": "1 500", "value": 1500, "what_head": "soldats", "source": "NIS"},
        ],
    },
    {
        "text": "« La mobilisation a commencé«, a indiqué le ministère russe. La région compte 8 400 réservistes.",
        "figures": [
            {"surface": "8 400", "value": 8400, "what_head": "réservistes", "source": None},
        ],
    },
    # fractions à dénominateur ordinal composé, fraction écrite avec « sur », sous-unités
    {
        "text": "Un vingt-cinquième du budget et une vingt et unième part des recettes sont gelés.",
        "figures": [
            {"surface": "Un vingt-cinquième", "value": 0.04},
            {"surface": "une vingt et unième", "value": 1 / 21},
        ],
    },
    {"text": "Le vingt et unième siècle commence.", "figures": []},
    {
        "text": "Un sur trois a voté contre.",
        "figures": [{"surface": "Un sur trois", "value": 1 / 3}],
    },
    {
        "text": "Le billet coûte 15 dollars et 15.",
        "figures": [{"surface": "15 dollars et 15", "value": 15.15, "unit": "USD"}],
    },
    {
        "text": "Les groupes de 200 ou plus sont interdits, et les navires de >= 30 tonnes contrôlés.",
        "figures": [
            {"surface": "200", "value": 200, "low": 200, "high": None, "bound": "at_least"},
            {"surface": "30", "value": 30, "low": 30, "high": None, "bound": "at_least", "unit": "t"},
        ],
    },
    {
        "text": "Le taux est passé à ,5 %.",
        "figures": [{"surface": ",5", "value": 0.5, "unit": "percent"}],
    },
    # a clause joined after an inverted speaker is the speaker's too (CLAUSE_COORDINATORS)
    {
        "text": "Les crues ont détruit 420 maisons, a indiqué la préfecture, et privent 3 000 foyers d'électricité.",
        "figures": [
            {"surface": '420', "value": 420, "source": 'préfecture'},
            {"surface": '3 000', "value": 3000, "source": 'préfecture'},
        ],
    },
    # a relative before the speech verb: its antecedent speaks; a whole clause before it names no one
    {
        "text": "Le ministre qui a déclaré que 300 soldats étaient partis a démissionné.",
        "figures": [{"surface": "300", "value": 300, "what_head": "soldats", "source": "ministre"}],
    },
    # advice and reproach speak too
    {
        "text": "L’Agence nationale de sécurité sanitaire (Anses) recommande de ne pas dépasser 300 grammes de viande rouge par semaine.",
        "figures": [{"surface": "300", "value": 300, "source": "Anses"}],
    },
    # a passive agent names who put the number
    {
        "text": "Les dégâts, estimés par la FNSEA à 2 milliards d’euros, frappent surtout le Sud-Ouest.",
        "figures": [{"surface": "2 milliards", "value": 2e9, "unit": "EUR", "source": "FNSEA", "modality": "estimated"}],
    },
    # not figures: a capitalised number word after a determiner is a name; a leading zero makes a
    # phone number; a year before "à" is no range's low end
    {
        "text": "Les Vingt-Sept ont importé 1,1 million de tonnes. Appelez le 0 805 690 140 ou le 0800 123 456.",
        "figures": [{"surface": "1,1 million", "value": 1.1e6, "unit": "t"}],
    },
    {
        "text": "Oslo a fixé son quota pour 2026 à 93 000 tonnes.",
        "figures": [{"surface": "93 000", "value": 93000, "bound": "exact", "unit": "t"}],
    },
    # a negation before a "more than" cue makes it at most (NEGATIONS)
    {
        "text": 'Les scientifiques recommandent de ne pas pêcher plus de 298 000 tonnes.',
        "figures": [{"surface": '298 000', "value": 298000, "bound": "at_most", "high": 298000, "unit": 't'}],
    },
    # a unit said once for two numbers set side by side (COMPARE_LINKS; "X and Y tonnes")
    {
        "text": 'Le quota tombe à 9 400 tonnes, contre 18 100 l’an dernier.',
        "figures": [
            {"surface": '9 400', "value": 9400, "unit": 't'},
            {"surface": '18 100', "value": 18100, "unit": 't'},
        ],
    },
    # not a figure: a flight's number after its two-letter code
    {
        "text": "Le vol AF 447 transportait 228 personnes.",
        "figures": [{"surface": "228", "value": 228}],
    },
    # cubic metres said in full are m3, not metres
    {
        "text": "Les dépôts ont expédié 45 000 mètres cubes de carburant lundi.",
        "figures": [{"surface": "45 000", "value": 45000, "unit": "m3"}],
    },
    # not figures: a phone number in pairs, the minutes of "9 h 30", a table's number
    {
        "text": "Pour signaler une attaque, appelez le 04 92 81 21 58. Le Cneser examinera le texte le 14 avril à 9 h 30 ; 1 200 loups sont recensés.",
        "figures": [{"surface": "1 200", "value": 1200}],
    },
    # what a body notes is its claim
    {
        "text": "Le gendarme bancaire note aussi que 27 % des clients n’avaient pas vu leur dossier mis à jour.",
        "figures": [{"surface": "27", "value": 27, "unit": "percent", "source": "gendarme bancaire"}],
    },
    # the journalistic conditional goes on the account of the source named before it (REPORTED_MOOD)
    {
        "text": "Selon le projet d'arrêté, la licence passerait à 254 euros. Le doctorat n'augmenterait que de 10 %.",
        "figures": [
            {"surface": "254", "value": 254, "unit": "EUR", "source": "projet d'arrêté"},
            {"surface": "10", "value": 10, "unit": "percent", "source": "projet d'arrêté"},
        ],
    },
    # an object pronoun glued to the verb ("l'évalue"); what a body expects of a measure
    {
        "text": "L'Office français de la biodiversité (OFB) l'évalue à 1 080 individus. Le ministère attend de la mesure 120 millions d'euros.",
        "figures": [
            {"surface": "1 080", "value": 1080, "source": "OFB"},
            {"surface": "120 millions", "value": 1.2e8, "unit": "EUR", "source": "ministère"},
        ],
    },
    # a spaced dash ends the phrase after "selon"
    {
        "text": "Le bilan – selon la préfecture – atteint 300 morts.",
        "figures": [{"surface": "300", "value": 300, "source": "préfecture"}],
    },
    # a participle set off by commas describes the subject (APPOSED_PARTICIPLE)
    {
        "text": "Le Haut Conseil, rattaché à la Cour des comptes, estime le déficit à 5,1 %.",
        "figures": [{"surface": "5,1", "source": "Haut Conseil", "unit": "percent"}],
    },
    # a verb of recording names where it was counted; "according to" names who speaks (RECORD_VERBS)
    {
        "text": "Les hôpitaux ont enregistré 3 200 admissions, selon le ministère de la Santé.",
        "figures": [{"surface": "3 200", "source": "ministère de la Santé", "via": None}],
    },
    # "selon lui": a pronoun after "selon" is the person named last
    {
        "text": "L'avocat, Paolo Ricci, a démenti que ces chiffres soient exacts. Selon lui, la cargaison avait été déclarée pour moins de 900 000 euros.",
        "figures": [{"surface": "900 000", "unit": "EUR", "bound": "less_than", "source": "Paolo Ricci"}],
    },
    # not ruling out: a speaker, a possible figure
    {
        "text": "Les enquêteurs n'excluent pas que l'enquête s'étende à des dizaines d'autres cargaisons.",
        "figures": [{"surface": "dizaines", "bound": "approx", "source": "enquêteurs", "modality": "possible"}],
    },
    # a delegate is a person: the name after her role speaks
    {
        "text": "Le syndicat SUD Santé avance un chiffre plus élevé : selon sa déléguée, Nadia Perrin, 120 postes sont vacants.",
        "figures": [{"surface": "120", "source": "Nadia Perrin"}],
    },
    # the speaker's own figure after the one denied (after a colon, a gerund): asserted
    {
        "text": "La direction a démenti que 150 postes soient vacants, évoquant « 62 postes en cours de recrutement ».",
        "figures": [{"surface": "150", "source": "direction", "modality": "denied"}, {"surface": "62", "source": "direction", "modality": "asserted"}],
    },
    # not figures: a phone number after its cue
    {"text": "Il faut appeler le 15 avant de se déplacer.", "figures": []},
    # a clause joined after the speaker is the speaker's, even when its figure comes first
    {
        "text": "La hausse atteint 11,4 %, précise l'agence sanitaire, et 68 % des victimes avaient plus de 75 ans.",
        "figures": [
            {"surface": "11,4", "unit": "percent", "source": "agence sanitaire"},
            {"surface": "68", "unit": "percent", "source": "agence sanitaire"},
        ],
    },
    # a share of a whole in words is a percentage (SHARE_WORDS, fractions before a link); a half-year is not
    {
        "text": "La moitié de la récolte est perdue et un quart des vergers est touché.",
        "figures": [{"surface": "moitié", "value": 50, "unit": "percent"}, {"surface": "un quart", "value": 25, "unit": "percent"}],
    },
    {
        "text": "Les billets sont à moitié prix.",
        "figures": [],
    },
    # not figures: the top of a rating scale
    {"text": "Météo-France classait le risque au niveau 4 sur une échelle de 5.", "figures": []},
    # a deputy is a person; the name far after the role's complement speaks, then 'a-t-il ajouté' is him
    {
        "text": "Des centaines de skieurs étaient sur les pentes fermées, a déploré l'adjoint au maire de Chamonix chargé de la sécurité, Thierry Balmat. « Jusqu'à 3 000 randonneurs par jour descendent la vallée », a-t-il ajouté.",
        "figures": [{"surface": "centaines", "bound": "approx", "source": "Thierry Balmat"}, {"surface": "3 000", "bound": "up_to", "source": "Thierry Balmat"}],
    },
    # told to an outlet with an elided article: the speaker after it
    {
        "text": "« Nous avons effectué plus de 3 400 largages », a déclaré à l'AFP le colonel Hervé Maurin.",
        "figures": [{"surface": "3 400", "bound": "more_than", "source": "Hervé Maurin", "via": "AFP"}],
    },
    # a statement names its owner
    {
        "text": "Selon un communiqué de la préfecture, 40 migrants sont arrivés.",
        "figures": [{"surface": "40", "source": "préfecture"}],
    },
    # "un chiffre contesté par la direction, qui parle de 12 %": the agent of the apposition speaks
    {
        "text": "Le syndicat revendique 40 % de grévistes, un chiffre contesté par la direction, qui parle de 12 %.",
        "figures": [{"surface": "40", "unit": "percent", "source": "syndicat"}, {"surface": "12", "unit": "percent", "source": "direction"}],
    },
    # "The figures, released by HMRC, show": the agent of the evidence's participle owns it
    {
        "text": "Le ministre a salué la reprise. Les chiffres, publiés par l'Insee mardi, montrent une hausse de 3 %.",
        "figures": [{"surface": "3", "unit": "percent", "source": "Insee"}],
    },
    # a speaker set off by commas with the text's own apostrophe ("l’Insee") speaks for the sentence
    {
        "text": "Le déficit commercial, précise l’Insee, atteint 6,2 milliards d’euros en mars.",
        "figures": [{"surface": "6,2 milliards", "unit": "EUR", "source": "Insee"}],
    },
    # told to an agency with an acronym-like name, then the speaker; "selon lui" is the speaker
    {
        "text": "« Nous avons perdu 15 % des ruches », a déclaré à Keystone-ATS Paul Meylan, apiculteur à Morges. Selon lui, environ 60 % des pertes sont dues au varroa.",
        "figures": [
            {"surface": "15", "unit": "percent", "source": "Paul Meylan", "via": "Keystone-ATS"},
            {"surface": "60", "bound": "approx", "unit": "percent", "source": "Paul Meylan"},
        ],
    },
    # "compter" before an infinitive plans; "compte 12 000 habitants" counts
    {
        "text": "La commune compte recruter 40 animateurs cet été. Elle compte 12 000 habitants, selon l'Insee.",
        "figures": [
            {"surface": "40", "modality": "planned"},
            {"surface": "12 000", "modality": "asserted", "source": "Insee"},
        ],
    },
    # a franc alone is the Swiss franc; the CFA franc says so
    {
        "text": "Le litre de lait pourrait dépasser 2 francs, contre 800 francs CFA au Sénégal.",
        "figures": [{"surface": "2", "unit": "CHF", "bound": "more_than"}, {"surface": "800", "unit": "XOF"}],
    },
    # "selon lesquelles" after reports names no one: the denial's speaker stands
    {
        "text": "La direction dément les informations d'un quotidien selon lesquelles une trentaine de postes seraient supprimés.",
        "figures": [{"surface": "trentaine", "bound": "approx", "source": "direction", "modality": "denied"}],
    },
    # what is counted after a possessive; an adverbial locution between a subject and its verb
    {
        "text": "Les apiculteurs ont perdu 16 % de leurs colonies. Le résultat net a en revanche reculé à 6,1 millions d'euros.",
        "figures": [
            {"surface": "16", "unit": "percent", "what_head": "colonies"},
            {"surface": "6,1 millions", "unit": "EUR", "what_head": "résultat"},
        ],
    },
    # a number in the subject is what is counted: the speaker after speaks for all
    {
        "text": "Les 16 piscines ont enregistré 3,1 millions d'entrées, a annoncé mardi la Ville de Lyon, qui présentait son bilan.",
        "figures": [
            {"surface": "16", "source": "Ville de Lyon"},
            {"surface": "3,1 millions", "source": "Ville de Lyon", "via": None},
        ],
    },
    # an age set off between the speaker and the verb; "mettre en garde" speaks
    {
        "text": "Le directeur, Hugo Lantier, 52 ans, a mis en garde contre la baisse des crédits, ramenés à 1,2 million d'euros.",
        "figures": [{"surface": "1,2 million", "unit": "EUR", "source": "Hugo Lantier"}],
    },
    # not figures: house numbers before their street
    {"text": "La médiathèque, au 30 boulevard Vivier-Merle, et l'annexe du 12 rue de la Paix ouvriront.", "figures": []},
    # a poll made for a client is the pollster's; a body's name with "pour" stays whole
    {
        "text": "Près de 70 % des sondés se disent inquiets, selon un sondage Ifop pour Le Figaro. Vingt-sept personnes sont mortes, selon l'Association nationale pour l'étude de la neige (ANENA).",
        "figures": [
            {"surface": "70", "bound": "approx", "unit": "percent", "source": "Ifop"},
            {"surface": "Vingt-sept", "source": "ANENA"},
        ],
    },
    # a paper's title in guillemets
    {
        "text": "Selon « Le Monde », 300 postes seront supprimés. Selon le « Canard enchaîné », 40 cadres partiront.",
        "figures": [{"surface": "300", "source": "Monde"}, {"surface": "40", "source": "Canard enchaîné"}],
    },
    # ce que mesure une somme se dit avant « selon », pas après
    {
        "text": "Le coût pourrait atteindre selon les experts 90 millions d'euros.",
        "figures": [{"surface": "90 millions", "unit": "EUR", "what_head": "coût", "source": "experts", "modality": "possible"}],
    },
    # « comme l'a indiqué X » : le sujet suit le verbe ; un jour après lui n'en fait pas partie
    {
        "text": "Comme l'a annoncé la préfecture de l'Isère, 312 personnes ont été évacuées. Quelque 40 restaient hospitalisées mardi, comme l'a précisé l'ARS lundi soir.",
        "figures": [
            {"surface": "312", "source": "préfecture de l'Isère"},
            {"surface": "40", "bound": "approx", "source": "ARS"},
        ],
    },
    # « Selon X la ... » sans virgule : le nom s'arrête à l'article ; pas dans un nom après son « de »
    {
        "text": "Selon MétéoSuisse la neige n'a atteint que 60 % de sa hauteur habituelle. Selon la Banque de France la dette atteint 112 %.",
        "figures": [
            {"surface": "60", "unit": "percent", "source": "MétéoSuisse"},
            {"surface": "112", "unit": "percent", "source": "Banque de France"},
        ],
    },
    # une estimation gouverne le futur qu'elle introduit
    {
        "text": "La SNCF estime que les travaux coûteront 45 millions d'euros.",
        "figures": [{"surface": "45 millions", "unit": "EUR", "source": "SNCF", "modality": "estimated"}],
    },
    # « a-t-elle indiqué » sans personne nommée avant : le sujet qui ouvre la phrase ; un rapport qui « pointe »
    {
        "text": "La Région Hauts-de-France a débloqué une enveloppe de 15 millions d'euros, a-t-elle indiqué. Un rapport de la Cour des comptes pointe un dérapage de 1,3 milliard d'euros.",
        "figures": [
            {"surface": "15 millions", "unit": "EUR", "source": "Région Hauts-de-France"},
            {"surface": "1,3 milliard", "unit": "EUR", "source": "Cour des comptes"},
        ],
    },
    # une estimation au passif, puis son auteur : « estimé à X par la métropole » ; « par mois » n'est personne
    {
        "text": "Le coût total est estimé à 85 millions d'euros par la métropole. Le loyer est estimé à 850 euros par mois.",
        "figures": [
            {"surface": "85 millions", "unit": "EUR", "source": "métropole", "modality": "estimated"},
            {"surface": "850", "unit": "EUR", "source": None},
        ],
    },
    # l'autre camp d'un comptage, son verbe omis : « les organisateurs 12 000 »
    {
        "text": "La police a compté 5 000 manifestants, les organisateurs 12 000.",
        "figures": [{"surface": "5 000", "source": "police"}, {"surface": "12 000", "source": "organisateurs"}],
    },
    # une relative juste après le nombre : « les 8 % que réclament les syndicats »
    {
        "text": "La direction propose 3 %, loin des 8 % que réclament les syndicats.",
        "figures": [
            {"surface": "3", "unit": "percent", "source": "direction"},
            {"surface": "8", "unit": "percent", "source": "syndicats"},
        ],
    },
    # le trait d'union d'un nom n'est pas celui d'une ligne de date, ni le « que » d'une subordonnée ;
    # « a-t-on appris auprès de X »
    {
        "text": "L'UFC-Que Choisir évalue à 150 euros par an le surcoût pour une famille. La mutuelle Armorique Santé va augmenter ses cotisations de 8,5 %, a-t-on appris mardi auprès de la direction.",
        "figures": [
            {"surface": "150", "unit": "EUR", "source": "UFC-Que Choisir"},
            {"surface": "8,5", "unit": "percent", "source": "direction"},
        ],
    },
    # "selon qui", "d'après laquelle" après un locuteur : sa relative porte les chiffres qui suivent, et remonte au
    # locuteur plutôt qu'aux derniers mots de son titre ; accuser quelqu'un d'un acte, c'est l'affirmer
    {
        "text": "L'Estrémadure compte 8 600 MW, a souligné le responsable de la Transition écologique, Andrés Calvente, selon qui des dizaines de projets sont à l'étude. Environ 1,1 million ont été vendus, selon une étude de l'institut Opinéa, d'après laquelle 22 % des ménages en possèdent un. L'ONG Robin des Bois accuse l'entreprise d'avoir fait abattre environ 900 chênes.",
        "figures": [
            {"surface": "8 600", "unit": "MW", "source": "Andrés Calvente"},
            {"surface": "dizaines", "source": "Andrés Calvente"},
            {"surface": "1,1 million", "bound": "approx", "source": "Opinéa"},
            {"surface": "22", "unit": "percent", "source": "Opinéa"},
            {"surface": "900", "bound": "approx", "source": "Robin des Bois"},
        ],
    },
    # "plantation", "projet" (le nom) n'annoncent pas un plan ; un projet de loi, si
    {
        "text": "Le projet a coûté 480 millions d'euros. La plantation couvre 1 200 hectares. L'amende passe à 75 000 euros dans un projet de loi.",
        "figures": [{"surface": "480 millions", "unit": "EUR", "modality": "asserted"}, {"surface": "1 200", "unit": "ha", "modality": "asserted"}, {"surface": "75 000", "unit": "EUR", "modality": "planned"}],
    },
    # "avance le chiffre de", "se félicite X" : un verbe pronominal de sentiment qui parle
    {
        "text": "Le syndicat avance le chiffre de 5 000 manifestants. « Nous avons enregistré 600 inscriptions en une semaine », se félicite la présidente du club, Claire Martin.",
        "figures": [{"surface": "5 000", "source": "syndicat"}, {"surface": "600", "source": "Claire Martin"}],
    },
    # "selon la FFT, qui compte 1 000 clubs": la relative après le nom est à lui
    {
        "text": "Environ 30 % des licenciés ont moins de 18 ans, selon la FFT, qui compte 1 000 clubs de padel.",
        "figures": [{"surface": "30", "bound": "approx", "unit": "percent", "source": "FFT"}, {"surface": "1 000", "source": "FFT"}],
    },
    # des dollars dans une dépêche sur le Canada sont canadiens ; le Québec écrit le signe après ("180 M$", "2,5 G$")
    {
        "text": "MONTRÉAL (La Presse canadienne) - La Ville de Montréal consacrera 180 M$ au déneigement, contre 165 millions de dollars l'an dernier, a indiqué la mairie. Le budget global atteint 2,5 G$.",
        "figures": [{"surface": "180 M", "unit": "CAD", "source": "mairie"}, {"surface": "165 millions", "unit": "CAD", "source": "mairie"}, {"surface": "2,5 G", "value": 2500000000, "unit": "CAD"}],
    },
    # les autres personnes et temps des verbes de parole, et ceux de conclure, révéler, exclure
    {
        "text": "Les syndicats soulignent que 3 000 postes sont menacés. L'entreprise admet avoir perdu 20 millions d'euros. Les experts rappellent que le coût atteindra 1 milliard d'euros.",
        "figures": [
            {"surface": "3 000", "source": "syndicats"},
            {"surface": "20 millions", "unit": "EUR", "source": "entreprise"},
            {"surface": "1 milliard", "unit": "EUR", "source": "experts"},
        ],
    },
    # une citation qui ouvre la phrase n'a pas de sujet : « J'ai ... », raconte-t-il, sans personne nommée avant
    {
        "text": "« J'ai dépensé 600 euros pour réparer le toit », affirme-t-il.",
        "figures": [{"surface": "600", "unit": "EUR", "source": None}],
    },
    # "s'est félicité M. Togni": un verbe pronominal au passé parle, et "M." n'est pas le nom
    {
        "text": "« Nous avons accueilli 9 000 spectateurs », s'est félicité M. Rossi.",
        "figures": [{"surface": "9 000", "source": "Rossi"}],
    },
    # "indique-t-on à la mairie" : le « on » ne dit rien, le lieu d'où vient l'information parle ; un décompte
    # revendiqué avec « en » : "tandis que la CGT en compte 60"
    {
        "text": "Le centre offre 900 lits, indique-t-on à la préfecture. La direction annonce 200 départs, tandis que Sud en compte 350.",
        "figures": [
            {"surface": "900", "source": "préfecture"},
            {"surface": "200", "source": "direction"},
            {"surface": "350", "source": "Sud"},
        ],
    },
    # « ont été estimés à » : un passif, son sujet ne parle pas
    {
        "text": "Le coût des travaux a été estimé à 4 millions d'euros.",
        "figures": [{"surface": "4 millions", "unit": "EUR", "source": None}],
    },
    # a stressed pronoun after the subject ("le ministère, lui, fait état de") leaves the subject the speaker;
    # the noun of the speech verb ("état") counts nothing; a named speaker is not what it counts
    {
        "text": "D'après les syndicats, le taux de grévistes atteignait 35 % ; le ministère, lui, fait état de 12,8 %. La CGT en revendique 150 000.",
        "figures": [
            {"surface": "35", "unit": "percent", "source": "syndicats"},
            {"surface": "12,8", "unit": "percent", "source": "ministère"},
            {"surface": "150 000", "source": "CGT", "what": None},
        ],
    },
    # an English name carried into French keeps its "the"; "a lancé" after a quotation is speech
    {
        "text": "L'ONG Save the Children affirme qu'au moins 40 000 enfants ont fui. « Déjà 3 000 classes comptent plus de 30 élèves », a lancé Agathe Moreau.",
        "figures": [
            {"surface": "40 000", "bound": "at_least", "source": "Save the Children"},
            {"surface": "3 000", "source": "Agathe Moreau"},
            {"surface": "30", "bound": "more_than", "source": "Agathe Moreau"},
        ],
    },
    # "prévoyait" is "prévoit" in the imperfect: a plan
    {
        "text": "Le projet initial prévoyait la suppression de 4 000 postes d'enseignants.",
        "figures": [{"surface": "4 000", "modality": "planned"}],
    },
    # a change of a rate in points of percentage, and in tenths of a point
    {
        "text": "Le taux de chômage a reculé de 0,3 point de pourcentage, soit trois dixièmes.",
        "figures": [{"surface": "0,3", "unit": "percent"}, {"surface": "trois dixièmes", "value": 0.3, "unit": "percent"}],
    },
    # a plan said by someone named after it: the one who says it is the source, not the actor; a time word
    # after the verb is no part of the relative's antecedent
    {
        "text": "Le gouvernement prévoit de déployer un millier de douaniers, a indiqué Bercy. Le groupe supprimera 2 400 postes, a annoncé mardi la direction, qui chiffre le coût du plan à 310 millions d'euros.",
        "figures": [
            {"surface": "millier", "source": "Bercy", "modality": "planned"},
            {"surface": "2 400", "source": "direction"},
            {"surface": "310 millions", "unit": "EUR", "source": "direction"},
        ],
    },
    # a name the alias table knows keeps its lower-case words; "redoute" gives a body's fear
    {
        "text": "La Cour des comptes juge cette trajectoire « insoutenable » et estime qu'il faudrait 5 milliards d'économies. Le BNIC redoute une baisse de 30 % des expéditions.",
        "figures": [
            {"surface": "5 milliards", "source": "Cour des comptes", "modality": "estimated"},
            {"surface": "30", "unit": "percent", "source": "BNIC"},
        ],
    },
    # "selon un calcul du SNUipp": the calculation's owner
    {
        "text": "Une journée de grève représente une retenue de 95 euros, selon un calcul du SNUipp.",
        "figures": [{"surface": "95", "unit": "EUR", "source": "SNUipp"}],
    },
    # a forecast verb before a change forecasts it
    {
        "text": "La Banque de France prévoit une croissance de 0,9 % en 2026.",
        "figures": [{"surface": "0,9", "unit": "percent", "source": "Banque de France", "modality": "estimated"}],
    },
    # "à en croire X"; "fait savoir son président" with no owner named before: the body that opens the sentence
    {
        "text": "À en croire la fédération, près de 1 200 exploitations ont cessé leur activité. Le conseil a débloqué une enveloppe de 2 millions d'euros, fait savoir son président.",
        "figures": [
            {"surface": "1 200", "bound": "approx", "source": "fédération"},
            {"surface": "2 millions", "unit": "EUR", "source": "conseil"},
        ],
    },
    # "il/elle" with no one named yet: the person whose name opens the sentence before; "Du côté de X, on
    # indique"; a participle opening the sentence is no subject
    {
        "text": "Nathalie Appéré a présenté mardi son budget. « Nous investirons 120 millions d'euros », a-t-elle annoncé. Du côté de la préfecture, on indique que 450 personnes ont été évacuées. Interrogé, le président du club assure que 8 000 billets ont été vendus.",
        "figures": [
            {"surface": "120 millions", "unit": "EUR", "source": "Nathalie Appéré"},
            {"surface": "450", "source": "préfecture"},
            {"surface": "8 000", "source": "président du club"},
        ],
    },
    # revising one's own forecast or target gives it: the subject speaks
    {
        "text": "L'Insee relève sa prévision de croissance à 1,2 %. Le FMI a revu à la baisse ses prévisions pour la zone euro, à 0,9 %.",
        "figures": [
            {"surface": "1,2", "unit": "percent", "source": "Insee", "modality": "estimated"},
            {"surface": "0,9", "unit": "percent", "source": "FMI", "modality": "estimated"},
        ],
    },
    # the value set against a figure after its according phrase keeps its account
    {
        "text": "Le chômage a atteint 7,6 % au troisième trimestre, selon l'Insee, contre 7,4 % au trimestre précédent.",
        "figures": [
            {"surface": "7,6", "unit": "percent", "source": "Insee"},
            {"surface": "7,4", "unit": "percent", "source": "Insee"},
        ],
    },
    # a verb after 'et' in a clause a conjunction opened with its own subject ('alors que X juge ... et l'estime') is that subject's
    {
        "text": "Le gouvernement table sur un déficit de 5,4 % du PIB, alors que le Haut Conseil des finances publiques juge cette prévision optimiste et l'estime plutôt à 5,7 %.",
        "figures": [
            {"surface": "5,4", "unit": "percent", "source": "gouvernement", "modality": "estimated"},
            {"surface": "5,7", "unit": "percent", "source": "Haut Conseil des finances publiques", "modality": "estimated"},
        ],
    },
    # an appeal for funds and a promise are their makers' claims; raising a toll gives it; a description after 'selon' points back at this sentence's own speaker
    {
        "text": "L'OMS a lancé un appel de 87,4 millions de dollars. Le gouvernement japonais a promis 3 millions de doses. Le DSNS a porté le bilan à 11 morts. L'Organisation mondiale de la santé (OMS) estime que seuls 43 % des cas ont été testés, selon l'agence onusienne.",
        "figures": [
            {"surface": "87,4 millions", "unit": "USD", "source": "OMS"},
            {"surface": "3 millions", "source": "gouvernement japonais", "modality": "planned"},
            {"surface": "11", "source": "DSNS"},
            {"surface": "43", "unit": "percent", "source": "OMS"},
        ],
    },
    # a person's role with an adjective points back only at a person named with no other role
    {
        "text": "À Kiev, neuf personnes ont été tuées, a annoncé le chef de l'administration militaire de la ville, Ihor Bondar. Dans son allocution du soir, le président ukrainien a affirmé que la Russie avait tiré plus de 1 500 drones.",
        "figures": [
            {"surface": "neuf", "source": "Ihor Bondar"},
            {"surface": "1 500", "bound": "more_than", "source": "président ukrainien"},
        ],
    },
    # where a count was recorded, and the speaker after who gives it; a news agency that reports it only relays
    {
        "text": "La République démocratique du Congo a enregistré 12 460 cas suspects de mpox, a annoncé jeudi le ministre de la Santé, Félix Kabongo Ilunga. Le syndicat CGT a recensé au moins neuf morts, a rapporté l'AFP.",
        "figures": [
            {"surface": "12 460", "source": "Félix Kabongo Ilunga"},
            {"surface": "neuf", "bound": "at_least", "source": "CGT"},
        ],
    },
    # an evidence phrase naming its kind before its owner: the owner
    {
        "text": "Au Burundi, 214 cas confirmés ont été notifiés depuis janvier, selon le dernier rapport de situation de l’OMS.",
        "figures": [
            {"surface": "214", "source": "OMS"},
        ],
    },
    # a survey's sample after 'de' is no figure of the claim, the survey's owner speaks
    {
        "text": "D'après une enquête Elabe réalisée auprès de 1 002 personnes, 54 % des sondés soutiennent la grève.",
        "figures": [
            {"surface": "1 002"},
            {"surface": "54", "unit": "percent", "source": "Elabe"},
        ],
    },
    # a place after the verb is where it was said, no outlet relaying it
    {
        "text": "La Poste exploite actuellement 770 filiales, a-t-elle indiqué mardi à Berne.",
        "figures": [
            {"surface": "770", "source": "La Poste", "via": None},
        ],
    },
    # a person's role after a possessive belongs to the body named before it, not to the event that opens the sentence
    {
        "text": "La grève des pilotes a coûté environ 120 millions d'euros à la compagnie, selon son directeur financier.",
        "figures": [
            {"surface": "120 millions", "bound": "approx", "unit": "EUR", "source": "compagnie"},
        ],
    },
    # a relative between the according cue and its verb, the speaker after
    {
        "text": "Quelque 14 personnes ont été interpellées, selon ce qu'a indiqué mardi le parquet.",
        "figures": [
            {"surface": "14", "bound": "approx", "source": "parquet"},
        ],
    },
    # un participe de publication après le nom finit la phrase de "selon" : "la Cour des comptes publié mercredi"
    {
        "text": "Selon un rapport de la Cour des comptes publié mercredi, le coût du programme a dérapé de 1,8 milliard d’euros.",
        "figures": [
            {"surface": "1,8 milliard", "unit": "EUR", "source": "Cour des comptes"},
        ],
    },
    # le nom d'un organisme après son article n'est pas un texte ("Le Programme alimentaire mondial") ; un nom puis sa description en apposition : le nom
    {
        "text": "Le Programme alimentaire mondial (PAM) a indiqué qu’il lui manquait 45 millions de dollars. Au total, 22 suspects ont été arrêtés, a précisé Europol, l’agence européenne de coopération policière, qui a coordonné l’opération.",
        "figures": [
            {"surface": "45 millions", "unit": "USD", "source": "PAM"},
            {"surface": "22", "source": "Europol"},
        ],
    },
    # un relatif de lieu ouvre une proposition avec son propre sujet ; une description puis le nom entre parenthèses : le nom
    {
        "text": "Le matériel était stocké en Allemagne, où la police fédérale (Bundespolizei) dit avoir mobilisé quelque 350 agents.",
        "figures": [
            {"surface": "350", "bound": "approx", "source": "Bundespolizei"},
        ],
    },
    # un pointage est une pièce : son auteur parle ("selon le dernier pointage de la préfecture")
    {
        "text": "Selon le dernier pointage de la préfecture, 1 200 foyers restaient privés d’électricité mardi matin.",
        "figures": [
            {"surface": "1 200", "source": "préfecture"},
        ],
    },
    # "d'après ses relevés" sans personne avant : le porte-parole nommé après les possède
    {
        "text": "Le fabricant Voltiq a annoncé le rappel de 214 000 batteries. D’après ses relevés, au moins 118 départs de feu sont liés à ces batteries, a indiqué à l’AFP sa porte-parole, Hélène Marchetti.",
        "figures": [
            {"surface": "214 000", "source": "Voltiq"},
            {"surface": "118", "bound": "at_least", "source": "Hélène Marchetti"},
        ],
    },
    # "35 centimes" seuls : des centièmes de la monnaie que nomme l’article
    {
        "text": "L’appli facture 35 centimes de frais par paiement, sur un stationnement à 2 euros.",
        "figures": [
            {"surface": "35", "value": 0.35, "low": 0.35, "high": 0.35, "unit": "EUR"},
            {"surface": "2", "unit": "EUR"},
        ],
    },
    # le numéro d’un modèle après son mot « modèle » fait partie du nom
    {
        "text": "Les modèles Urban 8 et Urban 10 Pro sont concernés ; 214 000 batteries sont rappelées.",
        "figures": [
            {"surface": "214 000"},
        ],
    },
    # le numéro d’une ligue ou d’une course est un nom (« la Ligue 1 ») ; un lien élidé collé au nom du propriétaire (« les estimations d’EDF »)
    {
        "text": "La LFP a attribué les droits de la Ligue 1 pour 500 millions d’euros par an. Selon les estimations d’EDF, la prolongation coûterait 2 milliards d’euros.",
        "figures": [
            {"surface": "500 millions", "unit": "EUR"},
            {"surface": "2 milliards", "unit": "EUR", "source": "EDF"},
        ],
    },
    # les lettres d’un parti entre le titre et le nom ne sont pas du nom : « le député LFI François Ruffin »
    {
        "text": "Le député LFI François Ruffin a dénoncé un « gâchis » de 300 millions d’euros.",
        "figures": [
            {"surface": "300 millions", "unit": "EUR", "source": "François Ruffin"},
        ],
    },
    # un nom épelé par son sigle, minuscules et virgules comprises, jusqu’au sigle ; « a connaissance de » donne le compte
    {
        "text": "En France, la Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF) a publié la fiche de rappel. La DGCCRF a connaissance de quatre incidents. Selon la Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF), 40 000 batteries sont concernées.",
        "figures": [
            {"surface": "quatre", "source": "DGCCRF"},
            {"surface": "40 000", "source": "DGCCRF"},
        ],
    },
    # « loin du milliard espéré » : un milliard
    {
        "text": "La LFP a vendu les droits pour 500 millions d’euros par an, bien loin du milliard espéré.",
        "figures": [
            {"surface": "500 millions", "unit": "EUR"},
            {"surface": "milliard", "value": 1000000000},
        ],
    },
    # une fraction après l article défini est une part, pas une anaphore comme « les deux pays »
    {
        "text": "Les deux tiers des gares sont inaccessibles et les trois quarts des quais trop bas.",
        "figures": [
            {"surface": "deux tiers", "value": 66.66666666666667, "unit": "percent", "what_head": "gares"},
            {"surface": "trois quarts", "value": 75, "unit": "percent", "what_head": "quais"},
        ],
    },
    # ce que mesure un montant après un participe et son auxiliaire, ou un infinitif après un modal : le sujet
    {
        "text": "Les secours en montagne ont coûté environ 4,8 millions d’euros. Le déficit d’exploitation pourrait atteindre 900 000 euros par an.",
        "figures": [
            {"surface": "4,8 millions", "unit": "EUR", "what_head": "secours"},
            {"surface": "900 000", "unit": "EUR", "what_head": "déficit", "modality": "possible"},
        ],
    },
    # une relative après ses clitiques (« qui n’en recense »), réfuter un bilan est le démentir, un gérondif de parole ouvre son propre énoncé, « fait valoir » est un verbe de parole
    {
        "text": "Un chiffre contesté par le ministère de la Santé, qui n’en recense que 37. Le ministère réfute ce bilan de 12 décès, assurant n’avoir reçu que trois signalements. Il fait valoir que 98 % des Français vivent près d’un service d’urgence.",
        "figures": [
            {"surface": "37", "source": "ministère de la Santé"},
            {"surface": "12", "source": "ministère de la Santé", "modality": "denied"},
            {"surface": "trois", "source": "ministère de la Santé", "modality": "asserted"},
            {"surface": "98", "unit": "percent", "source": "ministère de la Santé"},
        ],
    },
    # un score en toutes lettres après un mot de résultat n'est pas un chiffre
    {
        "text": "Le PSG a battu Lyon 3 à 1 samedi devant 45 000 spectateurs.",
        "figures": [
            {"surface": "45 000"},
        ],
    },
    # ce que paie l'argent après « dans un » ou « pour » et un nom d'action ; « pour les contrevenants » dit qui paie
    {
        "text": "La banque investira 12 millions d'euros dans un nouvel outil de détection. L'État a apporté 2,5 millions d'euros pour la rénovation de la piscine. La commune envisage des amendes pouvant atteindre 135 euros pour les contrevenants.",
        "figures": [
            {"surface": "12 millions", "unit": "EUR", "what_head": "outil"},
            {"surface": "2,5 millions", "unit": "EUR", "what_head": "rénovation"},
            {"surface": "135", "unit": "EUR", "what_head": "amendes"},
        ],
    },
    # un titre de presse garde son article : « selon Le Monde »
    {
        "text": "Selon Le Monde, 300 postes seront supprimés.",
        "figures": [
            {"surface": "300", "source": "Le Monde"},
        ],
    },
    # un verbe au futur n'est pas ce que mesure le montant : « consacrera 85 millions »
    {
        "text": "La métropole lilloise consacrera 85 millions d'euros en 2026.",
        "figures": [
            {"surface": "85 millions", "unit": "EUR", "what_head": "métropole"},
        ],
    },
    # un état maintenu entre le verbe et le niveau : « est resté stable à 7,3 % »
    {
        "text": "D'après l'Insee, le taux de chômage est resté stable à 7,3 % au troisième trimestre.",
        "figures": [
            {"surface": "7,3", "unit": "percent", "source": "Insee", "what": "taux de chômage"},
        ],
    },
    # une part du chiffre d’avant, après une virgule ("dont deux grièvement"): le même compte, même quand "selon" est au milieu de la phrase
    {
        "text": "Quatorze personnes ont été blessées selon la police, dont deux grièvement.",
        "figures": [
            {"surface": "Quatorze", "source": "police"},
            {"surface": "deux", "source": "police"},
        ],
    },
    # un nom, puis son parti entre parenthèses : la personne parle, pas le parti
    {
        "text": "« Nous attendons jusqu’à 5 000 visiteurs », a déclaré Anne Keller (LR) à l’AFP.",
        "figures": [
            {"surface": "5 000", "bound": "up_to", "source": "Anne Keller"},
        ],
    },
    # ce que dit un document lu par une agence : le document parle, l'agence relaie ; le sujet du verbe avant n'est pas la source (« selon un document budgétaire consulté par l'AFP »)
    {
        "text": "Le gouvernement a prévu une enveloppe de 300 millions d’euros, selon un document budgétaire consulté par l’AFP.",
        "figures": [
            {"surface": "300 millions", "unit": "EUR", "source": "document budgétaire", "via": "AFP"},
        ],
    },
    # un verbe avec « en » et son propre objet (« les opposants en comptent le double ») ne parle pas pour le chiffre d’avant ; « selon X » sans chiffre avant lui (une date n’en est pas) vaut pour ceux d’après
    {
        "text": "La fédération recense 64 accidents sur la saison, les associations en comptent le double. Un promeneur a été blessé le 3 décembre par une balle tirée, selon les gendarmes, à environ 200 mètres.",
        "figures": [
            {"surface": "64", "source": "fédération"},
            {"surface": "200", "unit": "m", "source": "gendarmes"},
        ],
    },
    # un mot-nombre écrit avec une capitale au milieu d’une phrase est un nom (« l’hôpital Santa Chiara de Trente ») ; en tête de phrase, un nombre
    {
        "text": "Une passagère a succombé à l’hôpital Santa Chiara de Trente, a précisé la province. Trente personnes ont été hospitalisées.",
        "figures": [
            {"surface": "Trente"},
        ],
    },
    # des réservations, des relevés, des registres sont des données, pas quelqu’un qui parle (« d’après les réservations ») : le locuteur de la phrase parle
    {
        "text": "Trenitalia en a recensé 286. Les ÖBB évoquent quant à eux « environ 340 voyageurs » d’après les réservations.",
        "figures": [
            {"surface": "286", "source": "Trenitalia"},
            {"surface": "340", "source": "ÖBB"},
        ],
    },
    # un rôle et son portefeuille après le verbe (« a précisé l’adjoint aux finances ») : « aux » ne finit pas le sujet, mais « aux journalistes » après le ministre reste à qui il parle
    {
        "text": "La mairie a investi 2 millions d’euros, a précisé l’adjoint aux finances. Il y a 300 blessés, a déclaré le ministre aux journalistes.",
        "figures": [
            {"surface": "2 millions", "source": "adjoint aux finances"},
            {"surface": "300", "source": "ministre"},
        ],
    },
    # résumer et prédire, c'est dire (« résume Julien Marsac », « prédit cet éleveur »)
    {
        "text": "« Ce sont 5 % des agriculteurs qui vont accaparer l’eau de tous », résume Julien Marsac.",
        "figures": [
            {"surface": "5", "source": "Julien Marsac"},
        ],
    },
    # the CFP franc of New Caledonia and Polynesia (XPF), and the CFA franc written in one word
    {
        "text": "Les dégâts sont évalués à 262 milliards de francs CFP, soit 40 millions de F CFP par commune, et 900 millions de FCFA au Sénégal.",
        "figures": [
            {"surface": "262 milliards", "unit": "XPF"},
            {"surface": "40 millions", "unit": "XPF"},
            {"surface": "900 millions", "unit": "XOF"},
        ],
    },
    # a forecast participle after its figure names its agent across a time phrase: "1,5 milliard avancé en juin par le haut-commissariat"
    {
        "text": "Le gouvernement chiffre les destructions à 2,2 milliards d’euros, contre 1,5 milliard avancé en juin par le haut-commissariat.",
        "figures": [
            {"surface": "2,2 milliards", "source": "gouvernement"},
            {"surface": "1,5 milliard", "source": "haut-commissariat"},
        ],
    },
    # raising a count to a number is claiming it: "un chiffre que le Medef-NC porte à près d’un millier", "la préfecture porte le bilan à 20 morts"
    {
        "text": "Selon la CCI, plus de 700 entreprises ont été détruites, un chiffre que le Medef-NC porte à « près d’un millier ». La préfecture porte le bilan à 20 morts.",
        "figures": [
            {"surface": "700", "source": "CCI"},
            {"surface": "millier", "source": "Medef-NC"},
            {"surface": "20", "source": "préfecture"},
        ],
    },
    # speaking of a figure in the past is giving it: "a parlé de 300 à 400 fuyards"
    {
        "text": "Le gouverneur du Kasaï-Central, Jean-Baptiste Tshimanga, a parlé de 300 à 400 fuyards.",
        "figures": [
            {"surface": "300 à 400", "source": "Jean-Baptiste Tshimanga"},
        ],
    },
    # a second speech act joined by "et" with its auxiliary left out is no longer ruled by the denial before it
    {
        "text": "Le ministre, Placide Nkulu, a démenti que « plus de cinquante personnes » aient péri, un chiffre circulant sur les réseaux sociaux, et assuré que 86 évadés avaient été repris.",
        "figures": [
            {"surface": "cinquante", "modality": "denied"},
            {"surface": "86", "modality": "asserted"},
        ],
    },
    # a relative "qui cite" relays the source it cites
    {
        "text": "Selon Le Parisien, qui cite des sources policières, 40 personnes ont été interpellées.",
        "figures": [
            {"surface": "40", "source": "sources policières", "via": "Le Parisien"},
        ],
    },
    # "sur le plan humain" is "as for", no plan: the figure after it is asserted
    {
        "text": "Sur le plan humain, le bilan s’établit à 9 morts, selon la préfecture. Le plan prévoit 300 recrutements.",
        "figures": [
            {"surface": "9", "source": "préfecture", "modality": "asserted"},
            {"surface": "300", "modality": "planned"},
        ],
    },
    # "selon la même source": the source of the figures just before, named or only described ("a indiqué la direction de l'établissement")
    {
        "text": "Selon l'ARS, 38 400 cas. Au CHU, 46 patients étaient hospitalisés, a indiqué la direction de l'établissement. Les urgences ont accueilli jusqu'à 320 passages par jour, selon la même source.",
        "figures": [
            {"surface": "38 400", "source": "ARS"},
            {"surface": "46", "source": "direction de l'établissement"},
            {"surface": "320", "bound": "up_to", "source": "direction de l'établissement"},
        ],
    },
    # a number written out opening the sentence is no subject for a pronoun ("Sept décès ..., a-t-elle précisé"); the clause joined by "et" after the pronoun's verb is the speaker's too
    {
        "text": "L'Agence régionale de santé (ARS) a recensé 38 400 cas. Sept décès ont été confirmés, a-t-elle précisé, et une quinzaine d'autres sont en cours d'investigation.",
        "figures": [
            {"surface": "38 400", "source": "ARS"},
            {"surface": "Sept", "source": "ARS"},
            {"surface": "quinzaine", "source": "ARS"},
        ],
    },
    # a slash inside a name joins its parts: "l'intersyndicale SNPNC-FO/UNSA-PNC"
    {
        "text": "L'intersyndicale SNPNC-FO/UNSA-PNC revendique 80 % de grévistes.",
        "figures": [
            {"surface": "80", "source": "SNPNC-FO/UNSA-PNC"},
        ],
    },
    # a place and its apposition, then a person and her age, then "dit avoir perdu": she speaks, and the compound infinitive is what she said, no subject after the verb; "jamais inférieurs à" is at least
    {
        "text": "À Tamassint, l'un des villages les plus touchés, Fatima Azzouzi, 61 ans, dit avoir perdu sept proches. Le syndicat réclame des hausses jamais inférieures à 150 euros.",
        "figures": [
            {"surface": "sept", "source": "Fatima Azzouzi"},
            {"surface": "150", "bound": "at_least", "source": "syndicat"},
        ],
    },
    # a role and its holder's name in apposition open the sentence: they are its subject, the object after the verb no inverted speaker ("a dénoncé une grève disproportionnée" names no one, "la même source" is the minister); a pronoun that may stand for a body ("Elle") is the one-word name that opens the sentence before, no speech verb there
    {
        "text": "Le ministre délégué, Hervé Castagnède, a dénoncé une grève disproportionnée. Selon la même source, 300 vols ont été annulés. Volantis, qui opère 62 rotations quotidiennes au départ d'Orly, est la compagnie la plus touchée. Elle dit avoir dû annuler 210 vols.",
        "figures": [
            {"surface": "300", "source": "Hervé Castagnède"},
            {"surface": "62", "source": None},
            {"surface": "210", "source": "Volantis"},
        ],
    },
    # an offer put on the table is its maker's (spec: demands and offers)
    {
        "text": "La direction a mis sur la table 2,5 % d'augmentation.",
        "figures": [
            {"surface": "2,5", "source": "direction"},
        ],
    },
    # French glues its teens to ten: "dix-septième" is the 17th, an ordinal and no figure (never ten sevenths); "trois dix-septièmes" is a fraction
    {
        "text": "Cette dix-septième médiation a permis l'échange de 300 prisonniers. Les trois dix-septièmes du budget sont gelés.",
        "figures": [
            {"surface": "300"},
            {"surface": "trois dix-septièmes"},
        ],
    },
    # a gerund's aside between subject and verb is no new subject ("s'exprimant sous couvert d'anonymat")
    {
        "text": "Des responsables américains, s'exprimant sous couvert d'anonymat, ont indiqué qu'un second paquet d'environ 2,5 milliards de dollars pourrait être notifié.",
        "figures": [
            {"surface": "2,5 milliards", "bound": "approx", "source": "responsables américains"},
        ],
    },
    # a subject and a participle describing it, set off by commas, then the verb: the subject speaks, the phrase after the verb is its object ("par la voix de son organe Az-Zallaqa")
    {
        "text": "Le Groupe de soutien à l'islam et aux musulmans (JNIM), affilié à Al-Qaïda, a revendiqué l'attaque par la voix de son organe de propagande Az-Zallaqa, affirmant avoir tué « plus de 100 soldats ».",
        "figures": [
            {"surface": "100", "bound": "more_than", "source": "JNIM"},
        ],
    },
    # the one an outlet reached speaks, the outlet relays ("Un élu local joint par téléphone par l'AFP, qui a requis l'anonymat, a dit"); "selon lui" after a speaker named only by a role is that speaker
    {
        "text": "Un élu local joint par téléphone par l'AFP, qui a requis l'anonymat, a dit avoir vu enterrer « entre 60 et 70 corps » lundi. Selon lui, des centaines d'habitants ont fui.",
        "figures": [
            {"surface": "60 et 70", "source": "élu local", "via": "AFP"},
            {"surface": "centaines", "source": "élu local"},
        ],
    },
    # a role with its age after a person named before is that person ("a précisé le dirigeant de 52 ans"); with no one named before, the role speaks, its age left out
    {
        "text": "« La croissance continue », a déclaré Thomas Ribeyre. « Nous avons vendu 38 millions de baguettes », a précisé le dirigeant de 52 ans. Une habitante de 61 ans a affirmé que 300 maisons étaient détruites.",
        "figures": [
            {"surface": "38 millions", "source": "Thomas Ribeyre"},
            {"surface": "300", "source": "habitante"},
        ],
    },
]
