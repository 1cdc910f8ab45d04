"""Reading a source phrase: the institution role it names, the person's title it carries,
the country or region it is qualified by, and whether it is a bare description that points
back at a source named before ("l'agence", "the department", "a mesma agência").

Words are matched on folded text (fold.tokens joined by spaces), in the six languages at
once: a Spanish article may well write "Home Office". Roles are open strings that entries
of the alias table declare (aliases_data.py `roles=`), so that `interior` + `fr` finds the
French interior ministry and `interior` + a country without an entry gets a derived key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from figtrail.link.fold import is_acronym, tokens, words
from figtrail.link.places import countries_in, regions_in


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


# --- institutions ------------------------------------------------------------------------
# A ministry is a head word plus a portfolio; German glues them ("Finanzministerium").
MINISTRY = _rx(
    r"ministere|ministerio|ministry|ministero|ministerium|dicastero|department|departement"
    r"|departamento|dipartimento|secretaria|secretariat|secretariado|cartera"
)
MINISTER = _rx(
    r"ministres?|ministra|ministro|ministers?|ministerin|secretary|secretario|secretaria de estado"
    r"|titular|minister(?:in)?|vice ?ministr[oa]s?|viceminister\w*|assessor[ei]|assessora|consejer[oa]s?"
    r"|conseller[as]?"
)
PORTFOLIOS: dict[str, str] = {
    "interior": r"interieur|interior|interno|gobernacion|administracao interna|innen\w*",
    "defence": r"defen[cs]e|defensa|defesa|difesa|armees|forces armees|verteidigung\w*",
    "foreign": r"secretary of state|affaires etrangeres|asuntos exteriores|exteriores|foreign|relacoes exteriores|negocios estrangeiros|auswartig\w*|aussen\w*|esteri|affari esteri",
    "finance": r"finances?|finanzas|hacienda|fazenda|financas|finanz\w*|finanze|tresor|tesoro|treasury|tesouro|exchequer",
    "economy": r"economie|economia|economy|wirtschaft\w*",
    "budget": r"budget|comptes publics|presupuestos?|orcamento|haushalt\w*|bilancio",
    "health": r"sante|sanidad|salud|health|saude|gesundheit\w*|salute|sanita|sanitari[ao]",
    "labour": r"travail|trabajo|labou?r|work and pensions|trabalho|arbeit\w*|lavoro",
    "justice": r"justice|justicia|justica|justiz\w*|giustizia",
    "education": r"education|educacion|educacao|bildung\w*|istruzione",
    "agriculture": r"agriculture|agricultura|landwirtschaft\w*|agrar\w*|agricoltura|alimentation|alimentacion|alimentacao|ernahrung|alimentazione",
    "energy": r"energie|energia|energy",
    "environment": r"ecologie|transition ecologique|environnement|medio ambiente|transicion ecologica|environment|meio ambiente|umwelt\w*|ambiente",
    "transport": r"transports?|transportes|verkehr\w*|trasporti|infrastructures?|infraestructuras?|infraestruturas?|infrastrutture",
    "fisheries": r"peche|pesca|pescas|fisheries|fishing|fischerei\w*",
    "housing": r"logement|vivienda|housing|habitacao|wohnungsbau|wohnen|bauwesen|abitazioni|politiche abitative",
    # not social security ("Seguridad Social"), a portfolio of its own
    "security": r"securite(?! sociale)|seguridad(?! social)|seguranca(?! social)|security|sicherheit|sicurezza(?! sociale)",
}
_PORTFOLIO_RX = {role: _rx(p) for role, p in PORTFOLIOS.items()}
# a German compound: (Bundes)innenministerium, Finanzminister, Verteidigungsministerin
_DE_COMPOUND = re.compile(
    r"^(?:bundes)?(innen|finanz|verteidigungs|gesundheits|arbeits|aussen|wirtschafts|justiz|bildungs|umwelt|verkehrs|agrar|landwirtschafts|energie|fischerei|bau|wohnungsbau)"
    r"(minister(?:ium|in)?|ressort)$"
)
_DE_PORTFOLIO = {
    "innen": "interior",
    "finanz": "finance",
    "verteidigungs": "defence",
    "gesundheits": "health",
    "arbeits": "labour",
    "aussen": "foreign",
    "wirtschafts": "economy",
    "justiz": "justice",
    "bildungs": "education",
    "umwelt": "environment",
    "verkehrs": "transport",
    "agrar": "agriculture",
    "landwirtschafts": "agriculture",
    "energie": "energy",
    "fischerei": "fisheries",
    "bau": "housing",
    "wohnungsbau": "housing",
}
# Spanish, Italian and Portuguese papers name a ministry by its portfolio alone ("Interior",
# "Trabajo", "Tesoro", "Fazenda"); capitalised and alone, it is the ministry.
BARE_PORTFOLIO = words(
    "interior trabajo hacienda sanidad defensa exteriores justicia educacion agricultura transportes "
    "interno difesa tesoro esteri salute lavoro giustizia istruzione fazenda defesa saude trabalho "
    "justica treasury tresor"
)

# Other institution roles, most specific first (the first that matches wins).
ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "gov-delegation",
        _rx(
            r"delegacion del gobierno|subdelegacion del gobierno"
            r"|delegation of the government|government delegation|delegation du gouvernement"
            r"|delegacao do governo|delegazione del governo"
        ),
    ),
    (
        "military-intelligence",
        _rx(
            r"(?:renseignements?|inteligencia|intelligence|espionnage|espionaje|informacoes|servizi segreti|services secrets) militai?r\w*"
            r"|militar\w* intelligence|military intelligence|militar\w*geheimdienst\w*"
            r"|militar\w*nachrichtendienst\w*|intelligence militare"
        ),
    ),
    (
        "intelligence",
        _rx(
            r"renseignements?|services? secrets?|espionnage|inteligencia|espionaje"
            r"|servicios? secretos?|intelligence|spy agency|spies|spy|servicos secretos"
            r"|servicos de informacoes|espionagem|\w*geheimdienst\w*|\w*nachrichtendienst\w*"
            r"|servizi segreti|007"
        ),
    ),
    (
        "general-staff",
        _rx(
            r"etats? majors?|chefs? d etat major|estado mayor|general staff|joint chiefs"
            r"|estado maior|generalstab\w*|stato maggiore"
        ),
    ),
    (
        "coast-guard",
        _rx(
            r"garde cotes?|gardes cotes|coast ?guards?|guardia costera|guardacostas|guarda costeira"
            r"|kustenwache|guardia costiera|capitaneria di porto|capitanerie di porto|guardacoste"
        ),
    ),
    (
        "red-cross",
        _rx(
            r"croix rouge|cruz roja|red cross|cruz vermelha|rote\w* kreuz\w*|rotkreuz\w*|croce rossa"
            r"|croissant rouge|media luna roja|red crescent|crescente vermelho|rote\w* halbmond\w*|mezzaluna rossa"
        ),
    ),
    (
        "prosecutor",
        _rx(
            r"parquet|procureurs? de la republique|ministere public|fiscalia|ministerio fiscal|ministerio publico"
            r"|prosecutors?(?: office)?|prosecution service|public prosecution|staatsanwaltschaft\w*"
            r"|procura(?: della repubblica)?|pubblico ministero|oficina del fiscal|fiscales"
        ),
    ),
    ("prefecture", _rx(r"prefecture|prefectura|prefettura|prafektur")),
    (
        "air-force",
        _rx(
            r"armee de l air|forces? aeriennes?|fuerzas? aereas?|ejercito del aire|air force"
            r"|forcas? aereas?|luftwaffe|luftstreitkrafte\w*|aeronautica militare|aviazione"
        ),
    ),
    (
        "army",
        _rx(
            r"armee|armees|ejercito|army|exercito|armee|heer|esercito|forces armees"
            r"|fuerzas armadas|armed forces|forcas armadas|streitkrafte\w*|forze armate"
            r"|military|militares|militaires|militari|militar|militars"
        ),
    ),
    (
        "civil-protection",
        _rx(
            r"protection civile|securite civile|proteccion civil|civil protection"
            r"|civil defen[cs]e|defensa civil|defesa civil|protecao civil|zivilschutz\w*"
            r"|katastrophenschutz\w*|protezione civile|emergency services"
            r"|servicios de emergencia|emergencias"
        ),
    ),
    (
        "fire-brigade",
        _rx(
            r"sapeurs? pompiers|pompiers|bomberos|cuerpo de bomberos|fire (?:brigade|service|department)s?"
            r"|firefighters|fire and rescue(?: service)?|bombeiros|corpo de bombeiros|\w*feuerwehr\w*"
            r"|vigili del fuoco"
        ),
    ),
    (
        "police",
        _rx(
            r"police|policier\w*|policia|policias|policial\w*|polizia|polizei\w*|policeman"
            r"|policemen|police officers?"
        ),
    ),
    ("statistics", _rx(r"\w*statisti\w*", r"estadistic\w*", r"estatistic\w*")),
    (
        "central-bank",
        _rx(
            r"banque centrale|banco central|central bank|zentralbank|notenbank"
            r"|banca centrale|reserva federal|reserve federale|federal reserve"
        ),
    ),
    (
        "meteorology",
        _rx(r"meteo\w*", r"meteorolog\w*", r"wetterdienst\w*", r"weather (?:service|office|agency)"),
    ),
    (
        "chancellor",
        _rx(r"chancellor", r"chanceliere?", r"canciller", r"chanceler", r"\w*kanzler(?:in)?", r"cancelliere"),
    ),
    (
        "government",
        _rx(
            r"gouvernement|executif|gobierno|ejecutivo|government|governo|executivo"
            r"|esecutivo|\w*regierung|kabinett|cabinet|consejo de ministros"
            r"|conseil des ministres|consiglio dei ministri|conselho de ministros"
            r"|administration|premier ministre|premiere ministre|chef du gouvernement"
            r"|cheffe du gouvernement|presidente del gobierno"
            r"|jefe del (?:gobierno|ejecutivo)|primer ministro|primera ministra"
            r"|prime minister|primeiro ministro|primeira ministra|chefe do governo"
            r"|regierungschef\w*|presidente del consiglio|capo del governo|premier|(?<!chief )executive"
        ),
    ),
    (
        "authorities",
        _rx(r"autorites", r"autoridades", r"authorities", r"behorden", r"autorita", r"autoridade"),
    ),
    (
        "officials",
        _rx(
            r"responsables?|officials?|funcionarios?|fonctionnaires?|responsave(?:is|l)"
            r"|beamte\w*|funzionari\w*|regierungsvertreter|sources?|fuentes?|fontes?|fonti"
            r"|quellen?|diplomates?|diplomaticos?|diplomats?|diplomaten|diplomatici"
            r"|kreise\w*|ambienti|medios"
        ),
    ),
)
# A role qualified as regional names the regional government, not the national one.
REGIONAL = _rx(
    r"regional\w*|regionaux|regione|regioni|region|estadual|estaduais|autonomic\w*|landes\w*"
    r"|generalitat|xunta|junta de \w+|conseil regional|state government|governo do estado"
    r"|gobierno regional|giunta|ministerprasident\w*|regionalprasident\w*|governador\w*|governors?"
    r"|gouverneur|gobernador\w*|governatore|presidente della regione|president de region"
    r"|presidente da regiao|presidente de la comunidad|consejer[oa]s?(?! delegad)|conseller[as]?"
)

# --- persons' titles ------------------------------------------------------------------
# A title that ties its holder to a body: what they say, the body says (spec section 6).
SPOKESPERSON = _rx(
    r"porte parole|portavoz|vocer[oa]|spokes(?:man|woman|person)|press secretary|porta voz"
    r"|\w*sprecher(?:in)?|portavoce"
)
HEAD = _rx(
    r"chief (?:executive|operating|financial|technology|commercial)(?: officer)?"
    r"|secretari[oa] gera(?:l|is)|chef|cheffe|directeur|directrice|director|directora|head|chief|boss|leader|diretor|diretora"
    r"|presidente|presidenta|president|\w*prasident(?:in)?|leiter(?:in)?|\w+chef(?:in)?"
    r"|direktor(?:in)?|capo|direttore|direttrice|jefe|jefa|secretaire generale?|secretario general"
    r"|secretaria general|secretary general|secretario geral|generalsekretar(?:in)?"
    r"|segretario generale|commissaire|commissioner|comisari[oa]|comissari[oa]|kommissar(?:in)?"
    r"|commissari[oa]|gouverneur|governor|gobernador|gobernadora|governador|governadora"
    r"|governatore|coordinat\w+|administrat\w+|ceo|pdg|managing director"
    r"|commandant|comandante|commander|kommandant\w*|\w*vorstand(?:in)?|vorstandsvorsitzend\w*"
    r"|chefin|superintend\w+|bevollmachtigte[rn]?|segretari[oa] (?:nazionale|regionale|provinciale)"
    # "its chair", "HHM board member", "Landesvorsitzende", "HDE-Hauptgeschäftsführer", "el gerente"
    r"|chair(?:man|woman|person)?|board member|\w*vorsitzend\w*|\w*geschaftsfuhrer(?:in)?"
    r"|gerente|general manager|obmann|obfrau"
)
OFFICIAL = _rx(
    r"permanent secretary|haut fonctionnaire|senior official|alto funcionario|conseill\w+"
    r"|advis[eo]r|asesora?|assessora?|berater(?:in)?|consiglier\w+|responsable|official"
    r"|funcionario|responsavel|beamter|funzionario|vice\w*|delegue|deleguee|delegad[oa]|delegat[oa]|delegate"
    r"|representante|representative|rappresentante|vertreter(?:in)?|officer"
    r"|\w*expert(?:in|e|o|a)?|esperto|esperta"  # "Schadenexpertin beim GDV": an expert of the body speaks for it
    r"|meteorolog\w+|hydrolog\w+|idrolog\w+|hidrolog\w+|subsecretari[oa]|sottosegretari[oa]|secretari[oa][ -]adjunt[oa]"
)
AMBASSADOR = _rx(r"ambassad\w+", r"embajador\w*", r"embaixador\w*", r"botschafter\w*", r"ambasciat\w+")
# Titles of persons who speak in their own name: they keep their own key.
OWN_NAME = _rx(
    r"deput\w+|mp|lawmaker|legislator|senat\w+|senador\w*|abgeordnet\w*|parlamentar\w*|opposition"
    r"|oposicion|oposicao|opposizione|ancien|ancienne|former|ex|antiguo|candidat\w*|kandidat\w*"
    r"|economist\w*|economiste|analyst\w*|analiste|expert\w*|especialista|esperto|professor\w*"
    r"|profes\w+|chercheu\w+|researcher|investigador\w*|pesquisador\w*|forscher\w*|ricercat\w+"
    r"|predecessor|predecesseur"
)
# A head of state speaks for themself here (a president alone is not his presidency).
HEAD_OF_STATE = _rx(
    r"president|presidente|presidenta|prasident(?:in)?|chef de l etat|jefe del estado"
    r"|head of state|chefe de estado|staatschef\w*|capo dello stato|roi|rey|king|rei|konig|re"
)
# A possessive before a title: the office is held in the body the text has just named ("sa
# présidente", "its chief executive", "su portavoz"), never a head of state's.
POSSESSIVES = words(
    "sa son ses su sus its his her their seu sua seus suas ihr ihre ihrem ihres sein seine seinem suo sua loro leur"
)
# The body a holder of one of these titles heads, to find it among the sources already named.
TITLE_BODY = {
    "prefet": "prefecture",
    "prefete": "prefecture",
    "prefect": "prefecture",
    "prefetto": "prefettura",
    "prefeito": "prefeitura",
    "prefeita": "prefeitura",
    "maire": "mairie",
    "mayor": "city",
    "alcalde": "ayuntamiento",
    "alcaldesa": "ayuntamiento",
    "sindaco": "comune",
    "burgermeister": "stadt",
    "burgermeisterin": "stadt",
    "oberburgermeister": "stadt",
    "oberburgermeisterin": "stadt",
    "procureur": "parquet",
    "procureure": "parquet",
    "prosecutor": "prosecutors office",
    "fiscal": "fiscalia",
    "staatsanwalt": "staatsanwaltschaft",
    "staatsanwaltin": "staatsanwaltschaft",
    "procuratore": "procura",
    "promotor": "ministerio publico",
    "promotora": "ministerio publico",
}

# titles that name that body only beside a word of their office: "o promotor de Justiça"
# prosecutes, "la promotora" of a festival organises it
TITLE_BODY_WITH = {"promotor": "justica", "promotora": "justica"}

# --- bare descriptions that point back ----------------------------------------------------
ANAPHOR_HEADS = words(
    "agence agencia agency agentur agenzia behorde organisme organismo orgao organ entite entidad "
    "entidade entity ente institution institucion instituicao istituzione organisation organizacion "
    "organizacao organization organizzazione service servicio servico dienst servizio ministere "
    "ministerio ministry ministerium ministero dicastero department departement departamento "
    "dipartimento watchdog regulator regulateur regulador fonds fondo fund fundo confederation "
    "confederacion confederacao konfoderation confederazione federation federacion federacao verband "
    "federazione syndicat sindicato union gewerkschaft sindacato centrale alliance alianza alianca "
    "bundnis alleanza entreprise empresa company firm unternehmen konzern azienda societe groupe "
    "grupo group gruppe gruppo banque banco bank banca institut instituto institute istituto office "
    "oficina amt ufficio bureau gabinete prefecture prefectura prefeitura prefettura association "
    "asociacion associacao associazione verein observatoire observatorio observatory osservatorio "
    "commission comision comissao kommission commissione comite committee komitee comitato conseil "
    "consejo conselho council rat consiglio tribunal court gericht corte tribunale body operator "
    "operateur operador betreiber operatore ong ngo onlus hilfsorganisation mairie ayuntamiento city "
    "stadt comune prefeitura camara presidencia compagnie compania companhia compagnia firma airline "
    "aerolinea corporation corporacion corporacao gestora operadora etablissement establecimiento "
    "establishment estabelecimento einrichtung musee museo museum museu autorite autoridad authority "
    "autoridade autorita anstalt distribuidora distributeur distributor distributore fabricante manufacturer "
    "constructeur hersteller produttore aseguradora assureur insurer versicherer assicuratore "
    "seguradora club klub societa escritorio pasta cartera airport zoo"
)
# Heads that all name a company: "das Unternehmen" after "die Bergbaufirma X" is X.
COMPANY_HEADS = words(
    "entreprise empresa company firm unternehmen konzern azienda societe compagnie compania companhia "
    "compagnia firma corporation corporacion corporacao "
    "hersteller manufacturer fabricante constructeur fabricant produttore"
)
# Words that may stand beside the head of a pointing-back description: "la même agence",
# "this agency", "a mesma agência", "dieselbe Behörde".
ANAPHOR_MODIFIERS = words(
    "meme memes same mesma mesmo misma mismo stessa stesso dieselbe derselbe dasselbe selbe selben "
    "cette cet ce this that these esta este esa ese essa esse aquela aquele questa questo quella "
    "quello diese dieser dieses jene jener"
)
# Words that make a head + common-word description something else than a body named before:
# numbers, persons, other bodies ("the union's members", "a new company").
QUALIFIER_STOP = words(
    "nouveau nouvelle nueva nuevo new neue neuer neues nova novo nuovo nuova autre autres otra otro other "
    "outra outro andere anderen altra altro membres miembros members membros mitglieder membri "
    "travailleurs trabajadores workers trabalhadores beschaftigte lavoratori salaries employees "
    "empleados funcionarios mitarbeiter dipendenti un une uno una um uma an ein eine einer "
    "some unos unas algunos quelques plusieurs several varios vari mehrere "
    "rival rivale competidora concurrent competitor konkurrent concorrente"
)
# Words that never make a description specific: determiners, connectives, qualifiers.
FILLER = words(
    "l le la les un une des du de d the a an of for and et y e und und el los las lo del o os as do "
    "da dos das der die das den dem des ein eine einen einem einer il gli i dello della dei degli "
    "delle di per al alla nacional national nationale nazionale nationaler nationale federal federale "
    "fed federaux bundes estatal state etat stato staatlich staatliche offizielle official officiel "
    "oficial ufficiale public publica publico publique general generale geral pubblica institut "
    "instituto institute istituto office oficina amt bureau ufficio agence agencia agency agentur "
    "agenzia service servicio servico dienst servizio sources source fuentes fuente fontes fonte "
    "fonti quelle quellen s"
)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a phrase says about the source it names."""

    role: str | None = None  # institution role: interior, government, police, ...
    country: str | None = None  # named by an adjective, a name or a capital in the phrase
    region: str | None = None  # a listed region it names
    regional: bool = False  # qualified as regional ("governo estadual", "Regionalregierung")
    generic: bool = False  # nothing in it but the role, its country and filler words
    anaphor: str | None = None  # the head of a bare description pointing back ("agence")
    rest: tuple[str, ...] = ()  # the words left beside the role, as written ("Local", "Valencia")


