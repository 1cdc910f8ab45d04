"""Countries as news names them in fr, es, en, pt, de, it: names, adjective stems, capitals.

A country tells which institution a generic description means: "le ministère russe de la
Défense", "Seoul's spy agency", "il governo di Ankara", "südkoreanische Behörden". Adjective
stems match the start of a folded word (fold.tokens), so "sud coreen" covers sud-coréen(ne)(s);
multi-word stems match consecutive words. Capitals stand for their government (metonymy:
"Beijing said", "Moscou affirme").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from figtrail.link.fold import fold, tokens


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, lower case; "eu" for the Union
    names: tuple[str, ...]
    adjectives: tuple[str, ...]  # stems, folded or not (folded when indexed)
    capitals: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()  # other words that place an article: currencies


def C(code: str, names: str, adjectives: str, capitals: str = "", markers: str = "") -> Country:
    """Each argument is a '|'-separated list, to keep one country on a few lines."""

    def split(s: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in s.split("|") if x.strip())

    return Country(code, split(names), split(adjectives), split(capitals), split(markers))


COUNTRIES: tuple[Country, ...] = (
    C(
        "fr",
        "France|Francia|França|Frankreich",
        "français|francés|francesa|french|francês|französisch|francese",
        "Paris|París|Parigi",
        # the Senate's seat, not the Grand Duchy
        "Palais du Luxembourg",
    ),
    C(
        "es",
        "Espagne|España|Spain|Espanha|Spanien|Spagna",
        "espagnol|español|española|spanish|espanhol|spanisch|spagnol",
        "Madrid",
    ),
    C(
        "uk",
        "Royaume-Uni|Grande-Bretagne|Reino Unido|Gran Bretaña|United Kingdom|Britain|Great Britain|UK|Grã-Bretanha|Großbritannien|Vereinigtes Königreich|Regno Unito|Gran Bretagna",
        "britannique|británic|british|britânic|britisch|britannic",
        "Londres|London|Londra",
        "£",
    ),
    C(
        "us",
        "États-Unis|Estados Unidos|EEUU|EE UU|United States|USA|US|U.S.|Vereinigte Staaten|Stati Uniti",
        "américain|estadounidense|norteamerican|american|norte-american|americano|amerikanisch|statunitense|statunitensi",
        "Washington",
    ),
    C(
        "de",
        "Allemagne|Alemania|Germany|Alemanha|Deutschland|Germania",
        "allemand|alemán|alemana|german|alemã|alemão|deutsch|tedesc",
        "Berlin|Berlín|Berlim|Berlino",
    ),
    C(
        "it",
        "Italie|Italia|Italy|Itália|Italien",
        "italien|italian|italiano|italiana|italienisch",
        "Rome|Roma|Rom",
    ),
    C(
        "pt",
        "Portugal|Portogallo",
        "portugais|portugués|portuguesa|portuguese|português|portugiesisch|portoghes",
        "Lisbonne|Lisboa|Lisbon|Lissabon|Lisbona",
    ),
    C(
        "br",
        "Brésil|Brasil|Brazil|Brasilien|Brasile",
        "brésilien|brasileñ|brazilian|brasileir|brasilianisch|brasilian",
        "Brasilia|Brasília",
        "R$|reais",
    ),
    C(
        "ru",
        "Russie|Rusia|Russia|Rússia|Russland|Fédération de Russie",
        "russe|ruso|rusa|russian|russo|russa|russisch",
        "Moscou|Moscú|Moscow|Moscovo|Moskau|Mosca",
        "₽|rouble|ruble|rublo|rubel",
    ),
    C(
        "ua",
        "Ukraine|Ucrania|Ucrânia|Ucraina",
        "ukrainien|ucranian|ukrainian|ucranian|ukrainisch|ucrain",
        "Kiev|Kyiv|Kiew|Kyjiw|Kiev|Kíev|Kiiv",
        "₴|hryvnia|grivna",
    ),
    C(
        "kr",
        "Corée du Sud|Corea del Sur|South Korea|Coreia do Sul|Südkorea|Corea del Sud",
        "sud-coréen|surcorean|south korean|sul-corean|südkorean|sudcorean",
        "Séoul|Seúl|Seoul|Seul",
        "₩",
    ),
    C(
        "kp",
        "Corée du Nord|Corea del Norte|North Korea|Coreia do Norte|Nordkorea|Corea del Nord",
        "nord-coréen|norcorean|north korean|norte-corean|nordkorean",
        "Pyongyang|Pionyang|Pyongyang|Pyongyang|Pjöngjang",
    ),
    C(
        "cn",
        "Chine|China|Cina",
        "chinois|chino|china|chinese|chinês|chinesisch|cinese",
        "Pékin|Pekín|Beijing|Pequim|Peking|Pechino",
    ),
    C(
        "jp",
        "Japon|Japón|Japan|Japão|Giappone",
        "japonais|japonés|japonesa|japanese|japonês|japanisch|giappones",
        "Tokyo|Tokio|Tóquio",
    ),
    C(
        "in",
        "Inde|India|Índia|Indien",
        "indien|indian|indiano|indisch",
        "New Delhi|Nueva Delhi|Nova Deli|Neu-Delhi|Nuova Delhi",
    ),
    C(
        "tr",
        "Turquie|Turquía|Turkey|Türkiye|Turquia|Türkei|Turchia",
        "turc|turque|turco|turca|turkish|türkisch|turch",
        "Ankara|Ancara",
    ),
    C(
        "il",
        "Israël|Israel|Israele",
        "israélien|israelí|israeli|israelense|israelita|israelisch|israelian",
        "Jérusalem|Jerusalén|Jerusalem|Jerusalém|Gerusalemme|Tel Aviv|Tel Avive",
    ),
    C(
        "ps",
        "Palestine|Palestina|Palästina|Gaza|bande de Gaza|Franja de Gaza|Gaza Strip|Faixa de Gaza|Gazastreifen|Striscia di Gaza|Cisjordanie|Cisjordania|West Bank|Cisjordânia|Westjordanland",
        "palestinien|palestin|palästinens",
        "Ramallah",
    ),
    C(
        "lb",
        "Liban|Líbano|Lebanon|Libanon|Libano",
        "libanais|libanés|libanesa|lebanese|libanês|libanesisch|libanes",
        "Beyrouth|Beirut|Beirute",
    ),
    C(
        "sy",
        "Syrie|Siria|Syria|Síria|Syrien",
        "syrien|sirio|siria|syrian|sírio|síria|syrisch|sirian",
        "Damas|Damasco|Damascus|Damaskus",
    ),
    C(
        "ir",
        "Iran|Irán|Irã|Irão",
        "iranien|iraní|iranian|iraniano|iranisch",
        "Téhéran|Teherán|Tehran|Teerã|Teerão|Teheran",
    ),
    C(
        "iq",
        "Irak|Iraq|Iraque",
        "irakien|iraquí|iraqi|iraquian|irakisch|irachen",
        "Bagdad|Baghdad|Bagdá|Bagdade",
    ),
    C(
        "sa",
        "Arabie saoudite|Arabia Saudí|Arabia Saudita|Saudi Arabia|Arábia Saudita|Saudi-Arabien",
        "saoudien|saudí|saudi|saudita|saudisch",
        "Riyad|Riad|Riyadh|Riade",
    ),
    C(
        "eg",
        "Égypte|Egipto|Egypt|Egito|Egipto|Ägypten|Egitto",
        "égyptien|egipci|egyptian|egípci|ägyptisch|egizian",
        "Le Caire|El Cairo|Cairo|Kairo|Il Cairo",
    ),
    C(
        "ma",
        "Maroc|Marruecos|Morocco|Marrocos|Marokko|Marocco",
        "marocain|marroquí|moroccan|marroquin|marokkanisch|marocchin",
        "Rabat",
    ),
    C(
        "dz",
        "Algérie|Argelia|Algeria|Argélia|Algerien",
        "algérien|argelin|algerian|argelin|algerisch|algerin",
        "Alger|Argel|Algiers|Algier|Algeri",
    ),
    C(
        "tn",
        "Tunisie|Túnez|Tunisia|Tunísia|Tunesien",
        "tunisien|tunecin|tunisian|tunisin|tunesisch|tunisin",
        "Tunis|Túnez",
    ),
    C(
        "ng",
        # the Niger Delta is Nigeria's, not Niger's
        "Nigeria|Nigéria|Niger Delta|delta du Niger|delta del Níger|delta do Níger",
        "nigérian|nigerian|nigeriano|nigerianisch",
        "Abuja",
    ),
    C(
        "za",
        "Afrique du Sud|Sudáfrica|South Africa|África do Sul|Südafrika|Sudafrica",
        "sud-africain|sudafrican|south african|sul-african|südafrikanisch",
        "Pretoria|Pretória",
    ),
    C(
        "ca",
        "Canada|Canadá|Kanada",
        "canadien|canadiens|canadiense|canadian|canadiano|canadense|kanadisch|canades",
        "Ottawa|Montréal|Montreal|Toronto|Vancouver|Calgary|Québec|Quebec",
    ),
    C(
        "mx",
        "Mexique|México|Mexico|Mexiko|Messico",
        "mexicain|mexican|mexikanisch|messican",
        "Mexico|Ciudad de México|Cidade do México|Mexiko-Stadt|Città del Messico",
    ),
    C("ar", "Argentine|Argentina|Argentinien", "argentin|argentinisch", "Buenos Aires"),
    C("cl", "Chili|Chile|Cile", "chilien|chilen|chilean|chilenisch|cilen", "Santiago"),
    C(
        "co",
        "Colombie|Colombia|Colômbia|Kolumbien",
        "colombien|colombian|colombiano|kolumbianisch",
        "Bogota|Bogotá",
    ),
    C(
        "ph",
        "Philippines|Filipinas|Philippinen|Filippine",
        "philippin|filipin|philippine|filippin",
        "Manille|Manila",
    ),
    C("uy", "Uruguay|Uruguai", "uruguayen|uruguay|uruguai|uruguaian|uruguaiano", "Montevideo|Montevidéu"),
    C("cu", "Cuba|Kuba", "cubain|cuban|kubanisch", "La Havane|La Habana|Havana|Havanna|L'Avana"),
    C(
        "do",
        "République dominicaine|República Dominicana|Dominican Republic|Dominikanische Republik|Repubblica Dominicana",
        "dominicain|dominican|dominikanisch",
        "Saint-Domingue|Santo Domingo|São Domingos",
    ),
    C("ve", "Venezuela", "vénézuélien|venezolan|venezuelan|venezuelano|venezolanisch", "Caracas"),
    C("pe", "Pérou|Perú|Peru", "péruvien|peruan|peruvian|peruano|peruanisch|peruvian", "Lima"),
    C("be", "Belgique|Bélgica|Belgium|Belgien|Belgio", "belge|belga|belgian|belgisch"),
    C(
        "nl",
        "Pays-Bas|Países Bajos|Netherlands|Holanda|Países Baixos|Niederlande|Paesi Bassi|Olanda",
        "néerlandais|neerlandés|holandés|dutch|holandês|neerlandês|niederländisch|olandes",
        "Amsterdam|La Haye|La Haya|The Hague|Haia|Den Haag|L'Aia",
    ),
    C(
        "ch",
        "Suisse|Suiza|Switzerland|Suíça|Schweiz|Svizzera",
        "suisse|suizo|suiza|swiss|suíço|schweizer|svizzer",
        "Berne|Berna|Bern",
    ),
    C(
        "at",
        "Autriche|Austria|Áustria|Österreich",
        "autrichien|austriac|austrian|österreichisch",
        "Vienne|Viena|Vienna|Wien",
    ),
    C(
        "pl",
        "Pologne|Polonia|Poland|Polônia|Polónia|Polen",
        "polonais|polac|polish|polonês|polaco|polnisch",
        "Varsovie|Varsovia|Warsaw|Varsóvia|Warschau",
    ),
    C(
        "se",
        "Suède|Suecia|Sweden|Suécia|Schweden|Svezia",
        "suédois|sueco|sueca|swedish|schwedisch|svedes",
        "Stockholm|Estocolmo|Stoccolma",
    ),
    C(
        "no",
        "Norvège|Noruega|Norway|Norwegen|Norvegia",
        "norvégien|noruego|norwegian|norueguês|norwegisch|norveges",
        "Oslo",
    ),
    C(
        "fi",
        "Finlande|Finlandia|Finland|Finlândia|Finnland",
        "finlandais|finlandés|finnish|finlandês|finnisch|finlandes",
        "Helsinki|Helsinque",
    ),
    C(
        "dk",
        "Danemark|Dinamarca|Denmark|Dänemark|Danimarca",
        "danois|danés|danish|dinamarquês|dänisch|danes",
        "Copenhague|Copenhagen|Kopenhagen|Copenaghen",
    ),
    C(
        "gr",
        "Grèce|Grecia|Greece|Grécia|Griechenland",
        "grec|grecque|griego|greek|grego|griechisch|grec",
        "Athènes|Atenas|Athens|Athen|Atene",
    ),
    C(
        "ie",
        "Irlande|Irlanda|Ireland|Irland",
        "irlandais|irlandés|irish|irlandês|irisch|irlandes",
        "Dublin|Dublín|Dublino",
    ),
    C(
        "hu",
        "Hongrie|Hungría|Hungary|Hungria|Ungarn|Ungheria",
        "hongrois|húngar|hungarian|húngar|ungarisch|ungheres",
        "Budapest|Budapeste",
    ),
    C(
        "ro",
        "Roumanie|Rumanía|Romania|Roménia|Romênia|Rumänien",
        "roumain|rumano|romanian|romeno|rumänisch|rumen",
        "Bucarest|Bucharest|Bucareste|Bukarest",
    ),
    C(
        "by",
        "Biélorussie|Bielorrusia|Belarus|Bielorrússia|Weißrussland|Bielorussia",
        "biélorusse|bielorrus|belarusian|belarussisch|bielorusso",
        "Minsk",
    ),
    C(
        "af",
        "Afghanistan|Afganistán|Afeganistão|Afghanistan",
        "afghan|afgan|afegão|afghanisch",
        "Kaboul|Kabul|Cabul",
    ),
    C(
        "pk",
        "Pakistan|Pakistán|Paquistão",
        "pakistanais|paquistaní|pakistani|paquistanês|pakistanisch",
        "Islamabad",
    ),
    C(
        "au",
        "Australie|Australia|Austrália|Australien",
        "australien|australian|australiano|australisch",
        "Canberra|Sydney|Melbourne|Brisbane",
    ),
    C(
        "tw",
        "Taïwan|Taiwán|Taiwan|Taiwan",
        "taïwanais|taiwanés|taiwanese|taiwanês|taiwanisch",
        "Taipei|Taipé",
    ),
    C(
        "ye",
        "Yémen|Yemen|Iêmen|Iémen|Jemen",
        "yéménite|yemení|yemeni|iemenita|jemenitisch|yemenit",
        "Sanaa|Saná|Sana'a",
    ),
    C(
        "sd",
        "Soudan|Sudán|Sudan|Sudão",
        "soudanais|sudanés|sudanese|sudanês|sudanesisch",
        "Khartoum|Jartum|Cartum|Khartum",
    ),
    C("ao", "Angola", "angolais|angoleñ|angolan|angolano|angolanisch", "Luanda"),
    C(
        "mz",
        "Mozambique|Moçambique|Mosambik|Mozambico",
        "mozambicain|mozambiqueñ|mozambican|moçambican|mosambikanisch",
        "Maputo",
    ),
    C(
        "cv",
        "Cap-Vert|Cabo Verde|Cape Verde|Kap Verde|Capo Verde",
        "cap-verdien|caboverdian|cape verdean|cabo-verdian",
    ),
    C("qa", "Qatar|Catar|Katar", "qatari|catarí|catariano|katarisch|qatariot", "Doha"),
    C(
        "ae",
        "Émirats arabes unis|Emiratos Árabes Unidos|United Arab Emirates|Emirados Árabes Unidos|Vereinigte Arabische Emirate|Emirati Arabi Uniti",
        "émirien|emiratí|emirati|emiradense|emiratisch",
        "Abou Dhabi|Abu Dabi|Abu Dhabi",
    ),
    # --- Stems are prefixes of folded words: each is long enough to reach no common word of the
    # six languages and no other country's adjective. Niger's "nigérien/nigerino/nigrisch" are
    # not Nigeria's "nigérian/nigeriano"; "islandais", not "island"; "armeni", not "armen" (de
    # "die Armen", fr "armement"); "slovene", not "sloven" (en "slovenly"); no Czech "checa"
    # (pt "checar"), Serbian "serba" (it "serbatoio") or Azeri "azere" (Azeredo). "Thai" is a
    # name, matched whole: a stem would take the first name Thaís. Left out, because they are
    # common words or name something else as often: "Jordan" (a first name: Jordan Bardella)
    # and it "giordano"; "Georgia/Géorgie/Geórgia" (the US state; de "Georgien" is the country);
    # "Mali" (it "i mali", the ills); "Gana" (es, pt "gana"); "Équateur/Equador" (the equator);
    # pt "Sérvia" (es "servía"); de "Island" (en "island"); and the capitals Colombo, Sofia,
    # Riga (it "riga"), Praga (pt "praga"), Quito (es "quito"), La Paz (folded to "paz"), Sucre,
    # Tripoli (also Lebanon's), Dakar (the rally), Wellington, Daca (DACA). "Congo" and
    # "congolais" are the DR Congo's, the one news most often means; the Republic of the Congo
    # is named in full.
    C(
        "th",
        "Thaïlande|Tailandia|Thailand|Tailândia|Thailandia|Thaï|Thaïe|Thai",
        "thaïlandais|tailandés|tailandesa|tailandês|thailändisch|thailandes|tailandes",
        "Bangkok|Banguecoque",
    ),
    C(
        "kh",
        "Cambodge|Camboya|Cambodia|Camboja|Kambodscha|Cambogia",
        "cambodgien|camboyan|cambodian|cambojan|kambodschanisch|cambogian",
        "Phnom Penh|Phnom Pen|Nom Pen|Pnom Penh",
    ),
    C(
        "vn",
        "Vietnam|Viêt Nam|Viet Nam|Vietname|Vietnã",
        "vietnamien|vietnamita|vietnamese|vietnamesisch",
        "Hanoï|Hanói|Hanoi",
    ),
    C(
        "id",
        "Indonésie|Indonesia|Indonésia|Indonesien",
        "indonésien|indonesi|indonesian|indonésio|indonesisch",
        "Jakarta|Djakarta|Yakarta|Giacarta|Jacarta",
    ),
    C(
        "my",
        "Malaisie|Malasia|Malaysia|Malásia|Malesia",
        "malaisien|malasi|malaysian|malaysisch|malese|malesi",
        "Kuala Lumpur",
    ),
    C(
        "mm",
        "Myanmar|Birmanie|Birmania|Burma|Mianmar|Birmânia",
        "birman|burmese|myanmar|mianmar|birmanisch",
        "Naypyidaw|Naypyitaw|Nay Pyi Taw",
    ),
    C(
        "bd",
        "Bangladesh|Bangladés|Bangladesch",
        "bangladais|bangladesí|bangladeshi|banglades|bangladeschisch",
        "Dacca|Dhaka",
    ),
    C(
        "np",
        "Népal|Nepal",
        "népalais|nepalí|nepali|nepalese|nepalês|nepalesisch",
        "Katmandou|Katmandú|Kathmandu|Catmandu|Katmandu",
    ),
    C(
        "lk",
        "Sri Lanka",
        "sri-lankais|srilanqu|esrilanqu|sri lankan|srilank|sri-lankisch|cingal|singales",
    ),
    C(
        "kz",
        "Kazakhstan|Kazajistán|Kazajstán|Cazaquistão|Kasachstan|Kazakistan",
        "kazakh|kazaj|cazaqu|kasach|kazako|kazaka|kazaki|kazake",
        "Astana",
    ),
    C(
        "kg",
        "Kirghizistan|Kirguistán|Kirguizistán|Kyrgyzstan|Quirguistão|Quirguizistão|Kirgisistan|Kirgistan",
        "kirghiz|kirghis|kirguís|kirguiz|kyrgyz|quirguiz|quirguis|kirgis",
        "Bichkek|Biskek|Bishkek|Bisqueque|Bischkek",
    ),
    C(
        "uz",
        "Ouzbékistan|Uzbekistán|Uzbekistan|Usbequistão|Uzbequistão|Usbekistan",
        "ouzbek|uzbek|uzbeq|usbeq|usbek",
        "Tachkent|Taskent|Tashkent|Tasquente|Taschkent",
    ),
    C("ge", "Georgien", "géorgien|georgian|georgisch", "Tbilissi|Tbilisi|Tiflis"),
    C(
        "am",
        "Arménie|Armenia|Armênia|Arménia|Armenien",
        "arménien|armenio|armenian|armênio|armenisch|armeni|armeno|armena|armene",
        "Erevan|Ereván|Yerevan|Ierevan|Eriwan|Jerewan",
    ),
    C(
        "az",
        "Azerbaïdjan|Azerbaiyán|Azerbaijan|Azerbaijão|Aserbaidschan|Azerbaigian",
        "azerbaïdjanais|azéri|azerbaiyan|azerí|azerbaijan|aserbaidschanisch|azero|azera|azerbaigian",
        "Bakou|Bakú|Baku",
    ),
    C("kw", "Koweït|Kuwait|Kuwaït", "koweïtien|kuwaití|kuwaiti|kuwaitian|kuwaitisch"),
    C(
        "jo",
        "Jordanie|Jordania|Jordânia|Jordanien|Giordania",
        "jordanien|jordano|jordana|jordanian|jordaniano|jordanisch",
        "Amman",
    ),
    C("ly", "Libye|Libia|Libya|Líbia|Libyen", "libyen|libio|libia|libyan|líbio|libysch|libic"),
    C(
        "ss",
        "Soudan du Sud|Sudán del Sur|South Sudan|Sudão do Sul|Südsudan|Sudan del Sud|Sud Sudan",
        "sud-soudanais|sursudan|south sudanese|sul-sudanês|südsudanes|sud-sudanes",
        "Djouba|Juba",
    ),
    C(
        "et",
        "Éthiopie|Etiopía|Ethiopia|Etiópia|Äthiopien|Etiopia",
        "éthiopien|etíope|ethiopian|etiop|äthiopisch",
        "Addis-Abeba|Addis Abeba|Addis Ababa|Adis Abeba",
    ),
    C(
        "so",
        "Somalie|Somalia|Somália",
        "somalien|somalí|somali|somalisch|somalo|somala|somale",
        "Mogadiscio|Mogadishu|Mogadíscio|Mogadischu",
    ),
    C(
        "ke",
        "Kenya|Kenia|Quênia|Quénia",
        "kényan|keniano|keniana|kenyan|queniano|queniana|kenianisch|keniota|keniot|keniata",
        "Nairobi",
    ),
    C("ne", "Niger|Níger", "nigérien|nigerino|nigerina|nigerien|nigrisch", "Niamey"),
    C("ml", "", "malien|malian|maliano|maliana|malisch", "Bamako"),
    C("sn", "Sénégal|Senegal", "sénégalais|senegalés|senegalesa|senegalese|senegalês|senegalesisch"),
    C("gh", "Ghana", "ghanéen|ghanés|ghanesa|ghanaian|ganense|ghanaisch|ghanese", "Accra|Acra"),
    C(
        "cd",
        "République démocratique du Congo|RD Congo|RDC|República Democrática del Congo|Democratic Republic of the Congo|Democratic Republic of Congo|DRC|República Democrática do Congo|Demokratische Republik Kongo|Repubblica Democratica del Congo|Congo|Kongo",
        "congolais|congoleñ|congolese|congolês|kongolesisch",
        "Kinshasa",
    ),
    C(
        "cg",
        "Congo-Brazzaville|République du Congo|República del Congo|Republic of the Congo|Republic of Congo|República do Congo|Republik Kongo|Repubblica del Congo",
        "",
        "Brazzaville",
    ),
    C(
        "ec",
        "Ecuador",
        "équatorien|ecuatorian|ecuadorian|ecuadorean|equatorian|ecuadorianisch|ecuadoregn",
    ),
    C("bo", "Bolivie|Bolivia|Bolívia|Bolivien", "bolivien|bolivian|boliviano|bolivianisch"),
    C(
        "ht",
        "Haïti|Haití|Haiti",
        "haïtien|haitian|haitiano|haitianisch",
        "Port-au-Prince|Puerto Príncipe|Porto Príncipe",
    ),
    C(
        "lu",
        "Luxembourg|Luxemburgo|Luxemburg|Lussemburgo",
        "luxembourgeois|luxemburgués|luxembourgish|luxemburguês|luxemburgisch|lussemburghes",
    ),
    C(
        "cz",
        "République tchèque|Tchéquie|República Checa|Chequia|Czech Republic|Czechia|República Tcheca|Tchéquia|Chéquia|Tschechien|Tschechische Republik|Repubblica Ceca|Cechia",
        "tchèque|checo|czech|tcheco|tcheca|tschechisch|ceco|ceca|cechi|ceche",
        "Prague|Prag",
    ),
    C(
        "sk",
        "Slovaquie|Eslovaquia|Slovakia|Eslováquia|Slowakei|Slovacchia",
        "slovaque|eslovac|slovak|slowakisch|slovacc",
        "Bratislava",
    ),
    C(
        "si",
        "Slovénie|Eslovenia|Slovenia|Eslovênia|Eslovénia|Slowenien",
        "slovène|eslovén|esloven|slovenian|slovene|slowenisch|sloveno|slovena|sloveni",
        "Ljubljana|Liubliana|Lubiana|Laibach",
    ),
    C(
        "hr",
        "Croatie|Croacia|Croatia|Croácia|Kroatien|Croazia",
        "croate|croata|croatian|kroatisch|croato",
        "Zagreb|Zágreb|Zagabria",
    ),
    C(
        "rs",
        "Serbie|Serbia|Serbien",
        "serbe|serbio|serbia|serbian|sérvio|serbisch|serbo|serbi",
        "Belgrade|Belgrado|Belgrad",
    ),
    C(
        "bg",
        "Bulgarie|Bulgaria|Bulgária|Bulgarien",
        "bulgare|búlgaro|búlgara|bulgarian|bulgarisch|bulgaro|bulgara",
    ),
    C(
        "lt",
        "Lituanie|Lituania|Lithuania|Lituânia|Litauen",
        "lituanien|lituano|lituana|lithuanian|litauisch",
        "Vilnius|Vilna",
    ),
    C(
        "lv",
        "Lettonie|Letonia|Latvia|Letónia|Letônia|Lettland|Lettonia",
        "letton|letón|letona|latvian|letão|lettisch|lettone",
    ),
    C(
        "ee",
        "Estonie|Estonia|Estônia|Estónia|Estland",
        "estonien|estonio|estonia|estonian|estoniano|estnisch|estone",
        "Tallinn|Tallin",
    ),
    C(
        "md",
        "Moldavie|Moldavia|Moldova|Moldávia|Moldawien|Republik Moldau",
        "moldave|moldavo|moldava|moldovan|moldauisch|moldawisch",
        "Chisinau|Chișinău|Kichinev|Kischinau",
    ),
    C(
        "nz",
        "Nouvelle-Zélande|Nueva Zelanda|New Zealand|Nova Zelândia|Neuseeland|Nuova Zelanda",
        "néo-zélandais|neozelandés|new zealander|neozelandês|neo-zelandês|neuseeländisch|neozelandese",
    ),
    C(
        "is",
        "Islande|Islandia|Iceland|Islândia|Islanda",
        "islandais|islandés|icelandic|islandês|isländisch|islandese",
        "Reykjavik|Reykjavík|Reikiavik|Reiquiavique",
    ),
    C(
        "eu",
        "Union européenne|Unión Europea|European Union|União Europeia|Europäische Union|Unione europea",
        "européen|europeo|europea|european|europeu|europäisch",
        "Bruxelles|Bruselas|Brussels|Bruxelas|Brüssel|Bruxelles",
    ),
)

# The country a newsroom writing in a language most often speaks of, when the article itself
# does not say. English and Portuguese are written in several countries: no default.
LANGUAGE_COUNTRY = {"fr": "fr", "es": "es", "de": "de", "it": "it"}


# Regions whose governments news quotes, with their names across the six languages and the
# demonyms that stand for them ("governo gaúcho" = the Rio Grande do Sul state government).
# A region not listed here is still found by shape ("Regione X", "estado do X"), under its
# own spelling.
REGIONS: dict[str, tuple[str, ...]] = {
    "emilia-romagna": ("Emilia-Romagna", "Émilie-Romagne", "Emilia-Romaña"),
    "lombardia": ("Lombardia", "Lombardie", "Lombardía", "Lombardy", "Lombardei", "lombard"),
    "veneto": ("Veneto", "Vénétie", "Véneto", "Venetien"),
    "toscana": ("Toscana", "Toscane", "Tuscany", "Toskana"),
    "sicilia": ("Sicilia", "Sicile", "Sicily", "Sizilien", "Sicília"),
    "campania": ("Campania", "Campanie", "Kampanien", "Campânia"),
    "catalunya": (
        "Catalunya",
        "Cataluña",
        "Catalogne",
        "Catalonia",
        "Catalunha",
        "Katalonien",
        "Catalogna",
        "catalan",
        "catalán",
        "catalana",
        "katalanisch",
    ),
    "comunitat-valenciana": (
        "Comunitat Valenciana",
        "Comunidad Valenciana",
        "Valencian Community",
        "Communauté valencienne",
        "Comunidade Valenciana",
        "Comunità Valenciana",
        "Valencianische Gemeinschaft",
        "País Valencià",
        "Valencia",
        "valenciano",
        "valenciana",
        "valencian",
    ),
    "andalucia": ("Andalucía", "Andalousie", "Andalusia", "Andaluzia", "Andalusien", "andaluz", "andalou"),
    "madrid-region": (
        "Comunidad de Madrid",
        "Communauté de Madrid",
        "Community of Madrid",
        "Comunidade de Madrid",
        "Comunità di Madrid",
    ),
    "pais-vasco": (
        "País Vasco",
        "Euskadi",
        "Pays basque",
        "Basque Country",
        "País Basco",
        "Baskenland",
        "Paesi Baschi",
    ),
    "galicia": ("Galicia", "Galice", "Galiza", "Galicien", "Galizia", "Xunta"),
    "bayern": ("Bayern", "Bavière", "Baviera", "Bavaria", "bayerisch", "bavarois", "bávaro", "bavarese"),
    "nordrhein-westfalen": (
        "Nordrhein-Westfalen",
        "NRW",
        "Rhénanie-du-Nord-Westphalie",
        "Renania del Norte-Westfalia",
        "North Rhine-Westphalia",
        "Renânia do Norte-Vestfália",
        "Renania Settentrionale-Vestfalia",
    ),
    "baden-wurttemberg": ("Baden-Württemberg", "Bade-Wurtemberg"),
    "sachsen": ("Sachsen", "Saxe", "Sajonia", "Saxony", "Saxônia", "Saxónia", "Sassonia"),
    "rio-grande-do-sul": ("Rio Grande do Sul", "gaúcho", "gaúcha", "gaúchos"),
    "sao-paulo-state": ("estado de São Paulo", "paulista"),
    "rio-de-janeiro-state": ("estado do Rio de Janeiro", "fluminense"),
    "minas-gerais": ("Minas Gerais",),
    "bahia": ("Bahia", "baiano"),
    "california": (
        "California",
        "Californie",
        "Califórnia",
        "Kalifornien",
        "californien",
        "californian",
        "californiano",
        "kalifornisch",
    ),
    "texas": ("Texas", "texan", "texano"),
    "florida": ("Florida", "Floride", "Flórida", "floridien"),
    "new-york-state": (
        "New York State",
        "État de New York",
        "Estado de Nueva York",
        "Estado de Nova York",
        "Bundesstaat New York",
        "Stato di New York",
    ),
    "quebec": ("Québec", "Quebec", "québécois", "quebequense"),
    "scotland": (
        "Écosse",
        "Escocia",
        "Scotland",
        "Escócia",
        "Schottland",
        "Scozia",
        "écossais",
        "escocés",
        "scottish",
        "escocês",
        "schottisch",
        "scozzes",
    ),
    "wales": (
        "Pays de Galles",
        "Gales",
        "Wales",
        "País de Gales",
        "Galles",
        "gallois",
        "galés",
        "welsh",
        "galês",
        "walisisch",
        "gallese",
    ),
    "corse": ("Corse", "Córcega", "Corsica", "Córsega", "Korsika"),
    "bretagne": ("Bretagne", "Bretaña", "Brittany", "Bretanha", "Bretagna"),
    "ile-de-france": ("Île-de-France", "Isla de Francia", "Ilha de França"),
}


# --- lookups, built once from the constants above ----------------------------------------


def _phrases() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    """Country names and capitals as word tuples -> code; the all-capitals short names
    (US, UK, USA) that must be written in capitals to count ("us" is a pronoun)."""
    table: dict[tuple[str, ...], str] = {}
    caps: set[tuple[str, ...]] = set()
    for c in COUNTRIES:
        for n in c.names + c.capitals + c.markers:
            key = tuple(fold(n).split()) or (n,)
            table.setdefault(key, c.code)
            if n.replace(".", "").isupper() and len(n.replace(".", "")) <= 4:
                caps.add(key)
    return table, frozenset(caps)


COUNTRY_PHRASES, _CAPS_ONLY = _phrases()
_MAX_PHRASE = max(len(k) for k in COUNTRY_PHRASES)
# adjective stems: (all words but the last, last word's stem) -> code
ADJECTIVES: tuple[tuple[tuple[str, ...], str, str], ...] = tuple(
    (tuple(tokens(a)[:-1]), tokens(a)[-1], c.code) for c in COUNTRIES for a in c.adjectives
)
# indexed by the first word of a multi-word stem, or the first 4 letters of a one-word stem
_ADJ_INDEX: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
for _head, _stem, _code in ADJECTIVES:
    _ADJ_INDEX.setdefault(_head[0] if _head else _stem[:4], []).append((_head, _stem, _code))
REGION_PHRASES: dict[tuple[str, ...], str] = {
    tuple(fold(n).split()): key for key, names in REGIONS.items() for n in names
}
_MAX_REGION = max(len(k) for k in REGION_PHRASES)


# phrase lengths by first word, longest first: a word that starts no phrase costs one lookup
_COUNTRY_HEADS: dict[str, tuple[int, ...]] = {}
for _key in COUNTRY_PHRASES:
    _COUNTRY_HEADS[_key[0]] = tuple(sorted({*_COUNTRY_HEADS.get(_key[0], ()), len(_key)}, reverse=True))
# words that may start a country: a name's first word, an adjective's (or its first 4 letters)
_COUNTRY_STARTS = frozenset(_COUNTRY_HEADS) | frozenset(_ADJ_INDEX)
_REGION_HEADS: dict[str, tuple[int, ...]] = {}
for _key in REGION_PHRASES:
    _REGION_HEADS[_key[0]] = tuple(sorted({*_REGION_HEADS.get(_key[0], ()), len(_key)}, reverse=True))


def countries_in(
    words: list[str], cased: list[str] | Callable[[], list[str]] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, country code) for every country the folded words name: by name, by
    capital, by adjective stem. `cased`, the same words with their case, keeps "us" out
    (or a function that makes them: called only when a capitals-only name is met)."""
    found: list[tuple[int, int, str]] = []
    size = len(words)
    phrases, caps_only, heads, adj = COUNTRY_PHRASES, _CAPS_ONLY, _COUNTRY_HEADS, _ADJ_INDEX
    starts = _COUNTRY_STARTS
    # only the words that start a name or an adjective can start a country: the others are
    # passed over as the word-by-word scan would pass them (one step, nothing found)
    i = 0
    for j in [j for j, w in enumerate(words) if w in starts or w[:4] in adj]:
        if j < i:
            continue  # inside a country found before
        i = j
        w = words[i]
        hit = None
        lengths = heads.get(w)
        if lengths is not None:
            for n in lengths:
                if n > size - i:
                    continue
                key = tuple(words[i : i + n])
                code = phrases.get(key)
                if code and key in caps_only:
                    if callable(cased):
                        cased = cased()
                    if not (cased and cased[i].isupper()):
                        continue
                if code:
                    hit = (n, code)
                    break
        if hit is None:
            by_word, by_stem = adj.get(w), adj.get(w[:4])
            if by_word or by_stem:
                for head, stem, code in (by_word or []) + (by_stem or []):
                    n = len(head)
                    if i + n < size and words[i + n].startswith(stem) and tuple(words[i : i + n]) == head:
                        hit = (n + 1, code)
                        break
        if hit:
            found.append((i, i + hit[0], hit[1]))
            i += hit[0]
        else:
            i += 1
    return found


def regions_in(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, region key) for the listed regions the folded words name."""
    found = []
    size = len(words)
    i = 0
    while i < size:
        lengths = _REGION_HEADS.get(words[i])
        n = 0
        if lengths is not None:
            n = next((n for n in lengths if n <= size - i and tuple(words[i : i + n]) in REGION_PHRASES), 0)
        if n:
            found.append((i, i + n, REGION_PHRASES[tuple(words[i : i + n])]))
            i += n
        else:
            i += 1
    return found
