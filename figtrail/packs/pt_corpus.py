"""Portuguese example corpus (Brazilian and European): what the Portuguese pack (pt.py) must
give, example by example.

Duckling style: the rules (pt.py) and this corpus sit side by side, and the corpus is the
test suite (tests/test_pack_corpus.py). Every example lists ALL the figures its text must
give, in order (title first); an empty list means the text holds only non-figures. Each
figure names its `surface` and only the other fields the example is about.

The expected values follow ../shared/spec/figures.md (the contract), never the
extractor's current output. The sentences are written for this corpus; none is taken
from the gold files.
"""

EXAMPLES = [
    {
        "text": "A cobertura vacinal ronda os 94% no distrito.",
        "figures": [{"surface": "94", "unit": "percent", "bound": "approx"}],
    },
    {
        "text": "Os caminhões chegaram a formar filas de até 20 quilômetros.",
        "figures": [{"surface": "20", "unit": "km", "bound": "up_to"}],
    },
    # o futuro anuncia um plano
    {
        "text": "A Câmara Municipal anunciou que investirá 12 milhões de euros na rede de esgotos.",
        "figures": [{"surface": "12 milhões", "value": 12e6, "unit": "EUR", "source": "Câmara Municipal", "modality": "planned"}],
    },
    {
        "text": "Para o coordenador do sindicato, Rui Almeida, mais de 4 mil professores vão aderir à greve.",
        "figures": [{"surface": "4 mil", "value": 4000, "bound": "more_than", "source": "Rui Almeida"}],
    },
    # o que um texto ou uma medida prevê é dito pelo próprio artigo: nenhuma fonte
    {
        "text": "O acordo prevê que o subsídio chegue aos 640 euros em 2027.",
        "figures": [{"surface": "640", "value": 640, "unit": "EUR", "source": None}],
    },
    # o complemento de um nome entre vírgulas não é um novo sujeito
    {
        "text": "O Instituto de Estudos Urbanos, da Universidade de Lisboa, estima que faltam 12 mil casas.",
        "figures": [{"surface": "12 mil", "value": 12000, "source": "Instituto de Estudos Urbanos", "modality": "estimated"}],
    },
    # --- unseen-article patterns: acronyms a few words on, bodies that count -------------------
    {
        "text": "De acordo com a Agência Nacional de Águas e Saneamento Básico (ANA), 120 municípios estão em alerta.",
        "figures": [{"surface": "120", "source": "ANA"}],
    },
    {
        "text": "Em agosto, o Inpe detectou 9.500 focos de incêndio no Pantanal.",
        "figures": [{"surface": "9.500", "value": 9500, "source": "Inpe"}],
    },
    # --- digits: group separators (dot, space, NBSP), decimals ------------------------------
    {
        "text": "O comboio transportava 1.500 soldados para a fronteira.",
        "figures": [
            {
                "surface": "1.500",
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "bound": "exact",
                "unit": None,
                "what_head": "soldados",
            },
        ],
    },
    {
        "text": "O sismo deixou 2\u00a0300 feridos na província.",
        "figures": [{"surface": "2\u00a0300", "value": 2300, "bound": "exact", "what_head": "feridos"}],
    },
    {
        "text": "A cidade tem 48 000 habitantes.",
        "figures": [{"surface": "48 000", "value": 48000, "what_head": "habitantes"}],
    },
    {
        "text": "A Defesa Civil contabiliza 422.753 desalojados.",
        "figures": [
            {"surface": "422.753", "value": 422753, "what_head": "desalojados", "source": "Defesa Civil"}
        ],
    },
    {
        "text": "O caminhão levava 11,5 toneladas de entulho.",
        "figures": [{"surface": "11,5", "value": 11.5, "unit": "t", "what_head": "entulho"}],
    },
    {
        "text": "O hospital recebeu 230 feridos e 18 crianças em estado de choque.",
        "figures": [
            {"surface": "230", "value": 230, "what_head": "feridos"},
            {"surface": "18", "value": 18, "what_head": "crianças"},
        ],
    },
    {
        "text": "A marinha resgatou 1500 migrantes no fim de semana.",
        "figures": [{"surface": "1500", "value": 1500, "bound": "exact", "what_head": "migrantes"}],
    },
    # --- scales: milhões, bilhões, mil milhões, mil, mi/bi ------------------------------------
    {
        "text": "A greve mobilizou 3 milhões de trabalhadores.",
        "figures": [{"surface": "3 milhões", "value": 3e6, "unit": None, "what_head": "trabalhadores"}],
    },
    {
        "text": "Cerca de 2,39 milhões de pessoas foram afetadas pelas chuvas.",
        "figures": [{"surface": "2,39 milhões", "value": 2.39e6, "bound": "approx", "what_head": "pessoas"}],
    },
    {
        "text": "O estado perdeu 1,9 milhão de empregos.",
        "figures": [{"surface": "1,9 milhão", "value": 1.9e6, "what_head": "empregos"}],
    },
    {
        "text": "Os prejuízos somam R$ 12,2 bilhões.",
        "figures": [{"surface": "12,2 bilhões", "value": 1.22e10, "unit": "BRL"}],
    },
    {
        "text": "Os prejuízos ascendem a 12,2 mil milhões de reais.",
        "figures": [{"surface": "12,2 mil milhões", "value": 1.22e10, "unit": "BRL"}],
    },
    {
        "text": "Bruxelas aprovou 2 mil milhões de euros para a ferrovia.",
        "figures": [{"surface": "2 mil milhões", "value": 2e9, "unit": "EUR"}],
    },
    {
        "text": "O governo bloqueou R$ 2,9 bi do Orçamento.",
        "figures": [{"surface": "2,9 bi", "value": 2.9e9, "unit": "BRL"}],
    },
    {
        "text": "Mais de 81 mil pessoas estavam em abrigos.",
        "figures": [
            {
                "surface": "81 mil",
                "value": 81000,
                "low": 81000,
                "high": None,
                "bound": "more_than",
                "what_head": "pessoas",
            }
        ],
    },
    {
        "text": "O terremoto destruiu 110,9 mil casas.",
        "figures": [{"surface": "110,9 mil", "value": 110900, "what_head": "casas"}],
    },
    # --- percent ----------------------------------------------------------------------------
    {
        "text": "O desemprego atinge 40 % dos jovens do bairro.",
        "figures": [{"surface": "40", "value": 40, "bound": "exact", "unit": "percent"}],
    },
    {
        "text": "As vendas caíram 12 por cento.",
        "figures": [{"surface": "12", "value": 12, "unit": "percent"}],
    },
    {
        "text": "A inflação ficou em 3,93% em março.",
        "figures": [{"surface": "3,93", "value": 3.93, "unit": "percent"}],
    },
    {
        "text": "Mais de 40 % dos eleitores não votaram.",
        "figures": [
            {"surface": "40", "value": 40, "low": 40, "high": None, "bound": "more_than", "unit": "percent"}
        ],
    },
    # --- number words -----------------------------------------------------------------------
    {
        "text": "Pyongyang enviou doze mil soldados para a Rússia.",
        "figures": [{"surface": "doze mil", "value": 12000, "what_head": "soldados"}],
    },
    {
        "text": "O exército deslocou quatro brigadas para a ofensiva.",
        "figures": [{"surface": "quatro", "value": 4, "what_head": "brigadas"}],
    },
    {
        "text": "As equipes de resgate encontraram vinte e cinco sobreviventes.",
        "figures": [{"surface": "vinte e cinco", "value": 25, "what_head": "sobreviventes"}],
    },
    {
        "text": "O incêndio destruiu duzentas e cinquenta casas.",
        "figures": [{"surface": "duzentas e cinquenta", "value": 250, "what_head": "casas"}],
    },
    {
        "text": "Doze mineiros continuam presos no poço.",
        "figures": [{"surface": "Doze", "value": 12, "what_head": "mineiros"}],
    },
    {
        "text": "Duas escolas foram fechadas.",
        "figures": [{"surface": "Duas", "value": 2, "what_head": "escolas"}],
    },
    {
        "text": "O total de desalojados ultrapassou meio milhão.",
        "figures": [
            {"surface": "meio milhão", "value": 500000, "low": 500000, "high": None, "bound": "more_than"}
        ],
    },
    {
        "text": "A campanha arrecadou um milhão e meio de reais.",
        "figures": [{"surface": "um milhão e meio", "value": 1.5e6, "unit": "BRL"}],
    },
    # --- um / uma as articles: no figure -----------------------------------------------------
    {"text": "Um alto responsável reuniu-se com uma delegação ucraniana.", "figures": []},
    {"text": "Um dos feridos foi levado para um hospital da capital.", "figures": []},
    # --- vague magnitudes (spec intervals) ---------------------------------------------------
    {
        "text": "O ministro visitou a frente com dezenas de oficiais.",
        "figures": [
            {
                "surface": "dezenas",
                "value": None,
                "low": 20,
                "high": 99,
                "bound": "approx",
                "what_head": "oficiais",
            }
        ],
    },
    {
        "text": "Centenas de milhares de refugiados atravessaram a fronteira.",
        "figures": [
            {
                "surface": "Centenas de milhares",
                "value": None,
                "low": 200000,
                "high": 999999,
                "bound": "approx",
                "what_head": "refugiados",
            }
        ],
    },
    {
        "text": "Milhares de manifestantes concentraram-se diante do Parlamento.",
        "figures": [
            {
                "surface": "Milhares",
                "value": None,
                "low": 2000,
                "high": 9999,
                "bound": "approx",
                "what_head": "manifestantes",
            }
        ],
    },
    {
        "text": "A explosão deixou centenas de feridos.",
        "figures": [
            {
                "surface": "centenas",
                "value": None,
                "low": 200,
                "high": 999,
                "bound": "approx",
                "what_head": "feridos",
            }
        ],
    },
    {
        "text": "Dezenas de milhares de casas estão sem luz.",
        "figures": [
            {
                "surface": "Dezenas de milhares",
                "value": None,
                "low": 20000,
                "high": 99999,
                "bound": "approx",
                "what_head": "casas",
            }
        ],
    },
    # --- approximate bases ---------------------------------------------------------------------
    {
        "text": "Uma dezena de tanques foi destruída.",
        "figures": [
            {
                "surface": "dezena",
                "value": 10,
                "low": 10,
                "high": 10,
                "bound": "approx",
                "what_head": "tanques",
            }
        ],
    },
    {
        "text": "A polícia deteve uma centena de pessoas.",
        "figures": [{"surface": "centena", "value": 100, "bound": "approx", "what_head": "pessoas"}],
    },
    {
        "text": "Um milhar de soldados juntou-se à brigada.",
        "figures": [{"surface": "milhar", "value": 1000, "bound": "approx", "what_head": "soldados"}],
    },
    {
        "text": "Uma dúzia de jornalistas ficou ferida.",
        "figures": [{"surface": "dúzia", "value": 12, "bound": "approx", "what_head": "jornalistas"}],
    },
    # --- bound cues ---------------------------------------------------------------------------
    {
        "text": "Cerca de 1.500 pessoas foram retiradas.",
        "figures": [
            {
                "surface": "1.500",
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "bound": "approx",
                "what_head": "pessoas",
            }
        ],
    },
    {
        "text": "O conflito fez perto de 10 mil mortos.",
        "figures": [{"surface": "10 mil", "value": 10000, "bound": "approx", "what_head": "mortos"}],
    },
    {
        "text": "Quase 240.000 socorristas trabalham na região.",
        "figures": [{"surface": "240.000", "value": 240000, "bound": "approx", "what_head": "socorristas"}],
    },
    {
        "text": "O barril está em torno de 80 dólares.",
        "figures": [{"surface": "80", "value": 80, "bound": "approx", "unit": "USD"}],
    },
    {
        "text": "Aproximadamente 2.000 agentes vigiam a cimeira.",
        "figures": [{"surface": "2.000", "value": 2000, "bound": "approx", "what_head": "agentes"}],
    },
    {
        "text": "O ataque deixou pelo menos 14 mortos.",
        "figures": [
            {
                "surface": "14",
                "value": 14,
                "low": 14,
                "high": None,
                "bound": "at_least",
                "what_head": "mortos",
            }
        ],
    },
    {
        "text": "No mínimo 600 bombeiros combatem as chamas.",
        "figures": [
            {
                "surface": "600",
                "value": 600,
                "low": 600,
                "high": None,
                "bound": "at_least",
                "what_head": "bombeiros",
            }
        ],
    },
    {
        "text": "Mais de 3 mil empresas faliram no ano passado.",
        "figures": [
            {
                "surface": "3 mil",
                "value": 3000,
                "low": 3000,
                "high": None,
                "bound": "more_than",
                "what_head": "empresas",
            }
        ],
    },
    {
        "text": "Mais de um milhão de visitantes viram a exposição.",
        "figures": [
            {
                "surface": "um milhão",
                "value": 1e6,
                "low": 1e6,
                "high": None,
                "bound": "more_than",
                "what_head": "visitantes",
            }
        ],
    },
    {
        "text": "O número de mortos ultrapassou os 50.000.",
        "figures": [
            {
                "surface": "50.000",
                "value": 50000,
                "low": 50000,
                "high": None,
                "bound": "more_than",
                "what_head": "mortos",
            }
        ],
    },
    {
        "text": "O prejuízo passa de R$ 12 bilhões.",
        "figures": [
            {
                "surface": "12 bilhões",
                "value": 1.2e10,
                "low": 1.2e10,
                "high": None,
                "bound": "more_than",
                "unit": "BRL",
            }
        ],
    },
    {
        "text": "A sala vai acolher no máximo 50 pessoas.",
        "figures": [
            {
                "surface": "50",
                "value": 50,
                "low": None,
                "high": 50,
                "bound": "at_most",
                "what_head": "pessoas",
            }
        ],
    },
    {
        "text": "A fábrica poderá produzir até 12 mil projéteis por mês.",
        "figures": [
            {
                "surface": "12 mil",
                "value": 12000,
                "low": None,
                "high": 12000,
                "bound": "up_to",
                "what_head": "projéteis",
            }
        ],
    },
    {
        "text": "Menos de 300 moradores permanecem na aldeia.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "low": None,
                "high": 300,
                "bound": "less_than",
                "what_head": "moradores",
            }
        ],
    },
    {
        "text": "A inflação ficou abaixo de 4% no ano.",
        "figures": [
            {"surface": "4", "value": 4, "low": None, "high": 4, "bound": "less_than", "unit": "percent"}
        ],
    },
    # --- ranges ---------------------------------------------------------------------------------
    {
        "text": "Pyongyang enviou entre 10 mil e 12 mil soldados para a Rússia.",
        "figures": [
            {
                "surface": "10 mil e 12 mil",
                "value": None,
                "low": 10000,
                "high": 12000,
                "bound": "range",
                "what_head": "soldados",
            }
        ],
    },
    {
        "text": "As despesas podem crescer entre 0,6% e 2,5% acima da inflação.",
        "figures": [
            {
                "surface": "0,6% e 2,5",
                "value": None,
                "low": 0.6,
                "high": 2.5,
                "bound": "range",
                "unit": "percent",
                "modality": "possible",
            }
        ],
    },
    {
        "text": "Os sindicatos contaram entre 1,1 e 1,4 milhão de grevistas.",
        "figures": [
            {
                "surface": "1,1 e 1,4 milhão",
                "value": None,
                "low": 1.1e6,
                "high": 1.4e6,
                "bound": "range",
                "what_head": "grevistas",
            }
        ],
    },
    {
        "text": "Os apoios vão de 20.000 a 60.000 euros por casa.",
        "figures": [
            {
                "surface": "20.000 a 60.000",
                "value": None,
                "low": 20000,
                "high": 60000,
                "bound": "range",
                "unit": "EUR",
            }
        ],
    },
    # --- a change is two exact figures -----------------------------------------------------------
    {
        "text": "A taxa de pobreza subiu de 13,8% para 15% em cinco anos.",
        "figures": [
            {"surface": "13,8", "value": 13.8, "bound": "exact", "unit": "percent"},
            {"surface": "15", "value": 15, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "O número de mortos subiu para 176.",
        "figures": [{"surface": "176", "value": 176, "bound": "exact", "what_head": "mortos"}],
    },
    # --- units: money, measures ----------------------------------------------------------------
    {
        "text": "O salário mínimo passará a R$ 1.502 em 2025.",
        "figures": [{"surface": "1.502", "value": 1502, "bound": "exact", "unit": "BRL"}],
    },
    {
        "text": "Cada família vai receber 150 €.",
        "figures": [{"surface": "150", "value": 150, "unit": "EUR"}],
    },
    {
        "text": "A OMS pediu 42,8 milhões de dólares para a ajuda sanitária.",
        "figures": [{"surface": "42,8 milhões", "value": 4.28e7, "unit": "USD"}],
    },
    {
        "text": "A empresa investiu US$ 3 milhões na fábrica.",
        "figures": [{"surface": "3 milhões", "value": 3e6, "unit": "USD"}],
    },
    {
        "text": "As tropas avançaram 15 km numa semana.",
        "figures": [{"surface": "15", "value": 15, "unit": "km"}],
    },
    {
        "text": "O nível do rio atingiu 5,35 metros.",
        "figures": [{"surface": "5,35", "value": 5.35, "unit": "m", "what_head": "nível"}],
    },
    {
        "text": "As chamas devastaram 4.500 hectares de floresta.",
        "figures": [{"surface": "4.500", "value": 4500, "unit": "ha", "what_head": "floresta"}],
    },
    {
        "text": "Caíram 180 milímetros de chuva numa noite.",
        "figures": [{"surface": "180", "value": 180, "unit": "mm", "what_head": "chuva"}],
    },
    # --- what is counted ------------------------------------------------------------------------
    {
        "text": "Moscovo integrou 12 mil soldados de quatro brigadas norte-coreanas.",
        "figures": [
            {"surface": "12 mil", "value": 12000, "what_head": "soldados"},
            {"surface": "quatro", "value": 4, "what_head": "brigadas"},
        ],
    },
    {
        "text": "O Pentágono estima em cerca de 10 mil os soldados enviados.",
        "figures": [
            {
                "surface": "10 mil",
                "value": 10000,
                "bound": "approx",
                "what_head": "soldados",
                "source": "Pentágono",
                "modality": "estimated",
            }
        ],
    },
    {
        "text": "O governo calculou em pelo menos R$ 19 bilhões o custo da reconstrução.",
        "figures": [
            {
                "surface": "19 bilhões",
                "value": 1.9e10,
                "bound": "at_least",
                "unit": "BRL",
                "what_head": "custo",
                "source": "governo",
                "modality": "estimated",
            }
        ],
    },
    {
        "text": "A moção de censura recolheu 116 votos.",
        "figures": [{"surface": "116", "value": 116, "what_head": "votos"}],
    },
    # --- non-figures: years, dates, times -----------------------------------------------------
    {"text": "A Guerra da Coreia terminou em 1953 com um armistício.", "figures": []},
    {"text": "Em 2024, o país realizou eleições antecipadas.", "figures": []},
    {"text": "A cimeira realiza-se a 1 de novembro em Bruxelas.", "figures": []},
    {"text": "O primeiro tremor aconteceu às 4h17 da madrugada.", "figures": []},
    {"text": "O governo enviou nesta segunda-feira (15) o projeto ao Congresso.", "figures": []},
    {"text": "O boletim foi divulgado no dia 18 pela manhã.", "figures": []},
    {
        "text": "Desde 2014, o conflito fez 14 mil mortos.",
        "figures": [{"surface": "14 mil", "value": 14000, "what_head": "mortos"}],
    },
    # --- non-figures: ordinals, ages, durations -------------------------------------------------
    {"text": "É o primeiro envio de tropas para fora do território nacional.", "figures": []},
    {"text": "O candidato venceu o 2º turno com folga.", "figures": []},
    {"text": "O suspeito, de 45 anos, foi detido.", "figures": []},
    {"text": "Os combates duraram três dias.", "figures": []},
    {"text": "A inflação acumulada em 12 meses recuou.", "figures": []},
    # --- non-figures: names and identifiers -----------------------------------------------------
    {"text": "Os Países Baixos entregaram caças F-16 à Ucrânia.", "figures": []},
    {"text": "Os líderes do G7 reuniram-se em Roma.", "figures": []},
    {"text": "O artigo 5 do tratado prevê a defesa coletiva.", "figures": []},
    {"text": "A pandemia de Covid-19 abalou a economia mundial.", "figures": []},
    {"text": "A medida consta da Lei 14.197/2021.", "figures": []},
    # --- non-figures: anaphora, vários, alguns ------------------------------------------------
    {"text": "Os dois países assinaram um acordo de cooperação.", "figures": []},
    {"text": "Vários testemunhos descreveram explosões.", "figures": []},
    {"text": "Alguns moradores ficaram nas suas casas.", "figures": []},
    # --- attribution: speaker before ----------------------------------------------------------
    {
        "text": "O Ministério da Defesa ucraniano disse que 300 drones foram abatidos.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "what_head": "drones",
                "source": "Ministério da Defesa ucraniano",
                "modality": "asserted",
            }
        ],
    },
    {
        "text": "Segundo a Defesa Civil, 39 pessoas continuam desaparecidas.",
        "figures": [{"surface": "39", "value": 39, "what_head": "pessoas", "source": "Defesa Civil"}],
    },
    {
        "text": "De acordo com a ONU, 6 milhões de pessoas fugiram do país.",
        "figures": [{"surface": "6 milhões", "value": 6e6, "what_head": "pessoas", "source": "ONU"}],
    },
    {
        "text": "O Centro de Resistência Nacional garante que mais de 3 mil norte-coreanos estão em Kursk.",
        "figures": [
            {
                "surface": "3 mil",
                "value": 3000,
                "bound": "more_than",
                "source": "Centro de Resistência Nacional",
            }
        ],
    },
    {
        "text": "O número de mortos subiu para 176, segundo boletim divulgado nesta sexta-feira (14) pela Defesa Civil.",
        "figures": [{"surface": "176", "value": 176, "source": "Defesa Civil"}],
    },
    {
        "text": "A Defesa Civil publicou o boletim. De acordo com o balanço, 478 municípios registraram danos.",
        "figures": [{"surface": "478", "value": 478, "what_head": "municípios", "source": "Defesa Civil"}],
    },
    # --- attribution: speaker after -----------------------------------------------------------
    {
        "text": "Pelo menos 1.500 soldados foram enviados, informou o NIS.",
        "figures": [
            {"surface": "1.500", "value": 1500, "bound": "at_least", "what_head": "soldados", "source": "NIS"}
        ],
    },
    {
        "text": "A região foi sacudida por mais de 9.000 réplicas, informou a agência turca.",
        "figures": [
            {
                "surface": "9.000",
                "value": 9000,
                "bound": "more_than",
                "what_head": "réplicas",
                "source": "agência turca",
            }
        ],
    },
    # --- attribution: quotations -----------------------------------------------------------------
    {
        "text": "\u00abPerdemos 120 tanques numa semana\u00bb, disse Oleksandr Syrskyi.",
        "figures": [{"surface": "120", "value": 120, "what_head": "tanques", "source": "Oleksandr Syrskyi"}],
    },
    # --- attribution: acronyms, descriptions, titles with names --------------------------------
    {
        "text": "O Serviço Nacional de Informações (NIS) disse aos deputados que cerca de 3000 militares já tinham partido.",
        "figures": [
            {"surface": "3000", "value": 3000, "bound": "approx", "what_head": "militares", "source": "NIS"}
        ],
    },
    {
        "text": "O porta-voz do Conselho de Segurança Nacional, John Kirby, falou em pelo menos 3 mil soldados.",
        "figures": [
            {
                "surface": "3 mil",
                "value": 3000,
                "bound": "at_least",
                "what_head": "soldados",
                "source": "John Kirby",
            }
        ],
    },
    {
        "text": "A Confederação Nacional de Municípios (CNM) estima que os prejuízos já somam R$ 12,2 bilhões.",
        "figures": [
            {
                "surface": "12,2 bilhões",
                "value": 1.22e10,
                "unit": "BRL",
                "source": "CNM",
                "modality": "estimated",
            }
        ],
    },
    # --- attribution: relayed claims (via) -------------------------------------------------------
    {
        "text": "O porta-voz do Pentágono, Pat Ryder, citado pela agência Reuters, afirmou que 10 mil soldados norte-coreanos estavam na Rússia.",
        "figures": [{"surface": "10 mil", "value": 10000, "source": "Pat Ryder", "via": "Reuters"}],
    },
    {
        "text": "O ministro lituano, Gabrielius Landsbergis, disse à Reuters que 500 instrutores já tinham chegado.",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "what_head": "instrutores",
                "source": "Gabrielius Landsbergis",
                "via": "Reuters",
            }
        ],
    },
    # --- attribution: inheritance, actors ----------------------------------------------------------
    {
        "text": "Segundo a prefeitura, 40 pessoas foram retiradas. O município tem 3.200 habitantes.",
        "figures": [
            {"surface": "40", "value": 40, "source": "prefeitura"},
            {"surface": "3.200", "value": 3200, "what_head": "habitantes", "source": None},
        ],
    },
    {
        "text": "A Comissão Europeia aprovou 5 mil milhões de euros em ajudas públicas.",
        "figures": [
            {
                "surface": "5 mil milhões",
                "value": 5e9,
                "unit": "EUR",
                "what_head": "ajudas",
                "source": None,
                "modality": "asserted",
            }
        ],
    },
    # --- modality -------------------------------------------------------------------------------
    {
        "text": "As Nações Unidas calculam que pelo menos 8,8 milhões de pessoas foram afetadas.",
        "figures": [
            {
                "surface": "8,8 milhões",
                "value": 8.8e6,
                "bound": "at_least",
                "what_head": "pessoas",
                "source": "Nações Unidas",
                "modality": "estimated",
            }
        ],
    },
    {
        "text": "O governo prevê um superávit de 0,25% em 2026.",
        "figures": [
            {
                "surface": "0,25",
                "value": 0.25,
                "unit": "percent",
                "what_head": "superávit",
                "modality": "planned",
            }
        ],
    },
    {
        "text": "A Coreia do Norte vai enviar 6 mil engenheiros militares para Kursk.",
        "figures": [
            {
                "surface": "6 mil",
                "value": 6000,
                "what_head": "engenheiros",
                "source": None,
                "modality": "planned",
            }
        ],
    },
    {
        "text": "O contingente poderá chegar aos 10 mil até dezembro.",
        "figures": [{"surface": "10 mil", "value": 10000, "bound": "exact", "modality": "possible"}],
    },
    {
        "text": "O governo estadual desmentiu que 2 mil corpos estivessem guardados em contentores.",
        "figures": [
            {
                "surface": "2 mil",
                "value": 2000,
                "what_head": "corpos",
                "source": "governo estadual",
                "modality": "denied",
            }
        ],
    },
    {
        "text": "Haddad negou que a equipa estudasse um défice de 0,5% do PIB.",
        "figures": [
            {"surface": "0,5", "value": 0.5, "unit": "percent", "source": "Haddad", "modality": "denied"}
        ],
    },
    # --- titles ---------------------------------------------------------------------------------
    {
        "title": "Seul diz que 3 mil soldados norte-coreanos estão na Rússia",
        "text": "Os serviços secretos sul-coreanos divulgaram novas imagens.",
        "figures": [
            {"field": "title", "surface": "3 mil", "value": 3000, "what_head": "soldados", "source": "Seul"}
        ],
    },
    {
        "title": "Alemanha envia 40 tanques para Kiev",
        "text": "Berlim confirmou a entrega na segunda-feira.",
        "figures": [{"field": "title", "surface": "40", "value": 40, "what_head": "tanques", "source": None}],
    },
    # --- machine-translation damage -------------------------------------------------------------
    {
        "text": "Cerca de 530 mil pessoas foram retirado da zona de desastre, acrescentou o governo.",
        "figures": [
            {
                "surface": "530 mil",
                "value": 530000,
                "bound": "approx",
                "what_head": "pessoas",
                "source": "governo",
            }
        ],
    },
    # --- fractions, multiples and decimals in words (peer-suite classes) --------------------------
    {
        "text": "Dois terços dos deputados votaram a favor.",
        "figures": [{"surface": "Dois terços", "value": 200 / 3, "bound": "exact", "unit": "percent"}],
    },
    {
        "text": "Um quarto da população vive no litoral.",
        "figures": [{"surface": "Um quarto", "value": 25, "unit": "percent"}],
    },
    {
        "text": "A taxa corresponde a um vinte avos do valor.",
        "figures": [{"surface": "um vinte avos", "value": 0.05}],
    },
    {
        "text": "A inflação chegou a dois virgula cinco por cento.",
        "figures": [{"surface": "dois virgula cinco", "value": 2.5, "unit": "percent"}],
    },
    {
        "text": "O fundo soma cinco trilhões com três quartos.",
        "figures": [{"surface": "cinco trilhões com três quartos", "value": 5.75e12}],
    },
    {
        "text": "O acidente deixou tres feridos.",
        "figures": [{"surface": "tres", "value": 3, "what_head": "feridos"}],
    },
    {
        "text": "A campanha arrecadou treze milhoes quatrocentos mil votos.",
        "figures": [{"surface": "treze milhoes quatrocentos mil", "value": 13400000, "what_head": "votos"}],
    },
    {
        "text": "A polícia apreendeu três dúzias de fogos.",
        "figures": [{"surface": "três dúzias", "value": 36, "what_head": "fogos"}],
    },
    {
        "text": "Foram detidos meia dúzia de torcedores.",
        "figures": [{"surface": "meia dúzia", "value": 6, "bound": "approx"}],
    },
    {
        "text": "A cidade tem 2 milhões e meio de habitantes.",
        "figures": [{"surface": "2 milhões e meio", "value": 2500000, "what_head": "habitantes"}],
    },
    {
        "text": "A chance de vitória é de um sobre três.",
        "figures": [{"surface": "um sobre três", "value": 1 / 3}],
    },
    # --- comparisons and bounds after the number -------------------------------------------------
    {
        "text": "O valor é maior que 100 e menor que 300.",
        "figures": [{"surface": "100 e menor que 300", "low": 100, "high": 300, "bound": "range"}],
    },
    {
        "text": "A nota ficou mais alta que dez mas mais baixa que quinze.",
        "figures": [{"surface": "dez mas mais baixa que quinze", "low": 10, "high": 15, "bound": "range"}],
    },
    {
        "text": "Protestaram 200 ou mais estudantes.",
        "figures": [{"surface": "200", "low": 200, "high": None, "bound": "at_least", "what_head": "estudantes"}],
    },
    # --- money subunits and measures -------------------------------------------------------------
    {
        "text": "O ingresso custa 15 dólares e 15 centavos.",
        "figures": [{"surface": "15 dólares e 15 centavos", "value": 15.15, "unit": "USD"}],
    },
    {
        "text": "Cada dose tem 75 ml de vacina.",
        "figures": [{"surface": "75", "value": 75, "unit": "ml", "what_head": "vacina"}],
    },
    {
        "text": "O furacão percorreu 200 milhas em direção ao norte.",
        "figures": [{"surface": "200", "value": 200, "unit": "mi"}],
    },
    {
        "text": "Os termômetros marcaram 40 graus.",
        "figures": [{"surface": "40", "value": 40, "unit": None}],
    },
    {
        "text": "O fundo captou C$ 16,4 milhões e 125 milhões de dólares australianos.",
        "figures": [
            {"surface": "16,4 milhões", "value": 16400000, "unit": "CAD"},
            {"surface": "125 milhões", "value": 125000000, "unit": "AUD"},
        ],
    },
    # --- attribution: descriptions pointing back, or not ----------------------------------------
    {
        "text": "A Federação Nacional dos Portos (FNP) estima perdas de R$ 3 bilhões. A entidade afirma que 40 terminais pararam.",
        "figures": [
            {"surface": "3 bilhões", "value": 3e9, "unit": "BRL", "source": "FNP", "modality": "estimated"},
            {"surface": "40", "value": 40, "what_head": "terminais", "source": "FNP"},
        ],
    },
    {
        "text": "A Associação Brasileira de Bancos (ABB) calcula perdas de R$ 2 bilhões. O governo estadual negou que 300 agências tivessem fechado.",
        "figures": [
            {"surface": "2 bilhões", "value": 2e9, "unit": "BRL", "source": "ABB"},
            {"surface": "300", "value": 300, "source": "governo estadual", "modality": "denied"},
        ],
    },
    {
        "text": "A Agência de Proteção Civil (APC) elevou o balanço para 87 mortos.",
        "figures": [{"surface": "87", "value": 87, "what_head": "mortos", "source": "APC"}],
    },
    # a clause joined after an inverted speaker is the speaker's too (CLAUSE_COORDINATORS)
    {
        "text": 'A tempestade destruiu 420 casas, informou a prefeitura, e deixou 3.000 famílias sem luz.',
        "figures": [
            {"surface": '420', "value": 420, "source": 'prefeitura'},
            {"surface": '3.000', "value": 3000, "source": 'prefeitura'},
        ],
    },
    # "informou a X": the "a" is the subject's article when no one follows (the outlet reading fails)
    {
        "text": "As vendas somaram R$ 12,4 bilhões em maio, informou nesta terça-feira (3) a Associação Comercial.",
        "figures": [{"surface": "12,4 bilhões", "value": 12.4e9, "unit": "BRL", "source": "Associação Comercial"}],
    },
    {
        "text": "Foram vacinadas 80 mil crianças, disse à agência Lusa a secretária estadual de Saúde.",
        "figures": [{"surface": "80 mil", "value": 80000, "source": "secretária estadual de Saúde", "via": "Lusa"}],
    },
    # no subject: the speaker named last (PRO_DROP)
    {
        "text": "Foram abatidas 3.000 árvores, disse o presidente da câmara, Rui Lopes. Outras 500 estão doentes, acrescentou.",
        "figures": [
            {"surface": "3.000", "value": 3000, "source": "Rui Lopes"},
            {"surface": "500", "value": 500, "source": "Rui Lopes"},
        ],
    },
    # a passive agent names who put the number
    {
        "text": "Os prejuízos foram estimados pela CNA em R$ 2 bilhões.",
        "figures": [{"surface": "2 bilhões", "value": 2e9, "unit": "BRL", "source": "CNA", "modality": "estimated"}],
    },
    # a negation before a "more than" cue makes it at most (NEGATIONS)
    {
        "text": 'Os cientistas dizem que as capturas não devem ultrapassar 298 mil toneladas.',
        "figures": [{"surface": '298 mil', "value": 298000, "bound": "at_most", "high": 298000, "unit": 't'}],
    },
    # a unit said once for two numbers set side by side (COMPARE_LINKS; "X and Y tonnes")
    {
        "text": 'A produção caiu para 1,2 milhões de hectolitros, contra 1,5 milhões no ano passado.',
        "figures": [
            {"surface": '1,2 milhões', "value": 1200000.0, "unit": 'hl'},
            {"surface": '1,5 milhões', "value": 1500000.0, "unit": 'hl'},
        ],
    },
    # a comma between digits splits no clause: the subject before the relative is found
    {
        "text": "A Associação de Empresas de Distribuição (APED), cujos associados venderam 25,4 mil milhões de euros, garante que as margens não ultrapassam 2%.",
        "figures": [
            {"surface": "25,4 mil milhões", "value": 25.4e9, "unit": "EUR"},
            {"surface": "2", "value": 2, "unit": "percent", "source": "APED"},
        ],
    },
    # answers speak too
    {
        "text": "O ministro da Educação, Rui Pacheco, respondeu que o Governo vai contratar 2.500 professores.",
        "figures": [{"surface": "2.500", "value": 2500, "source": "Rui Pacheco"}],
    },
    # not figures: a film title opening a quotation, a bus line
    {
        "text": "O filme \"Quatro Patas na Estrada 2\" levou 4,7 milhões de espectadores; os autocarros da carreira 728 chegam em setembro.",
        "figures": [{"surface": "4,7 milhões", "value": 4.7e6}],
    },
    # "responderam por": accounted for, no speech (VERB_NOT_BEFORE)
    {
        "text": "Os filmes nacionais responderam por apenas 9,8% do público.",
        "figures": [{"surface": "9,8", "value": 9.8, "unit": "percent", "source": None}],
    },
    # "pelos dados de X", "pelas contas de X": according to X
    {
        "text": "Pelas contas do Dieese, o salário mínimo perdeu 4% do poder de compra.",
        "figures": [{"surface": "4", "value": 4, "unit": "percent", "source": "Dieese"}],
    },
    # a participle set off by commas describes the subject (APPOSED_PARTICIPLE)
    {
        "text": "A Instituição Fiscal Independente (IFI), ligada ao Senado, avalia que o governo terá de bloquear 15 bilhões de reais.",
        "figures": [{"surface": "15 bilhões", "source": "IFI", "unit": "BRL"}],
    },
    # not ruling out: a speaker, a possible figure
    {
        "text": "Os investigadores não excluem que dezenas de outros envios estejam envolvidos.",
        "figures": [{"surface": "dezenas", "bound": "approx", "source": "investigadores", "modality": "possible"}],
    },
    # not figures: a phone number after its cue
    {"text": "Informações pela linha de apoio 808 203 050.", "figures": []},
    # "reduzir em até": the size of the change is up to (CHANGE_SIZE_WORDS)
    {
        "text": "A medida pode reduzir em até 10% o preço do peixe.",
        "figures": [{"surface": "10", "unit": "percent", "bound": "up_to", "modality": "possible"}],
    },
    # a share of a whole in words is a percentage (SHARE_WORDS, fractions before a link); a half-year is not
    {
        "text": "Perdemos dois terços do público e a metade dos patrocinadores.",
        "figures": [{"surface": "dois terços", "value": 66.66666666666667, "unit": "percent"}, {"surface": "metade", "value": 50, "unit": "percent"}],
    },
    # not figures: numbers drawn (a dash chain), a draw's number
    {"text": "Os números sorteados no concurso 2.838 foram 04 - 17 - 23 - 38 - 41 - 59.", "figures": []},
    # a machine translation's 'added', 'alguns 8.000' (some)
    {
        "text": "Os inspetores encontraram alguns 8.000 litros na planta, o escritório adicionou.",
        "figures": [{"surface": "8.000", "value": 8000, "bound": "approx", "unit": "l", "source": "escritório"}],
    },
    # 'pode passar de': more than
    {
        "text": "Se ninguém acertar, o prêmio pode passar de R$ 100 milhões.",
        "figures": [{"surface": "100 milhões", "bound": "more_than", "unit": "BRL", "modality": "possible"}],
    },
    # a future verb is no head of what is counted: the subject before it
    {
        "text": "O programa custará R$ 410 milhões por ano.",
        "figures": [{"surface": "410 milhões", "unit": "BRL", "what_head": "programa", "modality": "planned"}],
    },
    # a statement names its owner
    {
        "text": "Segundo um comunicado do Ministério da Saúde, chegaram 40 migrantes.",
        "figures": [{"surface": "40", "source": "Ministério da Saúde"}],
    },
    # a relative clause closed by a comma: the verb after it has the subject before it
    {
        "text": "A empresa, que emprega 4 mil pessoas, anunciou 300 demissões.",
        "figures": [{"surface": "4 mil", "source": None}, {"surface": "300", "source": "empresa"}],
    },
    # a plural participle after an acronym belongs to the data, not to the name
    {
        "text": "Segundo dados do IBGE divulgados nesta terça-feira, o desemprego caiu para 7,2%.",
        "figures": [{"surface": "7,2", "unit": "percent", "source": "IBGE"}],
    },
    # "passou de 15% para 25%": a change's "from", both numbers exact
    {
        "text": "O desconto máximo passou de 15% para 25%.",
        "figures": [{"surface": "15", "bound": "exact", "unit": "percent"}, {"surface": "25", "bound": "exact", "unit": "percent"}],
    },
    # a cap is at most
    {
        "text": "O volume subsidiado será limitado a 180 milhões de litros por ano.",
        "figures": [{"surface": "180 milhões", "bound": "at_most", "unit": "l", "modality": "planned"}],
    },
    # a profession without an article after the name describes its bearer, who speaks
    {
        "text": "O biólogo Paulo Mendes, professor da Universidade de Lisboa (UL), alerta que até 40% das colmeias podem morrer.",
        "figures": [{"surface": "40", "bound": "up_to", "unit": "percent", "source": "Paulo Mendes", "modality": "possible"}],
    },
    # the first number of a planned change is what is now
    {
        "text": "Segundo a secretária, a meta é elevar a taxa de reciclagem de 27% para 35%.",
        "figures": [
            {"surface": "27", "unit": "percent", "modality": "asserted", "source": "secretária"},
            {"surface": "35", "unit": "percent", "modality": "planned", "source": "secretária"},
        ],
    },
    # a risk as the cause of an act is no possibility
    {
        "text": "Foram removidas 4.800 árvores por risco de queda. A empresa corre o risco de perder 300 clientes.",
        "figures": [{"surface": "4.800", "modality": "asserted"}, {"surface": "300", "modality": "possible"}],
    },
    # opening hours are no figures
    {"text": "O posto abre das 9 às 17, de terça a sábado.", "figures": []},
    # a body's name across "para a"
    {
        "text": "Foram contados 2512 linces, segundo o Ministério para a Transição Ecológica espanhol.",
        "figures": [{"surface": "2512", "source": "Ministério para a Transição Ecológica"}],
    },
    # counting speaks; "alertou de que": the speaker is before
    {
        "text": "O ICNF identificou 52 fêmeas. A presidente, Ana Lopes, alertou de que até 60% das presas podem desaparecer.",
        "figures": [
            {"surface": "52", "source": "ICNF"},
            {"surface": "60", "bound": "up_to", "unit": "percent", "source": "Ana Lopes", "modality": "possible"},
        ],
    },
    # "o mesmo levantamento" points back at the study named before; a year before the cue is no figure
    {
        "text": "A erosão já afeta 41% do litoral, segundo estudo do Instituto de Ciências do Mar (Labomar). Em 2015, de acordo com o mesmo levantamento, o índice era de 29%.",
        "figures": [
            {"surface": "41", "unit": "percent", "source": "Labomar"},
            {"surface": "29", "unit": "percent", "source": "Labomar"},
        ],
    },
    # "falam em": speaking of a number is giving it
    {
        "text": "Cerca de 3.000 pessoas participaram, segundo a PSP, enquanto os organizadores falam em 10.000.",
        "figures": [{"surface": "3.000", "bound": "approx", "source": "PSP"}, {"surface": "10.000", "source": "organizadores"}],
    },
    # "como informou X", "conforme informou X": o sujeito segue o verbo
    {
        "text": "Como informou a Defesa Civil, 312 pessoas foram retiradas. Outras 40 seguem internadas, conforme informou a secretaria.",
        "figures": [{"surface": "312", "source": "Defesa Civil"}, {"surface": "40", "source": "secretaria"}],
    },
    # um nome que segue depois da sua ligação ("Secretaria de Estado da Saúde"); um particípio depois do nome não é dele
    {
        "text": "A Secretaria de Estado da Saúde de Goiás negou que faltem vagas nos 120 leitos da rede. O país registrou 9.400 casos, segundo dados do Ministério da Saúde divulgados nesta terça-feira.",
        "figures": [
            {"surface": "120", "source": "Secretaria de Estado da Saúde de Goiás", "modality": "denied"},
            {"surface": "9.400", "source": "Ministério da Saúde"},
        ],
    },
    # "a pasta" é o ministério nomeado antes; "segundo o levantamento": a fonte nomeada por último na frase anterior
    {
        "text": "O país registrou 9.400 casos em 2024, segundo dados do Ministério da Saúde. Foram 42 mortes, de acordo com a pasta. Segundo o levantamento, Goiás lidera com 1.200 casos.",
        "figures": [
            {"surface": "9.400", "source": "Ministério da Saúde"},
            {"surface": "42", "source": "Ministério da Saúde"},
            {"surface": "1.200", "source": "Ministério da Saúde"},
        ],
    },
    # o nome depois da descrição ("a associação do setor, a APICCAPS"); o dono do relatório no aparte ("divulgado pela X")
    {
        "text": "As exportações de calçado atingiram 1.950 milhões de euros, segundo a associação do setor, a APICCAPS. Segundo o relatório, divulgado pela Ordem dos Médicos, faltam pelo menos 1.500 médicos de família.",
        "figures": [
            {"surface": "1.950 milhões", "unit": "EUR", "source": "APICCAPS"},
            {"surface": "1.500", "bound": "at_least", "source": "Ordem dos Médicos"},
        ],
    },
    # "mas o governo contesta e fala em": a oração depois de "mas" tem o seu sujeito; "von der" dentro de um nome
    {
        "text": "O sindicato diz que a adesão chegou a 80%, mas o governo contesta e fala em apenas 30%. A Comissão vai disponibilizar 500 milhões de euros, anunciou a presidente Ursula von der Leyen.",
        "figures": [
            {"surface": "80", "unit": "percent", "source": "sindicato"},
            {"surface": "30", "unit": "percent", "source": "governo"},
            {"surface": "500 milhões", "unit": "EUR", "source": "Ursula von der Leyen"},
        ],
    },
    # uma estimativa na passiva, depois quem a fez
    {
        "text": "O prejuízo foi estimado em 85 milhões de reais pela prefeitura.",
        "figures": [{"surface": "85 milhões", "unit": "BRL", "source": "prefeitura", "modality": "estimated"}],
    },
    # "revelou a Associação Portuguesa da Cortiça": um só nome, o "a" é o artigo, não "disse a"
    {
        "text": "As exportações atingiram 1.100 milhões de euros, revelou a Associação Portuguesa da Cortiça.",
        "figures": [{"surface": "1.100 milhões", "unit": "EUR", "source": "Associação Portuguesa da Cortiça", "via": None}],
    },
    # "do" dentro de um nome: "Direção Executiva do SNS"
    {
        "text": "Segundo dados da Direção Executiva do SNS, as urgências receberam 1,2 milhões de episódios.",
        "figures": [{"surface": "1,2 milhões", "source": "Direção Executiva do SNS"}],
    },
    # "segundo os seus serviços": o que abre a frase é o dono, antes de quem foi nomeado antes ("O santuário, que ...")
    {
        "text": "O INEM disse ter prestado 300 assistências. O santuário, que no ano passado registou cerca de 6,3 milhões de visitantes, segundo os seus serviços, prepara já a peregrinação.",
        "figures": [
            {"surface": "300", "source": "INEM"},
            {"surface": "6,3 milhões", "bound": "approx", "source": "santuário"},
        ],
    },
    # um particípio depois do nome diz como o estudo foi feito, não é afirmação da frase ("aponta levantamento da
    # Abras feito com 1.200 lojas"); "Pelas contas da reportagem": a própria redação, nenhuma fonte de fora
    {
        "text": "O Pix já responde por 28% dos pagamentos, aponta levantamento da Associação Brasileira de Supermercados (Abras) feito com 1.200 lojas. Pelas contas da reportagem, o valor médio foi de cerca de R$ 644 por operação.",
        "figures": [
            {"surface": "28", "unit": "percent", "source": "Abras"},
            {"surface": "1.200"},
            {"surface": "644", "bound": "approx", "unit": "BRL", "source": None},
        ],
    },
    # um número de telefone com um primeiro grupo de três algarismos ("808 24 24 24") não é figura
    {
        "text": "A linha recebeu 1.200 chamadas, disse o INEM, através do 808 24 24 24.",
        "figures": [{"surface": "1.200", "source": "INEM"}],
    },
    # um demonstrativo aponta para trás, também para o nome que abre a própria frase ("aquela força de segurança")
    {
        "text": "A PSP deteve 14 pessoas durante a operação, informou aquela força de segurança em comunicado. O INE divulgou os dados. A taxa de desemprego fixou-se em 6,4%, segundo aquele organismo.",
        "figures": [{"surface": "14", "source": "PSP"}, {"surface": "6,4", "unit": "percent", "source": "INE"}],
    },
    # as outras pessoas e tempos dos verbos de fala, e os de concluir, revelar, referir
    {
        "text": "Em comunicado, a Autoridade Tributária refere que foram recuperados 230 milhões de euros. Os sindicatos frisam que faltam 3 mil médicos. O estudo da Universidade do Minho conclui que 30% dos alunos dormem mal.",
        "figures": [
            {"surface": "230 milhões", "unit": "EUR", "source": "Autoridade Tributária"},
            {"surface": "3 mil", "source": "sindicatos"},
            {"surface": "30", "unit": "percent", "source": "Universidade do Minho"},
        ],
    },
    # "o delegado regional, Nome Apelido,": o nome depois do cargo; "estimadas pela câmara em cerca de":
    # a palavra do limite não é do nome
    {
        "text": "A colheita chegará às 300.000 toneladas, estimou o delegado regional da Agricultura em Évora, Rui Canelas, que falou de um bom ano. As obras, estimadas pela câmara em cerca de 12 milhões de euros, começam em março.",
        "figures": [
            {"surface": "300.000", "unit": "t", "source": "Rui Canelas"},
            {"surface": "12 milhões", "bound": "approx", "unit": "EUR", "source": "câmara"},
        ],
    },
    # o conjuntivo de "superar" ("negou que superem as"), "rondará" e "perto do" são limites
    {
        "text": "A associação negou que as perdas superem os 2 milhões de euros. A colheita rondará as 80.000 toneladas, perto do 30 % do total.",
        "figures": [
            {"surface": "2 milhões", "bound": "more_than", "unit": "EUR", "source": "associação", "modality": "denied"},
            {"surface": "80.000", "bound": "approx", "unit": "t"},
            {"surface": "30", "bound": "approx", "unit": "percent"},
        ],
    },
    # "disse à Agência Brasil": o nome da agência começa na palavra que a anuncia; "projeta alta de" é previsão
    {
        "text": "O órgão vai contratar 90 técnicos, disse à Agência Brasil a diretora, Ana Lima. O Ipea projeta alta de 1,8% do PIB.",
        "figures": [
            {"surface": "90", "source": "Ana Lima", "via": "Agência Brasil"},
            {"surface": "1,8", "unit": "percent", "source": "Ipea", "modality": "estimated"},
        ],
    },
    # "reagiu" right after a quotation is speech (the gerund after the speaker is the speaker's); health
    # authorities who "registaram" a count give it
    {
        "text": '"Não há intenção de esconder números", reagiu o porta-voz, Filimone Cossa, garantindo que o executivo mobilizou 20 milhões de dólares. As autoridades de saúde registaram 312 casos de cólera.',
        "figures": [
            {"surface": "20 milhões", "unit": "USD", "source": "Filimone Cossa"},
            {"surface": "312", "source": "autoridades de saúde"},
        ],
    },
    # a verb of its own after "e" opens a clause the estimate before it does not rule
    {
        "text": "O OCHA calcula que cerca de 600 mil pessoas foram afetadas e lançou um apelo de 48 milhões de dólares.",
        "figures": [
            {"surface": "600 mil", "bound": "approx", "modality": "estimated"},
            {"surface": "48 milhões", "unit": "USD", "modality": "asserted"},
        ],
    },
    # a body's acronym before a headline's colon gives its figures; a place there does not
    {
        "title": "IPC: 24,6 milhões de sudaneses enfrentam fome aguda",
        "text": "Brasil: cheias já fizeram 176 mortos.",
        "figures": [{"surface": "24,6 milhões", "source": "IPC"}, {"surface": "176", "source": None}],
    },
    # a sentence opened by a share of the figures before goes on with their speaker's account
    {
        "text": "Cerca de 24,6 milhões de pessoas enfrentam fome aguda, segundo a IPC. Desse total, cerca de 637 mil pessoas estão na fase 5.",
        "figures": [{"surface": "24,6 milhões", "source": "IPC"}, {"surface": "637 mil", "bound": "approx", "source": "IPC"}],
    },
    # the outlet's kind in lower case before its name relays ("Em declarações à agência Lusa"); "à espera"
    # (waiting) is no expectation; "indicados pela X" gives X's figure
    {
        "text": 'Em declarações à agência Lusa, o presidente da câmara, José Silva, adiantou que a obra custou 2,3 milhões de euros. "Temos 90 doentes à espera", disse a diretora. A Quercus calcula em 3 mil hectares a área ardida, contra os 1.200 hectares indicados pela Proteção Civil.',
        "figures": [
            {"surface": "2,3 milhões", "unit": "EUR", "source": "José Silva", "via": "Lusa"},
            {"surface": "90", "modality": "asserted"},
            {"surface": "3 mil", "unit": "ha", "source": "Quercus"},
            {"surface": "1.200", "unit": "ha", "source": "Proteção Civil"},
        ],
    },
    # revising one's own forecast or target gives it: the subject speaks
    {
        "text": "O Banco de Portugal revê em alta a previsão de crescimento para 2,1% este ano. O FMI cortou a projeção de crescimento do Brasil para 2,2%.",
        "figures": [
            {"surface": "2,1", "unit": "percent", "source": "Banco de Portugal", "modality": "estimated"},
            {"surface": "2,2", "unit": "percent", "source": "FMI", "modality": "estimated"},
        ],
    },
    # the value set against a figure after its according phrase keeps its account
    {
        "text": "A taxa de desemprego subiu para 6,4%, segundo o INE, face aos 6,1% do trimestre anterior.",
        "figures": [
            {"surface": "6,4", "unit": "percent", "source": "INE"},
            {"surface": "6,1", "unit": "percent", "source": "INE"},
        ],
    },
    # an appeal for funds and a promise are their makers' claims
    {
        "text": "A OMS lançou um apelo de 87,4 milhões de dólares. O Japão prometeu 3 milhões de doses.",
        "figures": [
            {"surface": "87,4 milhões", "unit": "USD", "source": "OMS"},
            {"surface": "3 milhões", "source": "Japão", "modality": "planned"},
        ],
    },
    # a forecast's participle after its figure names whose it is; 'antecipa' forecasts; a revision with its values between verb and object, a headline without article; 'tem de estar concluído' is no speech
    {
        "text": "Banco de Portugal corta previsão de crescimento para 1,6%. O Banco de Portugal reviu em baixa, de 2,0% para 1,6%, a projeção de crescimento, abaixo dos 2,2% inscritos pelo Governo. O BdP antecipa um excedente de 0,3% do PIB, ao contrário do excedente de 0,1% previsto pelo Governo. O banco central sublinha que o plano, que tem de estar concluído em agosto, será decisivo: faltam cerca de 9,6 mil milhões de euros.",
        "figures": [
            {"surface": "1,6", "unit": "percent", "source": "Banco de Portugal"},
            {"surface": "2,0", "unit": "percent", "source": "Banco de Portugal"},
            {"surface": "1,6", "unit": "percent", "source": "Banco de Portugal"},
            {"surface": "2,2", "unit": "percent", "source": "Governo"},
            {"surface": "0,3", "unit": "percent", "source": "BdP"},
            {"surface": "0,1", "unit": "percent", "source": "Governo"},
            {"surface": "9,6 mil milhões", "unit": "EUR", "source": "Banco de Portugal"},
        ],
    },
    # what follows a colon details the account before it
    {
        "text": "A abstenção chegou a 31,2%, de acordo com o Tribunal Regional Eleitoral (TRE-RJ): dos 389.510 eleitores aptos, 267.983 compareceram às urnas.",
        "figures": [
            {"surface": "31,2", "unit": "percent", "source": "TRE-RJ"},
            {"surface": "389.510", "source": "TRE-RJ"},
            {"surface": "267.983", "source": "TRE-RJ"},
        ],
    },
    # the agent of a forecast's participle ends before a phrase of place
    {
        "text": "O banco ficou abaixo do excedente de 0,1% previsto pelo Governo na proposta de Orçamento do Estado.",
        "figures": [
            {"surface": "0,1", "unit": "percent", "source": "Governo"},
        ],
    },
    # a body's description points back at the body with its acronym that opens the sentence before, though no speech verb named it
    {
        "text": "O Banco de Portugal estima que a inflação abrande para 2,1%. O Conselho das Finanças Públicas (CFP) também se mostrou mais cauteloso do que o executivo. O organismo prevê um crescimento de 1,8%.",
        "figures": [
            {"surface": "2,1", "unit": "percent", "source": "Banco de Portugal"},
            {"surface": "1,8", "unit": "percent", "source": "CFP"},
        ],
    },
    # an evidence's participle after its owner's name belongs to the evidence
    {
        "text": "De acordo com a pesquisa Datafolha divulgada nesta sexta, 41% dos eleitores aprovam o governo.",
        "figures": [
            {"surface": "41", "unit": "percent", "source": "Datafolha"},
        ],
    },
    # a person's role after a possessive belongs to the body named before it, after a preposition glued to its article too
    {
        "text": "A greve dos pilotos custou à companhia cerca de 120 milhões de euros, segundo o seu diretor financeiro.",
        "figures": [
            {"surface": "120 milhões", "bound": "approx", "unit": "EUR", "source": "companhia"},
        ],
    },
    # a relative between the according cue and its verb, the speaker after
    {
        "text": "Foram detidas 14 pessoas, de acordo com o que revelou ontem a GNR.",
        "figures": [
            {"surface": "14", "source": "GNR"},
        ],
    },
    # a time phrase between an inverted verb and its subject
    {
        "text": "Resultaram feridas 14 pessoas, informou ao final da tarde desta terça-feira a Proteção Civil.",
        "figures": [
            {"surface": "14", "source": "Proteção Civil"},
        ],
    },
    # a statement and its time between an inverted verb and its subject
    {
        "text": "Ficaram feridas 14 pessoas, informou em comunicado divulgado hoje a PSP.",
        "figures": [
            {"surface": "14", "source": "PSP"},
        ],
    },
    # a description with an indefinite article after a name says what the name is; the name speaks
    {
        "text": "O Observatório Sírio dos Direitos Humanos, uma ONG sediada no Reino Unido, contabilizou 63 mortos.",
        "figures": [
            {"surface": "63", "source": "Observatório Sírio dos Direitos Humanos"},
        ],
    },
    # a spokesperson of a body named with its acronym speaks for the body
    {
        "text": "Um porta-voz do Escritório da ONU para a Coordenação de Assuntos Humanitários (OCHA) disse que cerca de 90 mil pessoas foram deslocadas.",
        "figures": [
            {"surface": "90 mil", "bound": "approx", "source": "OCHA"},
        ],
    },
    # um relativo de lugar abre uma oração com sujeito próprio: "entre Mértola e Serpa, onde o ICNF identificou"
    {
        "text": "A maior parte dos animais vive no vale do Guadiana, entre Mértola e Serpa, onde o ICNF identificou 52 fêmeas reprodutoras.",
        "figures": [
            {"surface": "52", "source": "ICNF"},
        ],
    },
    # um nome espanhol noutra língua guarda o seu "y": "Fundação Libertad y Progreso"; "superior a" é mais de
    {
        "text": "O custo foi de cerca de 750 milhões de dólares, segundo a Fundação Libertad y Progreso. A adesão foi superior a 90%.",
        "figures": [
            {"surface": "750 milhões", "unit": "USD", "bound": "approx", "source": "Fundação Libertad y Progreso"},
            {"surface": "90", "unit": "percent", "bound": "more_than"},
        ],
    },
    # um nome depois de "em" é um lugar, não quem fala: "o Ministério dos Negócios Estrangeiros em Lisboa"
    {
        "text": "O Ministério dos Negócios Estrangeiros em Lisboa confirmou que 31 dos passageiros são cidadãos portugueses.",
        "figures": [
            {"surface": "31", "source": "Ministério dos Negócios Estrangeiros"},
        ],
    },
    # "segundo" depois de uma palavra terminada em "do" ("sábado segundo a polícia") ainda é "de acordo com"; um número por extenso depois do seu limite acaba o nome
    {
        "text": "Na autoestrada do Brenner morreram na noite de sábado segundo a polícia pelo menos quatro pessoas.",
        "figures": [
            {"surface": "quatro", "bound": "at_least", "source": "polícia"},
        ],
    },
    # ordem de palavras de tradução automática: um substantivo plural depois do nome acaba-o
    {
        "text": "Formaram-se segundo a Asfinag engarrafamentos de até 15 quilómetros.",
        "figures": [
            {"surface": "15", "bound": "up_to", "unit": "km", "source": "Asfinag"},
        ],
    },
    # um nome que enumera os seus ramos entre vírgulas, depois a sigla: a sigla; um número por extenso com maiúscula dentro de um nome não é um número
    {
        "text": "De acordo com a Associação Nacional das Indústrias de Duas Rodas, Ferragens, Mobiliário e Afins (ABIMOTA), Portugal produziu cerca de 2,1 milhões de bicicletas em 2024.",
        "figures": [
            {"surface": "2,1 milhões", "bound": "approx", "source": "ABIMOTA"},
        ],
    },
    # um nome que a tabela de aliases conhece, com uma palavra pequena: "Médicos sem Fronteiras"
    {
        "text": "A organização Médicos sem Fronteiras estima que mais de 300 pessoas morreram.",
        "figures": [
            {"surface": "300", "bound": "more_than", "source": "Médicos sem Fronteiras", "modality": "estimated"},
        ],
    },
    # um placar por extenso depois de uma palavra de resultado, e um telefone com traço, não são números de figura; um plano não passa o ponto e vírgula
    {
        "text": "A vitória do Flamengo por 2 a 1 exigiu reforço. A operação tinha como objetivo cumprir 100 mandados; 48 pessoas foram presas, informou a Polícia Civil. Denúncias pelo telefone (21) 2253-1177.",
        "figures": [
            {"surface": "100", "modality": "planned"},
            {"surface": "48", "modality": "asserted", "source": "Polícia Civil"},
        ],
    },
    # calcos do espanhol numa tradução automática: "ao redor de", "em torno a", "según"; o número de um pavilhão ou de um decreto executivo é um nome
    {
        "text": "Ao redor de 900 policiais retomaram o complexo, que abriga em torno a 6.000 reclusos. Os confrontos começaram no pavilhão 8. Até agora, 19 cadáveres foram identificados, según Medicina Legal.",
        "figures": [
            {"surface": "900", "bound": "approx"},
            {"surface": "6.000", "bound": "approx"},
            {"surface": "19", "source": "Medicina Legal"},
        ],
    },
    # o que o dinheiro paga depois de "para" e "por", não uma tarifa
    {
        "text": "O governo destinou R$ 137 milhões para a contratação de brigadistas.",
        "figures": [
            {"surface": "137 milhões", "unit": "BRL", "what_head": "contratação"},
        ],
    },
    # o que o dinheiro paga depois de "na" e um nome de ação; não um lugar ("no mercado europeu")
    {
        "text": "A Câmara vai investir 40 milhões de euros na requalificação de escolas. A carga valeria cerca de US$ 80 milhões no mercado europeu.",
        "figures": [
            {"surface": "40 milhões", "unit": "EUR", "what_head": "requalificação"},
            {"surface": "80 milhões", "unit": "USD", "what_head": "carga"},
        ],
    },
    # um lugar depois de "no", "na" não é quem fala: "o Orçamento do Estado entregue no Parlamento"
    {
        "text": "O excedente será de 0,3% do PIB, segundo o Orçamento do Estado entregue no Parlamento.",
        "figures": [
            {"surface": "0,3", "unit": "percent", "source": "Orçamento do Estado"},
        ],
    },
    # custar liga a coisa ao seu preço, e um advérbio de tempo não é o que se mede: "a passagem custa hoje R$ 5,40"
    {
        "text": "A passagem de ônibus em Campinas custa hoje R$ 5,40.",
        "figures": [
            {"surface": "5,40", "unit": "BRL", "what_head": "passagem"},
        ],
    },
    # o verbo omitido depois de uma vírgula, com uma sigla por sujeito ("sindicatos falam em 15 mil, PSP em 6.500"); o sujeito no início da frase com uma relativa curta sem vírgulas ("A federação que organizou a marcha falou em")
    {
        "text": "Sindicatos falam em 9 mil, GNR em 4.000. A federação de sindicatos que organizou a marcha falou em 12 mil participantes.",
        "figures": [
            {"surface": "9 mil", "source": "Sindicatos"},
            {"surface": "4.000", "source": "GNR"},
            {"surface": "12 mil", "source": "federação de sindicatos"},
        ],
    },
    # associar mortes a uma causa e contrapor o seu próprio número são afirmações ("O sindicato associou 11 mortes", "O ministério contrapõe que há quatro casos")
    {
        "text": "O sindicato associou hoje pelo menos 11 mortes a atrasos no socorro. O Ministério da Saúde contrapõe que há quatro casos em averiguação.",
        "figures": [
            {"surface": "11", "source": "sindicato"},
            {"surface": "quatro", "source": "Ministério da Saúde"},
        ],
    },
    # o nome curto e, entre parênteses, o nome por extenso («A Febraban (Federação Brasileira de Bancos) negou»): o nome curto
    {
        "text": "A Febraban (Federação Brasileira de Bancos) negou que os bancos tenham concedido 1,9 milhão de empréstimos irregulares.",
        "figures": [
            {"surface": "1,9 milhão", "source": "Febraban", "modality": "denied"},
        ],
    },
    # atualizar um balanço é dá-lo («O Ministério da Saúde atualizou hoje para 163 o número de mortos»)
    {
        "text": "O Ministério da Saúde angolano (Minsa) atualizou hoje para 163 o número de mortos do surto de cólera.",
        "figures": [
            {"surface": "163", "source": "Minsa"},
        ],
    },
    # an adverb of how much between the subject and its verb is no part of the name: "a PSP só confirma"
    {
        "text": "Os organizadores falam em 5 mil manifestantes, mas a PSP só confirma 1.200.",
        "figures": [
            {"surface": "5 mil", "source": "organizadores"},
            {"surface": "1.200", "source": "PSP"},
        ],
    },
    # an Italian calque "segundo quanto refere a X": the article "a" opens the name, no one was told it, and the name goes on after "de"
    {
        "text": "Desde a meia-noite chegaram 21 barcos com 930 migrantes, segundo quanto refere a Prefeitura de Trapani.",
        "figures": [
            {"surface": "21", "source": "Prefeitura de Trapani"},
            {"surface": "930", "source": "Prefeitura de Trapani"},
        ],
    },
    # an inverted "fez saber a X que ..." with no figure after it: "a" is the article of the speaker, "que" its relative
    {
        "text": "No centro se encontram neste momento mais de 1.300 pessoas, fez saber a Cruz Vermelha que gere a estrutura.",
        "figures": [
            {"surface": "1.300", "bound": "more_than", "source": "Cruz Vermelha"},
        ],
    },
    # a record verb inside what a speaker said: the place that recorded is no source ("A Frontex fez saber que a rota ... registrou")
    {
        "text": "A Frontex fez saber que a rota dos Balcãs registrou em julho 8.400 travessias irregulares.",
        "figures": [
            {"surface": "8.400", "source": "Frontex"},
        ],
    },
    # counting in the present tense, as titles write it: "Plataforma Decide conta 67 mortos"; "conta com" is having
    {
        "text": "Observatório conta 48 mortos nos protestos. A empresa conta com 300 funcionários.",
        "figures": [
            {"surface": "48", "source": "Observatório"},
            {"surface": "300", "source": None},
        ],
    },
    # "no plano humano" is "as for", no plan
    {
        "text": "No plano humano, o balanço é de 9 mortos, segundo a Proteção Civil. O plano prevê 300 contratações.",
        "figures": [
            {"surface": "9", "source": "Proteção Civil", "modality": "asserted"},
            {"surface": "300", "modality": "planned"},
        ],
    },
    # "other" between a bound cue and its number: "pelo menos outras 9 embarcações"
    {
        "text": "A ONG sustenta que pelo menos outras 9 embarcações partiram da Líbia.",
        "figures": [
            {"surface": "9", "bound": "at_least", "source": "ONG"},
        ],
    },
    # rejecting a claim as such is denying it: "A empresa rejeita como falsa a informação de que mais de 400 pessoas"
    {
        "text": "A empresa rejeita como falsa a informação de que mais de 400 pessoas teriam adoecido.",
        "figures": [
            {"surface": "400", "bound": "more_than", "source": "empresa", "modality": "denied"},
        ],
    },
    # a demand as it stood ("exigia"); "afeta à CGTP" describes the subject before it; "nunca inferiores a" is at least; "diz ter perdido": the compound infinitive is what was said
    {
        "text": "A FESAP, da UGT, exigia 4,5%. A Frente Comum, afeta à CGTP, reclama aumentos de 15%, nunca inferiores a 150 euros. Fatima Azzouzi, de 61 anos, diz ter perdido sete familiares.",
        "figures": [
            {"surface": "4,5", "source": "FESAP"},
            {"surface": "15", "source": "Frente Comum"},
            {"surface": "150", "bound": "at_least", "source": "Frente Comum"},
            {"surface": "sete", "source": "Fatima Azzouzi"},
        ],
    },
    # a relative set off after a body's name stands for the whole name, its link no agent ("O Ministério da Saúde, que enviou ..., contabiliza")
    {
        "text": "O Ministério da Saúde, que enviou ao estado uma equipe da Força Nacional do SUS, contabiliza um número maior: 5.140 casos.",
        "figures": [
            {"surface": "5.140", "source": "Ministério da Saúde"},
        ],
    },
    # an offer put on the table is its maker's (spec: demands and offers)
    {
        "text": "O Governo pôs em cima da mesa um aumento de 2,5%.",
        "figures": [
            {"surface": "2,5", "source": "Governo"},
        ],
    },
    # "Para o BCE, ...": "para" before a bare name the alias table knows, or an acronym, and a comma is "according to"; "fala numa adesão de 85%": "em" contracted with the article
    {
        "text": "Para o BCE, a inflação vai chegar aos 2,3% no próximo ano. O sindicato fala numa adesão de 85%.",
        "figures": [
            {"surface": "2,3", "source": "BCE"},
            {"surface": "85", "source": "sindicato"},
        ],
    },
    # a gerund's aside between subject and verb is no new subject ("falando sob condição de anonimato")
    {
        "text": "Responsáveis norte-americanos, falando sob condição de anonimato, disseram que um segundo pacote de cerca de 2,5 mil milhões de dólares poderá ser notificado.",
        "figures": [
            {"surface": "2,5 mil milhões", "bound": "approx", "source": "Responsáveis norte-americanos"},
        ],
    },
    # a word no name is alone opens one before its capitalised adjective ("Estado Islâmico"); an attack claimed is its author's, no plan ("reivindicou o ataque")
    {
        "text": "O Estado Islâmico reivindicou o ataque, alegando ter matado mais de 20 cristãos.",
        "figures": [
            {"surface": "20", "bound": "more_than", "source": "Estado Islâmico", "modality": "asserted"},
        ],
    },
    # a count of results is evidence, its owner speaks: "segundo a apuração do TSE"
    {
        "text": "O candidato obteve 48,2% dos votos válidos, segundo a apuração do TSE.",
        "figures": [
            {"surface": "48,2", "source": "TSE"},
        ],
    },
    # an age after a role is no part of who speaks ("Uma líder comunitária de 54 anos"); the outlet that heard her relays, its place left out ("ouvida pela Lusa em Pemba")
    {
        "text": "Uma líder comunitária de 54 anos, ouvida pela Lusa em Pemba, contou que os atacantes eram dezenas.",
        "figures": [
            {"surface": "dezenas", "bound": "approx", "source": "líder comunitária", "via": "Lusa"},
        ],
    },
    # a count as it stood in an earlier report ("o órgão contabilizava 23 mortos")
    {
        "text": "Segundo o BNGRC, o número de mortos subiu para 31. No balanço anterior, divulgado na segunda-feira, o órgão contabilizava 23 mortos.",
        "figures": [
            {"surface": "31", "source": "BNGRC"},
            {"surface": "23", "source": "BNGRC"},
        ],
    },
]