def portfolio_word(w: str) -> bool:
    """A folded word that names a portfolio ('interior', 'difesa', 'finanzas')."""
    return any(rx.fullmatch(w) for rx in _PORTFOLIO_RX.values())


def portfolio(f: str) -> str | None:
    """The ministry portfolio a folded phrase names, if it names a ministry or a minister."""
    for w in f.split():
        m = _DE_COMPOUND.match(w)
        if m:
            return _DE_PORTFOLIO[m.group(1)]
    if MINISTRY.search(f) or MINISTER.search(f):
        for role, rx in _PORTFOLIO_RX.items():
            if rx.search(f):
                return role
    return None


def role_of(f: str) -> str | None:
    """The institution role of a folded phrase: a ministry's portfolio, else the first of ROLES."""
    p = portfolio(f)
    if p:
        return p
    for role, rx in ROLES:
        if rx.search(f):
            return role
    return None


@lru_cache(maxsize=65536)  # pure, and a Reading is frozen: names repeat across figures and articles
def read(name: str) -> Reading:
    words = tokens(name)
    f = " ".join(words)
    cased = tokens(name, keep_case=True)
    role = role_of(f)
    if role is None and len(cased) == 1 and cased[0][:1].isupper() and words[0] in BARE_PORTFOLIO:
        role = next(r for r, rx in _PORTFOLIO_RX.items() if rx.search(words[0]))
    found = countries_in(words, cased)
    regions = regions_in(words)
    placed = {i for a, b, _ in found + regions for i in range(a, b)}
    unplaced = [w for i, w in enumerate(words) if i not in placed]
    country = found[0][2] if found else None
    region = regions[0][2] if regions else None
    regional = bool(REGIONAL.search(f)) or (region is not None and role in ("government", None))
    # generic: nothing is left once the role, the places and the filler words are taken out
    rest = _strip_role(" ".join(unplaced), role) if role else " ".join(unplaced)
    left = [w for w in rest.split() if w not in FILLER]
    generic = role is not None and not left
    written = dict(zip(words, cased, strict=False))
    content = [w for w in unplaced if w in ANAPHOR_HEADS or (w not in FILLER and w not in ANAPHOR_MODIFIERS)]
    anaphor = None
    if role is None and content and all(w in ANAPHOR_HEADS for w in content):
        anaphor = content[0]
    elif (
        role is None
        and not found
        and not regions
        and 2 <= len(content) <= 3
        and not any(c[:1].isupper() for c in cased[1:])
        and not re.search(r"\w[.&/+]\w", name)  # "ver.di": a name written in lower case
    ):
        # a head and common words that say what kind of body it is, no name: "la fédération
        # professionnelle", "the transport body", "a gestora aeroportuária"
        heads = [w for w in content if w in ANAPHOR_HEADS]
        joined = len(content) == 2 or any(w in FILLER and w not in ANAPHOR_HEADS for w in words[1:])
        if len(heads) == 1 and joined and not any(w in QUALIFIER_STOP for w in words):
            anaphor = heads[0]
    return Reading(role, country, region, regional, generic, anaphor, tuple(written.get(w, w) for w in left))


