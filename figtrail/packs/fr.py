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
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "cent": 100, "cents": 100, "mille": 1000, "mil": 1000,
}
NUMBER_JOINERS = ("et",)  # vingt et un
# Words that are numbers only with a scale after them: "un million", not "un homme".
ARTICLE_WORDS = ("un", "une")

# --- scale words after a number: 1,5 milliard, 3 millions, 10k, 1,2 Md€ -----
SCALES = {
    "mille": 1e3, "millier": 1e3, "milliers": 1e3,
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "billion": 1e12, "billions": 1e12,
    "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "m": 1e6, "k": 1e3,
}
# abbreviations that only count as a scale when glued to a currency (150 M€, 1,5 Md€) or the digits (10k)
SCALE_NEEDS_CURRENCY = ("m",)
SCALE_LINK = r"(?:de |d')?"  # "des dizaines de milliers", "une vingtaine de milliards"

# --- vague magnitudes and approximate bases -------------------------------
VAGUE = {"dizaines": (20, 99), "centaines": (200, 999), "milliers": (2000, 9999)}
VAGUE_REPEAT = r"et"  # "des dizaines et dizaines"
BASES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}

# --- bounds: cues written right before the number --------------------------
BOUND_CUES = {
    "at_least": [r"au moins", r"pas moins de", r"au minimum", r"un minimum de", r"minimum"],
    "more_than": [
        r"plus de", r"plus d'", r"au-delà de", r"au-dela de", r"supérieure? à", r"plus que",
        r"davantage que", r"dépass\w*(?: désormais| déjà| largement| aujourd'hui)?(?: les| la barre des| le cap des)?",
        r"franchi\w*(?: la barre| le cap)?(?: des| de| les)?", r"excède", r"excèdent", r"a? ?passé la barre des",
    ],
    "at_most": [r"au plus", r"au maximum", r"tout au plus", r"pas plus de", r"maximum"],
    "up_to": [r"jusqu'à", r"jusqu'a", r"jusqu'au"],
    "less_than": [r"moins de", r"moins d'", r"inférieure? à", r"sous les", r"sous la barre des", r"en dessous de", r"en deçà de"],
    "approx": [
        r"environ", r"près de", r"pres de", r"quelque", r"autour de", r"approximativement", r"à peu près",
        r"presque", r"quasiment", r"aux alentours de", r"de l'ordre de", r"env\.", r"grosso modo", r"pas loin de",
        r"un peu plus de", r"un peu moins de", r"plus ou moins",
    ],
}
# "jusqu'à" after a verb of rising means "to" (exact): le bilan monte jusqu'à 211
CHANGE_VERBS = r"(?:mont\w*|grimp\w*|pass\w*|port\w*|augment\w*|baiss\w*|recul\w*|chut\w*|tomb\w*|élev\w*|relev\w*|ramen\w*|réduit\w*|réduir\w*|sub\w*|gonfl\w*|rehauss\w*|abaiss\w*)"

# --- ranges ---------------------------------------------------------------
RANGE_BETWEEN = r"(?:comprise? |compris )?entre"  # before the first number
RANGE_AND = r"et"  # entre X et Y
RANGE_FROM = r"de|d'"  # de X à Y
RANGE_TO = r"à|a|au"  # de X à Y, X à Y

