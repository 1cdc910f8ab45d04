"""Spanish example corpus: what the Spanish pack (es.py) must give, example by example.

Duckling style: the rules (es.py) and this corpus sit side by side, and the corpus is the
test suite (tests/test_pack_corpus.py). Every example lists ALL the figures its text must
give, in order (title first); an empty list means the text holds only non-figures. Each
figure names its `surface` and only the other fields the example is about.

The expected values follow ../shared/spec/figures.md (the contract), never the
extractor's current output. The sentences are written for this corpus; none is taken
from the gold files.
"""

EXAMPLES = [
    # un cambio: "creció un 18,4 % hasta los 612 millones" son dos cifras, no un rango, y "hasta" es "a"
    {
        "text": "El beneficio neto creció un 18,4 % hasta los 612 millones de euros y la ratio de eficiencia mejoró 2,3 puntos hasta el 41,8 %.",
        "figures": [
            {"surface": "18,4", "unit": "percent", "bound": "exact"},
            {"surface": "612 millones", "value": 612e6, "unit": "EUR", "bound": "exact"},
            {"surface": "2,3", "bound": "exact"},
            {"surface": "41,8", "unit": "percent", "bound": "exact"},
        ],
    },
    # un índice bursátil lleva un número en su nombre; un importo nudo de dinero toma la moneda del artículo
    {
        "text": "El Ibex 35 subió un 1,2%. El banco repartirá 800 millones en dividendos y 1.000 millones de euros en total.",
        "figures": [
            {"surface": "1,2", "unit": "percent"},
            {"surface": "800 millones", "unit": "EUR"},
            {"surface": "1.000 millones", "unit": "EUR"},
        ],
    },
    # el futuro anuncia un plan
    {
        "text": "El Ejército anunció que enviará otros 500 soldados a la zona.",
        "figures": [{"surface": "500", "source": "Ejército", "modality": "planned"}],
    },
    {
        "text": "Según las estimaciones del Banco de España, la reforma beneficiará a unos 3 millones de hogares.",
        "figures": [{"surface": "3 millones", "value": 3e6, "bound": "approx", "source": "Banco de España", "modality": "estimated"}],
    },
    {
        "text": "Para el sindicato, más de 2.000 empleos están en riesgo.",
        "figures": [{"surface": "2.000", "value": 2000, "bound": "more_than", "source": "sindicato"}],
    },
    {
        "text": "Para 2027, el plan reserva 300 plazas.",
        "figures": [{"surface": "300", "source": None}],
    },
    {
        "text": "Sanidad recordó que los teléfonos de emergencias 112 y 061 atienden todo el día.",
        "figures": [],
    },
    # un nombre con "de la" dentro sigue siendo un nombre
    {
        "text": "La Confederación Nacional de la Construcción (CNC) rechazó el plan y aseguró que miles de obras se paralizarán.",
        "figures": [{"surface": "miles", "source": "CNC"}],
    },
    # lo que muestran los datos de un organismo: el organismo (no el nombre de su cartera)
    {
        "text": "Datos del Ministerio de Trabajo muestran que 12.400 personas perdieron su empleo.",
        "figures": [{"surface": "12.400", "value": 12400, "source": "Ministerio de Trabajo"}],
    },
    # --- un sujeto que abre la frase, retomado por un verbo posterior --------------------------
    {
        "text": "La Consejería de Educación rebaja el recorte y niega que vayan a cerrar 40 aulas.",
        "figures": [{"surface": "40", "source": "Consejería de Educación", "modality": "denied"}],
    },
    {
        "text": "El sindicato CCOO convocó paros en los puertos, diciendo que 2.000 estibadores perderán su empleo.",
        "figures": [{"surface": "2.000", "value": 2000, "source": "CCOO"}],
    },
    {
        "text": "El derrumbe mantiene cerrada la Carretera Federal 95 y dejó 40 casas dañadas.",
        "figures": [{"surface": "40", "value": 40}],
    },
    {
        "text": "La ola de calor causó 900 muertes, según las estimaciones del Instituto de Salud Carlos III.",
        "figures": [{"surface": "900", "source": "Instituto de Salud Carlos III", "modality": "estimated"}],
    },
    {
        "text": "El país produjo 98 toneladas de oro, según el Ministerio de Energía y Minas.",
        "figures": [{"surface": "98", "unit": "t", "source": "Ministerio de Energía y Minas"}],
    },
    {
        "text": "La alcaldesa, Ana Ruiz, dijo a la agencia EFE que hay un millar de casas sin techo.",
        "figures": [{"surface": "millar", "value": 1000, "bound": "approx", "source": "Ana Ruiz", "via": "EFE"}],
    },
    {
        "text": "La tasa llegó a 38 casos cada 100.000 habitantes, según el Ministerio de Salud.",
        "figures": [{"surface": "38", "value": 38, "source": "Ministerio de Salud"}],
    },
    {
        "text": "La Policía negó que hubiera 50 detenidos y aseguró que son 12.",
        "figures": [
            {"surface": "50", "source": "Policía", "modality": "denied"},
            {"surface": "12", "source": "Policía", "modality": "asserted"},
        ],
    },
    {
        "text": "BUENOS AIRES, 3 mar (EFE) - El Gobierno de Argentina dijo que destinará 500 millones de pesos a los damnificados.",
        "figures": [{"surface": "500 millones", "value": 5e8, "unit": "ARS", "source": "Gobierno de Argentina"}],
    },
    # --- unseen-article patterns: a second verb's subject, acronyms a few words on -------------
    {
        "text": "La alcaldesa, Marta Gil, afirmó que 300 familias siguen realojadas y calculó en 12 millones de euros los daños.",
        "figures": [
            {"surface": "300", "source": "Marta Gil"},
            {"surface": "12 millones", "unit": "EUR", "source": "Marta Gil", "modality": "estimated"},
        ],
    },
    {
        "text": "Según el Instituto de Salud Pública y Laboral de Navarra (ISPLN), 45 personas fueron atendidas.",
        "figures": [{"surface": "45", "source": "ISPLN"}],
    },
    {
        "text": "Poco más de 8.000 aficionados llenaron el estadio.",
        "figures": [{"surface": "8.000", "value": 8000, "low": 8000, "high": None, "bound": "more_than"}],
    },
    # --- digits of a machine translation: the article's other numbers say how it writes them -----
    {
        "text": "La empresa recortará 1,200 empleos tras perder 2.3 mil millones de dólares.",
        "figures": [
            {"surface": "1,200", "value": 1200, "what_head": "empleos"},
            {"surface": "2.3 mil millones", "value": 2.3e9, "unit": "USD"},
        ],
    },
    # --- digits: group separators (dot, space, NBSP), decimals ------------------------------
    {
        "text": "El convoy trasladaba 1.500 soldados hacia la frontera.",
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
        "text": "El terremoto dejó 2\u00a0300 heridos en la provincia.",
        "figures": [{"surface": "2\u00a0300", "value": 2300, "bound": "exact", "what_head": "heridos"}],
    },
    {
        "text": "La ciudad tiene 48 000 habitantes.",
        "figures": [{"surface": "48 000", "value": 48000, "bound": "exact", "what_head": "habitantes"}],
    },
    {
        "text": "La región perdió 1.250.000 habitantes en tres décadas.",
        "figures": [{"surface": "1.250.000", "value": 1250000, "bound": "exact", "what_head": "habitantes"}],
    },
    {
        "text": "El camión transportaba 11,5 toneladas de escombros.",
        "figures": [
            {"surface": "11,5", "value": 11.5, "bound": "exact", "unit": "t", "what_head": "escombros"}
        ],
    },
    {
        "text": "La patrullera rescató a 47 pasajeros de una lancha neumática.",
        "figures": [{"surface": "47", "value": 47, "bound": "exact", "unit": None, "what_head": "pasajeros"}],
    },
    {
        "text": "El hospital atendió a 230 heridos y 18 niños en estado de shock.",
        "figures": [
            {"surface": "230", "value": 230, "what_head": "heridos"},
            {"surface": "18", "value": 18, "what_head": "niños"},
        ],
    },
    {
        "text": "Se inscribieron 4500 voluntarios en una semana.",
        "figures": [{"surface": "4500", "value": 4500, "bound": "exact", "what_head": "voluntarios"}],
    },
    # --- scales: millones, mil millones, mil, M€, k -------------------------------------------
    {
        "text": "La huelga movilizó a 3 millones de trabajadores.",
        "figures": [
            {
                "surface": "3 millones",
                "value": 3e6,
                "bound": "exact",
                "unit": None,
                "what_head": "trabajadores",
            }
        ],
    },
    {
        "text": "Bruselas liberó 1,5 millones de euros para la reconstrucción.",
        "figures": [{"surface": "1,5 millones", "value": 1.5e6, "low": 1.5e6, "high": 1.5e6, "unit": "EUR"}],
    },
    {
        "text": "El plan costará 10.600 millones de euros.",
        "figures": [{"surface": "10.600 millones", "value": 1.06e10, "unit": "EUR"}],
    },
    {
        "text": "El fondo suma 2.000 millones de dólares.",
        "figures": [{"surface": "2.000 millones", "value": 2e9, "unit": "USD"}],
    },
    {
        "text": "La deuda alcanzó 1,6 billones de euros.",
        "figures": [{"surface": "1,6 billones", "value": 1.6e12, "unit": "EUR"}],
    },
    {
        "text": "En la zona trabajan 15 mil efectivos.",
        "figures": [{"surface": "15 mil", "value": 15000, "bound": "exact", "what_head": "efectivos"}],
    },
    {
        "text": "El club pagó 150 M€ por el delantero.",
        "figures": [{"surface": "150 M", "value": 1.5e8, "unit": "EUR"}],
    },
    {
        "text": "El vídeo superó los 10k visitas en una hora.",
        "figures": [{"surface": "10k", "value": 10000, "bound": "more_than", "what_head": "visitas"}],
    },
    # --- percent ----------------------------------------------------------------------------
    {
        "text": "El paro afecta al 40 % de los jóvenes del barrio.",
        "figures": [
            {"surface": "40", "value": 40, "low": 40, "high": 40, "bound": "exact", "unit": "percent"}
        ],
    },
    {
        "text": "Las ventas cayeron un 12 por ciento.",
        "figures": [{"surface": "12", "value": 12, "unit": "percent"}],
    },
    {
        "text": "La inflación llegó al 5,2\u00a0% en marzo.",
        "figures": [{"surface": "5,2", "value": 5.2, "bound": "exact", "unit": "percent"}],
    },
    {
        "text": "Más del 40 % de los votantes no acudió a las urnas.",
        "figures": [
            {"surface": "40", "value": 40, "low": 40, "high": None, "bound": "more_than", "unit": "percent"}
        ],
    },
    # --- number words -----------------------------------------------------------------------
    {
        "text": "Pyongyang envió doce mil soldados a Rusia.",
        "figures": [{"surface": "doce mil", "value": 12000, "bound": "exact", "what_head": "soldados"}],
    },
    {
        "text": "El ejército desplegó cuatro brigadas en la ofensiva.",
        "figures": [{"surface": "cuatro", "value": 4, "bound": "exact", "what_head": "brigadas"}],
    },
    {
        "text": "Los equipos de rescate hallaron veinticinco supervivientes entre los escombros.",
        "figures": [{"surface": "veinticinco", "value": 25, "what_head": "supervivientes"}],
    },
    {
        "text": "El incendio destruyó doscientas cincuenta viviendas.",
        "figures": [{"surface": "doscientas cincuenta", "value": 250, "what_head": "viviendas"}],
    },
    {
        "text": "El ataque mató a treinta y dos soldados.",
        "figures": [{"surface": "treinta y dos", "value": 32, "what_head": "soldados"}],
    },
    {
        "text": "Doce mineros siguen atrapados en el pozo.",
        "figures": [{"surface": "Doce", "value": 12, "what_head": "mineros"}],
    },
    {
        "text": "Unos doce mil manifestantes recorrieron el centro.",
        "figures": [
            {
                "surface": "doce mil",
                "value": 12000,
                "low": 12000,
                "high": 12000,
                "bound": "approx",
                "what_head": "manifestantes",
            }
        ],
    },
    {
        "text": "Más de medio millón de personas huyeron de la ciudad.",
        "figures": [
            {
                "surface": "medio millón",
                "value": 500000,
                "low": 500000,
                "high": None,
                "bound": "more_than",
                "what_head": "personas",
            }
        ],
    },
    {
        "text": "La campaña recaudó un millón y medio de euros.",
        "figures": [{"surface": "un millón y medio", "value": 1.5e6, "unit": "EUR"}],
    },
    # --- un / una / uno as articles: no figure ------------------------------------------------
    {"text": "Un alto cargo se reunió con una delegación ucraniana.", "figures": []},
    {"text": "Uno de los heridos fue trasladado a un hospital de la capital.", "figures": []},
    # --- vague magnitudes (spec intervals) -----------------------------------------------------
    {
        "text": "El ministro visitó el frente con decenas de oficiales.",
        "figures": [
            {
                "surface": "decenas",
                "value": None,
                "low": 20,
                "high": 99,
                "bound": "approx",
                "what_head": "oficiales",
            }
        ],
    },
    {
        "text": "Cientos de miles de refugiados cruzaron la frontera.",
        "figures": [
            {
                "surface": "Cientos de miles",
                "value": None,
                "low": 200000,
                "high": 999999,
                "bound": "approx",
                "what_head": "refugiados",
            }
        ],
    },
    {
        "text": "Miles de manifestantes se concentraron ante el Congreso.",
        "figures": [
            {
                "surface": "Miles",
                "value": None,
                "low": 2000,
                "high": 9999,
                "bound": "approx",
                "what_head": "manifestantes",
            }
        ],
    },
    {
        "text": "La explosión causó centenares de heridos.",
        "figures": [
            {
                "surface": "centenares",
                "value": None,
                "low": 200,
                "high": 999,
                "bound": "approx",
                "what_head": "heridos",
            }
        ],
    },
    {
        "text": "Decenas de miles de hogares siguen sin luz.",
        "figures": [
            {
                "surface": "Decenas de miles",
                "value": None,
                "low": 20000,
                "high": 99999,
                "bound": "approx",
                "what_head": "hogares",
            }
        ],
    },
    # --- approximate bases ---------------------------------------------------------------------
    {
        "text": "Una decena de tanques fueron destruidos.",
        "figures": [
            {
                "surface": "decena",
                "value": 10,
                "low": 10,
                "high": 10,
                "bound": "approx",
                "what_head": "tanques",
            }
        ],
    },
    {
        "text": "La policía detuvo a un centenar de personas.",
        "figures": [{"surface": "centenar", "value": 100, "bound": "approx", "what_head": "personas"}],
    },
    {
        "text": "Un millar de soldados se sumaron a la brigada.",
        "figures": [{"surface": "millar", "value": 1000, "bound": "approx", "what_head": "soldados"}],
    },
    {
        "text": "Una docena de periodistas resultaron heridos.",
        "figures": [{"surface": "docena", "value": 12, "bound": "approx", "what_head": "periodistas"}],
    },
    {
        "text": "Una decena de miles de soldados fueron movilizados.",
        "figures": [
            {"surface": "decena de miles", "value": 10000, "bound": "approx", "what_head": "soldados"}
        ],
    },
    # --- bound cues ---------------------------------------------------------------------------
    {
        "text": "Unas 1.500 personas fueron evacuadas.",
        "figures": [
            {
                "surface": "1.500",
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "bound": "approx",
                "what_head": "personas",
            }
        ],
    },
    {
        "text": "El conflicto causó cerca de 10.000 muertos.",
        "figures": [{"surface": "10.000", "value": 10000, "bound": "approx", "what_head": "muertos"}],
    },
    {
        "text": "Alrededor de 300 blindados cruzaron la frontera.",
        "figures": [{"surface": "300", "value": 300, "bound": "approx", "what_head": "blindados"}],
    },
    {
        "text": "El barril ronda los 80 dólares.",
        "figures": [{"surface": "80", "value": 80, "bound": "approx", "unit": "USD"}],
    },
    {
        "text": "Aproximadamente 2.000 agentes vigilan la cumbre.",
        "figures": [{"surface": "2.000", "value": 2000, "bound": "approx", "what_head": "agentes"}],
    },
    {
        "text": "Casi el 30 % de los hogares no tiene calefacción.",
        "figures": [{"surface": "30", "value": 30, "bound": "approx", "unit": "percent"}],
    },
    {
        "text": "El ataque dejó al menos 14 muertos.",
        "figures": [
            {
                "surface": "14",
                "value": 14,
                "low": 14,
                "high": None,
                "bound": "at_least",
                "what_head": "muertos",
            }
        ],
    },
    {
        "text": "Por lo menos 600 bomberos combaten las llamas.",
        "figures": [
            {
                "surface": "600",
                "value": 600,
                "low": 600,
                "high": None,
                "bound": "at_least",
                "what_head": "bomberos",
            }
        ],
    },
    {
        "text": "Más de 3.000 empresas quebraron el año pasado.",
        "figures": [
            {
                "surface": "3.000",
                "value": 3000,
                "low": 3000,
                "high": None,
                "bound": "more_than",
                "what_head": "empresas",
            }
        ],
    },
    {
        "text": "Más de un millón de visitantes vieron la exposición.",
        "figures": [
            {
                "surface": "un millón",
                "value": 1e6,
                "low": 1e6,
                "high": None,
                "bound": "more_than",
                "what_head": "visitantes",
            }
        ],
    },
    {
        "text": "La sala acogerá como máximo 50 personas.",
        "figures": [
            {
                "surface": "50",
                "value": 50,
                "low": None,
                "high": 50,
                "bound": "at_most",
                "what_head": "personas",
            }
        ],
    },
    {
        "text": "La fábrica podrá producir hasta 12.000 proyectiles al mes.",
        "figures": [
            {
                "surface": "12.000",
                "value": 12000,
                "low": None,
                "high": 12000,
                "bound": "up_to",
                "what_head": "proyectiles",
            }
        ],
    },
    {
        "text": "Menos de 300 vecinos permanecen en el pueblo.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "low": None,
                "high": 300,
                "bound": "less_than",
                "what_head": "vecinos",
            }
        ],
    },
    {
        "text": "El desempleo bajó por debajo del 7 %.",
        "figures": [
            {"surface": "7", "value": 7, "low": None, "high": 7, "bound": "less_than", "unit": "percent"}
        ],
    },
    # --- ranges ---------------------------------------------------------------------------------
    {
        "text": "Pyongyang envió entre 10.000 y 12.000 soldados a Rusia.",
        "figures": [
            {
                "surface": "10.000 y 12.000",
                "value": None,
                "low": 10000,
                "high": 12000,
                "bound": "range",
                "what_head": "soldados",
            }
        ],
    },
    {
        "text": "El descuento va de 10 a 12 %.",
        "figures": [
            {"surface": "10 a 12", "value": None, "low": 10, "high": 12, "bound": "range", "unit": "percent"}
        ],
    },
    {
        "text": "Los sindicatos contaron entre 1,1 y 1,4 millones de huelguistas.",
        "figures": [
            {
                "surface": "1,1 y 1,4 millones",
                "value": None,
                "low": 1.1e6,
                "high": 1.4e6,
                "bound": "range",
                "what_head": "huelguistas",
            }
        ],
    },
    {
        "text": "Las ayudas irán de 20.000 a 60.000 euros por vivienda.",
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
    {
        "text": "La subida debería situarse entre el 3 % y el 4 %.",
        "figures": [
            {"surface": "3 % y el 4", "value": None, "low": 3, "high": 4, "bound": "range", "unit": "percent"}
        ],
    },
    # --- a change is two exact figures; "hasta" after a verb of rising or a comma is exact ----
    {
        "text": "La tasa de pobreza pasó del 13,8 % al 15 % en cinco años.",
        "figures": [
            {"surface": "13,8", "value": 13.8, "bound": "exact", "unit": "percent"},
            {"surface": "15", "value": 15, "bound": "exact", "unit": "percent"},
        ],
    },
    {
        "text": "La cifra de fallecidos subió hasta 87.",
        "figures": [{"surface": "87", "value": 87, "low": 87, "high": 87, "bound": "exact"}],
    },
    {
        "text": "La pensión mínima sube un 6 %, hasta 900 euros.",
        "figures": [
            {"surface": "6", "value": 6, "bound": "exact", "unit": "percent"},
            {"surface": "900", "value": 900, "low": 900, "high": 900, "bound": "exact", "unit": "EUR"},
        ],
    },
    # --- units: money, measures ----------------------------------------------------------------
    {
        "text": "Cada familia recibirá un cheque de 150 €.",
        "figures": [{"surface": "150", "value": 150, "unit": "EUR"}],
    },
    {
        "text": "El billete de metro cuesta ahora 2,50 euros.",
        "figures": [{"surface": "2,50", "value": 2.5, "unit": "EUR"}],
    },
    {
        "text": "Washington prometió 500 millones de dólares en ayuda militar.",
        "figures": [{"surface": "500 millones", "value": 5e8, "unit": "USD"}],
    },
    {
        "text": "La empresa brasileña facturó R$ 3 millones.",
        "figures": [{"surface": "3 millones", "value": 3e6, "unit": "BRL"}],
    },
    {
        "text": "Las tropas avanzaron 15 km en una semana.",
        "figures": [{"surface": "15", "value": 15, "unit": "km"}],
    },
    {
        "text": "El buque llevaba 8 toneladas de munición.",
        "figures": [{"surface": "8", "value": 8, "unit": "t", "what_head": "munición"}],
    },
    {
        "text": "Las llamas arrasaron 4.500 hectáreas de bosque.",
        "figures": [{"surface": "4.500", "value": 4500, "unit": "ha", "what_head": "bosque"}],
    },
    {
        "text": "En Valencia cayeron 180 milímetros de lluvia en una noche.",
        "figures": [{"surface": "180", "value": 180, "unit": "mm", "what_head": "lluvia"}],
    },
    # --- what is counted ------------------------------------------------------------------------
    {
        "text": "Moscú integró 12.000 soldados de cuatro brigadas norcoreanas en sus unidades.",
        "figures": [
            {"surface": "12.000", "value": 12000, "what_head": "soldados"},
            {"surface": "cuatro", "value": 4, "what_head": "brigadas"},
        ],
    },
    {
        "text": "El Ayuntamiento construirá 1.200 nuevas viviendas sociales.",
        "figures": [{"surface": "1.200", "value": 1200, "what_head": "viviendas"}],
    },
    {
        "text": "El Gobierno cifró en 7.800 los militares desplegados en la zona.",
        "figures": [{"surface": "7.800", "value": 7800, "what_head": "militares", "source": "Gobierno"}],
    },
    {
        "text": "La moción de censura obtuvo 172 votos.",
        "figures": [{"surface": "172", "value": 172, "what_head": "votos"}],
    },
    # --- non-figures: years, dates, times -----------------------------------------------------
    {"text": "La guerra de Corea terminó en 1953 con un armisticio.", "figures": []},
    {"text": "En 2024, el país celebró elecciones anticipadas.", "figures": []},
    {"text": "La cumbre se celebrará el 1 de noviembre en Bruselas.", "figures": []},
    {"text": "Los militares fueron trasladados entre el 8 y el 13 de octubre.", "figures": []},
    {"text": "La sesión se reanudó a las 14 horas.", "figures": []},
    {"text": "Las protestas seguirán el sábado 11 en todo el país.", "figures": []},
    {
        "text": "Desde 2014, el conflicto ha causado 14.000 muertos.",
        "figures": [{"surface": "14.000", "value": 14000, "what_head": "muertos"}],
    },
    # --- non-figures: ordinals, ages, durations -------------------------------------------------
    {"text": "Es el primer envío de tropas fuera del territorio nacional.", "figures": []},
    {"text": "La 2.ª brigada fue enviada al frente.", "figures": []},
    {"text": "El sospechoso, de 45 años, fue detenido.", "figures": []},
    {"text": "Los combates duraron tres días.", "figures": []},
    {"text": "La reforma retrasa la edad de jubilación de 62 a 64 años.", "figures": []},
    # --- non-figures: names and identifiers -----------------------------------------------------
    {"text": "Los Países Bajos entregaron cazas F-16 a Ucrania.", "figures": []},
    {"text": "Los líderes del G7 se reunieron en Roma.", "figures": []},
    {"text": "El artículo 5 del tratado prevé la defensa colectiva.", "figures": []},
    {"text": "La pandemia de covid-19 golpeó la economía mundial.", "figures": []},
    {"text": "La medida figura en el real decreto-ley 6/2024.", "figures": []},
    {"text": "Las familias pueden avisar a través del 112.", "figures": []},
    # --- non-figures: anaphora, varios, algunos -------------------------------------------------
    {"text": "Los dos países firmaron un acuerdo de cooperación.", "figures": []},
    {"text": "Varios testigos describieron explosiones.", "figures": []},
    {"text": "Algunos vecinos se quedaron en sus casas.", "figures": []},
    # --- attribution: speaker before ----------------------------------------------------------
    {
        "text": "El Ministerio de Defensa ucraniano dijo que 300 drones fueron derribados.",
        "figures": [
            {
                "surface": "300",
                "value": 300,
                "what_head": "drones",
                "source": "Ministerio de Defensa ucraniano",
                "modality": "asserted",
            }
        ],
    },
    {
        "text": "Según la Delegación del Gobierno, 4.200 personas se manifestaron en Sevilla.",
        "figures": [
            {"surface": "4.200", "value": 4200, "what_head": "personas", "source": "Delegación del Gobierno"}
        ],
    },
    {
        "text": "De acuerdo con la ONU, 6 millones de personas huyeron del país.",
        "figures": [{"surface": "6 millones", "value": 6e6, "what_head": "personas", "source": "ONU"}],
    },
    {
        "text": "El INE estima que se crearán 300.000 empleos este año.",
        "figures": [
            {
                "surface": "300.000",
                "value": 300000,
                "what_head": "empleos",
                "source": "INE",
                "modality": "estimated",
            }
        ],
    },
    {
        "text": "Según los datos del Ministerio de Trabajo, 2,4 millones de trabajadores cobran el salario mínimo.",
        "figures": [
            {
                "surface": "2,4 millones",
                "value": 2.4e6,
                "what_head": "trabajadores",
                "source": "Ministerio de Trabajo",
            }
        ],
    },
    # --- attribution: speaker after -----------------------------------------------------------
    {
        "text": "Al menos 1.500 soldados fueron desplegados, informó el NIS.",
        "figures": [
            {"surface": "1.500", "value": 1500, "bound": "at_least", "what_head": "soldados", "source": "NIS"}
        ],
    },
    {
        "text": "Los ataques destruyeron 40 vehículos, afirmó el Ministerio de Defensa ruso.",
        "figures": [
            {"surface": "40", "value": 40, "what_head": "vehículos", "source": "Ministerio de Defensa ruso"}
        ],
    },
    # --- attribution: quotations -----------------------------------------------------------------
    {
        "text": "\u00abHemos perdido 120 tanques en una semana\u00bb, dijo Oleksandr Sirski.",
        "figures": [{"surface": "120", "value": 120, "what_head": "tanques", "source": "Oleksandr Sirski"}],
    },
    {
        "text": "El alcalde advirtió: \u00abMás de 500 viviendas están inundadas\u00bb.",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "bound": "more_than",
                "what_head": "viviendas",
                "source": "alcalde",
            }
        ],
    },
    # --- attribution: acronyms, descriptions, titles with names --------------------------------
    {
        "text": "El Servicio Nacional de Inteligencia (NIS) dijo el miércoles que 1.800 soldados habían salido de Pyongyang.",
        "figures": [{"surface": "1.800", "value": 1800, "what_head": "soldados", "source": "NIS"}],
    },
    {
        "text": "El jefe de la inteligencia militar ucraniana (GUR), Kirilo Budánov, aseguró que 8.000 soldados norcoreanos estaban cerca de Kursk.",
        "figures": [{"surface": "8.000", "value": 8000, "what_head": "soldados", "source": "Kirilo Budánov"}],
    },
    {
        "text": "El portavoz de la Policía, Marcos Díaz, dijo que 45 personas fueron detenidas.",
        "figures": [{"surface": "45", "value": 45, "what_head": "personas", "source": "Marcos Díaz"}],
    },
    # --- attribution: relayed claims (via) -------------------------------------------------------
    {
        "text": "El portavoz del Pentágono, Pat Ryder, citado por la agencia Reuters, afirmó que 10.000 soldados norcoreanos estaban en Rusia.",
        "figures": [{"surface": "10.000", "value": 10000, "source": "Pat Ryder", "via": "Reuters"}],
    },
    {
        "text": "El ministro lituano de Exteriores, Gabrielius Landsbergis, dijo a Reuters que 500 instructores ya habían llegado.",
        "figures": [
            {
                "surface": "500",
                "value": 500,
                "what_head": "instructores",
                "source": "Gabrielius Landsbergis",
                "via": "Reuters",
            }
        ],
    },
    # --- attribution: inheritance, actors, demands ----------------------------------------------
    {
        "text": "Según la Guardia Civil, 40 personas fueron evacuadas. El municipio tiene 3.200 habitantes.",
        "figures": [
            {"surface": "40", "value": 40, "source": "Guardia Civil"},
            {"surface": "3.200", "value": 3200, "what_head": "habitantes", "source": None},
        ],
    },
    {
        "text": "La Comisión Europea aprobó 5.000 millones de euros en ayudas públicas.",
        "figures": [
            {
                "surface": "5.000 millones",
                "value": 5e9,
                "unit": "EUR",
                "what_head": "ayudas",
                "source": None,
                "modality": "asserted",
            }
        ],
    },
    {
        "text": "La policía detuvo a 45 manifestantes el sábado por la noche.",
        "figures": [
            {
                "surface": "45",
                "value": 45,
                "what_head": "manifestantes",
                "source": None,
                "modality": "asserted",
            }
        ],
    },
    # --- modality -------------------------------------------------------------------------------
    {
        "text": "El FMI estima que la deuda pública alcanzará el 115 % del PIB.",
        "figures": [
            {"surface": "115", "value": 115, "unit": "percent", "source": "FMI", "modality": "estimated"}
        ],
    },
    {
        "text": "El Gobierno prevé suprimir 4.000 puestos de funcionarios.",
        "figures": [{"surface": "4.000", "value": 4000, "what_head": "puestos", "modality": "planned"}],
    },
    {
        "text": "Corea del Norte va a enviar 6.000 ingenieros militares a la región de Kursk.",
        "figures": [
            {
                "surface": "6.000",
                "value": 6000,
                "what_head": "ingenieros",
                "source": None,
                "modality": "planned",
            }
        ],
    },
    {
        "text": "La factura podría ascender a 3.000 millones de euros.",
        "figures": [
            {
                "surface": "3.000 millones",
                "value": 3e9,
                "bound": "exact",
                "unit": "EUR",
                "modality": "possible",
            }
        ],
    },
    {
        "text": "El Ministerio del Interior negó que se hubieran hallado 2.000 cadáveres.",
        "figures": [
            {
                "surface": "2.000",
                "value": 2000,
                "what_head": "cadáveres",
                "source": "Ministerio del Interior",
                "modality": "denied",
            }
        ],
    },
    {
        "text": "La Delegación del Gobierno desmintió que hubiera cientos de cuerpos en el aparcamiento.",
        "figures": [
            {
                "surface": "cientos",
                "value": None,
                "low": 200,
                "high": 999,
                "bound": "approx",
                "source": "Delegación del Gobierno",
                "modality": "denied",
            }
        ],
    },
    # --- titles ---------------------------------------------------------------------------------
    {
        "title": "Seúl dice que 3.000 soldados norcoreanos están en Rusia",
        "text": "Los servicios de inteligencia surcoreanos publicaron nuevas imágenes.",
        "figures": [
            {"field": "title", "surface": "3.000", "value": 3000, "what_head": "soldados", "source": "Seúl"}
        ],
    },
    {
        "title": "Alemania envía 40 tanques a Kiev",
        "text": "Berlín confirmó la entrega el lunes.",
        "figures": [{"field": "title", "surface": "40", "value": 40, "what_head": "tanques", "source": None}],
    },
    # --- machine-translation damage -------------------------------------------------------------
    {
        "text": "El NIS dijo que Kim Jong-unreacio hasta ahora había enviado 3.000 hombres.",
        "figures": [{"surface": "3.000", "value": 3000, "what_head": "hombres", "source": "NIS"}],
    },
    {
        "text": "El NIS dijo » que 1.500 soldados habían llegado a Vladivostok.",
        "figures": [{"surface": "1.500", "value": 1500, "what_head": "soldados", "source": "NIS"}],
    },
    # --- fractions, multiples and decimals in words (peer-suite classes) --------------------------
    {
        "text": "Dos tercios de los encuestados apoyan la reforma.",
        "figures": [{"surface": "Dos tercios", "value": 200 / 3, "bound": "exact", "unit": "percent"}],
    },
    {
        "text": "Un quinto de los votos fue nulo.",
        "figures": [{"surface": "Un quinto", "value": 20, "unit": "percent"}],
    },
    {
        "text": "El municipio recibirá un doceavo del presupuesto.",
        "figures": [{"surface": "un doceavo", "value": 1 / 12}],
    },
    {
        "text": "El índice subió un veinticincoavo.",
        "figures": [{"surface": "un veinticincoavo", "value": 0.04}],
    },
    {
        "text": "La deuda equivale a tres milésimos del total.",
        "figures": [{"surface": "tres milésimos", "value": 0.003}],
    },
    {
        "text": "La inflación anual fue del siete con cincuenta por ciento.",
        "figures": [{"surface": "siete con cincuenta", "value": 7.5, "unit": "percent"}],
    },
    {
        "text": "La obra costó ciento tres con dos tercios millones.",
        "figures": [{"surface": "ciento tres con dos tercios millones", "value": 103666666.66666667}],
    },
    {
        "text": "El accidente dejó veintitres heridos.",
        "figures": [{"surface": "veintitres", "value": 23, "what_head": "heridos"}],
    },
    {
        "text": "La policía requisó tres docenas de bengalas.",
        "figures": [{"surface": "tres docenas", "value": 36, "bound": "exact", "what_head": "bengalas"}],
    },
    {
        "text": "Fueron detenidos media docena de ultras.",
        "figures": [{"surface": "media docena", "value": 6, "bound": "approx"}],
    },
    {
        "text": "La ciudad tiene 2 millones y medio de habitantes.",
        "figures": [{"surface": "2 millones y medio", "value": 2500000, "what_head": "habitantes"}],
    },
    {
        "text": "El Estado debe tres billones doscientos mil millones de euros.",
        "figures": [{"surface": "tres billones doscientos mil millones", "value": 3.2e12, "unit": "EUR"}],
    },
    {
        "text": "La probabilidad de contagio es de uno sobre tres.",
        "figures": [{"surface": "uno sobre tres", "value": 1 / 3}],
    },
    # --- comparisons and bounds after the number -------------------------------------------------
    {
        "text": "La cifra es mayor que 100 y menor que 300.",
        "figures": [{"surface": "100 y menor que 300", "value": None, "low": 100, "high": 300, "bound": "range"}],
    },
    {
        "text": "Acudieron 200 o más manifestantes.",
        "figures": [{"surface": "200", "low": 200, "high": None, "bound": "at_least", "what_head": "manifestantes"}],
    },
    {
        "text": "Habrá aproximadamente quinientos o menos puestos.",
        "figures": [{"surface": "quinientos", "low": None, "high": 500, "bound": "at_most"}],
    },
    {
        "text": "El umbral es mayor o igual a cien, menor o igual a trescientos.",
        "figures": [{"surface": "cien, menor o igual a trescientos", "low": 100, "high": 300, "bound": "range"}],
    },
    {
        "text": "Solo cuentan las ventas >30.",
        "figures": [{"surface": "30", "low": 30, "high": None, "bound": "more_than"}],
    },
    # --- money subunits and measures -------------------------------------------------------------
    {
        "text": "El billete cuesta 15 dólares con 50 centavos.",
        "figures": [{"surface": "15 dólares con 50 centavos", "value": 15.5, "unit": "USD"}],
    },
    {
        "text": "Cada frasco contiene 75 ml de jarabe.",
        "figures": [{"surface": "75", "value": 75, "unit": "ml", "what_head": "jarabe"}],
    },
    {
        "text": "El huracán avanzó 200 millas hacia el norte.",
        "figures": [{"surface": "200", "value": 200, "unit": "mi"}],
    },
    {
        "text": "Los termómetros marcaron 40 grados.",
        "figures": [{"surface": "40", "value": 40, "unit": None}],
    },
    {
        "text": "La marcha reunió a un cuarto de millón de personas.",
        "figures": [{"surface": "un cuarto de millón", "value": 250000, "what_head": "personas"}],
    },
    {
        "text": "La empresa emitió bonos por C$ 300 millones y 250 millones de florines neerlandeses.",
        "figures": [
            {"surface": "300 millones", "value": 300000000, "unit": "CAD"},
            {"surface": "250 millones", "value": 250000000, "unit": "NLG"},
        ],
    },
    # --- attribution: a relative after the speaker, places after a name ------------------------
    {
        "text": "Los agricultores cobrarán un mínimo de 3.000 euros por hectárea, detalló Planas, que precisó además ayudas de hasta 500 euros por cabeza de ganado.",
        "figures": [
            {"surface": "3.000", "value": 3000, "bound": "at_least", "unit": "EUR", "source": "Planas"},
            {"surface": "500", "value": 500, "bound": "up_to", "unit": "EUR", "source": "Planas"},
        ],
    },
    {
        "text": "Las navieras Maersk y Hapag, que ofrecían un aumento del 2 %, abandonaron la mesa.",
        "figures": [{"surface": "2", "value": 2, "unit": "percent", "source": "Maersk y Hapag", "modality": "planned"}],
    },
    {
        "text": "La Delegación del Gobierno en Andalucía negó que hubiera 200 desaparecidos.",
        "figures": [{"surface": "200", "value": 200, "source": "Delegación del Gobierno en Andalucía", "modality": "denied"}],
    },
    # a clause joined after an inverted speaker is the speaker's too (CLAUSE_COORDINATORS)
    {
        "text": 'La tormenta destruyó 420 viviendas, informó el ayuntamiento, y dejó sin luz a 3.000 hogares.',
        "figures": [
            {"surface": '420', "value": 420, "source": 'ayuntamiento'},
            {"surface": '3.000', "value": 3000, "source": 'ayuntamiento'},
        ],
    },
    # a name already built of links runs across its "y"
    {
        "text": "Según el Ministerio de Agricultura y Pesca, se perdieron 3.000 hectáreas.",
        "figures": [{"surface": "3.000", "value": 3000, "unit": "ha", "source": "Ministerio de Agricultura y Pesca"}],
    },
    {
        "text": "Un portavoz del Ministerio de Energía y Minas dijo que la producción cayó un 12 %.",
        "figures": [{"surface": "12", "value": 12, "unit": "percent", "source": "portavoz del Ministerio de Energía y Minas"}],
    },
    # no subject: the speaker named last (PRO_DROP)
    {
        "text": "Se vacunaron 10.000 personas, detalló la consejera Ana Ruiz. La cobertura llegó al 64 %, añadió.",
        "figures": [
            {"surface": "10.000", "value": 10000, "source": "Ana Ruiz"},
            {"surface": "64", "value": 64, "unit": "percent", "source": "Ana Ruiz"},
        ],
    },
    # advice speaks too
    {
        "text": "La Agencia Europea de Seguridad Alimentaria (EFSA) aconsejó no superar los 4 gramos diarios.",
        "figures": [{"surface": "4", "value": 4, "source": "EFSA"}],
    },
    # a passive agent names who put the number
    {
        "text": "Las pérdidas, estimadas por Asaja en 300 millones de euros, afectan a 12.000 explotaciones.",
        "figures": [
            {"surface": "300 millones", "value": 3e8, "unit": "EUR", "source": "Asaja", "modality": "estimated"},
            {"surface": "12.000", "value": 12000},
        ],
    },
    # a comma inside brackets splits no clause; the acronym is the bracket's first word
    {
        "text": "La Organización Marítima Internacional (OMI, por sus siglas en inglés) estimó en 1.200 los buques afectados.",
        "figures": [{"surface": "1.200", "value": 1200, "source": "OMI"}],
    },
    # not a figure: a capitalised number word after a determiner is a name ("los Veintisiete")
    {
        "text": "Los ministros de los Veintisiete aprobaron 300 millones de euros.",
        "figures": [{"surface": "300 millones", "value": 3e8, "unit": "EUR"}],
    },
    # a negation before a "more than" cue makes it at most (NEGATIONS)
    {
        "text": 'Los científicos aconsejan no superar las 298.000 toneladas.',
        "figures": [{"surface": '298.000', "value": 298000, "bound": "at_most", "high": 298000, "unit": 't'}],
    },
    # a unit said once for two numbers set side by side (COMPARE_LINKS; "X and Y tonnes")
    {
        "text": 'Ambos países se asignaron 93.000 y 61.000 toneladas de caballa.',
        "figures": [
            {"surface": '93.000', "value": 93000, "unit": 't'},
            {"surface": '61.000', "value": 61000, "unit": 't'},
        ],
    },
    # a name that lists across a comma keeps it whole
    {
        "text": "El Ministerio de Agricultura, Pesca y Alimentación recordó que se importan 150.000 toneladas.",
        "figures": [{"surface": "150.000", "value": 150000, "unit": "t", "source": "Ministerio de Agricultura, Pesca y Alimentación"}],
    },
    # a machine translation that keeps English digits: two round thousands ("11,000", "1,500")
    # show the commas group, so "9,874" is nine thousand too
    {
        "text": "Unas 11,000 personas llegaron por mar, más de 1,500 en marzo, y el ministerio contó 9,874 solicitudes.",
        "figures": [
            {"surface": "11,000", "value": 11000},
            {"surface": "1,500", "value": 1500},
            {"surface": "9,874", "value": 9874},
        ],
    },
    # a machine translation's word order: ", la guardia costera dijo el domingo, mientras ...": the
    # speaker after a comma speaks for what came before
    {
        "text": "Los barcos rescataron 612 personas durante la noche, la guardia costera dijo el domingo, mientras las llegadas suben.",
        "figures": [{"surface": "612", "value": 612, "source": "guardia costera"}],
    },
    # a speaker after a comma, then a short phrase without a number: the speaker of what came before
    {
        "text": "\"Cada viaje nos cuesta más de 20.000 euros\", la portavoz Giulia Ferrante dijo a la agencia italiana ANSA.",
        "figures": [{"surface": "20.000", "value": 20000, "unit": "EUR", "source": "Giulia Ferrante"}],
    },
    # reservoirs in cubic hectometres
    {
        "text": "Los embalses de la cuenca guardan 1.465 hectómetros cúbicos.",
        "figures": [{"surface": "1.465", "value": 1465, "unit": "hm3"}],
    },
    # not figures: winters as time, a statistics table's number
    {
        "text": "«Llevamos diez inviernos con el mismo problema», dijo; faltan 2.000 camas, según la tabla 28171 del INE.",
        "figures": [{"surface": "2.000", "value": 2000}],
    },
    # a subject that holds a number is what is counted, not who expects it
    {
        "text": "Más de 300 pacientes esperaban una cama y la ocupación rozaba el 98 %, según el sindicato médico Amyts.",
        "figures": [
            {"surface": "300", "value": 300, "source": "Amyts"},
            {"surface": "98", "value": 98, "source": "Amyts"},
        ],
    },
    # what a body raises a toll to or puts down to a cause is its claim; a reflexive verb is no speech
    {
        "text": "La Consejería de Salud elevó este viernes a 63 los casos confirmados. La lista de espera se situó en 12.000 pacientes.",
        "figures": [{"surface": "63", "value": 63, "source": "Consejería de Salud"}, {"surface": "12.000", "value": 12000, "source": None}],
    },
    # how often after the name is not part of it (EVERY)
    {
        "text": "Según Renfe cada día circulan 300 trenes menos.",
        "figures": [{"surface": "300", "value": 300, "source": "Renfe"}],
    },
    # a participle set off by commas describes the subject (APPOSED_PARTICIPLE)
    {
        "text": "La AIReF, adscrita al Ministerio de Hacienda, calcula que el déficit llegará al 3,2 %.",
        "figures": [{"surface": "3,2", "source": "AIReF", "unit": "percent"}],
    },
    # a verb of recording names where it was counted; "according to" names who speaks (RECORD_VERBS)
    {
        "text": "Los hospitales han registrado más de 3.200 ingresos, según el balance del Ministerio de Sanidad.",
        "figures": [{"surface": "3.200", "source": "Ministerio de Sanidad", "via": None}],
    },
    # "según él la carga": the pronoun is the source, what follows is the claim
    {
        "text": "El abogado, Paolo Ricci, ha rechazado esas cifras: según él la carga había sido declarada por menos de 900.000 euros.",
        "figures": [{"surface": "900.000", "unit": "EUR", "bound": "less_than", "source": "Paolo Ricci"}],
    },
    # not ruling out: a speaker, a possible figure
    {
        "text": "Los investigadores no descartan que la investigación se extienda a decenas de otros envíos.",
        "figures": [{"surface": "decenas", "bound": "approx", "source": "investigadores", "modality": "possible"}],
    },
    # a pronoun after "según" can be the speaker named earlier in the same sentence
    {
        "text": "El abogado, Paolo Ricci, ha desmentido que la mercancía valga 6,8 millones de euros: según él la carga había sido declarada por menos de 900.000 euros.",
        "figures": [{"surface": "6,8 millones", "unit": "EUR", "source": "Paolo Ricci"}, {"surface": "900.000", "unit": "EUR", "bound": "less_than", "source": "Paolo Ricci"}],
    },
    # not figures: a phone number after its cue
    {"text": "Los ciudadanos pueden señalar productos sospechosos al número verde 800 123 456.", "figures": []},
    # a machine translation drops the "de" of "cerca de"
    {
        "text": "La mercancía tiene un valor de cerca 6,8 millones de euros.",
        "figures": [{"surface": "6,8 millones", "unit": "EUR", "bound": "approx"}],
    },
    # energy units
    {
        "text": "Los centros de datos consumieron 5.200 gigavatios hora en 2024.",
        "figures": [{"surface": "5.200", "value": 5200, "unit": "GWh"}],
    },
    # a forecast rules the future it introduces (FORECAST_CUES)
    {
        "text": "Red Eléctrica prevé que la demanda crecerá un 4 % en 2026.",
        "figures": [{"surface": "4", "unit": "percent", "source": "Red Eléctrica", "modality": "estimated"}],
    },
    # a share of a whole in words is a percentage (SHARE_WORDS, fractions before a link); a half-year is not
    {
        "text": "La mitad de los envíos llegó tarde.",
        "figures": [{"surface": "mitad", "value": 50, "unit": "percent"}],
    },
    {
        "text": "Las ventas crecieron en la primera mitad del año.",
        "figures": [],
    },
    # a bare amount in millions that the article gives elsewhere in a currency is that money
    {
        "text": "La asociación estima en unos 2,9 millones de euros el importe. Fuentes municipales niegan que la ciudad vaya a devolver 2,9 millones.",
        "figures": [{"surface": "2,9 millones", "value": 2900000.0, "bound": "approx", "unit": "EUR"}, {"surface": "2,9 millones", "value": 2900000.0, "unit": "EUR", "modality": "denied"}],
    },
    # money verbs: ingresó, recaudó
    {
        "text": "Hacienda ingresó 9.240 millones por el impuesto del tabaco, 40 millones de euros más.",
        "figures": [{"surface": "9.240 millones", "value": 9240000000.0, "unit": "EUR"}, {"surface": "40 millones", "value": 40000000.0, "unit": "EUR"}],
    },
    # a possessive after 'según' is resolved after the sentence's own speaker
    {
        "text": "Fuentes municipales niegan esa cifra: según sus cifras, solo se anularon 3.412 multas el año pasado.",
        "figures": [{"surface": "3.412", "source": "Fuentes municipales"}],
    },
    # 'dijo en una rueda de prensa': a place after the verb, no subject; the speaker named last
    {
        "text": "El portavoz Jorge Sáinz habló de fraude: \"hay un 10 % de contrabando\". \"Eso supone una pérdida de 900 millones de euros al año\", dijo en una rueda de prensa en Madrid.",
        "figures": [{"surface": "10", "unit": "percent", "source": "Jorge Sáinz"}, {"surface": "900 millones", "unit": "EUR", "source": "Jorge Sáinz"}],
    },
    # 'una media de': an average, not a half
    {
        "text": "Se tramitaron 241.530 denuncias, una media de unas 660 al día.",
        "figures": [{"surface": "241.530", "value": 241530}, {"surface": "660", "bound": "approx"}],
    },
    # a statement names its owner
    {
        "text": "Según un comunicado del Ministerio del Interior, 40 migrantes llegaron a Lampedusa.",
        "figures": [{"surface": "40", "source": "Ministerio del Interior"}],
    },
    # two counts of one crowd: the organisers', then after "while" the police's
    {
        "text": "Unas 5.000 personas se manifestaron, según los organizadores, mientras que la policía las cifró en 2.000.",
        "figures": [{"surface": "5.000", "bound": "approx", "source": "organizadores"}, {"surface": "2.000", "source": "policía"}],
    },
    # an emergency service by its number after an article is a name, not a figure (SERVICE_NUMBERS),
    # and speaks; "según informó X": the speaker after the verb
    {
        "text": "Más de 300 personas han sido evacuadas, según ha informado el 112. Unos 40 vecinos fueron realojados, según informó el Ayuntamiento.",
        "figures": [
            {"surface": "300", "bound": "more_than", "source": "112"},
            {"surface": "40", "bound": "approx", "source": "Ayuntamiento"},
        ],
    },
    # a machine translation's "según de su informe": the report of the body named last
    {
        "text": "La Agencia de Aduanas (ADM) informó que se incautaron 420.000 juguetes. En 2023 la agencia había incautado 1,9 millones de artículos, según de su informe anual.",
        "figures": [{"surface": "420.000", "source": "ADM"}, {"surface": "1,9 millones", "source": "ADM"}],
    },
    # "avanzó que": told in advance (the army that "avanzó 10 kilómetros" said nothing)
    {
        "text": "La consejera avanzó que la ayuda llegará a 3.000 familias. El ejército avanzó 10 kilómetros.",
        "figures": [
            {"surface": "3.000", "source": "consejera", "modality": "planned"},
            {"surface": "10", "unit": "km", "source": None},
        ],
    },
    # decibels; a negated "pasar de" is at most
    {
        "text": "Los vecinos midieron más de 100 decibelios, pero la promotora asegura que nunca pasó de 95 decibelios.",
        "figures": [
            {"surface": "100", "bound": "more_than", "unit": "dB"},
            {"surface": "95", "bound": "at_most", "unit": "dB", "source": "promotora"},
        ],
    },
    # complaints (a noun) plan nothing; a subjunctive "superara" is "more than"
    {
        "text": "Decenas de vecinos han presentado reclamaciones. La promotora negó que el ruido superara los 100 decibelios.",
        "figures": [
            {"surface": "Decenas", "bound": "approx", "modality": "asserted"},
            {"surface": "100", "bound": "more_than", "unit": "dB", "modality": "denied", "source": "promotora"},
        ],
    },
    # opening hours are no figures
    {"text": "La oficina abre de las 9 a las 14 de lunes a viernes.", "figures": []},
    # "advirtió de que": what was said follows, the speaker is before; counting speaks
    {
        "text": "Su responsable, Ramón Pizarro, advirtió de que un centenar de linces podría quedarse sin territorio. El ministerio identificó 468 hembras.",
        "figures": [
            {"surface": "centenar", "bound": "approx", "source": "Ramón Pizarro", "modality": "possible"},
            {"surface": "468", "source": "ministerio"},
        ],
    },
    # a quotation's first word is no name ("Esperamos" estimates); "pronostica" forecasts
    {
        "text": "\"Esperamos unos ingresos de 4.500 millones\", aseguró el consejero delegado, Marcos Elías. La producción caerá un 15 %, pronostica la compañía.",
        "figures": [
            {"surface": "4.500 millones", "source": "Marcos Elías", "modality": "estimated"},
            {"surface": "15", "unit": "percent", "source": "compañía", "modality": "estimated"},
        ],
    },
    # "elevaron la cifra a"; a clitic, the verb, its amount ("las cifra en 120")
    {
        "text": "Unas 3.000 personas participaron, mientras que los organizadores elevaron la cifra a 10.000. Los vecinos hablan de 200 casas, aunque la Confederación las cifra en 120.",
        "figures": [
            {"surface": "3.000", "bound": "approx"},
            {"surface": "10.000", "source": "organizadores"},
            {"surface": "200", "source": "vecinos"},
            {"surface": "120", "source": "Confederación"},
        ],
    },
    # a relative after an according cue: the cue is no part of the name; "según sus datos" with no one before
    {
        "text": "Unas 600 personas fueron evacuadas, según el servicio de bomberos, que añadió que 30 viviendas quedaron destruidas. La aerolínea transportó 4,2 millones de pasajeros, según sus datos.",
        "figures": [
            {"surface": "600", "bound": "approx", "source": "servicio de bomberos"},
            {"surface": "30", "source": "servicio de bomberos"},
            {"surface": "4,2 millones", "source": "aerolínea"},
        ],
    },
    # a clitic, a verb that lowers or sets a figure, its amount: the second claim is the company's
    {
        "text": "Los sindicatos calculan un seguimiento del 80 %, mientras que la empresa lo rebaja al 30 %.",
        "figures": [
            {"surface": "80", "unit": "percent", "source": "sindicatos"},
            {"surface": "30", "unit": "percent", "source": "empresa"},
        ],
    },
    # "Desde X señalan", "Apuntan desde X": the body the words come from ("Desde 2015" is a date)
    {
        "text": "Desde la Consejería de Sanidad señalan que 45 pacientes siguen ingresados. Apuntan desde la patronal que el sector ha perdido 4.000 empleos.",
        "figures": [{"surface": "45", "source": "Consejería de Sanidad"}, {"surface": "4.000", "source": "patronal"}],
    },
    # "rebaja a", "elevan a" give a count; the newspaper itself is no speaker; applications plan nothing
    {
        "text": "Más de 500 familias están afectadas, una cifra que el Ayuntamiento rebaja a 200. Fuentes de la investigación elevan a 12 los detenidos. \"Hemos recibido más de 2.000 solicitudes\", explica a este periódico el concejal, Pedro Ruiz.",
        "figures": [
            {"surface": "500", "bound": "more_than"},
            {"surface": "200", "source": "Ayuntamiento"},
            {"surface": "12", "source": "Fuentes de la investigación"},
            {"surface": "2.000", "bound": "more_than", "source": "Pedro Ruiz", "modality": "asserted"},
        ],
    },
    # un portavoz sin nombre habla por la entidad que abre la frase; "como informó X": X sigue al verbo
    {
        "text": "La empresa Emaya rechazó esa cifra: \"No hay ningún plan para subir la tarifa un 12 %\", replicó un portavoz.",
        "figures": [{"surface": "12", "unit": "percent", "source": "Emaya"}],
    },
    {
        "text": "Como informó el Ministerio de Sanidad, 312 personas fueron atendidas. Otras 40 siguen ingresadas, tal y como precisó la consejería.",
        "figures": [{"surface": "312", "source": "Ministerio de Sanidad"}, {"surface": "40", "source": "consejería"}],
    },
    # "Según X el ..." sin coma: el nombre termina en el artículo; no dentro de un nombre tras su "de"
    {
        "text": "Según Sanidad el número de ingresos subió un 12 %. Según el Banco de la República la inflación fue del 4 %.",
        "figures": [
            {"surface": "12", "unit": "percent", "source": "Sanidad"},
            {"surface": "4", "unit": "percent", "source": "Banco de la República"},
        ],
    },
    # "la cartera" es el ministerio nombrado antes, no el último organismo
    {
        "text": "El Ministerio de Sanidad informó de 312 casos. En Europa se registraron 40 muertes, según la OMS. Otras 25 personas siguen ingresadas en España, según la cartera.",
        "figures": [
            {"surface": "312", "source": "Ministerio de Sanidad"},
            {"surface": "40", "source": "OMS"},
            {"surface": "25", "source": "Ministerio de Sanidad"},
        ],
    },
    # una estimación en pasiva, luego quién la hizo
    {
        "text": "Los daños fueron estimados en 85 millones de euros por el Ayuntamiento.",
        "figures": [{"surface": "85 millones", "unit": "EUR", "source": "Ayuntamiento", "modality": "estimated"}],
    },
    # la otra parte del recuento, su verbo omitido: "y los organizadores, en 6.000"
    {
        "text": "La Delegación del Gobierno cifró en 2.500 los asistentes, y los organizadores, en 6.000.",
        "figures": [
            {"surface": "2.500", "source": "Delegación del Gobierno"},
            {"surface": "6.000", "source": "organizadores"},
        ],
    },
    # a quién se lo comunicó no es quién lo dice ("según ha comunicado la compañía a la CNMV"); una profesión y su nombre
    {
        "text": "Iberdrola ganó 5.612 millones de euros, según ha comunicado la compañía a la CNMV. \"Hemos contado más de 500 colonias\", ha asegurado el biólogo de la Universitat de València Jorge Pérez.",
        "figures": [
            {"surface": "5.612 millones", "unit": "EUR", "source": "compañía"},
            {"surface": "500", "bound": "more_than", "source": "Jorge Pérez"},
        ],
    },
    # una relativa justo tras el número, su verbo y luego su sujeto: "el 5 % que reclaman los sindicatos"
    {
        "text": "La patronal ofreció una subida del 3 %, frente al 5 % que reclaman los sindicatos.",
        "figures": [
            {"surface": "3", "unit": "percent", "source": "patronal"},
            {"surface": "5", "unit": "percent", "source": "sindicatos"},
        ],
    },
    # el verbo abre la frase, su sujeto antes del "que": "Aseguran los sindicatos que"
    {
        "text": "Aseguran los sindicatos que la huelga tuvo un seguimiento del 80 %.",
        "figures": [{"surface": "80", "unit": "percent", "source": "sindicatos"}],
    },
    # una previsión seguida de "según las estimaciones de X": estimada, no planeada
    {
        "text": "El sector prevé cerrar la campaña con un aumento de ventas del 6 %, según las estimaciones de la Asociación Española de Fabricantes de Juguetes (AEFJ).",
        "figures": [{"surface": "6", "unit": "percent", "modality": "estimated"}],
    },
    # un portavoz sin nombre habla por la empresa que abre la frase anterior, no por un adverbio que abre la suya
    # ("Para ello ha alquilado ...")
    {
        "text": "Rutalia contratará a 5.000 personas. Para ello ha alquilado cientos de furgonetas, según explicó un portavoz de la compañía.",
        "figures": [
            {"surface": "5.000", "source": None},
            {"surface": "cientos", "source": "Rutalia"},
        ],
    },
    # "planta", "plantilla", "proyecto" (el sustantivo) no anuncian un plan: "plan", "planea", "proyecta" sí
    {
        "text": "La planta ocupa 1.200 hectáreas y su plantilla suma 45 empleados. El proyecto costó 480 millones de euros.",
        "figures": [{"surface": "1.200", "unit": "ha", "modality": "asserted"}, {"surface": "45", "modality": "asserted"}, {"surface": "480 millones", "unit": "EUR", "modality": "asserted"}],
    },
    # "dicho cuerpo" apunta atrás, también al nombre que abre su propia frase
    {
        "text": "La Guardia Civil detuvo a 14 personas, según informó dicho cuerpo en un comunicado.",
        "figures": [{"surface": "14", "source": "Guardia Civil"}],
    },
    # la relativa tras un organismo que habla dice más de él, con sus palabras ("informó la cooperativa, que agrupa a 1.800 socios")
    {
        "text": "La leche pagada a los ganaderos subió hasta 0,52 euros por litro, informó la cooperativa, que agrupa a 1.800 socios.",
        "figures": [{"surface": "0,52", "unit": "EUR", "source": "cooperativa"}, {"surface": "1.800", "source": "cooperativa"}],
    },
    # quien planea es el sujeto; quien lo dice, una persona con nombre, es la fuente ("ha indicado a la AFP su director")
    {
        "text": "El grupo prevé abrir 40 clínicas veterinarias en España de aquí a 2027, ha indicado a la AFP su director general, Jean-Marc Dubois.",
        "figures": [{"surface": "40", "source": "Jean-Marc Dubois", "via": "AFP", "modality": "planned"}],
    },
    # las otras personas y tiempos de los verbos de habla, y los de concluir, revelar, descartar
    {
        "text": "La patronal destaca que las ventas subieron un 12%. Los técnicos precisan que las pérdidas superan el 30%. La OMS alerta de que 2 millones de personas están en riesgo.",
        "figures": [
            {"surface": "12", "unit": "percent", "source": "patronal"},
            {"surface": "30", "bound": "more_than", "unit": "percent", "source": "técnicos"},
            {"surface": "2 millones", "source": "OMS"},
        ],
    },
    # "según las primeras estimaciones de X": X; "quien" tras "Nombre, gerente de Y": la persona, no Y;
    # "estimados por X en unos 43 millones": la palabra del límite y su "en" no son del nombre
    {
        "text": "Las lluvias anegaron 2.000 hectáreas, según las primeras estimaciones de la Unión de Pequeños Agricultores. Lo contó Marta Gil, gerente de la bodega Viña Alta, quien precisó que la cosecha cayó un 15%. Los daños, estimados por la Diputación en unos 9 millones de euros, serán cubiertos.",
        "figures": [
            {"surface": "2.000", "unit": "ha", "source": "Unión de Pequeños Agricultores"},
            {"surface": "15", "unit": "percent", "source": "Marta Gil"},
            {"surface": "9 millones", "bound": "approx", "unit": "EUR", "source": "Diputación"},
        ],
    },
    # un servicio de emergencias nombrado por su número: "según el 112" es una fuente, no una cifra
    {
        "text": "Los sanitarios atendieron a 9 heridos, según informó el 112. Según el servicio de emergencias 112, los desalojados son 40.",
        "figures": [
            {"surface": "9", "source": "112"},
            {"surface": "40", "source": "servicio de emergencias 112"},
        ],
    },
    # "En declaraciones a X," antes del hablante: X transmite (via); "ha elevado a 14 el número": una cifra
    # que se anuncia; "ha avanzado que": anunciar
    {
        "text": "En declaraciones a la Cadena SER, la alcaldesa ha cifrado en 3 millones los daños. La Policía Nacional ha elevado a 9 el número de detenidos. El consejero ha avanzado que se abrirán 200 plazas.",
        "figures": [
            {"surface": "3 millones", "source": "alcaldesa", "via": "Cadena SER"},
            {"surface": "9", "source": "Policía Nacional"},
            {"surface": "200", "source": "consejero", "modality": "planned"},
        ],
    },
    # "los convocantes" are the organisers, no call; "para exigir" is the march's purpose, not its count's modality
    {
        "text": "Decenas de miles de personas recorrieron Madrid para exigir medidas: 22.000 según la Delegación, 150.000 según los convocantes.",
        "figures": [
            {"surface": "Decenas de miles", "modality": "asserted"},
            {"surface": "22.000", "modality": "asserted"},
            {"surface": "150.000", "source": "convocantes", "modality": "asserted"},
        ],
    },
    # "no llegaban ni a": less than; "alrededor" without its "de"; a German scale left in a translated copy
    {
        "text": '"No llegaban ni a 30.000", dijo el consejero. Se financiarán alrededor 120.000 proyectiles y 1,9 Mrd. euros en defensa aérea.',
        "figures": [
            {"surface": "30.000", "bound": "less_than"},
            {"surface": "120.000", "bound": "approx"},
            {"surface": "1,9 Mrd.", "value": 1900000000, "unit": "EUR"},
        ],
    },
    # a body named by the place it serves keeps its "en"
    {
        "text": "La Delegación del Gobierno en Madrid cifró la asistencia en 22.000 personas. Según la Delegación del Gobierno en la Comunidad Valenciana, hubo 5.000.",
        "figures": [
            {"surface": "22.000", "source": "Delegación del Gobierno en Madrid"},
            {"surface": "5.000", "source": "Delegación del Gobierno en la Comunidad Valenciana"},
        ],
    },
    # "según sus cálculos" right after a person spoke: that person's calculations, not the body named before
    {
        "text": "La oposición criticó la comunicación. El experto de la Unión, Markus Feldhaus, dijo que el gobierno hace cuentas dobles. Según sus cálculos el paquete real es de 900 millones de euros.",
        "figures": [{"surface": "900 millones", "unit": "EUR", "source": "Markus Feldhaus"}],
    },
    # tenths of a percentage point are percent (not those of a second); a body whose verb is left out after
    # "y" speaks for its own figure
    {
        "text": "La inflación bajó hasta el 2,4 %, tres décimas menos, y ganó por dos décimas de segundo. La AIReF lo eleva al 2,8 % y la Comisión Europea, al 3,1 %.",
        "figures": [
            {"surface": "2,4", "unit": "percent"},
            {"surface": "tres décimas", "value": 0.3, "unit": "percent"},
            {"surface": "2,8", "unit": "percent", "source": "AIReF"},
            {"surface": "3,1", "unit": "percent", "source": "Comisión Europea"},
        ],
    },
    # "General" after a capitalised noun is the adjective of a body's name, no general: its acronym names it
    {
        "text": "Según la Fiscalía General del Estado (FGE), los delitos de odio crecieron un 12 %.",
        "figures": [{"surface": "12", "unit": "percent", "source": "FGE"}],
    },
    # a forecast raised with its object between the verb and "al": the body that raises it speaks
    {
        "text": "La Comisión Europea, en sus previsiones de otoño, eleva el déficit español al 3,1 %.",
        "figures": [{"surface": "3,1", "unit": "percent", "source": "Comisión Europea"}],
    },
    # a count raised "la cifra hasta" is exact; "en palabras de X" names the speaker; being ready to give is an offer
    {
        "text": "La CGT eleva la cifra hasta los 2.000 despidos. En palabras del consejero de Industria, la Junta está dispuesta a aportar hasta 35 millones de euros.",
        "figures": [
            {"surface": "2.000", "bound": "exact", "source": "CGT"},
            {"surface": "35 millones", "bound": "up_to", "unit": "EUR", "source": "consejero de Industria", "modality": "planned"},
        ],
    },
    # a relative after "Así lo ha señalado X," stands for X; "defendió que" is speech
    {
        "text": "Así lo ha señalado la ministra de Hacienda, que ha cifrado la recaudación en 290.000 millones. Montero defendió que el Gobierno cumplirá el objetivo del 2,5 %.",
        "figures": [
            {"surface": "290.000 millones", "source": "ministra de Hacienda"},
            {"surface": "2,5", "unit": "percent", "source": "Montero"},
        ],
    },
    # a verb with its subject dropped after a quotation, no one named yet: the person who opens the sentence before
    {
        "text": 'Nathalie Appéré presentó el martes su presupuesto. "Invertiremos 120 millones de euros", dijo.',
        "figures": [{"surface": "120 millones", "unit": "EUR", "source": "Nathalie Appéré"}],
    },
    # the future of a verb of level that takes no object forecasts; the future of an act plans
    {
        "text": "El desvío alcanzará los 4.800 millones, apunta la AIReF. La empresa invertirá 300 millones.",
        "figures": [
            {"surface": "4.800 millones", "source": "AIReF", "modality": "estimated"},
            {"surface": "300 millones", "modality": "planned"},
        ],
    },
    # revising one's own forecast or target gives it: the subject speaks
    {
        "text": "El Banco de España eleva su previsión de crecimiento para este año al 2,4 %. Funcas recorta dos décimas su estimación, hasta el 2,1 %. El Gobierno mantiene su objetivo de déficit del 2,5 %.",
        "figures": [
            {"surface": "2,4", "unit": "percent", "source": "Banco de España", "modality": "estimated"},
            {"surface": "dos décimas", "unit": "percent", "source": "Funcas"},
            {"surface": "2,1", "unit": "percent", "source": "Funcas"},
            {"surface": "2,5", "unit": "percent", "source": "Gobierno", "modality": "planned"},
        ],
    },
    # the value set against a figure after its according phrase keeps its account
    {
        "text": "El paro se situó en el 11,2 %, según el INE, frente al 11,6 % del trimestre anterior.",
        "figures": [
            {"surface": "11,2", "unit": "percent", "source": "INE"},
            {"surface": "11,6", "unit": "percent", "source": "INE"},
        ],
    },
    # an appeal for funds and a promise are their makers' claims
    {
        "text": "La OMS lanzó un llamamiento de 87,4 millones de dólares. Japón prometió 3 millones de dosis.",
        "figures": [
            {"surface": "87,4 millones", "unit": "USD", "source": "OMS"},
            {"surface": "3 millones", "source": "Japón", "modality": "planned"},
        ],
    },
    # an interview lead after the verb is its outlet, the speaker before it; a long name closed by its acronym; a description set after a name with its acronym; a weekday's article is no part of the speaker; a preposition opens no subject
    {
        "text": "El jefe del Indeci, el general Carlos Huamán, advirtió en declaraciones a RPP que el balance podría superar los 100 muertos. La Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja (FICR) estima que cerca de 40.000 personas necesitarán ayuda. La Organización Panamericana de la Salud (OPS), oficina regional de la Organización Mundial de la Salud, informó de que 11 hospitales resultaron dañados. La empresa suprimirá 1.850 empleos, ha comunicado el consejo de dirección el jueves. En el ejercicio 2024 la empresa facturó 2,4 mil millones de euros y escribió una pérdida de 96 millones de euros.",
        "figures": [
            {"surface": "100", "source": "Carlos Huamán"},
            {"surface": "40.000", "source": "FICR"},
            {"surface": "11", "source": "OPS"},
            {"surface": "1.850", "source": "consejo de dirección"},
            {"surface": "2,4 mil millones", "source": None},
            {"surface": "96 millones", "source": None},
        ],
    },
    # a participle after an acronym belongs to the data; a pollster named with a digit before its client; a number word inside a name is no figure
    {
        "text": "El PP obtendría el 34,2 % de los votos, según el último barómetro del CIS publicado este jueves. Una encuesta de 40dB para El País sitúa al PSOE en el 28,1 %. El 61 % de los encuestados cree que la economía irá a peor, según Sigma Dos.",
        "figures": [
            {"surface": "34,2", "unit": "percent", "source": "CIS"},
            {"surface": "28,1", "unit": "percent", "source": "40dB"},
            {"surface": "61", "unit": "percent", "source": "Sigma Dos"},
        ],
    },
    # points after a whole number with a thousands mark are no percentage points
    {
        "text": "Correos cerrará 170 oficinas, según ha informado la compañía, que mantiene 2.300 puntos de atención. La tasa de paro bajó 0,4 puntos.",
        "figures": [
            {"surface": "170"},
            {"surface": "2.300", "unit": None},
            {"surface": "0,4", "unit": "percent"},
        ],
    },
    # a risk named as a thing after its article is no possibility
    {
        "text": "El fármaco redujo un 20 % el riesgo de infarto. La planta corre el riesgo de perder 300 empleos.",
        "figures": [
            {"surface": "20", "unit": "percent", "modality": "asserted"},
            {"surface": "300", "modality": "possible"},
        ],
    },
    # a digit glued after a letter is a name's, not a number's start
    {
        "text": "El PSOE obtendría 121 escaños, frente a los 135 del PP, según la encuesta de GAD3 para ABC.",
        "figures": [
            {"surface": "121", "source": "GAD3"},
            {"surface": "135", "source": "GAD3"},
        ],
    },
    # a time between the verb after 'según' and its subject
    {
        "text": "La Policía Nacional ha detenido a 14 personas, según ha informado este martes la Guardia Civil en un comunicado.",
        "figures": [
            {"surface": "14", "source": "Guardia Civil"},
        ],
    },
    # a time phrase between an inverted verb and its subject
    {
        "text": "Resultaron heridas 14 personas, ha informado a última hora de la tarde el Ayuntamiento.",
        "figures": [
            {"surface": "14", "source": "Ayuntamiento"},
        ],
    },
    # an outlet told between the verb after 'según' and its speaker relays
    {
        "text": "Resultaron heridas 14 personas, según han confirmado a Europa Press fuentes de la investigación.",
        "figures": [
            {"surface": "14", "source": "fuentes de la investigación", "via": "Europa Press"},
        ],
    },
    # a statement and its time between an inverted verb and its subject
    {
        "text": "Resultaron heridas 14 personas, ha informado en un comunicado difundido este martes el Ministerio del Interior.",
        "figures": [
            {"surface": "14", "source": "Ministerio del Interior"},
        ],
    },
    # sindicato contra empresa, sin el verbo de la segunda: "la empresa, de 300"
    {
        "text": "El sindicato habla de 1.100 despidos y la empresa de 300.",
        "figures": [
            {"surface": "1.100", "source": "sindicato"},
            {"surface": "300", "source": "empresa"},
        ],
    },
    # "según ha comunicado a la CNMV" sin nadie nombrado después: lo dice el sujeto que abre la frase; lo mismo "a los analistas"; "según ha explicado a Europa Press" tras el sujeto: Europa Press lo transmite
    {
        "text": "La compañía cerrará 38 tiendas, según ha comunicado a la CNMV. Repsol invertirá 1.000 millones en Cartagena, según ha explicado a los analistas. La empresa prevé 300 despidos, según ha explicado a Europa Press.",
        "figures": [
            {"surface": "38", "source": "compañía", "via": "CNMV"},
            {"surface": "1.000 millones", "source": "Repsol", "via": None},
            {"surface": "300", "source": "empresa", "via": "Europa Press"},
        ],
    },
    # "superior al" es más de (no solo "superiores"); "inferior al", menos de
    {
        "text": "La CGT aseguró que el paro tuvo una adhesión «superior al 90 %». La caída fue inferior al 5 %.",
        "figures": [
            {"surface": "90", "unit": "percent", "bound": "more_than", "source": "CGT"},
            {"surface": "5", "unit": "percent", "bound": "less_than"},
        ],
    },
    # un horario "entre las 14 y las 22" no es una cifra
    {
        "text": "Entre las 14 y las 22 se cancelaron 46 vuelos.",
        "figures": [
            {"surface": "46"},
        ],
    },
    # "el último parte del 112": el servicio nombrado por su número tras "del", no una cifra
    {
        "text": "Según el último parte del 112, hay 14 heridos. El paro pasó del 15 al 18 %.",
        "figures": [
            {"surface": "14", "source": "112"},
            {"surface": "15", "unit": "percent"},
            {"surface": "18", "unit": "percent"},
        ],
    },
    # "no inferior a": al menos; "no superior al": como máximo
    {
        "text": "Piden una indemnización no inferior a 150 euros y un recargo no superior al 5 %.",
        "figures": [
            {"surface": "150", "bound": "at_least", "unit": "EUR"},
            {"surface": "5", "bound": "at_most", "unit": "percent"},
        ],
    },
    # tras un giro de la frase ("mientras"), las cifras son del hablante nombrado al final de esa parte, no del sujeto de la primera
    {
        "text": "El Gobierno pretende limitar a un 1 % mensual los aumentos salariales, mientras la inflación interanual fue del 55,9 % en marzo, según el Instituto Nacional de Estadística y Censos (INDEC).",
        "figures": [
            {"surface": "1", "unit": "percent", "source": "Gobierno", "via": None},
            {"surface": "55,9", "unit": "percent", "source": "INDEC"},
        ],
    },
    # fuentes sin nombre citadas por una agencia hablan, la agencia lo transmite
    {
        "text": "Según fuentes policiales citadas por la agencia EFE, los detenidos son 14.",
        "figures": [
            {"surface": "14", "source": "fuentes policiales", "via": "EFE"},
        ],
    },
    # una fracción tras el artículo definido es una parte, no una anáfora
    {
        "text": "Los dos tercios de las estaciones no tienen ascensor.",
        "figures": [
            {"surface": "dos tercios", "value": 66.66666666666667, "unit": "percent", "what_head": "estaciones"},
        ],
    },
    # elevar la cifra es dar una; un reflexivo después del nombre abre el verbo ("según los convocantes se concentraron"); "relataron" es de habla
    {
        "text": "La PTP eleva la cifra a más de 300.000. Unas 1.500 personas según la Guardia Urbana y 5.000 según los convocantes se concentraron en Sants, según relataron varios testigos.",
        "figures": [
            {"surface": "300.000", "bound": "more_than", "source": "PTP"},
            {"surface": "1.500", "source": "Guardia Urbana"},
            {"surface": "5.000", "source": "convocantes"},
        ],
    },
    # "no hay ningún" niega la cifra con las palabras del que habla
    {
        "text": "El portavoz, Olof Strand, lo rechazó: \"No hay ningún recorte del 25 %\".",
        "figures": [
            {"surface": "25", "unit": "percent", "source": "Olof Strand", "modality": "denied"},
        ],
    },
    # lo que paga el dinero tras "por" y "para", no una tarifa ("por kilo")
    {
        "text": "El Ayuntamiento ingresó 9,7 millones de euros por multas de estacionamiento. El precio rondó los 0,85 euros por kilo.",
        "figures": [
            {"surface": "9,7 millones", "unit": "EUR", "what": "multas de estacionamiento"},
            {"surface": "0,85", "unit": "EUR", "what_head": "precio"},
        ],
    },
    # un periódico con su artículo ("citadas por El País", "el diario El Mundo"); el 112 que informa nombra a quien habla, no es una cifra
    {
        "text": "Según fuentes de la investigación citadas por El País, los agentes intervinieron 2,3 toneladas de cocaína. Unas 4.500 personas han sido desalojadas, ha informado el 112.",
        "figures": [
            {"surface": "2,3", "unit": "t", "source": "fuentes de la investigación", "via": "El País"},
            {"surface": "4.500", "source": "112"},
        ],
    },
    # revisar su previsión con la cifra delante es darla: "La AIReF eleva al 2,8 % del PIB su previsión de déficit"
    {
        "text": "La AIReF eleva al 2,8 % del PIB su previsión de déficit para este año.",
        "figures": [
            {"surface": "2,8", "unit": "percent", "source": "AIReF", "modality": "estimated"},
        ],
    },
    # "lista de espera" es una espera, no una expectativa
    {
        "text": "La lista de espera quirúrgica alcanzó los 850.000 pacientes, según el Ministerio.",
        "figures": [
            {"surface": "850.000", "source": "Ministerio", "modality": "asserted"},
        ],
    },
    # costar liga la cosa a su precio: "el billete cuesta ahora 2,50 euros"
    {
        "text": "El billete sencillo cuesta ahora 2,50 euros.",
        "figures": [
            {"surface": "2,50", "unit": "EUR", "what_head": "billete"},
        ],
    },
    # el verbo omitido tras «y», con una subdelegación por sujeito («y Subdelegación, de 150»); el número de un servicio forma parte de su nombre («Emergencias 112 Andalucía»)
    {
        "text": "La asociación habla de 300 desalojados y Subdelegación, de 120. Los sanitarios atendieron a cuatro personas, según ha informado el Centro de Coordinación de Emergencias 112 Andalucía.",
        "figures": [
            {"surface": "300", "source": "asociación"},
            {"surface": "120", "source": "Subdelegación"},
            {"surface": "cuatro", "source": "Centro de Coordinación de Emergencias 112 Andalucía"},
        ],
    },
    # un plan o una oferta que se presenta («plantea cerrar 85 tiendas», «ha puesto sobre la mesa 31 millones») es de quien lo presenta
    {
        "text": "La cadena plantea cerrar 85 de sus 612 tiendas. La dirección ha puesto sobre la mesa una partida de 31 millones de euros para indemnizaciones.",
        "figures": [
            {"surface": "85", "source": "cadena"},
            {"surface": "612", "source": "cadena"},
            {"surface": "31 millones", "source": "dirección"},
        ],
    },
    # la escala del segundo número vale para el primero cuando este no la supera («entre 3.500 y 6.000 millones»); un número tras un día de la semana seguido de un sustantivo es un recuento («este lunes 19 muertos»), no una fecha
    {
        "text": "El tráfico generaría entre 3.500 y 6.000 millones de euros por año. El procurador ha contabilizado este lunes 19 muertos desde enero. El sábado 11 por la noche hubo 300 detenidos.",
        "figures": [
            {"surface": "3.500 y 6.000 millones", "low": 3500000000, "high": 6000000000, "bound": "range"},
            {"surface": "19", "source": "procurador"},
            {"surface": "300"},
        ],
    },
    # una agencia de noticias que informa tras la frase la transmite («informó la agencia Noticias Argentinas»)
    {
        "text": "La Sociedad Argentina de Infectología (SADI) calcula que el 30 % de los casos no llega a notificarse, informó la agencia Noticias Argentinas.",
        "figures": [
            {"surface": "30", "source": "SADI", "via": "Noticias Argentinas"},
        ],
    },
    # «S/» antes del número son soles peruanos
    {
        "text": "El ministro ofreció recompensas de hasta S/ 50.000.",
        "figures": [
            {"surface": "50.000", "unit": "PEN", "bound": "up_to"},
        ],
    },
    # a relative set off by commas speaks for its antecedent across a short phrase of how or when: "La empresa, que en un primer comunicado había hablado de tres"
    {
        "text": "La empresa, que en un primer comunicado había hablado de tres trabajadores fallecidos, sostuvo que había 63 operarios en el turno de noche.",
        "figures": [
            {"surface": "tres", "source": "empresa"},
            {"surface": "63", "source": "empresa"},
        ],
    },
    # raising a count to a bound is claiming it (singular too): "El Sindicato N°1 ... eleva a por lo menos 17"; the number sign and its number belong to the name
    {
        "text": "El Sindicato N°1 de Trabajadores de Minera Punta Sierra eleva a por lo menos 17 los trabajadores desaparecidos.",
        "figures": [
            {"surface": "17", "bound": "at_least", "source": "Sindicato N°1 de Trabajadores de Minera Punta Sierra"},
        ],
    },
    # a wire's dateline with the country in brackets ("Fresnillo (México), 9 abr (EFE).-"): the agency wrote it, the subject after it spoke
    {
        "text": "Tlaquepaque (México), 12 may (EFE).- El colectivo Luz de Esperanza aseguró este lunes haber hallado al menos 9 fosas clandestinas.",
        "figures": [
            {"surface": "9", "bound": "at_least", "source": "Luz de Esperanza"},
        ],
    },
    # an adverb of how much between the subject and its verb is no part of the name: "la Fiscalía solo reconoce seis"
    {
        "text": "Los vecinos hablan de 20 desaparecidos, mientras que la Fiscalía solo reconoce seis casos.",
        "figures": [
            {"surface": "20", "source": "vecinos"},
            {"surface": "seis", "source": "Fiscalía"},
        ],
    },
    # a relative "que cita a" relays the source it cites: "Según el diario El Universal, que cita a fuentes de la Guardia Nacional"
    {
        "text": "Según el diario Milenio, que cita a fuentes de la Secretaría de Marina, en la zona operaba una banda de entre 30 y 50 integrantes.",
        "figures": [
            {"surface": "30 y 50", "source": "fuentes de la Secretaría de Marina", "via": "Milenio"},
        ],
    },
    # "other" between a bound cue and its number: "al menos otras 9 pateras"
    {
        "text": "Salvamento Marítimo asegura que al menos otras 9 pateras salieron de Argelia.",
        "figures": [
            {"surface": "9", "bound": "at_least", "source": "Salvamento Marítimo"},
        ],
    },
    # "e" is "y" before an i, inside a name too: "Ministerio de Juventud e Infancia"; a body described by a role is no person whose title holds that role ("el Gobierno ceutí" after "el delegado del Gobierno, X")
    {
        "text": "El Ministerio de Igualdad e Inclusión anunció que trasladará a 150 menores. El delegado del Gobierno, Andrés Molina, negó que haya 40 menores en la calle. El Gobierno ceutí reclama al Estado 45 millones de euros.",
        "figures": [
            {"surface": "150", "source": "Ministerio de Igualdad e Inclusión"},
            {"surface": "40", "source": "Andrés Molina"},
            {"surface": "45 millones", "source": "Gobierno ceutí"},
        ],
    },
    # a poll gives a party its seats ("otorga" after evidence only; "el Gobierno otorga 300 becas" is an act), across a participle clause with its own number ("publicado el lunes con 1.200 entrevistas"), made by the pollster for its client ("para el diario El Heraldo")
    {
        "text": "Un sondeo de la consultora Sigma Dos para el diario El Mundo, publicado el lunes con 1.200 entrevistas, otorga al PP entre 142 y 148 escaños. El Gobierno otorga 300 becas a los estudiantes.",
        "figures": [
            {"surface": "1.200", "source": None},
            {"surface": "142 y 148", "source": "Sigma Dos"},
            {"surface": "300", "source": None},
        ],
    },
    # a survey's technical sheet is evidence: "según la ficha técnica publicada por el CIS"
    {
        "text": "El barómetro del CIS sitúa al PSOE en el 33,9 %. La encuesta tiene un margen de error de 1,6 puntos, según la ficha técnica publicada por el organismo.",
        "figures": [
            {"surface": "33,9", "source": "CIS"},
            {"surface": "1,6", "source": "CIS"},
        ],
    },
    # a compound infinitive after the speech verb is what was said ("dice haber perdido"), the speaker before the verb; "nunca inferiores a" is at least
    {
        "text": "Fátima Azzouzi, de 61 años, dice haber perdido a siete familiares. El sindicato reclama subidas nunca inferiores a 150 euros.",
        "figures": [
            {"surface": "siete", "source": "Fátima Azzouzi"},
            {"surface": "150", "bound": "at_least", "source": "sindicato"},
        ],
    },
    # an offer put on the table is its maker's (spec: demands and offers)
    {
        "text": "La patronal ha puesto sobre la mesa una subida del 2,5 %.",
        "figures": [
            {"surface": "2,5", "source": "patronal"},
        ],
    },
    # a gerund's aside between subject and verb is no new subject ("hablando bajo condición de anonimato"); "que cita al administrador": the contracted article is no part of who is cited
    {
        "text": "Funcionarios estadounidenses, hablando bajo condición de anonimato, dijeron que un segundo paquete de unos 2.500 millones de dólares podría ser notificado. Según la radio Okapi, que cita al administrador del territorio, unas 200 personas han huido.",
        "figures": [
            {"surface": "2.500 millones", "bound": "approx", "source": "Funcionarios estadounidenses"},
            {"surface": "200", "bound": "approx", "source": "administrador del territorio", "via": "Okapi"},
        ],
    },
    # a word no name is alone opens one before its capitalised adjective ("Estado Islámico")
    {
        "text": "El Estado Islámico reivindicó el ataque y aseguró haber matado a más de 20 cristianos.",
        "figures": [
            {"surface": "20", "bound": "more_than", "source": "Estado Islámico"},
        ],
    },
    # a count of results is evidence, its owner speaks: "según el conteo de la ONPE"
    {
        "text": "El tercer lugar fue para Rodrigo Salas, con el 16,1 %, según el conteo de la ONPE.",
        "figures": [
            {"surface": "16,1", "source": "ONPE"},
        ],
    },
    # an age after a role is no part of who speaks ("Una vecina de 61 años")
    {
        "text": "Una vecina de 61 años aseguró que 300 personas fueron evacuadas.",
        "figures": [
            {"surface": "300", "source": "vecina"},
        ],
    },
    # a semicolon inside a quotation ends no clause: the speaker after the quote speaks for all of it; a count as it stood in an earlier report ("el organismo contabilizaba 23 muertos")
    {
        "text": "El jefe de la ONPE, Manuel Cárdenas, rechazó esas cifras. “No hay 300.000 votos perdidos; cada acta puede verificarse”, afirmó en una conferencia de prensa. Según el INDECI, los muertos son 31. En el balance anterior, el organismo contabilizaba 23 muertos.",
        "figures": [
            {"surface": "300.000", "source": "Manuel Cárdenas"},
            {"surface": "31", "source": "INDECI"},
            {"surface": "23", "source": "INDECI"},
        ],
    },
    # an aside between "y" and its verb keeps the verb coordinated with the first: the sentence's subject speaks for the aside's figures and the verb's ("actualizó los resultados y, con el 98,6 % de las actas contabilizadas, confirmó")
    {
        "text": "La ONPE actualizó este miércoles los resultados y, con el 98,6 % de las actas contabilizadas, confirmó el pase a la segunda vuelta de Julio Arancibia, con el 19,4 % de los votos válidos.",
        "figures": [
            {"surface": "98,6", "source": "ONPE"},
            {"surface": "19,4", "source": "ONPE"},
        ],
    },
]
