"""French language pack: data only. The algorithm reads it and never names a language.

Every entry is matched against the normalised view of the text: lower-cased,
NBSP and narrow NBSP as plain spaces, ’ as ', « » “ ” as ". Regex fragments
are written for that view. Examples that must keep working: fr_corpus.py.
"""

CODE = "fr"
NAME = "French"

# --- digits --------------------------------------------------------------
DECIMAL_MARKS = ","  # 1,5 milliard
GROUP_MARKS = " .'"  # 1 500 (NBSP and narrow NBSP are spaces in the view), 12.000, 1'500

# --- number words (text2num parses runs of them) --------------------------
NUMBER_WORDS = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
    "mil": 1000,
}
NUMBER_JOINERS = ("et",)  # vingt et un
DECIMAL_WORDS = ("virgule",)  # un virgule cinq milliard
# fraction words and their denominators: trois cinquièmes (0.6), un million et demi (1.5e6),
# cinq milliards et trois quarts; unaccented spellings are added by the compiler
FRACTIONS = {
    "demi": 2, "demie": 2, "demis": 2, "tiers": 3, "quart": 4, "quarts": 4,
    "cinquième": 5, "cinquièmes": 5, "sixième": 6, "sixièmes": 6, "septième": 7, "septièmes": 7,
    "huitième": 8, "huitièmes": 8, "neuvième": 9, "neuvièmes": 9, "dixième": 10, "dixièmes": 10,
    "centième": 100, "centièmes": 100, "millième": 1e3, "millièmes": 1e3, "millionième": 1e6,
    "millionièmes": 1e6, "milliardième": 1e9, "billionième": 1e12, "billionièmes": 1e12,
    "unième": 1, "unièmes": 1,  # only after a tens word: un vingt et unième (1/21)
}
# words that multiply the number before them: trois douzaines (36)
MULTIPLES = {"douzaines": 12}
# Words that are numbers only with a scale after them: "un million", not "un homme".
ARTICLE_WORDS = ("un", "une")
# number words that are no number on their own: "34 cents" (the coin), "quatre-vingts" needs its four
NOT_ALONE = ("cents", "vingts")

# --- scale words after a number: 1,5 milliard, 3 millions, 10k, 1,2 Md€ -----
SCALES = {
    "cent": 1e2,
    "mille": 1e3,
    "millier": 1e3,
    "milliers": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "m": 1e6,
    "g": 1e9,  # Quebec: "2,5 G$" (milliards de dollars)
    "k": 1e3,
}
# a bare amount in these scales is money in the article's currency (none in French: the
# corpus says "1,5 milliard" alone is a plain number)
BARE_MONEY_SCALES = []
DEFAULT_CURRENCY = None
# abbreviations that only count as a scale when glued to a currency (150 M€, 1,5 Md€) or the digits (10k)
SCALE_NEEDS_CURRENCY = ("m", "g")
SCALE_LINK = r"(?:de |d')?"  # "des dizaines de milliers", "une vingtaine de milliards"

# --- vague magnitudes and approximate bases -------------------------------
VAGUE = {"dizaines": (20, 99), "centaines": (200, 999), "milliers": (2000, 9999)}
VAGUE_REPEAT = r"et"  # "des dizaines et dizaines"
BASES = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}

# --- bounds: cues written right before the number --------------------------
BOUND_CUES = {
    "at_least": [
        r"au moins", r"pas moins de", r"pas moins d'", r"au minimum", r"un minimum de", r"minimum",
        r"supérieure? ou égale? à", r"(?<![<>=])>=", r"≥",
        r"non inférieure?s? à", r"pas inférieure?s? à", r"jamais inférieure?s? à",  # not less than: at least
    ],
    "more_than": [
        r"un peu plus de",
        r"plus de",
        r"plus d'",
        r"au-delà de",
        r"au-dela de",
        r"supérieure? à",
        r"plus que",
        r"davantage que",
        r"dépass\w*(?: désormais| déjà| largement| aujourd'hui| ce \w+| \w+di)?(?: les| la barre des| le cap des)?",
        r"franchi\w*(?: la barre| le cap)?(?: des| de| les)?",
        r"excède",
        r"excèdent",
        r"a? ?passé la barre des",
        r"(?<![<>=])>(?!=)",
    ],
    "at_most": [
        r"au plus", r"au maximum", r"tout au plus", r"pas plus de", r"pas plus d'", r"maximum",
        r"inférieure? ou égale? à", r"(?<![<>=])<=", r"≤",
        r"non supérieure?s? à", r"pas supérieure?s? à",  # not more than: at most
    ],
    "up_to": [r"jusqu'à", r"jusqu'a", r"jusqu'au"],
    "less_than": [
        r"un peu moins de",
        r"moins de",
        r"moins d'",
        r"inférieure? à",
        r"sous les",
        r"sous la barre des",
        r"en dessous de",
        r"en deçà de",
        r"(?<![<>=])<(?![=>])",
    ],
    "approx": [
        r"environ",
        r"près de",
        r"près d'",
        r"pres d'",
        r"autour d'",
        r"pres de",
        r"quelque",
        r"autour de",
        r"approximativement",
        r"à peu près",
        r"presque",
        r"quasiment",
        r"aux alentours de",
        r"de l'ordre de",
        r"env\.",
        r"grosso modo",
        r"pas loin de",
        r"plus ou moins",
    ],
}
# "jusqu'à" after a verb of rising means "to" (exact): le bilan monte jusqu'à 211
# words that set a second number against a first with a unit, which it shares: "9 400 tonnes, contre 18 100 l"an dernier"
COMPARE_LINKS = ["contre", "après", "au lieu de", "face à", "comparé à", "par rapport à"]
# the journalistic conditional reports what the source named before in the paragraph says
# ("Le doctorat n'augmenterait que de 10 %"): its figures go on that source's account
REPORTED_MOOD = [r"\w{2,}r(?:ait|aient)"]
# a negation a few words before a "more than" cue makes it at most: "ne pas pêcher plus de 298 000 tonnes"
NEGATIONS = ["pas", "jamais"]
CHANGE_VERBS = r"(?:amélior\w*|dégrad\w*|redress\w*|doubl\w*|tripl\w*|bondi\w*|progress\w*|mont\w*|grimp\w*|pass\w*|port\w*|augment\w*|baiss\w*|recul\w*|chut\w*|tomb\w*|élev\w*|relev\w*|ramen\w*|réduit\w*|réduir\w*|sub\w*|gonfl\w*|rehauss\w*|abaiss\w*)"
# "by" before a bound: "baisser de jusqu'à 10 %": the change's size is up to, not "to"
CHANGE_SIZE_WORDS = ["de"]

# --- ranges ---------------------------------------------------------------
RANGE_BETWEEN = r"(?:comprise? |compris )?entre"  # before the first number
RANGE_AND = r"et"  # entre X et Y
RANGE_FROM = r"de|d'"  # de X à Y
RANGE_TO = r"à|a|au"  # de X à Y, X à Y
# bound cues written after the number: "200 ou plus"
BOUND_AFTER = {"at_least": [r"ou plus", r"et plus"], "at_most": [r"ou moins"]}
# a fraction written with a word between numerator and denominator: un sur trois
FRACTION_OVER = [r"sur"]
# a currency's subunit after its main unit: 15 dollars et 15 (cents)
SUBUNITS = [r"cents?", r"centimes?"]