# --- units ----------------------------------------------------------------
# after the number (and its scale); optional "de"/"d'" before word units
UNITS_AFTER = {
    "%": "percent", "pour cent": "percent", "pourcent": "percent", "pour-cent": "percent",
    "points de pourcentage": "percent", "points de pourcent": "percent",
    "€": "EUR", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "$": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD", "dollars américains": "USD",
    "£": "GBP", "livres sterling": "GBP", "livres": "GBP", "gbp": "GBP",
    "wons": "KRW", "won": "KRW", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH",
    "yens": "JPY", "yen": "JPY", "yuans": "CNY", "yuan": "CNY", "roubles": "RUB", "rouble": "RUB",
    "francs suisses": "CHF", "francs cfa": "XOF", "reais": "BRL", "réals": "BRL",
    "km²": "km2", "km2": "km2", "kilomètres carrés": "km2", "m²": "m2", "m2": "m2", "mètres carrés": "m2",
    "km": "km", "kilomètres": "km", "kilomètre": "km", "mètres": "m", "mètre": "m", "m": "m",
    "millimètres": "mm", "mm": "mm", "centimètres": "cm", "cm": "cm",
    "tonnes": "t", "tonne": "t", "t": "t", "kilos": "kg", "kg": "kg", "kilogrammes": "kg", "grammes": "g",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "litres": "l", "litre": "l", "barils": "bbl",
    "mégawatts": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "km/h": "km/h", "degrés": "°",
}
# written before the number
UNITS_BEFORE = {"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "JPY", "₩": "KRW", "chf": "CHF"}

# --- numbers that are not figures ------------------------------------------
TIME_UNITS = [
    r"ans?", r"années?", r"mois", r"semaines?", r"jours?", r"heures?", r"h", r"minutes?", r"min",
    r"secondes?", r"siècles?", r"décennies?", r"trimestres?", r"nuits?", r"h\d\d",
]
MONTHS = [
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "sept", "oct", "nov", "déc",
]
ORDINAL_SUFFIXES = r"(?:er|re|ère|e|è|ème|eme|ᵉ|ᵉʳ|nd|nde)"
ORDINAL_WORDS = []  # premier, deuxième... are not in NUMBER_WORDS, so never read as numbers
# words right before a number that make it a name or an id: article 5, résolution 2231
ID_CUES = [
    r"articles?", r"alinéas?", r"résolution", r"loi", r"décret", r"n°", r"no", r"numéro", r"chapitre", r"page",
    r"p\.", r"tome", r"volume", r"section", r"ligne", r"route", r"autoroute", r"vol", r"covid", r"paragraphe",
    r"annexe", r"amendement", r"saison", r"épisode", r"©", r"version", r"niveau", r"catégorie", r"zone",
    r"classe", r"type", r"modèle", r"canal", r"porte", r"quai", r"terminal", r"rue", r"boulevard", r"avenue",
]
# words right before a 4-digit number that make it a year
YEAR_CUES = [r"en", r"depuis", r"dès", r"fin", r"début", r"mi", r"l'an", r"année", r"de", r"à", r"avant", r"après", r"vers"]
# small number words that point back at known things: les deux pays, l'un des deux
ANAPHORA_BEFORE = r"(?:les|ces|des|aux|leurs|nos|vos|ses|mes|tes|l'un des|l'une des)"

# --- what is counted ------------------------------------------------------
WHAT_LINK = r"(?:de |d'|des |du )"  # 1,5 million de manifestants, 11,7 tonnes d'explosifs
# words that may open the counted noun phrase but are not its head
WHAT_PREMODIFIERS = [
    "autres", "nouveaux", "nouvelles", "nouvel", "nouveau", "nouvelle", "anciens", "anciennes", "jeunes",
    "grands", "grandes", "petits", "petites", "premiers", "derniers", "dernières", "seuls", "seules",
    "hauts", "haut", "principaux", "principales", "vrais", "faux", "simples",
]
# auxiliaries between a bare number and a participle: "4 900 ont été secourus"
WHAT_AUXILIARIES = ["ont", "ont été", "sont", "avaient été", "avaient", "étaient", "seront", "auront été", "sont déjà", "ont déjà été"]
# words that end a noun phrase (verbs, prepositions other than de, conjunctions, pronouns)
WHAT_STOPWORDS = [
    "à", "a", "au", "aux", "en", "dans", "sur", "sous", "pour", "par", "avec", "sans", "contre", "vers", "chez",
    "depuis", "pendant", "selon", "dont", "que", "qui", "qu'", "où", "ou", "et", "mais", "car", "soit", "si",
    "ne", "n'", "se", "s'", "il", "elle", "ils", "elles", "on", "y", "est", "sont", "ont", "a", "était",
    "étaient", "avait", "avaient", "sera", "seront", "fut", "été", "dès", "entre", "parmi", "lors", "après",
    "avant", "jusqu'à", "comme", "ce", "cette", "ces", "ça", "cela", "leur", "leurs", "son", "sa", "ses",
    "le", "la", "les", "l'", "un", "une", "plus", "moins", "environ", "déjà", "toujours", "encore", "aussi",
    "contre", "malgré", "face", "via", "hors", "outre", "afin", "tandis", "alors", "puis", "ensuite",
]
WHAT_NOT_HEADS = ["pib", "total", "totale", "fois", "an", "ans", "rapport", "cours"]
# nouns before "de" that give the counted noun to a number elsewhere: le nombre de soldats ... 3 000
NUMBER_OF = r"(?:le |un |du |au )?(?:nombre|total|bilan|chiffre) (?:de |d'|des )"
# an adjective-looking word after the head extends the phrase: soldats nord-coréens, dette publique
ADJECTIVE_SUFFIXES = (
    "é", "és", "ée", "ées", "ique", "iques", "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "aire",
    "aires", "if", "ive", "ifs", "ives", "ien", "ienne", "iens", "iennes", "éen", "éenne", "éens", "éennes",
    "ain", "aine", "ains", "aines", "ais", "aise", "aises", "ois", "oise", "oises", "eux", "euse", "euses",
    "ant", "ants", "ante", "antes", "ente", "entes", "iste", "istes", "u", "us", "ue", "ues",
    "is", "ise", "ises", "it", "ite", "its", "ites", "ier", "iers", "ière", "ières", "nd", "nds", "nde", "ndes",
)
ADJECTIVE_NOT = ["ont", "sont", "font", "vont", "étaient", "avaient", "devraient", "pourraient", "doivent", "sont"]

# --- attribution ----------------------------------------------------------
# "selon X", "d'après X": X is the source
ACCORDING_TO = [r"selon", r"d'après", r"de(?= sources? )", r"aux dires de"]
# speech and reporting verbs, as words: "X a déclaré que", "..., a indiqué X", "a-t-il ajouté",
# "X estime que". The compiler builds auxiliary (+ up to three words) + participle, the present
# forms, and the inverted forms with a pronoun.
SPEECH_AUXILIARIES = ["a", "avait", "aura", "aurait", "ont", "avaient", "auront", "auraient"]
SPEECH_PARTICIPLES = [
    "déclaré", "affirmé", "indiqué", "annoncé", "estimé", "précisé", "souligné", "ajouté", "expliqué", "assuré",
    "rappelé", "signalé", "rapporté", "averti", "dit", "écrit", "confié", "détaillé", "évoqué", "recensé",
    "compté", "enregistré", "mesuré", "chiffré", "dénombré", "revendiqué", "fait état", "fait savoir", "reconnu",
    "admis", "démenti", "nié", "contesté", "confirmé", "publié", "dévoilé", "communiqué", "avancé", "martelé",
    "insisté", "prévenu", "calculé", "évalué", "jugé", "noté", "relevé", "constaté", "comptabilisé", "recensés",
    "alerté", "répondu", "tweeté", "déploré", "dénoncé", "poursuivi", "prévu", "anticipé",
]
SPEECH_PRESENT = [
    "déclare", "déclarent", "affirme", "affirment", "indique", "indiquent", "annonce", "annoncent", "estime",
    "estiment", "précise", "précisent", "souligne", "ajoute", "explique", "assure", "rappelle", "signale",
    "rapporte", "avertit", "dit", "disent", "écrit", "détaille", "évoque", "recense", "recensent", "enregistre",
    "chiffre", "chiffrent", "dénombre", "revendique", "revendiquent", "fait état", "reconnaît", "dément",
    "démentent", "nie", "nient", "conteste", "confirme", "publie", "dévoile", "communique", "calcule", "évalue",
    "constate", "comptabilise", "table sur", "tablent sur", "tablait sur", "prévoit", "prévoient", "prévoyait",
    "anticipe", "anticipent", "projette", "selon lui", "selon elle", "déclarait", "affirmait", "estimait",
    "indiquait", "précisait", "expliquait", "assurait",
]
# pronouns glued to an inverted verb: a-t-il ajouté, déclare-t-elle, ont-ils dit
SPEECH_INVERSION = {"aux": ["a-t-il", "a-t-elle", "ont-ils", "ont-elles", "avait-il", "avait-elle"], "suffix": ["-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles"]}
# verbs of forecast or plan that name a source only when no speech verb does (weak):
# "L'exécutif prévoit d'en tirer 8 milliards"; but in "l'agence a indiqué que Pyongyang prévoit
# d'envoyer 12 000 soldats" the agency is the source.
WEAK_SPEECH = ["prévoit", "prévoient", "prévoyait", "table sur", "tablent sur", "tablait sur", "anticipe", "anticipent", "projette"]
# X cited by Y: Y relays X's claim (via)
VIA_AFTER = [r"cités? par", r"citée?s? par", r"rapporté par", r"relayés? par", r"selon (?:l'agence|le journal|le quotidien|la chaîne)"]
# a speaker citing X: X is the source, the speaker relays
CITING = [r"citant", r"se référant à", r"s'appuyant sur"]
# after "selon": these are not sources but evidence (selon des données préliminaires)
EVIDENCE_NOUNS = [
    "données", "chiffres", "estimations", "calculs", "informations", "bilan", "dernier bilan", "sondage",
    "projections", "prévisions", "statistiques", "résultats", "images", "photos", "documents", "rapport",
    "décompte", "comptage", "premier bilan", "nouveau bilan", "lui", "elle", "eux", "elles", "moi", "nous",
]
PRONOUNS = ["il", "elle", "ils", "elles", "celui-ci", "celle-ci", "ce dernier", "cette dernière"]
IMPERSONAL = ["on", "ce", "cela", "ça", "tout"]
# phrases that open a clause and are not subjects
CLAUSE_OPENERS = [
    "dans le même temps", "de son côté", "de leur côté", "pour sa part", "par ailleurs", "en outre",
    "le même jour", "la veille", "le lendemain", "en ce sens", "autrement dit", "toutefois", "cependant",
    "pourtant", "ainsi", "enfin", "selon", "d'après", "en revanche", "au total", "côté",
]
# adverbs and time words that may sit between a speech verb and its inverted subject
VERB_ADVERBS = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
    "mardi soir", "ce lundi", "ce mardi", "ce mercredi", "ce jeudi", "ce vendredi", "ce samedi", "ce dimanche",
    "aussi", "encore", "également", "déjà", "ensuite", "enfin", "alors", "pourtant", "dimanche soir",
    "jeudi soir", "vendredi soir", "lundi soir", "samedi soir", "de son côté", "pour sa part", "ainsi",
    "notamment", "récemment", "publiquement", "officiellement", "aux journalistes", "à la presse",
    "dans un communiqué", "ce matin", "ce soir", "dans la soirée", "dans la matinée", "ça", "que", "qu'",
]
# words that end an inverted subject: "a souligné le dirigeant socialiste depuis le palais"
SUBJECT_STOP = [
    "depuis", "dans", "lors", "devant", "après", "avant", "sur", "en", "à", "au", "aux", "pour", "qui", "que",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ce", "cette", "hier", "avec",
    "promettant", "estimant", "ajoutant", "précisant", "soulignant", "selon", "car", "mais", "et", "tandis",
]
# a definite description may point back at a named source; an indefinite one (un responsable) never
DEFINITE = ["le", "la", "l'", "les"]
# capitalised words that do not start a name: le Premier ministre
NOT_NAMES = ["premier", "première", "président", "présidente", "ministre", "état", "etat", "république", "gouvernement", "selon", "pour", "dans"]
# a word before a verb-looking form that makes it no speech verb: le chiffre d'affaires (a noun),
# autrement dit, cela dit (set phrases)
NOUN_MARKERS = ["de", "d'", "le", "la", "les", "l'", "un", "une", "du", "des", "son", "sa", "ses", "leur", "ce", "cette", "autrement", "cela", "ceci", "soi"]
DETERMINERS = [
    "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    "il", "el", "lo", "los", "las", "the", "de la", "de l'", "plusieurs", "certains", "certaines", "deux",
]
# titles before a name: M. Sánchez
HONORIFICS = ["m.", "mme", "mlle", "dr", "pr", "me", "mgr", "sir"]
# role nouns: a description made of them is a person; org nouns: an organisation
PERSON_ROLES = [
    "président", "présidente", "premier ministre", "ministre", "chef", "cheffe", "porte-parole", "préfet",
    "préfète", "député", "députée", "sénateur", "sénatrice", "maire", "responsable", "secrétaire", "directeur",
    "directrice", "dirigeant", "dirigeante", "général", "commandant", "amiral", "vice-amiral", "gouverneur",
    "ambassadeur", "ambassadrice", "conseiller", "conseillère", "expert", "experte", "chercheur", "chercheuse",
    "économiste", "analyste", "officiel", "juge", "procureur", "procureure", "patron", "patronne", "leader",
    "commissaire", "roi", "reine", "pape", "chancelier", "chancelière", "ministre-président", "élu", "élue",
]
ORG_ROLES = [
    "agence", "ministère", "gouvernement", "préfecture", "service", "services", "état-major", "armée", "police",
    "autorités", "exécutif", "syndicat", "institut", "office", "organisation", "ong", "banque", "commission",
    "conseil", "cour", "parquet", "mairie", "région", "département", "fédération", "association", "entreprise",
    "groupe", "société", "renseignement", "renseignements", "pentagone", "kremlin", "maison-blanche", "onu",
    "intersyndicale", "préfecture maritime", "administration", "direction", "caisse", "observatoire",
]