def _strip_role(f: str, role: str) -> str:
    rxs = [rx for r, rx in ROLES if r == role]
    if role in _PORTFOLIO_RX:
        rxs += [_PORTFOLIO_RX[role], MINISTRY, MINISTER]
    for rx in rxs:
        f = rx.sub(" ", f)
    return " ".join(w for w in f.split() if not _DE_COMPOUND.match(w))


@dataclass(frozen=True, slots=True)
class Title:
    """A person's title as the article gives it: 'le ministre de la Défense', 'porte-parole du
    Pentagone', 'der Chef des ukrainischen Militärgeheimdienstes (HUR)'."""

    kind: str  # minister | spokesperson | head | official | ambassador | own
    role: str | None  # the institution role the title itself names (portfolio, government, ...)
    complement: str | None  # the body named after the title word, as written ("du Pentagone")


# the preposition that opens a title's complement, after at least one word of the title
_COMPLEMENT = re.compile(
    r"(?<=\w )(?:of the|of|for|de la|de l'|du|des|de|del|de los|de las|do|da|dos|das|della|dello|dell'|"
    r"dei|degli|delle|di|der|des|von|vom|beim|at the|at|in the)\s*(?<=[\s'])(.+)$",
    re.IGNORECASE,
)


_DE_TITLE_COMPOUND = re.compile(
    r"^(\w{3,}?)s?(chef|chefin|prasident|prasidentin|leiter|leiterin|sprecher|sprecherin)$"
)