# --- units ----------------------------------------------------------------
# after the number (and its scale); optional "de"/"d'" before word units
UNITS_AFTER = {
    "kwanzas": "AOA",  # Angola's money
    "ariary": "MGA",  # Madagascar's money
    "soles": "PEN",  # Peru's money (plural only: "sol" is a common word)
    # flows said in full: "27 metros cúbicos por segundo (m³/s)"
    "m³/s": "m3/s",
    "m3/s": "m3/s",
    "mètres cubes par seconde": "m3/s",
    "%": "percent",
    "point de pourcentage": "percent",  # "recule de 0,3 point de pourcentage": a change of a rate
    "pour cent": "percent",
    "pourcents": "percent",
    "pourcentage": "percent",
    "pourcent": "percent",
    "pour-cent": "percent",
    "points de pourcentage": "percent",
    "points de pourcent": "percent",
    "€": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "$": "USD",
    "dollars": "USD",
    "dollars américains": "USD",
    "dollars australiens": "AUD",
    "dollars canadiens": "CAD",
    "dollars de hong kong": "HKD",
    "dollars néo-zélandais": "NZD",
    "$ c": "CAD",
    "$ can": "CAD",
    "$ hk": "HKD",
    "$ us": "USD",
    "florins hollandais": "NLG",
    "francs français": "FRF",
    "pesos mexicains": "MXN",
    "pesos": "MXN",
    "acres": "ac",
    "gallons": "gal",
    "gallon": "gal",
    "microgrammes": "µg",
    "ug": "µg",
    "µg": "µg",
    "pieds cubes": "ft3",
    "barils": "bbl",
    "dollar": "USD",
    "usd": "USD",
    "£": "GBP",
    "livres sterling": "GBP",
    "livres": "GBP",
    "gbp": "GBP",
    "wons": "KRW",
    "won": "KRW",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "yens": "JPY",
    "yen": "JPY",
    "yuans": "CNY",
    "yuan": "CNY",
    "roubles": "RUB",
    "rouble": "RUB",
    "francs suisses": "CHF",
    "francs cfa": "XOF",
    "francs cfp": "XPF",
    "franc cfp": "XPF",
    "f cfp": "XPF",
    "francs pacifique": "XPF",
    "xpf": "XPF",
    "franc cfa": "XOF",
    "fcfa": "XOF",
    # a franc alone is today the Swiss one (the CFA franc is written as such)
    "francs": "CHF",
    "franc": "CHF",
    "reais": "BRL",
    "réals": "BRL",
    "km²": "km2",
    "km2": "km2",
    "kilomètres carrés": "km2",
    "m²": "m2",
    "m2": "m2",
    "mètres carrés": "m2",
    "km": "km",
    "décibels": "dB",
    "décibel": "dB",
    "kilomètres": "km",
    "kilomètre": "km",
    "mètres": "m",
    "mètre": "m",
    "m": "m",
    "millimètres": "mm",
    "mm": "mm",
    "ml": "ml",
    "millilitres": "ml",
    "cl": "cl",
    "mg": "mg",
    "g": "g",
    "rad": "rad",
    "radians": "rad",
    "miles": "mi",
    "pieds": "ft",
    "pouces": "in",
    "kilowatts": "kW",
    "kw": "kW",
    "kwh": "kWh",
    "gigawattheures": "GWh",
    "twh": "TWh",
    "centimètres": "cm",
    "cm": "cm",
    "tonnes": "t",
    "tonne": "t",
    "t": "t",
    "kilos": "kg",
    "kg": "kg",
    "kilogrammes": "kg",
    "grammes": "g",
    "hectares": "ha",
    "hectare": "ha",
    "ha": "ha",
    "litres": "l",
    "litre": "l",
    "mégawatts": "MW",
    "mw": "MW",
    "gigawatts": "GW",
    "gw": "GW",
    "km/h": "km/h",
    "hectolitres": "hl",
    "hectolitre": "hl",
    "zlotys": "PLN",
    "zloty": "PLN",
    "livres turques": "TRY",
    "couronnes suédoises": "SEK",
    "mètres cubes": "m3",
    "mètre cube": "m3",
    "téraoctets": "TB",
    "téraoctet": "TB",
    "gigaoctets": "GB",
}
# energy: "6,969 gigawatt-hours of electricity"
UNITS_AFTER.update({"gwh": "GWh", "mégawattheures": "MWh", "mwh": "MWh", "térawattheures": "TWh", "kilowattheures": "kWh"})

# written before the number
UNITS_BEFORE = {
    "€": "EUR", "$": "USD", "us$": "USD", "usd$": "USD", "cad$": "CAD", "c$": "CAD", "mxn$": "MXN", "a$": "AUD",
    "hk$": "HKD", "£": "GBP", "¥": "JPY", "₩": "KRW", "chf": "CHF", "usd": "USD", "eur": "EUR",
}

# --- numbers that are not figures ------------------------------------------
TIME_UNITS = [
    r"ans?",
    r"années?",
    r"mois",
    r"semaines?",
    r"jours?",
    r"heures?",
    r"h",
    r"minutes?",
    r"min",
    r"secondes?",
    r"siècles?",
    r"décennies?",
    r"trimestres?",
    r"nuits?",
    r"h\d\d",
    # seasons count time: "diez inviernos", "slipped by two seasons"
    "hivers",
    "hiver",
    "étés",
    "saisons",
]
MONTHS = [
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "janv",
    "févr",
    "sept",
    "oct",
    "nov",
    "déc",
]
ORDINAL_SUFFIXES = r"(?:er|re|ère|e|è|ème|eme|ᵉ|ᵉʳ|nd|nde)"
ORDINAL_WORDS = []  # premier, deuxième... are not in NUMBER_WORDS, so never read as numbers
# words right before a number that make it a name or an id: article 5, résolution 2231
ID_CUES = [
    r"tableau",
    r"num[ée]ros? d'urgence|urgences?",  # "le numéro d'urgence 112"
    r"numéro vert",
    r"route (?:nationale|départementale)|autoroute|articles? l\.?",  # "la route nationale 7", "article L. 561-15"
    r"under|over",  # "gli under 35", "les over 50": an age group, borrowed from English
    r"articles?",
    r"alinéas?",
    r"résolution",
    r"loi",
    r"décret",
    r"n°",
    r"no",
    r"numéro",
    r"chapitre",
    r"page",
    r"p\.",
    r"tome",
    r"volume",
    r"section",
    r"ligne",
    r"route",
    r"autoroute",
    r"vol",
    r"covid",
    r"paragraphe",
    r"annexe",
    r"amendement",
    r"saison",
    r"épisode",
    r"©",
    r"version",
    r"niveau",
    r"catégorie",
    r"zone",
    r"classe",
    r"type",
    r"modèle",
    r"canal",
    r"porte",
    r"quai",
    r"terminal",
    r"rue",
    r"boulevard",
    r"avenue",
]
# a phone number written in groups after its cue: "al número verde 800 123 456"
ID_CUES += ["appele[rz]? le|composer le|joindre le|(?:au|le) numéro|numéro(?: de téléphone)?"]
# a road, a draw, the top of a rating scale: "die B 304", "o concurso 2.838", "au niveau 4 sur une échelle de 5"
ID_CUES += ["(?:sur )?une échelle de", "échelle de"]
# words right before a 4-digit number that make it a year
YEAR_CUES = [
    r"en",
    r"depuis",
    r"dès",
    r"fin",
    r"début",
    r"mi",
    r"l'an",
    r"année",
    r"de",
    r"à",
    r"avant",
    r"après",
    r"vers",
]
# small number words that point back at known things: les deux pays, l'un des deux
ANAPHORA_BEFORE = r"(?:les|ces|des|aux|leurs|nos|vos|ses|mes|tes|l'un des|l'une des)"

# --- what is counted ------------------------------------------------------
WHAT_LINK = r"(?:de |d'|des |du )"  # 1,5 million de manifestants, 11,7 tonnes d'explosifs
# the link of a duration has no article: "tre anni", "10 di anni" ("18.100 dell'anno scorso" is no duration)
TIME_LINK = r"(?:de |d')"
# words that may open the counted noun phrase but are not its head
WHAT_PREMODIFIERS = [
    "autres",
    "nouveaux",
    "nouvelles",
    "nouvel",
    "nouveau",
    "nouvelle",
    "anciens",
    "anciennes",
    "jeunes",
    "grands",
    "grandes",
    "petits",
    "petites",
    "premiers",
    "derniers",
    "dernières",
    "seuls",
    "seules",
    "hauts",
    "haut",
    "principaux",
    "principales",
    "vrais",
    "faux",
    "simples",
]
# auxiliaries between a bare number and a participle: "4 900 ont été secourus"
WHAT_AUXILIARIES = [
    "ont",
    "ont été",
    "sont",
    "avaient été",
    "avaient",
    "étaient",
    "seront",
    "auront été",
    "sont déjà",
    "ont déjà été",
]
# words that end a noun phrase (verbs, prepositions other than de, conjunctions, pronouns)
WHAT_STOPWORDS = [
    "à",
    "a",
    "au",
    "aux",
    "en",
    "dans",
    "sur",
    "sous",
    "pour",
    "par",
    "avec",
    "sans",
    "contre",
    "vers",
    "chez",
    "depuis",
    "pendant",
    "selon",
    "dont",
    "que",
    "qui",
    "qu'",
    "où",
    "ou",
    "et",
    "mais",
    "car",
    "soit",
    "si",
    "ne",
    "n'",
    "se",
    "s'",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "y",
    "est",
    "sont",
    "ont",
    "a",
    "était",
    "étaient",
    "avait",
    "avaient",
    "sera",
    "seront",
    "fut",
    "été",
    "dès",
    "entre",
    "parmi",
    "lors",
    "après",
    "avant",
    "jusqu'à",
    "comme",
    "ce",
    "cette",
    "ces",
    "ça",
    "cela",
    "leur",
    "leurs",
    "son",
    "sa",
    "ses",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "plus",
    "moins",
    "environ",
    "déjà",
    "toujours",
    "encore",
    "aussi",
    "contre",
    "malgré",
    "face",
    "via",
    "hors",
    "outre",
    "afin",
    "tandis",
    "alors",
    "puis",
    "ensuite",
]
WHAT_NOT_HEADS = ["pib", "total", "totale", "fois", "an", "ans", "rapport", "cours"]
# links between a head noun and its complement (soldats de quatre brigades, d'explosifs)
COMPLEMENT_LINKS = ["de", "des", "du", "d'"]
COMPLEMENT_DETERMINERS = ["la", "l'", "le", "les"]
# before a number: determiners that open the phrase it measures, words skipped on the way back
LEFT_DETERMINERS = [
    "le",
    "la",
    "l'",
    "les",
    "des",
    "un",
    "une",
    "du",
    "sa",
    "son",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cette",
    "ces",
]
LEFT_SKIP = [
    "de",
    "d'",
    "à",
    "a",
    "des",
    "du",
    "les",
    "le",
    "la",
    "sous",
    "sur",
    "par",
    "pour",
    "en",
    "être",
    "été",
    # adverbs and adverbial locutions between a subject and its verb: "Le résultat net a en
    # revanche reculé à 6,1 millions"
    # a state kept between the verb and its level: "le taux de chômage est resté stable à 7,3 %"
    "stable",
    "stables",
    "inchangé",
    "inchangée",
    "inchangés",
    "inchangées",
    "resté",
    "restée",
    "restés",
    "restées",
    "revanche",
    "ailleurs",
    "outre",
    "toutefois",
    "cependant",
    "néanmoins",
    "pourtant",
    "également",
    "aussi",
    "encore",
    "déjà",
    "ainsi",
    "désormais",
    "finalement",
    "notamment",
]
# verb endings: a word ending so is no adjective and no head (atteignait, devront, porteront)
VERB_ENDINGS = ("ait", "aient", "ront", "rait", "raient", "èrent", "era", "ira", "dra")  # and the future: "consacrera", "investira", "atteindra"
# nouns before "de" that give the counted noun to a number elsewhere: le nombre de soldats ... 3 000
NUMBER_OF = r"(?:le |un |du |au )?(?:nombre|total|bilan|chiffre) (?:de |d'|des )"
# an adjective-looking word after the head extends the phrase: soldats nord-coréens, dette publique
ADJECTIVE_SUFFIXES = (
    "é",
    "és",
    "ée",
    "ées",
    "ique",
    "iques",
    "al",
    "ale",
    "aux",
    "ales",
    "el",
    "elle",
    "els",
    "elles",
    "aire",
    "aires",
    "if",
    "ive",
    "ifs",
    "ives",
    "ien",
    "ienne",
    "iens",
    "iennes",
    "éen",
    "éenne",
    "éens",
    "éennes",
    "ain",
    "aine",
    "ains",
    "aines",
    "ais",
    "aise",
    "aises",
    "ois",
    "oise",
    "oises",
    "eux",
    "euse",
    "euses",
    "ant",
    "ants",
    "ante",
    "antes",
    "ente",
    "entes",
    "iste",
    "istes",
    "u",
    "us",
    "ue",
    "ues",
    "is",
    "ise",
    "ises",
    "it",
    "ite",
    "its",
    "ites",
    "ier",
    "iers",
    "ière",
    "ières",
    "nd",
    "nds",
    "nde",
    "ndes",
)
ADJECTIVE_NOT = [
    "ont",
    "sont",
    "font",
    "vont",
    "étaient",
    "avaient",
    "devraient",
    "pourraient",
    "doivent",
    "sont",
]