# --- modality: cues in the clause before the number (or the verb just after it) --
MODALITY_CUES = {
    "denied": [r"dément\w*", r"démenti\w*", r"nie", r"nient", r"a nié", r"ont nié", r"niant", r"conteste\w*", r"rejett?e\w* (?:le chiffre|les chiffres|l'idée)", r"faux"],
    "possible": [
        r"pourrai\w*", r"pourr\w+", r"peut-être", r"risque\w* de", r"possible\w*", r"éventuel\w*", r"susceptibles? de",
        r"serait", r"seraient", r"aurait", r"auraient",
    ],
    "planned": [
        r"prévoi\w*", r"prévu\w*", r"prévue?s?", r"envisag\w*", r"compte\w* (?:envoyer|déployer|investir|dépenser|recruter|embaucher|créer|supprimer)",
        r"va|vont", r"allait|allaient", r"doit|doivent|devra|devront", r"projet\w*", r"promet\w*", r"promis\w*",
        r"annonc\w*", r"propos\w*", r"sera|seront|aura|auront|fera|feront",
        r"visera\w*", r"objectif", r"plan\w*", r"ambitionn\w*", r"entend\w*", r"souhait\w*", r"veut|veulent",
        r"s'engage\w*", r"engagement", r"porteront|portera", r"vise|visent|visait",
    ],
    "estimated": [r"estim\w*", r"tabl\w* sur", r"attendu\w*", r"prévision\w*", r"projection\w*", r"calcul\w*", r"évalu\w*", r"anticip\w*", r"prédi\w*"],
}
# verb endings that carry a modality: the conditional (il s'agirait: possible), the future
# (visera, porteront: planned); matched at the end of a word of at least two more letters
MODALITY_SUFFIXES = {"possible": ["erait", "eraient", "irait", "iraient"], "planned": ["era", "eront", "ira", "iront"]}
# the conditional of reported speech (il s'agirait, il y aurait) marks a possible figure; a few
# words ending in -rait/-raient are not verbs
MODALITY_NOT = ["extrait", "portrait", "retrait", "attrait", "trait", "serait-ce"]

# --- sentences --------------------------------------------------------------
ABBREVIATIONS = ["m", "mme", "mlle", "dr", "pr", "me", "st", "ste", "env", "av", "apr", "j.-c", "cf", "etc", "p", "vol", "no", "art"]

# --- language detection fallback (when lingua is not asked) --------------------
STOPWORDS = [
    "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que", "sur", "avec", "selon",
    "au", "aux", "ont", "été", "pas", "mais", "sont", "cette", "leur", "plus", "il", "elle",
]