@lru_cache(maxsize=65536)
def read_title(title: str) -> Title | None:
    """The kind of a person's title, the institution role it names and its complement."""
    words = tokens(title)
    f = " ".join(words)
    if not f:
        return None
    comp = _complement(title)
    if OWN_NAME.search(f):
        return Title("own", None, None)
    p = portfolio(f)
    if p:
        # "la consejera de Agricultura", "l'assessore regionale all'Agricoltura": a region's minister
        return Title("minister", "regional" if REGIONAL.search(f) else p, comp)
    rx_role = role_of(f)
    if rx_role == "chancellor":
        return Title("minister", "chancellor", comp)
    for w in words:  # German compounds: "Verbandschef", "Regionalpräsident", "Regierungssprecher"
        m = _DE_TITLE_COMPOUND.match(w)
        if m and m.group(1) not in ("vize", "vice"):
            kind = "spokesperson" if m.group(2).startswith("sprecher") else "head"
            body = m.group(1).capitalize()  # a German noun: "Kreml", "Verband"
            return Title(
                kind, "regional" if REGIONAL.search(body.lower()) else role_of(body.lower()), comp or body
            )
    if rx_role == "government" and not comp:
        return Title("head", "government", None)  # "le Premier ministre", "chef du gouvernement espagnol"
    for kind, rx in (
        ("spokesperson", SPOKESPERSON),
        ("ambassador", AMBASSADOR),
        ("head", HEAD),
        ("official", OFFICIAL),
    ):
        m = rx.search(f)
        if not m:
            continue
        if kind == "ambassador":
            return Title(kind, "foreign", None)
        if REGIONAL.search(f) and not comp:
            return Title(kind, "regional", None)  # "o governador", "Regionalpräsident"
        if (
            kind == "head"
            and HEAD_OF_STATE.fullmatch(m.group(0))
            and not comp
            and not POSSESSIVES & set(words)
        ):
            return Title("own", None, None)  # "le président ukrainien": his own name
        # the role is read beside the office's words: "chief executive" names no government
        rx_role = role_of(f[: m.start()] + " " + f[m.end() :])
        role = rx_role if rx_role not in ("officials", None) else None
        if comp is None:  # "the department's permanent secretary", "UN-Generalsekretär": the rest
            cased = tokens(title, keep_case=True)
            spans = [(m.start(), m.end()) for m in rx.finditer(f)]
            rest, pos = [], 0
            for c, w in zip(cased, words, strict=False):
                inside = any(a <= pos and pos + len(w) <= b for a, b in spans)
                # "UN-Generalsekretär"; only words that may name a body: not the verb of
                # "a déclaré le directeur général", whose director has no body named here
                named = (c[:1].isupper() or w in ANAPHOR_HEADS or role_of(w)) and w not in POSSESSIVES
                if not inside and (w not in FILLER or is_acronym(c)) and named:
                    rest.append(c)
                pos += len(w) + 1
            comp = " ".join(rest) or None
        return Title(kind, role, comp)
    for i, w in enumerate(words):
        body = TITLE_BODY.get(w)
        if body and TITLE_BODY_WITH.get(w, w) not in words:  # a title with no companion needs only itself
            continue
        if body:  # "a détaillé le préfet maritime" -> the body: "prefecture maritime"
            rest = [x for x in words[i + 1 :] if x not in FILLER]
            return Title("head", None, " ".join([body, *rest]))
    if MINISTER.search(f):
        # a portfolio the table does not list ("le ministre du Logement", "Emergency Management
        # Minister"): the ministry its complement names, when the article names it
        return Title("minister", "regional" if REGIONAL.search(f) else None, comp)
    return None


def _complement(title: str) -> str | None:
    """The body a title is 'of': 'porte-parole du Pentagone' -> 'Pentagone'."""
    s = re.sub(r"(?<=\w)['’](?=\w)", "' ", title.strip(" ,"))  # dell'Economia -> dell' Economia
    m = _COMPLEMENT.search(s)
    return m.group(1).strip(" ,") if m else None