# neutral in French: a number after a verb does not reach back to the verb's subject (it:
# "le frane censite sono 376"); no counted lists ("fiumi, strade e opere")
WHAT_SUBJECT = False
WHAT_COORDINATORS = []

# --- attribution ----------------------------------------------------------
# "selon X", "d'après X": X is the source
ACCORDING_TO = [r"selon", r"d'après", r"de(?= sources? )", r"aux dires de"]
# machine translations of "de acuerdo con", "in accordance with"
ACCORDING_TO += [r"d'accord avec", r"en accord avec", r"conformément à"]
# a passive agent names who put the number: "les dégâts, estimés par la FNSEA à 2 milliards"
ACCORDING_TO += [r"(?:estimée?s?|évaluée?s?|chiffrée?s?|calculée?s?|comptabilisée?s?|recensée?s?) par"]
# speech and reporting verbs, as words: "X a déclaré que", "..., a indiqué X", "a-t-il ajouté",
# "X estime que". The compiler builds auxiliary (+ up to three words) + participle, the present
# forms, and the inverted forms with a pronoun.
SPEECH_AUXILIARIES = ["a", "avait", "aura", "aurait", "ont", "avaient", "auront", "auraient"]
SPEECH_PARTICIPLES = [
    "mis en garde",  # "a mis en garde contre la baisse des crédits, ramenés à 1,2 million"
    "déclaré",
    "affirmé",
    "indiqué",
    "annoncé",
    "estimé",
    "précisé",
    "souligné",
    "ajouté",
    "expliqué",
    "assuré",
    "rappelé",
    "signalé",
    "rapporté",
    "averti",
    "dit",
    "écrit",
    "confié",
    "détaillé",
    "évoqué",
    "recensé",
    "compté",
    "enregistré",
    "mesuré",
    "chiffré",
    "dénombré",
    "revendiqué",
    "fait état",
    "fait savoir",
    "fait valoir",
    "reconnu",
    "admis",
    "démenti",
    "nié",
    "contesté",
    "confirmé",
    "publié",
    "dévoilé",
    "communiqué",
    "avancé",
    "martelé",
    "insisté",
    "prévenu",
    "calculé",
    "évalué",
    "jugé",
    "noté",
    "relevé",
    "constaté",
    "comptabilisé",
    "recensés",
    "alerté",
    "répondu",
    "tweeté",
    "déploré",
    "dénoncé",
    "poursuivi",
    "réclamé",
    "exigé",
    "demandé",
    "proposé",
    "offert",
    "prévu",
    "anticipé",
    "informé",
    "préconisé",
    "recommandé",
    "conseillé",
    "reproché",
    "accusé",
    "rétorqué",
    "répliqué",
    # what a body notes, observes or puts down to a cause is its claim
    "observé",
    # participles of the verbs of concluding, revealing, ruling out
    "révélé", "conclu", "exclu", "témoigné",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "raconté",
]
SPEECH_PRESENT = [
    # summing up and predicting are saying: "résume Julien Marsac", "prédit cet éleveur"
    "résume", "résument", "prédit", "prédisent",
    "met en garde",
    "mettent en garde",
    "montrent",  # "les données du ministère montrent": what the data show
    "craint",
    "craignent",
    "redoute",  # "le BNIC redoute une baisse de 30 %": a fear is the body's estimate
    "redoutent",
    "soupçonne",
    "soupçonnent",
    "déclare",
    "déclarent",
    "affirme",
    "affirment",
    "indique",
    "indiquent",
    "annonce",
    "annoncent",
    "estime",
    "estiment",
    "précise",
    "précisent",
    "souligne",
    "ajoute",
    "explique",
    "assure",
    "rappelle",
    "signale",
    "rapporte",
    "avertit",
    "dit",
    "disent",
    "écrit",
    "détaille",
    "évoque",
    "recense",
    "recensent",
    "enregistre",
    "chiffre",
    "chiffrent",
    "dénombre",
    "revendique",
    "revendiquent",
    "fait état",
    "reconnaît",
    "dément",
    "démentent",
    "nie",
    "nient",
    "conteste",
    "réfute",
    "réfutent",
    "récuse",
    "confirme",
    "publie",
    "dévoile",
    "communique",
    "calcule",
    "évalue",
    "constate",
    "comptabilise",
    "réclame",
    "réclament",
    "exige",
    "exigent",
    "demande",
    "demandent",
    "propose",
    "proposent",
    "déclarait",
    "affirmait",
    "estimait",
    "indiquait",
    "précisait",
    "expliquait",
    "assurait",
    "prévient",
    "préviennent",
    "dénonce",
    "dénoncent",
    "calculent",
    "relève",
    "pointe",  # "un rapport de la Cour des comptes pointe un dérapage de 1,3 milliard"
    "pointent",
    "relèvent",
    # advice and reproach speak too: "le CIEM préconise de ne pas pêcher plus de 298 000 tonnes"
    "préconise",
    "préconisent",
    "préconisait",
    "recommande",
    "recommandent",
    "recommandait",
    "conseille",
    "conseillent",
    "reproche",
    "reprochent",
    # accusing someone of a deed is claiming it: "L'association accuse l'entreprise d'avoir abattu 900 chênes"
    "accuse",
    "accusent",
    "accusait",
    # answers speak too: "le ministre a répondu que 2 500 postes seront créés"
    "répond",
    "répondent",
    "rétorque",
    "réplique",
    # what a body notes, observes or puts down to a cause is its claim
    "note",
    "notent",
    "observe",
    "observent",
    # with the object glued: "l'OFB l'évalue à 1 080 individus"
    "l'évalue",
    "l'évaluent",
    "l'estime",
    "l'estiment",
    "les évalue",
    "les estime",
    # the other persons and tenses of the verbs above, and verbs of concluding, revealing, ruling out
    "soulignent", "ajoutent", "expliquent", "assurent", "rappellent", "révèle", "révèlent",
    "reconnaissent", "admet", "admettent", "confirment", "conclut", "concluent", "signalent",
    "avertissent", "évaluent", "insiste", "insistent", "constatent",
    "détaillent", "exclut", "excluent", "rapportent", "témoigne", "témoignent", "martèle",
    "martèlent",
    # a witness tells, confides, regrets: a person's own figures ("480 euros de ma poche", raconte-t-elle)
    "raconte", "racontent", "confie", "confient", "déplore", "déplorent",
]
# pronouns glued to an inverted verb: a-t-il ajouté, déclare-t-elle, ont-ils dit
SPEECH_INVERSION = {
    "aux": ["a-t-il", "a-t-elle", "ont-ils", "ont-elles", "avait-il", "avait-elle", "a-t-on"],
    "suffix": ["-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t-on", "-on"],
}
# "indique-t-on à la mairie", "a-t-on appris auprès de la préfecture": the impersonal "on" tells
# nothing; the place it was learnt from speaks
IMPERSONAL_FROM = r"(?:auprès d(?:e la|e l'|u|es|e)|à la|à l'|au|aux|de source)\s*"

# French speech verbs always have a subject (it: ", ha aggiunto." names the last speaker)
PRO_DROP = False
# plurals show on the noun (-s, -x); no determiner list needed (it: "le autorità")
PLURAL_DETERMINERS = []
# verbs of forecast or plan that name a source only when no speech verb does (weak):
# "L'exécutif prévoit d'en tirer 8 milliards"; but in "l'agence a indiqué que Pyongyang prévoit
# d'envoyer 12 000 soldats" the agency is the source.
WEAK_SPEECH = [
    "prévoit",
    "prévoient",
    "prévoyait",
    "table sur",
    "tablent sur",
    "tablait sur",
    "anticipe",
    "anticipent",
    "projette",
    # what a body expects of a measure is its estimate: "le ministère attend de la mesure 120 millions"
    "attend",
    "attendent",
    "attendait",
    "s'attend à",
    "s'attendent à",
]
# X cited by Y: Y relays X's claim (via)
VIA_AFTER = [
    r"cités? par",
    r"citée?s? par",
    r"rapporté par",
    r"relayés? par",
    r"selon (?:l'agence|le journal|le quotidien|la chaîne)",
    # a document seen by an outlet: the document speaks, the outlet relays
    r"consulté(?:e|s|es)? par",
    r"obtenu(?:e|s|es)? par",
    r"vu(?:e|s|es)? par",
]
# "X a déclaré à Reuters que": the outlet relays (via); a capitalised name must follow
TOLD = ["à l'", "à", "au", "aux", "à l'agence", "à la chaîne", "au journal", "au quotidien", "à l'hebdomadaire"]
# a speaker citing X: X is the source, the speaker relays
CITING = [r"citant", r"qui cite", r"qui citait",  # "Le Parisien, qui cite des sources policières"
           r"se référant à", r"s'appuyant sur"]
# after "selon": these are not sources but evidence (selon des données préliminaires)
EVIDENCE_NOUNS = [
    "estimation",
    "projection",
    "prévision",
    "étude",
    "note",
    "rapports",
    "bulletin",
    "données",
    "chiffres",
    "estimations",
    "calculs",
    "calcul",  # "selon un calcul du SNUipp": the union's
    "informations",
    "bilan",
    "dernier bilan",
    "sondage",
    "projections",
    "prévisions",
    "statistiques",
    "résultats",
    "images",
    "photos",
    "documents",
    "rapport",
    "décompte",
    "comptage",
    "premier bilan",
    "nouveau bilan",
    "lui",
    "elle",
    "eux",
    "elles",
    "moi",
    "nous",
]
PRONOUNS = ["il", "elle", "ils", "elles", "lui", "eux", "celui-ci", "celle-ci", "ce dernier", "cette dernière"]
# set off by commas after the subject they stress: "le ministère, lui, fait état de 12,8 %"
STRESSED_PRONOUNS = ["lui", "elle", "eux", "elles"]
IMPERSONAL = ["on", "ce", "cela", "ça", "tout"]
# phrases that open a clause and are not subjects
CLAUSE_OPENERS = [
    "dans le même temps",
    "de son côté",
    "de leur côté",
    "pour sa part",
    "par ailleurs",
    "en outre",
    "le même jour",
    "la veille",
    "le lendemain",
    "en ce sens",
    "autrement dit",
    "toutefois",
    "cependant",
    "pourtant",
    "ainsi",
    "enfin",
    "selon",
    "d'après",
    "en revanche",
    "au total",
    "côté",
]
# adverbs and time words that may sit between a speech verb and its inverted subject
VERB_ADVERBS = [
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "aujourd'hui",
    "mardi soir",
    "ce lundi",
    "ce mardi",
    "ce mercredi",
    "ce jeudi",
    "ce vendredi",
    "ce samedi",
    "ce dimanche",
    "aussi",
    "encore",
    "également",
    "déjà",
    "ensuite",
    "enfin",
    "alors",
    "pourtant",
    "dimanche soir",
    "jeudi soir",
    "vendredi soir",
    "lundi soir",
    "samedi soir",
    "de son côté",
    "pour sa part",
    "ainsi",
    "notamment",
    "récemment",
    "publiquement",
    "officiellement",
    "aux journalistes",
    "à la presse",
    "dans un communiqué",
    "ce matin",
    "ce soir",
    "dans la soirée",
    "dans la matinée",
    "ça",
    "que",
    "qu'",
]
# how often: "selon la SNCF chaque jour 300 trains", a time after a name, not part of it
EVERY = ["chaque jour", "chaque année", "chaque mois", "chaque semaine", "chaque heure", "chaque nuit", "tous les jours", "tous les ans", "tous les mois"]
VERB_ADVERBS += EVERY
# words that end an inverted subject: "a souligné le dirigeant socialiste depuis le palais"
SUBJECT_STOP = [
    "depuis",
    "dans",
    "lors",
    "devant",
    "après",
    "avant",
    "sur",
    "en",
    "à",
    "au",
    "aux",
    "pour",
    "qui",
    "que",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "ce",
    "cette",
    "hier",
    "avec",
    "promettant",
    "estimant",
    "ajoutant",
    "précisant",
    "soulignant",
    "selon",
    "car",
    "mais",
    "et",
    "tandis",
]
# a definite description may point back at a named source; an indefinite one (un responsable) never
DEFINITE = ["le", "la", "l'", "les"]
# capitalised words that do not start a name: le Premier ministre
NOT_NAMES = [
    "premier",
    "première",
    "président",
    "présidente",
    "ministre",
    "état",
    "etat",
    "république",
    "gouvernement",
    "selon",
    "pour",
    "dans",
]
# a word before a verb-looking form that makes it no speech verb: le chiffre d'affaires (a noun),
# autrement dit, cela dit (set phrases)
# clause structure around a speech verb
SUBORDINATORS = ["que", "qu'"]  # "X a déclaré que ...": the subject is before
# a clause joined after an inverted speaker ("..., a indiqué la préfecture, et mobilise 1 100 pompiers"): the speaker's too
CLAUSE_COORDINATORS = ["et", "mais"]
RELATIVES = ["qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"]
ADVERBIAL_STARTS = [
    "à",
    "a",
    "en",
    "dans",
    "pour",
    "sur",
    "avec",
    "après",
    "avant",
    "depuis",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "aujourd'hui",
    "au",
    "aux",
    "lors",
    "face",
]
AGENT_MARKERS = ["par"]  # "le bilan communiqué par M. Sánchez"
# a passive estimate, its amount, then who made it: "est estimé à 85 millions d'euros par la métropole"
PASSIVE_ESTIMATE = r"(?:estimée?s?|évaluée?s?|chiffrée?s?) à"
PASSIVE_AGENTS = ["par"]
# words that end the noun phrase after "selon"
NP_END_WORDS = ["pour le compte de", "pour le compte du", "qui", "que", "qu'", "et", "mais", "alors", "tandis", "contre", "dont", "soit"]
# a finite verb or a modal after the name ends it too: "secondo l'Ufficio regionale mancano 9.400"
NP_END_WORDS += ["est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "peut", "peuvent", "pourrait", "pourraient", "doit", "doivent", "devrait", "devraient", "manque", "manquent"]
NP_END_WORDS += EVERY  # "selon la SNCF chaque jour": the name ends before how often
# words that open an approximate base: une dizaine, quelque centaine
BASE_DETERMINERS = ["un", "une", "quelque", "d'une", "d'un"]
NOUN_MARKERS = [
    "de",
    "d'",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "du",
    "des",
    "son",
    "sa",
    "ses",
    "leur",
    "ce",
    "cette",
    "autrement",
    "cela",
    "ceci",
    "soi",
]
DETERMINERS = [
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "il",
    "el",
    "lo",
    "los",
    "las",
    "the",
    "de la",
    "de l'",
    "plusieurs",
    "certains",
    "certaines",
    "deux",
]
# pronouns between a subject and its verb: "L'exécutif y chiffre", "le ministère en compte"
# a reflexive before a speech verb makes it another verb: "se situó en 118 días" (stood at)
REFLEXIVES = ["se", "s'"]
CLITICS = ["y", "en", "lui", "leur", "se", "s'", "ne", "n'", "l'", "les", "la", "le"]
# titles before a name: M. Sánchez
HONORIFICS = ["m.", "mme", "mlle", "dr", "pr", "me", "mgr", "sir"]
# role nouns: a description made of them is a person; org nouns: an organisation
PERSON_ROLES = [
    "coordinateur",
    "coordinatrice",
    "ceo",  # borrowed: "il CEO Daniel Whitmore"
    "président",
    "présidente",
    "premier ministre",
    "ministre",
    "chef",
    "cheffe",
    "porte-parole",
    "préfet",
    "préfète",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "maire",
    "responsable",
    "secrétaire",
    "directeur",
    "directrice",
    "dirigeant",
    "dirigeante",
    "général",
    "commandant",
    "amiral",
    "vice-amiral",
    "gouverneur",
    "ambassadeur",
    "ambassadrice",
    "conseiller",
    "conseillère",
    "expert",
    "experte",
    "chercheur",
    "chercheuse",
    "économiste",
    "analyste",
    "officiel",
    "juge",
    "procureur",
    "procureure",
    "patron",
    "patronne",
    "leader",
    "commissaire",
    "roi",
    "reine",
    "pape",
    "chancelier",
    "chancelière",
    "ministre-président",
    "élu",
    "élue",
]
# a member of a board speaks as a person: "said the DB board member for long-distance traffic, Katrin Hollweg"
PERSON_ROLES += ["membre", "délégué", "déléguée", "délégués", "déléguées", "adjoint", "adjointe", "adjoints"]
# professions whose bearer speaks in an apposition: "Rogério Antunes, professor da UFPR, alerta"
PERSON_ROLES += ["professeur", "professeure", "ingénieur", "ingénieure", "médecin", "météorologue", "enseignant", "enseignante"]  # fmt: skip
PERSON_ROLES += ["biologiste", "chercheur", "chercheuse", "économiste", "vétérinaire", "glaciologue", "géologue", "climatologue"]  # fmt: skip
ORG_ROLES = [
    "agence",
    "ministère",
    "gouvernement",
    "préfecture",
    "service",
    "services",
    "état-major",
    "armée",
    "police",
    "autorités",
    "exécutif",
    "syndicat",
    "institut",
    "office",
    "organisation",
    "ong",
    "banque",
    "commission",
    "conseil",
    "cour",
    "parquet",
    "mairie",
    "région",
    "département",
    "fédération",
    "association",
    "entreprise",
    "groupe",
    "société",
    "renseignement",
    "renseignements",
    "pentagone",
    "kremlin",
    "maison-blanche",
    "onu",
    "intersyndicale",
    "préfecture maritime",
    "administration",
    "direction",
    "caisse",
    "observatoire",
    "compagnie",
    "constructeur",
    "opérateur",
    "organisme",
    "établissement",
    "fondation",
    "institution",
    "autorité",
    "bureau",
    "cabinet",
    "collectif",
    "plateforme",
    "source",
    "assureur",
    "fabricant",
    "haut-commissariat",
    "secrétariat",
    "métropole",  # "la métropole" (Métropole de Lyon): a local authority
]

# roles that name their own body: "la polizia locale" is the police, never the body named last
SELF_NAMED_ROLES = ["gouvernement", "exécutif", "police", "gendarmerie", "pompiers", "armée", "mairie"]

# --- modality: cues in the clause before the number (or the verb just after it) --
MODALITY_CUES = {
    "denied": [
        r"(?:il )?n'y a (?:aucun|aucune|pas eu de)",  # "il n'y a aucune baisse de 25 %": a denial in the speaker's own words
        r"dément\w*",
        r"démenti\w*",
        r"nie",
        r"nient",
        r"a nié",
        r"ont nié",
        r"niant",
        r"conteste\w*",
        r"réfut\w*",  # "le ministère réfute ce bilan de 12 décès"
        r"récus\w*",
        r"rejett?e\w* (?:le chiffre|les chiffres|l'idée|ce chiffre|ces chiffres|ce bilan|le bilan)",
        r"faux",
    ],
    "possible": [
        r"pourrai\w*",
        r"pourr\w+",
        r"peut-être",
        # not a risk named as a thing: "réduit de 20 % le risque d'infarctus" (but "court le risque de perdre")
        r"(?<!\ble )risque\w* de",
        r"(?<=le )risque de(?= \w+(?:er|ir|re)\b)",
        r"possible\w*",
        r"éventuel\w*",
        r"susceptibles? de",
        r"serait",
        r"seraient",
        r"aurait",
        r"auraient",
    ],
    "planned": [
        r"prévo[iy]\w*(?! qu)(?! (?:une |un |le |la |l')?(?:croissance|baisse|hausse|recul|progression|augmentation|diminution|inflation|déficit|pib|chômage|contraction)(?![\w]))",  # "prévoit", "prévoyait"; not a forecast of a change
        r"projet de loi",  # a bill: what it sets is planned
        r"prévu\w*",
        r"prévue?s?",
        r"envisag\w*",
        # "compte former 300 piégeurs": counting on doing; "compte 12 000 habitants" has no infinitive
        r"compte\w* (?!(?:hier|premier|dernier|entier)\b)(?:\w+(?:er|ir)|faire|mettre|construire|produire|prendre|atteindre|réduire|vendre|étendre)\b",
        r"va|vont",
        r"allait|allaient",
        r"doit|doivent|devra|devront",
        r"projett\w*",  # "projette de": plans to; not the noun "projet": "le projet a coûté 480 millions"
        r"promet\w*",
        r"promis\w*",
        r"annonc\w*",
        r"propos(?:e|es|ent|é|ée|és|ées|ait|aient|ition|itions|era|eront)",  # not "à propos", "ses propos"
        r"sera|seront|aura|auront|fera|feront",
        r"visera\w*",
        r"objectif",
        r"(?<!sur le )(?<!au )(?<!premier )plan(?:s|ifi\w*)?",  # not "plante", "planète", "plancher"; "sur le plan humain" is "as for"
        r"ambitionn\w*",
        r"entend\w*",
        r"souhait\w*",
        r"veut|veulent",
        r"s'engage\w*",
        r"engagement",
        r"porteront|portera",
        r"vise|visent|visait|visons|visions",
        r"réclam\w*",
        r"exig\w*",
],
    "estimated": [
        r"soupçonn\w*",
        r"prévo[iy]\w* qu(?:e|'|’)",  # "prévoit que le chômage atteindra": a forecast
        r"estim\w*",
        r"tabl\w* sur",
        r"attendu\w*",
        r"prévision\w*",
        r"projection\w*",
        r"calcul\w*",
        r"évalu\w*",
        r"anticip(?:e|ent|ait|aient|ons|era|eront)",  # not "les législatives anticipées"
        r"prédi\w*",
    ],
}
# verb endings that carry a modality: the conditional (il s'agirait: possible), the future
# (visera, porteront: planned); matched at the end of a word of at least two more letters
MODALITY_SUFFIXES = {
    "possible": ["erait", "eraient", "irait", "iraient"],
    "planned": ["era", "eront", "ira", "iront"],
}
# the conditional of reported speech (il s'agirait, il y aurait) marks a possible figure; a few
# words ending in -rait/-raient are not verbs
MODALITY_NOT = ["extrait", "portrait", "retrait", "attrait", "trait", "serait-ce"]

# --- sentences --------------------------------------------------------------
ABBREVIATIONS = [
    "m",
    "mme",
    "mlle",
    "dr",
    "pr",
    "me",
    "st",
    "ste",
    "env",
    "av",
    "apr",
    "j.-c",
    "cf",
    "etc",
    "p",
    "vol",
    "no",
    "art",
]

# --- language detection fallback (when lingua is not asked) --------------------
STOPWORDS = [
    "le",
    "la",
    "les",
    "des",
    "du",
    "et",
    "est",
    "une",
    "dans",
    "pour",
    "qui",
    "que",
    "sur",
    "avec",
    "selon",
    "au",
    "aux",
    "ont",
    "été",
    "pas",
    "mais",
    "sont",
    "cette",
    "leur",
    "plus",
    "il",
    "elle",
]


# --- switches the German pack introduced (neutral here) ------------------------------
NUMBER_COMPOUND = ""  # a regex for one word glued from number words (German zweihundertfünfzig)
NUMBER_ALIASES = {}  # spellings text2num reads under another form (German eine -> ein)
SCALE_GLUE = r"\s?"  # between digits and their scale word
SPEECH_GAP = r"(?: [\w']+){0,3}?"  # words between auxiliary and participle
SPEECH_SPLIT = []  # separable speech verbs: (finite forms, particles at the clause end)
ORDINAL_DOT_LEFT = []  # words before "N." that make it an ordinal (German "am 8.")
ACCORDING_AFTER = []  # postposed "according to" (German "zufolge")
NOUNS_CAPITALISED = False  # nouns written capitalised (German)
VERB_SECOND = False  # the subject may follow the finite verb (German)
ROLE_COMPOUNDS = False  # role words at the end of compounds (German Finanzminister)
ROLE_ENDINGS = ""  # inflection after a role word (German des Dienstes)


# --- dates (figtrail/dates.py): when a figure was said, and the date it describes ---------------
# Appended for issue 6; all names optional (packs/__init__.py OPTIONAL). Read on the normalised
# view (lower-case, ' for ’). A weekday is the latest such day on or before the article's date
# ("ce vendredi", "vendredi"), strictly before with a past marker ("lundi dernier"); with a next
# marker ("lundi prochain") it dates no statement.
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
DATE_PAST_MARKERS = ["dernier"]
DATE_NEXT_MARKERS = ["prochain"]
# days from the article's date; dateparser reads these first, the days are its fallback
DATE_RELATIVE = {
    "hier": -1,
    "avant-hier": -2,
    "hier soir": -1,
    "hier matin": -1,
    "aujourd'hui": 0,
    "ce matin": 0,
    "la semaine dernière": -7,
    "la semaine passée": -7,
}
DATE_AGO = [r"il y a <n> (?:jours?|semaines?)"]  # <n>: digits or a number word; dateparser reads them
DATE_DAY_SUFFIXES = ["er"]  # 1er novembre
DATE_NAMES_CASE = "lower"  # weekdays and months are written lower-case: "Mardi Gras" mid-sentence is a name
# the date a figure describes: "au 1er novembre", "en date du 30 juin"; "fin juin", "à la fin de 2024",
# "d'ici fin 2025" (a month or a year: its last day)
AS_OF_CUES = [r"au", r"en date du", r"à la date du", r"arrêtée?s? au"]
AS_OF_END_CUES = [r"(?:(?:à|d'ici|d'ici à|avant|jusqu'à) la |d'ici |en )?fin(?: de| d'| du mois de)?"]
AS_OF_PERIODS = {
    "fin de l'année": ("year", 0),
    "fin de cette année": ("year", 0),
    "fin de l'année dernière": ("year", -1),
    "fin de l'an dernier": ("year", -1),
    "fin de l'année prochaine": ("year", 1),
    "fin du mois": ("month", 0),
    "fin du mois dernier": ("month", -1),
}
# a period starts at the expression after these: it dates neither a statement nor a figure
DATE_SINCE = [
    r"depuis(?: le| la| l')?",
    r"dès(?: le| la)?",
    r"à partir d(?:u|e|e la|e l')",
    r"à compter d(?:u|e)",
]

# a description that points back even bare: "la même source", "lo stesso dicastero"
ANAPHORIC_ROLES = ["même"]
# "nach eigenen Angaben", "selon ses propres chiffres": the figures are the clause subject's own
OWN_WORDS = ["propres", "propre"]

# after a comma, a relative whose subject is the phrase before: ", qui revendique 32 %"
# a capitalised run after these is a place, not the source: "o Ministério dos Negócios Estrangeiros em Lisboa"
NAME_PLACES = ["à", "en", "au", "aux"]
SUBJECT_RELATIVES = ["qui"]
# a place's relative opens a clause with a subject of its own: ", où la police fédérale dit avoir mobilisé 350 agents"
LOCATIVE_RELATIVES = ["où"]

# a conjunction that opens a clause before its subject: "enquanto a empresa propôs 4,5%"
SUBJECT_OPENERS = ["tandis que", "alors que", "lorsque", "quand"]
# a relative right after a number, its speech verb, then its subject ("frente al 5 % que reclaman los
# sindicatos"): that subject speaks for that number
INVERTED_RELATIVES = ["que", "qu'"]
# the other side of a count whose speech verb is left out ("Die Polizei sprach von 2.500 Teilnehmern, die
# Veranstalter von 6.000"): these speak for the number after them
COUNTERPARTS = ["organisateurs", "syndicats", "manifestants", "employeurs", "autorités", "police", "préfecture", "syndicat", "direction", "entreprise", "employeur"]
# a sentence that opens on what the one before said, then names a speaker ("Das waren 33 weniger als im
# Vorjahr, wie die DLRG mitteilte"): the speaker said the sentence before too
RESUMING_OPENERS = [r"(?:c'est|c'était|cela (?:représente|correspond|fait)|ce qui représente)"]
# before a speech verb, a clause whose subject follows the verb: "comme l'a indiqué la préfecture",
# "como informó el ministerio" (the subject is read after the verb, as in ", a indiqué X")
AS_CLAUSE = ["comme", "ainsi que", "tel que"]
# "comme l'a indiqué X": the verb with its clitic, which the scan's word start would not take
SPEECH_PATTERNS = [r"l'(?:a|ont|avait|avaient) (?:" + "|".join(sorted(SPEECH_PARTICIPLES, key=len, reverse=True)) + ")"]
# "Le syndicat avance le chiffre de 5 000 manifestants"
SPEECH_PATTERNS += [r"avan(?:ce|cent|çait|çaient|cé) (?:le|un) (?:chiffre|nombre|total|bilan) d(?:e|')"]
# a reflexive verb of feeling that speaks: "se félicite la présidente", "s'inquiète le syndicat"
SPEECH_PRESENT += [
    "se félicite", "se félicitent", "se réjouit", "se réjouissent", "s'inquiète", "s'inquiètent", "s'alarme",
    "s'alarment", "se désole", "se désolent", "s'indigne", "s'indignent", "s'étonne", "s'étonnent", "se dit", "se disent",
]
# and in the past: "« ... », s'est félicité M. Togni", "se sont inquiétés les élus"
SPEECH_PATTERNS += [r"(?:s'est|se sont|s'était|s'étaient) (?:félicit|réjoui|inquiét|alarm|désol|indign|étonn)\w*"]
# a count claimed with "en": "tandis que la CGT en compte 60", "la police en a dénombré 500"
SPEECH_PATTERNS += [r"en (?:compte|comptent|dénombre|dénombrent|recense|recensent|a compté|ont compté|a dénombré|ont dénombré|a recensé|ont recensé)"]
# "the data showed", "selon ces chiffres": evidence named with a definite article is the source just named
EVIDENCE_POINTS_BACK = True
# a spokesperson with no name and no body of their own speaks for the body named just before
# ("Velmara denied it. ..., a spokeswoman said": Velmara), lower-case, determiner dropped
SPOKES_ROLES = ["porte-parole", "porte-parole de l'entreprise", "porte-parole du groupe"]

# verbs between a measured phrase and its number: "le taux de chômage a atteint 7,7 %" (its subject is what is measured)
MEASURE_VERBS = ["atteint", "atteignent", "atteignait", "établit", "établi", "établie", "élève", "élevé", "recule", "reculent", "reculé", "bondit", "bondi", "grimpe", "grimpent", "grimpé", "chute", "chuté", "baisse", "baissé", "augmente", "augmenté", "progresse", "progressé", "dépasse", "dépassé", "franchit", "franchi", "représente", "représentent", "totalise", "culmine", "frôle", "avoisine", "passe", "passé", "recule", "s’établit", "s’élève", "est", "sont", "était", "étaient", "sera", "seront"]
# a participle after its auxiliary right before an amount is the verb, the phrase it measures is
# its subject: "les secours en montagne ont coûté 4,8 millions", "le chantier aura coûté" (on the
# annotated rounds Spanish, Italian and Portuguese gain nothing from it)
WHAT_PAST_PARTICIPLE = True
# infinitives after a modal: "le déficit pourrait atteindre 900 000 euros"
MEASURE_VERBS += ["atteindre", "dépasser", "franchir", "représenter", "coûter", "s’élever", "s’établir", "avoisiner", "frôler"]
# costing ties a thing to its price: "le ticket coûte désormais 2,50 euros" measures the ticket
MEASURE_VERBS += ["coûte", "coûtent", "coûtait", "coûtera", "coûteront", "coûterait"]

# a possessive opening a source's phrase: its owner speaks ("ses contrôleurs", "its inspectors")
POSSESSIVES = ["ses", "son", "sa", "leurs", "leur"]

# a gerund of saying after a comma goes on with the speaker of the verb before: ", adding that"
GERUND_SPEECH = ["ajoutant", "disant", "assurant", "arguant", "soutenant", "faisant valoir", "prévoyant", "chiffrant", "précisant", "estimant", "indiquant", "affirmant", "soulignant", "expliquant", "rappelant", "évoquant", "avançant"]

# the base of a rate is no count: "par tranche de 100 000", "pour 100 000 habitants"
RATE_EACH = ["par tranche de"]
RATE_PER = ["pour"]
RATE_PEOPLE = [r"habitants?", r"personnes", r"naissances"]

# an article glued to its noun by an apostrophe: "l'AFP", "de l'Intérieur" (the name is AFP)
ELIDED_ARTICLES = ["d", "l", "qu"]

# what a text or a measure provides is said in the article's own voice: "L'accordo prevede 300",
# "the bill provides for 5,000" name no speaker (spec: an actor is not a source)
NOT_SPEAKERS = ["loi", "projet", "texte", "accord", "budget", "décret", "arrêté", "plan", "réforme", "mesure", "taxe", "impôt", "contrat", "traité", "programme", "dispositif", "proposition", "amendement", "règlement", "directive"]

# "Pour + a role, ..." opening a sentence: the role's view ("Pour le gouvernement, 300");
# only before a role word ("pour 2025" is no source)
ACCORDING_TO += [r"^pour(?= (?:le |la |les |l')?(?:" + "|".join(sorted(PERSON_ROLES + ORG_ROLES, key=len, reverse=True)) + r")(?![\w]))"]

# a bare amount in millions or billions after one of these words in its clause is money, in the
# currency the article names ("le perdite potrebbero arrivare a 80 milioni"); not one whose
# noun follows ("80 milioni di persone")
MONEY_CONTEXT = r"débloquée?s?|allouée?s?|versée?s?|investie?s?|vendue?s?|achet[ée]e?s?|pay[ée]e?s?|dividendes?|investissements?|valeur|paiements?|ventes|gains|capital|transferts?|salaires?|d[ée]pens[ée]s?|co[uû]ts?|d[ée]penses?|pertes|d[ée]g[aâ]ts|dommages|pr[ée]judices?|imp[ôo]ts?|taxes?|recettes|chiffre d.affaires|b[ée]n[ée]fices?|d[ée]ficits?|dettes?|budgets?|montants?|[ée]conomies|factures?|cagnotte|jackpot|amendes?|indemnisations?|subventions?|enveloppes?|encaiss[ée]e?s?|a encaissé|fraude"

# a part of the amount just said: "45 milioni, di cui 18 per l'attaccante" (18 million, its scale
# and currency said once)
PARTITIVES = ["dont", "parmi lesquels", "parmi lesquelles"]

# a participle set off by commas after the subject describes it, it is no new subject:
# "Le Haut Conseil, rattaché à la Cour des comptes, estime" (the Council, not the Court)
APPOSED_PARTICIPLE = r"\w+(?:é|ée|és|ées) (?:à|au|aux|de|du|des|par|en|dans)"

# verbs of recording: their subject is where a thing was counted; an according phrase after
# them names who counted and speaks: "Les hôpitaux ont enregistré 3 200 admissions, selon le ministère"
RECORD_VERBS = ["enregistré", "enregistrée", "enregistrés", "enregistre", "enregistrent", "comptabilisé", "comptabilise", "comptabilisent", "recensé", "recense", "recensent", "compté", "compte", "comptent"]

# not ruling out is saying it may be: "Les enquêteurs n'excluent pas que l'enquête s'étende à des dizaines d'autres cargaisons" (a speaker, a possible figure)
SPEECH_PRESENT += ["n'exclut pas", "n'excluent pas", "n'excluait pas", "n'excluaient pas", "n'a pas exclu", "n'ont pas exclu", "n'écarte pas", "n'écartent pas"]
MODALITY_CUES["possible"] += [r"n'exclu\w* pas", r"n'(?:a|ont|avait|avaient) pas exclu", r"n'écart\w* pas"]

# a forecast governs the future it introduces: "EirGrid forecasts that data centres will account
# for about 30%" is estimated, not planned (a belief, "cree que enviará 12.000", stays a plan)
FORECAST_CUES = r"prévoi\w* qu(?:e|'|’)|prévision\w*|projection\w*|prédi\w*|estim\w* qu(?:e|'|’)|calcul\w* qu(?:e|'|’)"

# "after her words", "a suo dire": the speaker named last (a possessive inside the cue)
ACCORDING_TO += [r"(?:selon|d'après) (?:ses|leurs) (?:propres )?(?:mots|termes|dires|propos)"]
# "a-t-on appris mardi auprès de sa direction": whom the paper learned it from
ACCORDING_TO += [r"appris (?:\w+ )?auprès d(?:e|u|es)(?= )", r"appris (?:\w+ )?auprès d(?=')"]
CUE_POSSESSIVES = ["ses", "leurs", "son", "sa", "leur"]

# a share of a whole, read as a percentage before a link to what it is a share of: "la moitié de la récolte" (50 %); not "la première moitié de 2024", "à moitié prix"
SHARE_WORDS = {"moitié": 0.5}
SHARE_NOT_AFTER = ["première", "seconde", "deuxième", "dernière", "autre", "à"]

# the "up to" cues that mean "to" after a verb of change ("sube hasta 1.184"): exact; not "as many as"
UP_TO_AS_TO = r"jusqu'(?:à|au|aux)|jusqu’(?:à|au|aux)"

# a statement names its owner: "selon un communiqué de la préfecture"
EVIDENCE_NOUNS += ["communiqué", "communiqué de presse"]
# a count is evidence: "selon le dernier pointage de la préfecture"
EVIDENCE_NOUNS += ["pointage"]
# records kept, not someone who speaks: "« environ 340 voyageurs » d'après les réservations"
EVIDENCE_NOUNS += ["réservations", "relevés", "registres", "comptages"]

# "un chiffre contesté par la direction, qui parle de 12 %": speaking of a figure is giving it
SPEECH_PRESENT += ["parle de", "parlent de", "parlait de", "évoquent", "fait état de", "font état de", "faisait état de"]
# and in the past: "le gouverneur, Jean-Baptiste Tshimanga, a parlé de 300 à 400 fuyards"
SPEECH_PRESENT += ["a parlé de", "ont parlé de", "avait parlé de", "avaient parlé de", "parlaient de"]
# knowing of a count is giving it: "La DGCCRF a connaissance de quatre incidents"
SPEECH_PRESENT += ["a connaissance de", "ont connaissance de", "avait connaissance de", "avoir connaissance de"]

# a participle after an acronym belongs to the data, not to the name: "les chiffres de l'Insee publiés"
DATA_PARTICIPLE_ENDINGS = ["és", "ées"]

# emergency services by their number, after a definite article, are names: "según ha informado el 112"
SERVICE_NUMBERS = ["15", "17", "18", "112", "114", "115", "119", "196"]

# a cap is at most: "o volume será limitado a 180 milhões de litros", "capped at £2,500"
BOUND_CUES["at_most"] += [r"limitée?s? à", r"plafonnée?s? à"]

# a house number before its street: "au 30 boulevard Vivier-Merle", "at 10 Downing Street"
STREET_AFTER = r"\s(?:rue|boulevard|bd|avenue|av\.|place|chemin|allée|quai|impasse)(?![\w-])"

# "according to our calculations": the speaker who says it in quotes, named after them
OUR_WORDS = ["nos", "notre", "mes", "mon", "ma"]

# words before an evidence noun that point back at it: "de acordo com o mesmo levantamento"
EVIDENCE_MODIFIERS = ["même", "mêmes", "dernier", "dernière", "derniers", "dernières", "nouveau", "nouvelle"]

# the word for unnamed sources: with a description and no owner they speak themselves ("fonti vicine al dossier")
UNNAMED_SOURCES = ["sources"]

# evidence made for a client: "selon un sondage Ifop pour Le Figaro" is Ifop's
CLIENT_LINKS = ["pour"]
# a body's kind written before its name as a capitalised acronym: "l'ONG Robin des Bois"
DESCRIPTORS = ["ong"]

# an evidence phrase may open on an ordinal or "new" ("según las primeras estimaciones de X"): X speaks
EVIDENCE_NOUNS += ["premières", "premiers", "première", "premier", "dernières", "dernière", "nouvelles", "nouveaux", "nouvelle", "nouveau"]

# a numbered lot of a sale or a tender: "el lote 3" (no count: "12 lotes")
ID_CUES += ["lot"]
# a league, a racing series, a TV channel named by its number: "la Ligue 1", "la Formule 1"
ID_CUES += ["ligue", "formule"]

# the outlet a speaker talked to, written before the speaker: "En declaraciones a Europa Press, el
# alcalde ha cifrado ..." (the outlet relays, via)
INTERVIEW_LEADS = ["dans (?:un entretien|une interview|une déclaration) (?:à|au|aux|avec) (?:l'|la |le )?", "(?:interrogée?s?|contactée?s?|interviewée?s?|joints?|jointes?) (?:par téléphone |au téléphone )?par (?:l'|la |le )?"]

# a passive between auxiliary and participle: "had been estimated at", "a été estimé à", "ha sido
# cifrado en": the subject is what was estimated, no speaker
PASSIVE_MARKERS = ["été"]

# verbs of launching or retorting are speech only right after a quotation: '« ... », a lancé X'
# ("a lancé un appel de 48 millions" is an act)
SPEECH_PATTERNS += [r'(?<=", )(?:a|avait) (?:lancé|lâché|rétorqué|ironisé|tonné|réagi|taclé)']
# "pour l'OFCE, en revanche": before a bare name (no article) and a comma, where a claim opens, "for" is
# "according to" when the name is a source named before or an acronym (read on the text: only
# its capitals tell a name from "per esempio")
ACCORDING_NAMED = r"(?<![\w])[Pp]our (?:le |la |l'|les )?(?=[A-ZÀ-Ý])"
ACCORDING_NAMED_WORD = "pour "
ACCORDING_NAMED_LEADS = ['. ', '; ', ': ', ', mais ', ' tandis que ', ' alors que ']  # or the sentence's start
# tenths of a percentage point, as economic news counts them: "deux dixièmes de point"
POINT_FRACTIONS = ["dixième", "dixièmes"]
# a rank written after a body's capitalised noun is its name's adjective: "Intervención General"
RANK_ADJECTIVES = ["général"]
# a forecast verb before a change or a rate forecasts it ("Confindustria prevede una crescita dello
# 0,5%"); before a measure it plans it ("il piano prevede 3.000 assunzioni")
MODALITY_CUES["estimated"] += [r"prévo(?:it|ient|yait|yaient)(?= (?:une |un |le |la |l')?(?:croissance|baisse|hausse|recul|progression|augmentation|diminution|inflation|déficit|pib|chômage|contraction)(?![\w]))"]
FORECAST_CUES += r"|prévo(?:it|ient|yait|yaient)(?= (?:une |un |le |la |l')?(?:croissance|baisse|hausse|recul|progression|augmentation|diminution|inflation|déficit|pib|chômage|contraction)(?![\w]))"
# a sentence opened by a share of the figures before ("Desse total, 637 mil ...", "Of these, 300
# ...") goes on with their account: with no speaker of its own, the speaker before speaks for it
PARTITIVE_OPENERS = ['parmi eux', 'parmi elles', 'parmi ceux-ci', 'parmi celles-ci', 'sur ce total', 'sur ce nombre']
# "À en croire la fédération, près de 1 200 exploitations ...": according to it
ACCORDING_TO += [r"à en croire"]
# "..., fait savoir la préfecture": lets it be known
SPEECH_PRESENT += ["fait savoir", "font savoir", "faisait savoir"]  # the participle is listed above
# "Il fait valoir que 98 % des Français ...": argues
SPEECH_PRESENT += ["fait valoir", "font valoir", "faisait valoir"]
# "Du côté de la préfecture, on indique que ...": the body "on" speaks for
SOURCE_SIDE = ["du côté de", "du côté du", "du côté des", "côté"]
# a participle opening the sentence tells how the subject was reached, it is no subject:
# "Interrogé, le président du club assure que ..."
CLAUSE_OPENERS += ["interrogé", "interrogée", "interrogés", "interrogées", "contacté", "contactée", "contactés",
                   "joint", "jointe", "sollicité", "sollicitée", "questionné", "questionnée", "interviewé", "interviewée"]
# a decimal followed by points is a change of a rate in points of percentage ("0,4 punti"); not basis points
POINT_WORDS = ['point', 'points']
POINT_NOT_AFTER = ['de base', 'base']
# revising one's own forecast or target is giving it: "L'Insee relève sa prévision de croissance
# à 1,2 %", "le FMI a revu à la baisse ses prévisions", "Bercy maintient son objectif de déficit"
# (the subject owns the forecast; "réduit ses effectifs" is an act, no forecast)
SPEECH_PATTERNS += [
    r"(?:(?:a|ont|avait|avaient) )?(?:relèv|relev|rehauss|réhauss|abaiss|rabot|révis|revu|revoi|maint|confirm|corrig|ajust|dégrad|amélior|baiss|augment|réduit|rédui|ramen|actualis)\w*"
    r"(?: (?:à la hausse|à la baisse|en hausse|en baisse|légèrement|nettement|[\w,]+ (?:dixièmes?|points?)))? (?:sa|ses|son|leur|leurs|la|les|le) (?:prévision|estimation|projection|objectif|perspective|pronostic|anticipation|hypothèse|scénario)s?(?![\w])"
]
# a situation update and a survey are evidence too: "selon le dernier point de la préfecture"
EVIDENCE_NOUNS += ["point", "point de situation", "recensement", "enquête", "baromètre", "relevé"]
# a promise and an appeal for funds are the claims of who makes them ("Le gouvernement japonais a
# promis 3 millions de doses", "L'OMS a lancé un appel de 87,4 millions de dollars"); raising a toll
# is giving it ("le DSNS a porté le bilan à 11 morts")
SPEECH_PRESENT += ["promet", "promettent", "promettait"]
SPEECH_PARTICIPLES += ["promis"]
SPEECH_PATTERNS += [
    r"(?:(?:a|ont|avait|avaient) lancé|lance|lancent) (?:mardi |lundi |mercredi |jeudi |vendredi |samedi |dimanche )?un (?:nouvel |nouveau )?appel(?: (?:d'urgence|urgent|international|humanitaire|de fonds|aux dons))?(?= (?:de |d'|à hauteur de |pour )(?:[\w-]+ )?(?:[$£€]|\d))",
    r"(?:(?:a|ont|avait|avaient) porté|porte|portent) (?:le bilan|le nombre|le total|le décompte)(?: \w+){0,3}? à",
]
# "avancent de leur côté un bilan plus lourd": the aside between the verb and what it puts forward
SPEECH_PATTERNS += [r"avan(?:ce|cent|çait|çaient|cé) (?:de (?:son|leur) côté |pour (?:sa|leur) part )?(?:le|un) (?:chiffre|nombre|total|bilan)(?![\w])"]
# a situation report is evidence: "selon le dernier rapport de situation de l'OMS"
EVIDENCE_NOUNS += ["rapport de situation"]
# a forecast's participle right after its figure names whose it is: "contre 2,2 % prévus par le
# gouvernement", "l'excédent de 0,1 % anticipé par Bercy"
FIGURE_PARTICIPLES = [
    "prévu", "prévue", "prévus", "prévues", "estimé", "estimée", "estimés", "estimées", "anticipé", "anticipée",
    "anticipés", "anticipées", "calculé", "calculée", "calculés", "calculées", "avancé", "avancée", "avancés", "avancées",
    "retenu", "retenue", "retenus", "retenues",
]  # fmt: skip
# roles any leader fits, whatever office named them before: "le dirigeant socialiste" after "le chef du
# gouvernement espagnol, Pedro Sánchez" (not "le président ukrainien" after "le chef de l'administration")
GENERIC_PERSON_ROLES = ["dirigeant", "dirigeante", "responsable", "leader", "élu", "élue"]
# a relative between an according cue and its verb, the speaker after: "selon ce qu'a indiqué mardi le parquet"
ACCORDING_RELATIVES = ["ce"]
SPEECH_PATTERNS += [r"qu'(?:a|ont|avait|avaient) (?:" + "|".join(sorted(SPEECH_PARTICIPLES, key=len, reverse=True)) + ")"]
# words of a time of day or a day, for a time phrase between an inverted verb and its subject: "a fait
# savoir dans la soirée de mardi la préfecture"
TIME_WORDS = [r"matin", r"matinée", r"midi", r"après-midi", r"soir", r"soirée", r"nuit", r"hier", r"aujourd'hui", r"journée", r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi", r"samedi", r"dimanche"]
# a statement between an inverted verb and its subject: "a indiqué dans un communiqué publié mardi la préfecture"
STATEMENT_LEAD = r"dans un communiqué(?: (?:publié|diffusé|commun))?|(?<=communiqué )(?:publié|diffusé|commun)"

# a product named after its model word: its number is part of the name ("les modèles Urban 8 et Urban 10 Pro")
MODEL_WORDS = ["modèle", "modèles", "gamme"]

# a scale word alone after a singular definite article is one of it: "dépasser le milliard", "loin du milliard espéré"
ONE_SCALE_ARTICLES = ["le", "du", "au"]
ONE_SCALE_WORDS = ["milliard", "million"]

# a match's result in words before its score: "la victoire du PSG 2 à 1": a score, no figure
SCORE_LINK = "à"
SCORE_WORDS = ['victoire', 'gagné', 'battu', 'défaite', 'perdu', 'match nul', 'score', "l'emporte", 'emporté', "s'est imposé", "s'impose"]

# between an amount of money and what it pays for: "12 millions d'euros dans un nouvel outil", "2
# millions pour la rénovation" ("pour" only before an act's noun: "pour les contrevenants", "pour
# une personne seule" name who pays or gets it; not "dans le cas de")
MONEY_LINK = (
    r"dans (?:un |une |le |la |les |l')(?!(?:cas|cadre|an|année|mois|jour|semaine|moment|instant|heure)\b)(?=\w)"
    r"|pour (?:un |une |le |la |les |l')(?=\w+(?:tion|tions|ment|ments|age|ages|ure|ures|at|ats)\b)"
)

# adverbs of time between the phrase and its amount are no head of what is counted: "le ticket coûte désormais 2,50 euros"
LEFT_SKIP += ["aujourd'hui", 'actuellement', 'désormais', 'déjà', 'encore', 'hier']
# "un chiffre que le Medef-NC porte à « près d'un millier »", "la préfecture porte le bilan à 20 morts":
# raising a count to a number is a claim of it (not "porte sur", "porte atteinte")
SPEECH_PATTERNS += [
    r"port(?:e|ent|ait|aient) (?:le (?:chiffre|bilan|total|nombre) )?à(?= (?:[«\"] ?)?(?:près|environ|plus|quelque|au moins|\d))"
]
# "au moins autres 9" is rare; a machine translation writes it ("pelo menos outras 9"): "other" between a bound cue and its number
BOUND_OTHER_WORDS = ["autres"]
# "selon la même source": the source of the figures just before, named or only described
SAME_SOURCE_WORDS = ["source"]

# a compound infinitive after a speech verb ("dit avoir perdu sept proches") is what was said, its subject the one before
# the verb, never an inverted subject
REPORTED_INFINITIVE = r"\s*(?:avoir|être|n.avoir|n.être)(?![\w])"

# an offer put on the table is its maker's (spec: demands and offers): "la direction a mis sur la
# table 2,5 % d'augmentation"
SPEECH_PARTICIPLES += ["mis sur la table"]
SPEECH_PRESENT += ["met sur la table", "mettent sur la table"]
# "Des responsables américains, s'exprimant sous couvert d'anonymat, ont indiqué": a gerund's aside, no new subject
APPOSED_PARTICIPLE += r"|(?:s')?\w+ant (?:sous|à|au|aux|avec|en|depuis)"
