"""Data: what news counts, in six languages; and places, whose names differ by language.

CONCEPTS is one line a concept: ``id; kind; en | fr | es | pt | de | it``. Terms are
lemmas (singular, as simplemma gives them) or short phrases, separated by commas.
kind: ``p`` people, ``t`` things and events, ``m`` money, ``r`` rates and shares,
``x`` physical measures. Add a concept or a word by adding a line or a term;
quantities.py reads this table and never names a word itself.

STATUS words turn a count of people into what happened to them ("3 000 soldats
tués ou blessés" counts casualties, not soldiers). Killed, wounded and the two
together are kept apart on purpose: they are different quantities.

PLACES maps the names of countries, a few regions and capitals, and their demonyms,
to one code, so that "Russie", "Rusia" and "Russland" are one place. Names not
listed here are matched by a spelling fold (quantities.fold_name).
"""

from __future__ import annotations

LANGS = ("en", "fr", "es", "pt", "de", "it")

CONCEPTS = """
troops; p; troop, soldier, serviceman, military personnel, force, fighter, combatant, contingent, servicemember, elite soldier, special forces | soldat, militaire, troupe, combattant, effectif, force, contingent, forces spéciales | soldado, militar, tropa, efectivo, combatiente, fuerza, contingente, fuerzas especiales | soldado, militar, tropa, efetivo, combatente, força, contingente, elemento, forças especiais | soldat, truppe, militär, kämpfer, streitkraft, elitesoldat, spezialkraft, kontingent, mann | soldato, militare, truppa, combattente, effettivo, forza, contingente
officers; p; officer, commander, general | officier, commandant, général | oficial, comandante, general | oficial, comandante, general | offizier, kommandeur, general | ufficiale, comandante, generale
police; p; police officer, policeman, police, gendarme, agent, civil guard | policier, gendarme, agent, police, force de l'ordre | policía, agente, guardia civil, policía nacional | policial, polícia, agente, guarda | polizist, polizei, beamte, polizeibeamte | poliziotto, agente, carabiniere, polizia
security_personnel; p; security personnel, security force, personnel, staff member | personnel, agent de sécurité | personal, efectivo de seguridad | pessoal, agente de segurança | einsatzkraft, personal, sicherheitskraft | personale, addetto
deaths; p; death, dead, fatality, victim, killed, deceased, life, toll, body count | mort, décès, victime, tué, décédé, vie, bilan | muerto, muerte, fallecido, víctima, vida, deceso, fallecimiento | morto, morte, óbito, vítima, vida, falecido | tote, todesopfer, tod, opfer, toter, menschenleben, leben | morto, vittima, decesso, deceduto, vita
wounded; p; wounded, injured, injury, hurt | blessé, blessée, blessure | herido, herida, lesionado | ferido, ferida, lesionado | verletzte, verwundete, verletzter, verwundeter | ferito, ferita
casualties; p; casualty, loss | perte | baja | baixa | verlust | perdita
missing; p; missing, missing person, disappeared | disparu, personne disparue | desaparecido, denuncia por desaparición | desaparecido | vermisste, vermisster | disperso, scomparso
bodies; p; body, corpse, remains | corps, cadavre, dépouille | cadáver, cuerpo, restos | corpo, cadáver | leiche, leichnam | corpo, cadavere, salma
displaced; p; displaced, displaced person, homeless, evacuee from home | déplacé, sinistré, sans-abri, délogé | desplazado, damnificado, desalojado, sin hogar | desalojado, desabrigado, deslocado, desalojada | vertriebene, obdachlose, bewohner ohne obdach | sfollato, senzatetto, sfollata
evacuated; p; evacuee, evacuated | évacué | evacuado | evacuado | evakuierte, evakuierter | evacuato
sheltered; p; sheltered, people in shelters | hébergé, personne hébergée | albergado, realojado | abrigado | untergebrachte | ospitato, assistito
rescued; p; rescued, survivor | secouru, rescapé, survivant | rescatado, socorrido, superviviente | resgatado, socorrido, sobrevivente | gerettete, überlebende | salvato, soccorso, sopravvissuto
affected; p; affected, affected person, person in need | sinistré, touché, personne touchée | afectado, damnificado | afetado, atingido | betroffene | colpito, persona colpita, bisognoso
refugees; p; refugee | réfugié | refugiado | refugiado | flüchtling, geflüchtete | rifugiato, profugo
migrants; p; migrant, exile, irregular migrant | migrant, exilé, clandestin | migrante, inmigrante, emigrante | migrante, imigrante, emigrante | migrant, einwanderer, zuwanderer | migrante, immigrato, clandestino
asylum_seekers; p; asylum seeker, asylum application, asylum claim | demandeur d'asile, demande d'asile | solicitante de asilo, demandante de asilo, solicitud de asilo | requerente de asilo, pedido de asilo | asylbewerber, asylsuchende, asylantrag | richiedente asilo, domanda d'asilo
arrivals; p; arrival, crossing, entry | arrivée, traversée, entrée | llegada, travesía, entrada | chegada, travessia, entrada | ankunft, überfahrt, einreise | arrivo, sbarco, traversata, ingresso
deportations; p; deportation, expulsion, removal, return | expulsion, éloignement, reconduite | deportación, expulsión, devolución | deportação, expulsão | abschiebung, ausweisung, rückführung | espulsione, rimpatrio
arrests; p; arrest, detainee, detention, arrested | arrestation, interpellation, interpellé, arrêté, garde à vue | detenido, detención, arresto | preso, detido, detenção, prisão | festnahme, verhaftung, festgenommene | arresto, fermo, arrestato, fermato
prisoners; p; prisoner, inmate | prisonnier, détenu | prisionero, preso, recluso | prisioneiro, detento | gefangene, häftling | prigioniero, detenuto
hostages; p; hostage | otage | rehén | refém | geisel | ostaggio
civilians; p; civilian | civil | civil | civil | zivilist | civile
children; p; child, minor, kid, baby | enfant, mineur, bébé | niño, menor, bebé | criança, menor, bebê | kind, minderjährige, baby | bambino, minore, minorenne, neonato
women; p; woman | femme | mujer | mulher | frau | donna
protesters; p; protester, demonstrator, marcher, participant, protestor | manifestant, participant, personne dans les cortèges, gréviste | manifestante, participante | manifestante, participante | demonstrant, teilnehmer, protestierende | manifestante, partecipante
strikers; p; striker | gréviste | huelguista | grevista | streikende | scioperante
rallies; t; rally, demonstration, protest, march, gathering | rassemblement, manifestation, cortège, défilé | concentración, manifestación, marcha, protesta | manifestação, protesto, marcha, ato | kundgebung, demonstration, protest | manifestazione, corteo, presidio, protesta
strikes; t; strike, walkout, stoppage | grève, débrayage | huelga, paro | greve, paralisação | streik, ausstand, arbeitsniederlegung | sciopero
volunteers; p; volunteer | bénévole, volontaire | voluntario | voluntário | freiwillige, helfer, ehrenamtliche | volontario
rescuers; p; rescuer, rescue worker, firefighter, emergency worker, rescue team | secouriste, sauveteur, pompier | rescatista, socorrista, bombero | socorrista, bombeiro | retter, rettungskraft, feuerwehrleute, feuerwehrmann | soccorritore, vigile del fuoco, pompiere, squadra di soccorso
doctors; p; doctor, physician, medic | médecin | médico, doctor | médico | arzt, ärztin | medico
nurses; p; nurse, caregiver | infirmier, infirmière, soignant | enfermero, enfermera, sanitario | enfermeiro, enfermeira | pfleger, pflegekraft, krankenschwester | infermiere, infermiera
teachers; p; teacher | enseignant, professeur, instituteur | profesor, maestro, docente | professor, docente | lehrer, lehrkraft | insegnante, docente, professore
students; p; student, pupil, schoolchild | élève, étudiant, écolier | alumno, estudiante, escolar | aluno, estudante | schüler, student, studierende | studente, alunno, scolaro
patients; p; patient, hospitalised, hospitalized | patient, hospitalisé, malade | paciente, hospitalizado, enfermo | paciente, internado, doente | patient, kranke | paziente, ricoverato, malato
cases; t; case, infection, infected | cas, contamination, infection, infecté | caso, contagio, infección, contagiado | caso, infecção, infectado | fall, infektion, infizierte, ansteckung | caso, contagio, infezione, contagiato
vaccinations; t; vaccination, dose, jab, vaccine | vaccination, dose, vaccin | vacunación, dosis, vacuna | vacinação, dose, vacina | impfung, dosis, impfdosis, impfstoff | vaccinazione, dose, vaccino
tests; t; test, screening | test, dépistage | prueba, test | teste, exame | test, testung | tampone, test
workers; p; worker, employee, staff, workforce, labourer, wage earner | salarié, travailleur, employé, ouvrier, agent, effectif | trabajador, empleado, asalariado, obrero, plantilla | trabalhador, empregado, funcionário, operário | beschäftigte, arbeitnehmer, mitarbeiter, arbeiter, belegschaft, angestellte | lavoratore, dipendente, operaio, addetto
civil_servants; p; civil servant, public servant, official | fonctionnaire | funcionario | servidor, funcionário público | beamter, staatsbedienstete | dipendente pubblico, statale
jobs; t; job, post, position, workplace | emploi, poste | empleo, puesto, puesto de trabajo | emprego, vaga, posto de trabalho | arbeitsplatz, stelle, job | posto di lavoro, occupato, impiego
job_cuts; t; job cut, layoff, redundancy, dismissal, job loss | suppression de poste, licenciement, suppression d'emploi | despido, recorte de empleo, ere | demissão, corte de vaga, desligamento | stellenabbau, entlassung, kündigung, stellenstreichung | licenziamento, esubero, taglio
unemployed; p; unemployed, jobless, job seeker | chômeur, demandeur d'emploi | parado, desempleado | desempregado | arbeitslose, erwerbslose | disoccupato, inoccupato
unemployment; r; unemployment, unemployment rate, jobless rate | chômage, taux de chômage | paro, desempleo, tasa de paro | desemprego, taxa de desemprego, desocupação | arbeitslosigkeit, arbeitslosenquote | disoccupazione, tasso di disoccupazione
employment; r; employment, employment rate | emploi, taux d'emploi | empleo, tasa de empleo, afiliación | emprego, ocupação | beschäftigung, erwerbstätigkeit | occupazione, tasso di occupazione
pensioners; p; pensioner, retiree | retraité, pensionné | jubilado, pensionista | aposentado, pensionista, reformado | rentner, pensionär | pensionato
beneficiaries; p; beneficiary, recipient, claimant | bénéficiaire, allocataire | beneficiario, perceptor | beneficiário | empfänger, leistungsbezieher, bezieher | beneficiario, percettore
households; p; household, family, home | foyer, ménage, famille | hogar, familia | família, domicílio, lar | haushalt, familie | famiglia, nucleo familiare
residents; p; resident, inhabitant, citizen, people living, population | habitant, résident, ressortissant, citoyen | habitante, residente, vecino, ciudadano | morador, habitante, residente, cidadão | einwohner, bewohner, bürger, anwohner | abitante, residente, cittadino
population; p; population | population | población | população | bevölkerung | popolazione
people; p; people, person, individual, man, human | personne, individu, gens | persona, personas, individuo, gente | pessoa, indivíduo, gente | mensch, person, leute | persona, individuo, gente
tourists; p; tourist, visitor, holidaymaker | touriste, visiteur, vacancier | turista, visitante | turista, visitante | tourist, besucher, urlauber | turista, visitatore
passengers; p; passenger, traveller | passager, voyageur | pasajero, viajero | passageiro, viajante | passagier, fahrgast, reisende | passeggero, viaggiatore
voters; p; voter, elector | électeur, votant | votante, elector | eleitor | wähler, wahlberechtigte | elettore, votante
votes; t; vote, ballot, voice | voix, vote, suffrage, bulletin | voto, sufragio, papeleta | voto, sufrágio | stimme, wählerstimme | voto, preferenza, scheda
seats; t; seat, mandate | siège, mandat | escaño, asiento, diputado, acta | assento, cadeira, mandato | sitz, mandat | seggio
lawmakers; p; lawmaker, mp, member of parliament, deputy, senator, legislator, representative | député, parlementaire, sénateur, élu | diputado, senador, parlamentario, legislador | deputado, senador, parlamentar | abgeordnete, parlamentarier, senator, volksvertreter | deputato, senatore, parlamentare, onorevole
turnout; r; turnout, participation | participation, taux de participation | participación | participação, comparecimento | wahlbeteiligung, beteiligung | affluenza, partecipazione
candidates; p; candidate | candidat | candidato | candidato | kandidat, bewerber | candidato
members; p; member, ally, member state, signatory | membre, allié, adhérent, état membre | miembro, socio, aliado, afiliado | membro, aliado, filiado | mitglied, verbündete, mitgliedstaat | membro, alleato, iscritto, socio
countries; t; country, nation, state | pays, nation, état | país, nación, estado | país, nação, estado | land, staat, nation | paese, nazione, stato
municipalities; t; municipality, town, city, commune, council, local authority | commune, ville, municipalité, mairie | municipio, ayuntamiento, localidad, pueblo, ciudad | município, prefeitura, cidade, concelho | gemeinde, kommune, stadt, ort | comune, città, municipio
regions; t; region, province, district, department, county, state | région, province, département, district | región, provincia, comunidad, distrito | região, província, estado, distrito | region, provinz, bundesland, landkreis, kreis, bezirk | regione, provincia, distretto
companies; t; company, firm, business, enterprise, employer, startup | entreprise, société, firme, employeur, pme | empresa, compañía, firma, pyme, autónomo, negocio | empresa, companhia, firma | unternehmen, firma, betrieb, konzern, arbeitgeber | impresa, azienda, società, ditta
factories; t; factory, plant, fab, mill, site | usine, site, fab | fábrica, planta | fábrica, usina, planta | werk, fabrik, standort, anlage | fabbrica, stabilimento, impianto
schools; t; school | école, établissement scolaire, collège, lycée | escuela, colegio, centro educativo, instituto | escola, colégio | schule | scuola, istituto
hospitals; t; hospital, clinic | hôpital, clinique | hospital, clínica | hospital, clínica | krankenhaus, klinik, spital | ospedale, clinica
beds; t; bed | lit | cama, plaza | leito, cama | bett | posto letto, letto
buildings; t; building, structure | bâtiment, édifice, immeuble, construction | edificio, inmueble, construcción | edifício, prédio, construção | gebäude, bau, bauwerk | edificio, palazzo, costruzione
homes; t; home, house, dwelling, housing, apartment, flat, housing unit | logement, maison, habitation, appartement | vivienda, casa, hogar, piso, domicilio | moradia, casa, habitação, residência, imóvel, apartamento | wohnung, haus, eigenheim, wohneinheit | abitazione, casa, alloggio, appartamento
shelters; t; shelter, camp, tent | abri, centre d'hébergement, camp, tente | albergue, refugio, campamento, tienda | abrigo, acampamento, barraca | notunterkunft, unterkunft, lager, zelt | rifugio, tenda, campo
hotels; t; hotel | hôtel | hotel | hotel | hotel | albergo, hotel
vehicles; t; vehicle, car, truck, lorry, bus | véhicule, voiture, camion, bus | vehículo, coche, camión, autobús | veículo, carro, caminhão, ônibus, automóvel | fahrzeug, auto, wagen, lastwagen, lkw, pkw | veicolo, auto, automobile, camion
electric_cars; t; electric car, electric vehicle, ev | voiture électrique, véhicule électrique | coche eléctrico, vehículo eléctrico | carro elétrico, veículo elétrico | elektroauto, e-auto, elektrofahrzeug | auto elettrica, veicolo elettrico
flights; t; flight | vol | vuelo | voo | flug | volo
boats; t; boat, small boat, vessel, ship, dinghy, embarkation | bateau, embarcation, navire, small boat, canot | barco, embarcación, buque, patera, cayuco, bote | barco, embarcação, navio | boot, schiff, schlauchboot | barca, barcone, imbarcazione, nave, gommone
aircraft; t; aircraft, plane, jet, fighter jet, warplane, stealth jet, airplane | avion, appareil, avion de chasse, chasseur | avión, aeronave, caza, avión de combate | avião, aeronave, caça | flugzeug, kampfjet, jet, kampfflugzeug, tarnkappenjet, tarnkappenbomber | aereo, velivolo, caccia, jet
helicopters; t; helicopter | hélicoptère | helicóptero | helicóptero | hubschrauber, helikopter, transporthubschrauber | elicottero
drones; t; drone, uav, unmanned aerial vehicle | drone | dron | drone | drohne | drone
missiles; t; missile, ballistic missile, cruise missile | missile | misil | míssil | rakete, marschflugkörper, flugkörper | missile
rockets; t; rocket, projectile | roquette, projectile | cohete, proyectil | foguete, projétil | geschoss, projektil | razzo, proiettile
shells; t; shell, artillery shell, round, ammunition | obus, munition, projectile d'artillerie | proyectil de artillería, munición, obús | munição, obus, projétil de artilharia | granate, artilleriegranate, munition | proiettile d'artiglieria, munizione, granata
bombs; t; bomb, explosive, mine | bombe, explosif, mine | bomba, explosivo, mina | bomba, explosivo, mina | bombe, sprengstoff, mine | bomba, esplosivo, mina
tanks; t; tank, armoured vehicle | char, blindé, char d'assaut | tanque, carro de combate, blindado | tanque, blindado, carro de combate | panzer, kampfpanzer, schützenpanzer | carro armato, tank, blindato
weapons; t; weapon, arm, rifle, gun, firearm, air defence system | arme, fusil, arme à feu, système de défense | arma, fusil, arma de fuego | arma, fuzil, arma de fogo | waffe, gewehr, schusswaffe | arma, fucile, arma da fuoco
brigades; t; brigade | brigade | brigada | brigada | brigade | brigata
battalions; t; battalion, unit, regiment, division | bataillon, unité, régiment, division | batallón, unidad, regimiento, división | batalhão, unidade, regimento, divisão | bataillon, einheit, regiment, division | battaglione, unità, reggimento, divisione
attacks; t; attack, strike, airstrike, raid, assault, bombing, shelling | attaque, frappe, raid, bombardement, offensive, attentat | ataque, bombardeo, atentado, incursión, ofensiva | ataque, bombardeio, atentado, ofensiva | angriff, luftangriff, anschlag, beschuss, attacke | attacco, raid, bombardamento, attentato, offensiva
incidents; t; incident, event, accident | incident, accident, événement | incidente, accidente, suceso | incidente, acidente, ocorrência | vorfall, unfall, zwischenfall | incidente, episodio
crimes; t; crime, offence, offense, murder, homicide, theft, assault | crime, délit, infraction, homicide, meurtre, vol, agression | delito, crimen, homicidio, asesinato, robo, agresión | crime, delito, homicídio, assassinato, roubo, furto | straftat, verbrechen, delikt, mord, tötung, diebstahl | reato, delitto, omicidio, furto, rapina
complaints; t; complaint, report, claim, lawsuit, appeal, application, request | plainte, signalement, recours, demande, requête, dossier | denuncia, reclamación, demanda, recurso, solicitud | denúncia, queixa, reclamação, pedido, processo | anzeige, beschwerde, klage, antrag | denuncia, querela, ricorso, domanda, richiesta, segnalazione
operations; t; operation, mission, intervention, search and rescue | opération, mission, intervention, sortie | operación, misión, intervención, actuación | operação, missão, intervenção | einsatz, operation, mission | operazione, missione, intervento
earthquakes; t; earthquake, quake, tremor, aftershock, shock | séisme, tremblement de terre, réplique, secousse | terremoto, sismo, seísmo, réplica | terremoto, sismo, réplica, abalo | erdbeben, beben, nachbeben | terremoto, sisma, scossa, replica
landslides; t; landslide, mudslide | glissement de terrain, éboulement | deslizamiento, corrimiento, desprendimiento | deslizamento | erdrutsch, hangrutsch, murenabgang | frana, smottamento
fires; t; fire, wildfire, blaze | incendie, feu | incendio, fuego | incêndio, fogo, queimada | brand, waldbrand, feuer | incendio, rogo
rivers; t; river, stream, watercourse | fleuve, rivière, cours d'eau | río, cauce | rio, curso d'água | fluss, bach, gewässer | fiume, torrente, corso d'acqua
roads; t; road, street, bridge, railway | route, rue, pont, voie ferrée | carretera, calle, puente, vía | estrada, rua, ponte, rodovia | straße, brücke, bahnstrecke | strada, via, ponte, ferrovia
measures; t; measure, reform, law, bill, decree, project, programme, initiative, intervention, scheme | mesure, réforme, loi, projet, décret, dispositif, programme | medida, reforma, ley, proyecto, decreto, programa | medida, reforma, lei, projeto, decreto, programa | maßnahme, reform, gesetz, projekt, programm, vorhaben | misura, riforma, legge, progetto, decreto, intervento, programma
meals; t; meal, food parcel, ration | repas, colis alimentaire, ration | comida, ración, menú | refeição, cesta básica, ração | mahlzeit, essen, lebensmittelpaket | pasto, pacco alimentare, razione
visas; t; visa, permit, residence permit | visa, titre de séjour, permis | visado, visa, permiso de residencia | visto, autorização de residência | visum, aufenthaltstitel, genehmigung | visto, permesso di soggiorno
weddings; t; wedding, marriage | mariage | boda, matrimonio | casamento | hochzeit, ehe | matrimonio, nozze
births; t; birth, newborn | naissance | nacimiento | nascimento | geburt | nascita
animals; t; animal, cattle, head of cattle, livestock | animal, bête, tête de bétail | animal, cabeza de ganado, res | animal, cabeça de gado | tier, rind, vieh | animale, capo di bestiame
trees; t; tree | arbre | árbol | árvore | baum | albero
wafers; t; wafer, chip, semiconductor | plaquette, puce, semi-conducteur | oblea, chip, semiconductor | wafer, chip, semicondutor | wafer, chip, halbleiter | wafer, chip, semiconduttore
products; t; product, item, unit, piece, copy | produit, article, unité, pièce, exemplaire | producto, artículo, unidad, pieza, ejemplar | produto, artigo, unidade, peça, exemplar | produkt, artikel, stück, exemplar, einheit | prodotto, articolo, pezzo, unità, esemplare
batteries; t; battery, batteries, battery pack | batterie, accumulateur | batería, acumulador | bateria | akku, batterie, akkumulator | batteria
subscribers; p; subscriber, user, customer, client, follower, viewer | abonné, utilisateur, client, usager, spectateur | suscriptor, usuario, cliente, abonado, espectador | assinante, usuário, cliente, espectador | abonnent, nutzer, kunde, zuschauer | abbonato, utente, cliente, spettatore
gdp; m; gdp, gross domestic product, output, economic output, economy | pib, produit intérieur brut, richesse nationale | pib, producto interior bruto | pib, produto interno bruto | bip, bruttoinlandsprodukt, wirtschaftsleistung | pil, prodotto interno lordo, prodotto
gdp_growth; r; growth, gdp growth, expansion, economic growth, economy | croissance, croissance économique, expansion | crecimiento, crecimiento económico, expansión | crescimento, crescimento econômico, expansão | wachstum, wirtschaftswachstum, konjunktur | crescita, crescita economica, espansione
recession; r; contraction, recession, decline in output | récession, contraction | recesión, contracción | recessão, contração | rezession, schrumpfung | recessione, contrazione
inflation; r; inflation, price rise, consumer prices, cpi | inflation, hausse des prix, indice des prix | inflación, ipc, subida de precios | inflação, ipca, alta de preços | inflation, teuerung, inflationsrate, preissteigerung | inflazione, aumento dei prezzi
interest_rate; r; interest rate, rate, policy rate, base rate, key rate, selic, deposit rate | taux, taux directeur, taux d'intérêt | tipo, tipo de interés, tasa de interés, tipos | taxa, juro, taxa selic, selic, taxa de juros | zins, leitzins, zinssatz | tasso, tasso d'interesse, tasso di riferimento
yields; r; yield, bond yield, spread | rendement obligataire, taux obligataire, spread | rentabilidad, prima de riesgo, rendimiento del bono | rendimento, juro do título, spread | rendite, anleiherendite, risikoaufschlag | rendimento, spread, tasso dei titoli
deficit; m; deficit, public deficit, budget deficit, shortfall | déficit, déficit public, trou | déficit, déficit público, descuadre | déficit, rombo, déficit primário | defizit, haushaltsdefizit, fehlbetrag | deficit, disavanzo
surplus; m; surplus, primary surplus | excédent | superávit, excedente | superávit, superavit, excedente, meta | überschuss | avanzo, surplus, attivo
debt; m; debt, public debt, national debt, liability | dette, dette publique, endettement | deuda, deuda pública, endeudamiento | dívida, dívida pública, endividamento | schuld, schulden, staatsschuld, verschuldung | debito, debito pubblico, indebitamento
borrowing; m; borrowing, new debt, net borrowing, credit, loan | emprunt, recours à l'emprunt, endettement nouveau | endeudamiento, préstamo, emisión de deuda | empréstimo, endividamento novo | kreditaufnahme, nettokreditaufnahme, neuverschuldung, kredit, neue schulden | indebitamento, prestito, emissione
budget; m; budget, spending plan, finance bill, budget law | budget, loi de finances, plf | presupuesto, presupuestos | orçamento, ldo, loa | haushalt, etat, bundeshaushalt, budget, kernhaushalt | bilancio, manovra, legge di bilancio, finanziaria
spending; m; spending, expenditure, outlay, expense, cost | dépense, dépenses publiques, frais | gasto, gasto público, desembolso | gasto, despesa, dispêndio | ausgabe, aufwendung, kosten | spesa, uscita, esborso
defence_spending; m; defence spending, defense spending, military spending, defence budget, defense budget, military budget | budget de la défense, dépenses militaires, budget des armées, crédits militaires | gasto en defensa, gasto militar, presupuesto de defensa | gasto militar, orçamento de defesa, gastos com defesa | verteidigungsetat, wehretat, verteidigungshaushalt, verteidigungsausgaben, rüstungsausgaben | spesa militare, spesa per la difesa, bilancio della difesa, difesa
health_spending; m; health spending, health budget, nhs budget | dépenses de santé, budget de la santé | gasto sanitario, presupuesto de sanidad | gasto com saúde, orçamento da saúde | gesundheitsausgaben | spesa sanitaria, fondo sanitario
spending_cuts; m; spending cut, cut, saving, austerity, effort, adjustment | économie, baisse de dépenses, coupe, effort, ajustement, rabot | recorte, ajuste, ahorro, tijeretazo | corte, contingenciamento, congelamento, ajuste, economia, bloqueio | einsparung, kürzung, sparpaket, sparmaßnahme | taglio, risparmio, sforbiciata, correzione
revenue; m; revenue, receipt, income, proceeds, takings, yield | recette, rendement, produit, rentrée | ingreso, recaudación, recaudo | receita, arrecadação | einnahme, ertrag, steueraufkommen | entrata, gettito, introito, incasso
tax; m; tax, taxation, levy, duty, tax rise, tax measure, surtax | impôt, taxe, fiscalité, prélèvement, contribution, surtaxe | impuesto, tributo, tasa, gravamen | imposto, tributo, taxa | steuer, abgabe, steuererhöhung | tassa, imposta, tributo, prelievo, aliquota
income_tax; r; income tax, income tax rate | impôt sur le revenu | irpf, impuesto sobre la renta | imposto de renda, irs | einkommensteuer, lohnsteuer | irpef, imposta sul reddito
corporate_tax; r; corporation tax, corporate tax | impôt sur les sociétés | impuesto de sociedades | imposto sobre empresas, irc | körperschaftsteuer | ires, imposta sulle società
vat; r; vat, sales tax | tva | iva | iva, icms | mehrwertsteuer, umsatzsteuer | iva
contributions; m; contribution, social contribution, national insurance, payroll tax, levy | cotisation, contribution, charges sociales | cotización, contribución | contribuição, encargo | beitrag, sozialbeitrag, abgabe | contributo, cuneo, cuneo contributivo, cuneo fiscale
aid; m; aid, help, assistance, relief, support, package, aid package, bailout, rescue package, grant | aide, soutien, assistance, enveloppe, plan d'aide, secours | ayuda, asistencia, apoyo, paquete, rescate, socorro | ajuda, auxílio, apoio, assistência, pacote, socorro | hilfe, hilfspaket, unterstützung, hilfsgeld, soforthilfe, entlastung | aiuto, sostegno, assistenza, ristoro, pacchetto, misura
military_aid; m; military aid, arms aid, security assistance | aide militaire | ayuda militar | ajuda militar | militärhilfe, waffenhilfe | aiuti militari
humanitarian_aid; m; humanitarian aid, appeal, relief fund, health needs | aide humanitaire, appel de fonds | ayuda humanitaria, llamamiento | ajuda humanitária, apelo, necessidade | humanitäre hilfe, spendenaufruf | aiuti umanitari, appello
subsidies; m; subsidy, grant, state aid, funding, incentive, support | subvention, aide d'état, financement, dotation | subvención, subsidio, ayuda estatal, financiación | subsídio, subvenção, incentivo, financiamento | subvention, förderung, beihilfe, zuschuss, fördergeld, staatshilfe | sovvenzione, sussidio, incentivo, aiuto di stato, finanziamento, contributo
loans; m; loan, credit line, credit facility | prêt, crédit, ligne de crédit | préstamo, crédito, línea de crédito | empréstimo, crédito, financiamento | darlehen, kredit, kreditlinie | prestito, finanziamento, credito
funds; m; fund, special fund, recovery fund, plan, recovery plan, envelope, endowment, pot | fonds, fonds spécial, plan de relance, cagnotte, enveloppe | fondo, fondos, plan de recuperación, dotación | fundo, fundos, plano de recuperação, dotação | fonds, sondervermögen, topf, wiederaufbaufonds, sondertopf | fondo, fondi, piano, pnrr, dotazione, plafond
investment; m; investment, capital expenditure, capex, investment need | investissement | inversión | investimento | investition, investitionsbedarf, investitionsvolumen | investimento, investimenti
damages; m; damage, damages, loss, losses, cost of damage, harm | dégât, dommage, préjudice, perte, coût des dégâts | daño, pérdida, perjuicio, destrozo | prejuízo, dano, perda, estrago | schaden, verlust, sachschaden, schadenssumme | danno, perdita, danni
reconstruction; m; reconstruction, rebuilding, recovery cost, repair | reconstruction, réparation | reconstrucción, reparación | reconstrução, reparação | wiederaufbau, reparatur | ricostruzione, riparazione
profit; m; profit, earnings, net income, net profit, operating profit, surplus | bénéfice, profit, résultat net, résultat | beneficio, ganancia, resultado | lucro, ganho, resultado | gewinn, ergebnis, überschuss, reingewinn | utile, profitto, guadagno
net_loss; m; net loss, quarterly loss, loss | perte, perte nette, déficit | pérdida, pérdida neta, números rojos | prejuízo, perda líquida | verlust, nettoverlust, quartalsverlust, fehlbetrag | perdita, rosso, perdita netta
turnover; m; turnover, sales, revenue, business volume | chiffre d'affaires, ventes | facturación, ventas, cifra de negocio | faturamento, vendas, receita | umsatz, erlös, verkaufszahl | fatturato, vendite, ricavi
exports; m; export, exports, shipment | exportation, export | exportación | exportação | export, ausfuhr | esportazione, export
imports; m; import, imports | importation, import | importación | importação | import, einfuhr | importazione, import
trade_balance; m; trade deficit, trade surplus, trade balance | balance commerciale, déficit commercial, excédent commercial | balanza comercial, déficit comercial | balança comercial, superávit comercial | handelsbilanz, handelsdefizit, handelsüberschuss | bilancia commerciale, saldo commerciale
wages; m; wage, salary, pay, earnings, payslip, pay rise | salaire, rémunération, traitement, paie | salario, sueldo, remuneración, nómina, paga | salário, remuneração, ordenado, vencimento | lohn, gehalt, vergütung, bezüge, verdienst | salario, stipendio, retribuzione, busta paga, paga
minimum_wage; m; minimum wage, living wage, national living wage | salaire minimum, smic | salario mínimo, smi, salario mínimo interprofesional | salário mínimo, piso, piso salarial | mindestlohn | salario minimo, paga minima
pensions; m; pension, retirement pension, state pension | pension, retraite, pension de retraite | pensión, jubilación | pensão, aposentadoria, reforma | rente, pension, altersrente, ruhegehalt | pensione, assegno pensionistico
benefits; m; benefit, allowance, welfare, payment, grant, bonus, cheque, voucher | allocation, prestation, prime, chèque, bonus, indemnité, aide sociale | prestación, subsidio, bono, cheque, ayuda, paga, ingreso mínimo | benefício, auxílio, bolsa, abono, vale, bônus | leistung, zulage, bürgergeld, kindergeld, zuschuss, prämie | assegno, bonus, indennità, sussidio, reddito, beneficio
compensation; m; compensation, indemnity, damages award, payout, settlement | indemnisation, indemnité, dédommagement | indemnización, compensación | indenização, compensação | entschädigung, abfindung, schadensersatz | risarcimento, indennizzo, compensazione
fines; m; fine, penalty, sanction | amende, pénalité, sanction | multa, sanción, penalización | multa, penalidade, sanção | strafe, bußgeld, geldstrafe | multa, sanzione, ammenda
prices; m; price, cost, tariff, fare, charge, rate | prix, coût, tarif | precio, coste, costo, tarifa | preço, custo, tarifa | preis, kosten, tarif, gebühr | prezzo, costo, tariffa
carbon_price; m; carbon price, co2 price | prix du carbone, prix du co2 | precio del co2, precio del carbono | preço do carbono | co2-preis, kohlendioxidpreis | prezzo della co2, prezzo del carbonio
energy_prices; m; energy price, electricity price, gas price, power bill, energy bill | prix de l'énergie, prix de l'électricité, prix du gaz, facture d'électricité | precio de la luz, precio de la electricidad, precio del gas, factura | preço da energia, conta de luz, tarifa de energia | strompreis, gaspreis, energiepreis, stromrechnung | prezzo dell'energia, bolletta, prezzo del gas
fuel_prices; m; fuel price, petrol price, diesel price, oil price, barrel | prix du carburant, prix de l'essence, prix du gazole, prix du pétrole, baril | precio del combustible, gasolina, gasóleo, barril, petróleo | preço do combustível, gasolina, diesel, barril, petróleo | spritpreis, benzinpreis, dieselpreis, ölpreis, barrel, agrardiesel | prezzo del carburante, benzina, gasolio, barile, petrolio
house_prices; m; house price, home price, property price | prix de l'immobilier, prix des logements | precio de la vivienda | preço dos imóveis | immobilienpreis, hauspreis | prezzo delle case
rents; m; rent | loyer | alquiler, renta | aluguel, renda | miete, kaltmiete | affitto, canone
exchange_rate; r; exchange rate, currency | taux de change, devise | tipo de cambio, divisa | câmbio, taxa de câmbio, dólar | wechselkurs, devise | tasso di cambio, valuta
stocks; r; index, stock, share, stock market, shares | indice, action, bourse, cac 40 | índice, acción, bolsa, ibex | índice, ação, bolsa, ibovespa | index, aktie, börse, dax | indice, azione, borsa, ftse mib
market_share; r; market share, share | part de marché, part, quote-part, proportion | cuota de mercado, cuota, parte, porcentaje, proporción | participação de mercado, parcela, proporção, fatia | marktanteil, anteil, quote | quota di mercato, quota, parte, percentuale
threshold; m; threshold, ceiling, cap, limit, floor, band, bracket | seuil, plafond, limite, tranche, barème | umbral, límite, tope, tramo | limite, teto, faixa, patamar | schwelle, grenze, obergrenze, freibetrag, stufe | soglia, tetto, limite, scaglione, fascia
targets; r; target, goal, objective, commitment, aim | objectif, cible, engagement, cap | objetivo, meta, compromiso | meta, alvo, objetivo, compromisso | ziel, zielmarke, vorgabe, nato-ziel | obiettivo, traguardo, target, impegno
change; r; increase, rise, growth, gain, jump, fall, drop, decline, decrease, reduction, cut | hausse, augmentation, progression, baisse, recul, diminution, chute, réduction | subida, aumento, alza, incremento, bajada, caída, descenso, reducción, disminución | alta, aumento, subida, crescimento, queda, baixa, redução, diminuição, recuo | anstieg, erhöhung, zuwachs, plus, rückgang, senkung, minus, kürzung | aumento, rialzo, crescita, incremento, calo, ribasso, diminuzione, riduzione, flessione
difference; r; difference, gap, margin, differ | écart, différence, différer | diferencia, brecha, diferir, distancia | diferença, diferir, distância | unterschied, differenz, abstand | differenza, divario, scarto
emissions; x; emission, co2 emission, greenhouse gas | émission, émission de co2, gaz à effet de serre | emisión, gases de efecto invernadero | emissão, gases de efeito estufa | emission, ausstoß, treibhausgas | emissione, gas serra
energy; x; electricity, power, energy, capacity, output, production | électricité, énergie, puissance, capacité, production | electricidad, energía, potencia, capacidad, producción | eletricidade, energia, potência, capacidade, produção | strom, energie, leistung, kapazität, produktion | elettricità, energia, potenza, capacità, produzione
oil_gas; x; oil, gas, crude, natural gas, lng | pétrole, gaz, brut | petróleo, gas, crudo | petróleo, gás | öl, gas, rohöl, erdgas | petrolio, gas, greggio
harvest; x; harvest, crop, grain, wheat, yield | récolte, céréale, blé | cosecha, cereal, trigo | colheita, safra, grão, trigo, soja | ernte, getreide, weizen | raccolto, grano, cereale
rainfall; x; rain, rainfall, precipitation | pluie, précipitation, cumul | lluvia, precipitación | chuva, precipitação | regen, niederschlag, regenmenge | pioggia, precipitazione
water; x; water, water volume | eau, volume d'eau | agua | água | wasser, wassermenge | acqua
water_level; x; water level, level, height, flood level | niveau, hauteur, cote, crue | nivel, altura, cota | nível, cota, altura | pegel, wasserstand, höhe | livello, altezza, idrometro
area; x; area, surface, land, hectare, territory | surface, superficie, territoire, hectare, zone | superficie, área, extensión, hectárea, territorio | área, superfície, extensão, hectare, território | fläche, gebiet, hektar | superficie, area, estensione, ettaro, territorio
distance; x; distance, length, kilometre, route | distance, longueur, kilomètre, trajet | distancia, longitud, kilómetro, recorrido | distância, extensão, comprimento, quilômetro | entfernung, länge, strecke, kilometer | distanza, lunghezza, chilometro, percorso
boat_length; x; boat length, long boat | longueur d'embarcation, embarcation de mètres | eslora | comprimento do barco | bootslänge | lunghezza della barca
temperature; x; temperature, degree, heat | température, degré, chaleur | temperatura, grado, calor | temperatura, grau, calor | temperatur, grad, hitze | temperatura, grado, caldo
speed; x; speed, wind speed, gust | vitesse, rafale | velocidad, ráfaga | velocidade, rajada | geschwindigkeit, windgeschwindigkeit, böe | velocità, raffica
magnitude; x; magnitude | magnitude | magnitud | magnitude | stärke, magnitude | magnitudo
weight; x; weight, tonne, ton, kilogram, rubble, debris, waste | poids, tonne, kilo, gravats, débris, déchet | peso, tonelada, kilo, escombros, residuo | peso, tonelada, quilo, escombros, entulho, resíduo | gewicht, tonne, kilo, schutt, trümmer, abfall, müll | peso, tonnellata, chilo, macerie, detrito, rifiuto
explosives; x; explosive, ordnance, munition | explosif, munition, engin explosif | explosivo, artefacto | explosivo, artefato | sprengstoff, munition, blindgänger | esplosivo, ordigno
drugs; x; drug, cocaine, cannabis, heroin, narcotics | drogue, cocaïne, cannabis, héroïne, stupéfiant | droga, cocaína, hachís, heroína, estupefaciente | droga, cocaína, maconha, heroína, entorpecente | droge, kokain, cannabis, heroin, rauschgift | droga, cocaina, hashish, eroina, stupefacente
hours; t; hour, working hour, hour worked | heure, heure travaillée | hora, hora trabajada | hora, hora trabalhada | stunde, arbeitsstunde | ora, ora lavorata
days; t; day, working day, day of strike | jour, journée | día, jornada | dia, jornada | tag, arbeitstag | giorno, giornata
installments; m; installment, instalment, tranche, payment | tranche, versement, échéance | tramo, pago, plazo | parcela, tranche, pagamento | tranche, rate, zahlung | rata, tranche, versamento
prefinancing; m; advance, prefinancing, down payment | avance, préfinancement, acompte | anticipo, prefinanciación | adiantamento, antecipação | vorschuss, vorfinanzierung, anzahlung | anticipo, prefinanziamento
privatisations; m; privatisation, privatization, asset sale | privatisation, cession | privatización | privatização | privatisierung | privatizzazione, dismissione
procurement; m; purchase, order, contract, deal, acquisition | achat, commande, contrat, marché, accord | compra, pedido, contrato, acuerdo, adquisición | compra, encomenda, contrato, acordo, aquisição | kauf, auftrag, vertrag, bestellung, beschaffung, deal | acquisto, commessa, contratto, accordo, ordine
payments; m; payment, transfer, disbursement | paiement, versement, transfert | pago, transferencia, desembolso | pagamento, transferência, repasse | zahlung, überweisung, auszahlung | pagamento, versamento, trasferimento, erogazione
savings; m; savings, deposit | épargne, dépôt, livret | ahorro, depósito | poupança, depósito | ersparnis, einlage, sparguthaben | risparmio, deposito
wealth; m; wealth, fortune, assets, net worth | fortune, patrimoine, richesse | fortuna, patrimonio, riqueza | fortuna, patrimônio, riqueza | vermögen, reichtum | patrimonio, ricchezza, fortuna
market_value; m; market value, valuation, market capitalisation, market cap | valorisation, capitalisation, valeur | valoración, capitalización, valor | valor de mercado, capitalização, valuation | marktwert, bewertung, börsenwert | valore, capitalizzazione, valutazione
reserves; m; reserves, foreign reserves, cash | réserves, trésorerie | reservas, tesorería | reservas, caixa | reserven, devisenreserven, rücklage | riserve, liquidità
bonds; m; bond, treasury, gilt, bund, note | obligation, emprunt d'état, oat | bono, letra, obligación | título, título público, tesouro | anleihe, bundesanleihe, staatsanleihe | btp, titolo di stato, obbligazione, bot
insurance; m; insurance, insurance claim, insured loss | assurance, sinistre assuré | seguro, consorcio de compensación | seguro, sinistro | versicherung, versicherungsschaden | assicurazione, polizza
tourism_revenue; m; tourism revenue, tourist spending | recettes touristiques | gasto turístico, ingresos por turismo | receita do turismo | tourismuseinnahmen | spesa turistica
poverty; r; poverty, poverty rate, poor | pauvreté, taux de pauvreté, pauvre | pobreza, tasa de pobreza, pobre | pobreza, taxa de pobreza, pobre | armut, armutsquote, arme | povertà, tasso di povertà, povero
approval; r; approval, approval rating, support, popularity, poll, voting intention | popularité, cote, approbation, intention de vote, sondage | aprobación, apoyo, popularidad, intención de voto, encuesta | aprovação, apoio, popularidade, intenção de voto, pesquisa | zustimmung, beliebtheit, umfragewert, umfrage | gradimento, consenso, popolarità, intenzione di voto, sondaggio
vote_share; r; vote share, percentage of the vote, result, score | score, résultat, pourcentage des voix | porcentaje de votos, resultado | percentual de votos, resultado, votação | stimmenanteil, ergebnis, zweitstimme | percentuale, risultato, percentuale dei voti
majority; t; majority, two-thirds majority, absolute majority | majorité | mayoría | maioria | mehrheit, zweidrittelmehrheit | maggioranza
coverage; r; coverage, vaccination rate, occupancy, occupancy rate, capacity utilisation | couverture, taux d'occupation, taux de remplissage | cobertura, ocupación, tasa de ocupación | cobertura, ocupação, taxa de ocupação | auslastung, quote, impfquote, belegung | copertura, occupazione, tasso di occupazione
storms; t; storm, hurricane, cyclone, typhoon, flood, flooding | tempête, ouragan, cyclone, typhon, inondation, crue | tormenta, huracán, ciclón, tifón, inundación, riada, dana | tempestade, furacão, ciclone, tufão, enchente, inundação, cheia | sturm, hurrikan, orkan, zyklon, taifun, hochwasser, überschwemmung, flut | tempesta, uragano, ciclone, tifone, alluvione, inondazione, esondazione
accidents; t; road death, crash, collision, accident | accident de la route, collision | accidente de tráfico, siniestro, choque | acidente de trânsito, colisão | verkehrsunfall, zusammenstoß | incidente stradale, scontro
suicides; p; suicide | suicide | suicidio | suicídio | suizid, selbstmord | suicidio
femicides; p; femicide, domestic violence victim | féminicide | feminicidio | feminicídio | femizid | femminicidio
homeless_people; p; rough sleeper, homeless person | sans-domicile, sdf | persona sin hogar, sintecho | morador de rua, pessoa em situação de rua | wohnungslose | senza fissa dimora, clochard
recruits; p; recruit, conscript, reservist, mobilised | recrue, conscrit, réserviste, mobilisé | recluta, reservista, movilizado | recruta, reservista, mobilizado | rekrut, wehrpflichtige, reservist | recluta, riservista, mobilitato
mercenaries; p; mercenary, wagner fighter | mercenaire | mercenario | mercenário | söldner | mercenario
diplomats; p; diplomat, ambassador, envoy | diplomate, ambassadeur | diplomático, embajador | diplomata, embaixador | diplomat, botschafter | diplomatico, ambasciatore
journalists; p; journalist, reporter | journaliste, reporter | periodista, reportero | jornalista, repórter | journalist, reporter | giornalista, cronista
farmers; p; farmer, grower | agriculteur, paysan, éleveur, exploitant | agricultor, ganadero, campesino | agricultor, produtor rural, pecuarista | landwirt, bauer, erzeuger | agricoltore, allevatore, contadino
patents; t; patent, trademark | brevet, marque | patente, marca | patente, marca | patent, marke | brevetto, marchio
satellites; t; satellite | satellite | satélite | satélite | satellit | satellite
warships; t; warship, frigate, submarine, destroyer, aircraft carrier | navire de guerre, frégate, sous-marin, porte-avions | buque de guerra, fragata, submarino, portaaviones | navio de guerra, fragata, submarino, porta-aviões | kriegsschiff, fregatte, u-boot, flugzeugträger | nave da guerra, fregata, sottomarino, portaerei
air_defence; t; air defence system, air defense system, patriot, interceptor | système de défense aérienne, batterie antiaérienne, intercepteur | sistema de defensa antiaérea, batería, interceptor | sistema de defesa aérea, bateria antiaérea | luftabwehrsystem, flugabwehr, abfangrakete | sistema di difesa aerea, batteria antiaerea, intercettore
artillery; t; artillery, howitzer, gun system, launcher | artillerie, obusier, canon, lance-roquettes | artillería, obús, cañón, lanzacohetes | artilharia, obuseiro, canhão, lançador | artillerie, haubitze, geschütz, raketenwerfer | artiglieria, obice, cannone, lanciarazzi
"""

# Words that say what happened to counted people. A count of people followed by one
# of these counts the status, not the people. Things are only destroyed, launched or
# shot down (quantities.THING_STATUS).
STATUS = """
deaths; killed, dead, died, die, death, fatal, lost their lives, perished | tué, mort, décédé, morte, perdu la vie, péri, succombé | muerto, murieron, fallecido, fallecieron, murió, perdieron la vida, asesinado | morto, morreram, faleceram, morreu, perderam a vida, vítima fatal | getötet, tot, starben, ums leben, gestorben, umgekommen, tote | morto, morti, uccisi, deceduti, hanno perso la vita, vittime
wounded; wounded, injured, hurt | blessé, blessés, blessée | herido, heridos, herida | ferido, feridos, ferida | verletzt, verwundet, verletzte, verwundete | ferito, feriti, ferita
missing; missing, disappeared, disappearance, unaccounted | disparu, disparue, disparition | desaparecido, desaparecida, desaparición | desaparecido, desaparecida, desaparecimento | vermisst, verschwunden, vermisste | disperso, dispersi, scomparso, scomparsi
evacuated; evacuated | évacué, évacuée | evacuado, evacuada, desalojado | evacuado, evacuada, retirado | evakuiert, in sicherheit gebracht | evacuato, evacuati, evacuata
displaced; displaced, homeless, lost their homes | déplacé, sans-abri, sinistré, délogé | desplazado, sin hogar, desalojado | desalojado, desabrigado, deslocado | vertrieben, obdachlos | sfollato, sfollati, senza casa
rescued; rescued, saved | secouru, secourus, sauvé, sauvés | rescatado, rescatados, salvado | resgatado, resgatados, salvo | gerettet, geborgen | salvato, salvati, soccorso, soccorsi
arrests; arrested, detained, held in custody | arrêté, interpellé, placé en garde à vue | detenido, detenidos, arrestado | preso, presos, detido, detidos | festgenommen, verhaftet | arrestato, arrestati, fermato, fermati
affected; affected, hit | touché, touchées, sinistré | afectado, afectados, damnificado | afetado, afetadas, atingido | betroffen | colpito, colpite, interessato
sheltered; in shelters, sheltered, housed | hébergé, hébergés, en abri | albergado, alojado | em abrigos, abrigado, abrigados | untergebracht | ospitato, ospitati, in tende
destroyed; destroyed, collapsed, damaged, razed | détruit, effondré, endommagé | destruido, derrumbado, dañado | destruído, desabaram, danificado, danificadas | zerstört, eingestürzt, beschädigt | distrutto, crollati, crollato, danneggiato, danneggiati
downed; shot down, downed, intercepted, neutralised, neutralized | abattu, intercepté, neutralisé | derribado, derribó, derribaron, interceptado, neutralizado | abatido, abateu, abatidos, derrubado, derrubou, interceptado, neutralizado | abgeschossen, abgefangen, neutralisiert | abbattuto, abbattuti, intercettato, intercettati, neutralizzato, neutralizzati
launched; launched, fired | lancé, tiré | lanzado, lanzó, lanzaron, disparado, disparó | lançou, lançado, lançados, disparou, disparado | abgefeuert, feuerte, gestartet, startete | lanciato, lanciati, lanciò, sparato, sparati
"""

# Place codes: ISO 3166 alpha-2 for countries; short codes for a few regions, cities and blocs.
# A line is `CODE; en | fr | es | pt | de | it`, or `CODE; names` when every language
# spells them alike. A capital is a place of its own ("81 000 à Paris" is not "in France").
PLACES = """
RU; russia, russian, kremlin | russie, russe, kremlin | rusia, ruso, rusa, kremlin | rússia, russo, russa, kremlin | russland, russisch, kreml | russia, russo, russa, cremlino
RU_CAPITAL; moscow, moscou, moscú, moskau, mosca
UA; ukraine, ukrainian | ukraine, ukrainien | ucrania, ucraniano | ucrânia, ucraniano | ukraine, ukrainisch | ucraina, ucraino
UA_CAPITAL; kyiv, kiev, kiew
KP; north korea, north korean, pyongyang | corée du nord, nord-coréen, pyongyang | corea del norte, norcoreano, pyongyang | coreia do norte, norte-coreano, pyongyang | nordkorea, nordkoreanisch, nordkoreaner, pjöngjang | corea del nord, nordcoreano, pyongyang
KR; south korea, south korean | corée du sud, sud-coréen | corea del sur, surcoreano | coreia do sul, sul-coreano | südkorea, südkoreanisch | corea del sud, sudcoreano
KR_CAPITAL; seoul, séoul, seúl, seul
US; united states, american, washington, pentagon, white house, usa | états-unis, américain, washington, pentagone, maison blanche | estados unidos, estadounidense, norteamericano, washington, pentágono, casa blanca, eeuu | estados unidos, americano, norte-americano, washington, pentágono, casa branca, eua | vereinigte staaten, usa, amerikanisch, washington, pentagon, weißes haus | stati uniti, americano, statunitense, washington, pentagono, casa bianca, usa
CN; china, chinese | chine, chinois | china, chino | china, chinês | china, chinesisch | cina, cinese
CN_CAPITAL; beijing, pékin, pekín, pequim, peking, pechino
JP; japan, japanese | japon, japonais | japón, japonés | japão, japonês | japan, japanisch | giappone, giapponese
JP_CAPITAL; tokyo, tokio, tóquio
IN; india, indian | inde, indien | india, indio | índia, indiano | indien, indisch | india, indiano
IN_CAPITAL; new delhi, nueva delhi, nova déli, neu-delhi, nuova delhi
FR; france, french, élysée | france, français, élysée, hexagone | francia, francés, elíseo | frança, francês, eliseu | frankreich, französisch, élysée | francia, francese, eliseo
FR_CAPITAL; paris, parís, parigi
DE; germany, german, bundestag | allemagne, allemand, bundestag | alemania, alemán | alemanha, alemão | deutschland, deutsch, bundestag, bundesrepublik | germania, tedesco
DE_CAPITAL; berlin, berlín, berlim, berlino
ES; spain, spanish | espagne, espagnol | españa, español | espanha, espanhol | spanien, spanisch | spagna, spagnolo
ES_CAPITAL; madrid
IT; italy, italian | italie, italien | italia, italiano | itália, italiano | italien, italienisch | italia, italiano, palazzo chigi
IT_CAPITAL; rome, roma, rom
PT; portugal, portuguese | portugal, portugais | portugal, portugués | portugal, português | portugal, portugiesisch | portogallo, portoghese
PT_CAPITAL; lisbon, lisbonne, lisboa, lissabon, lisbona
GB; united kingdom, britain, british, uk, downing street | royaume-uni, britannique, grande-bretagne | reino unido, británico, gran bretaña | reino unido, britânico, grã-bretanha | großbritannien, vereinigtes königreich, britisch | regno unito, britannico, gran bretagna
GB_CAPITAL; london, londres, londra
BR; brazil, brazilian, brasília | brésil, brésilien, brasilia | brasil, brasileño, brasilia | brasil, brasileiro, brasília, planalto | brasilien, brasilianisch | brasile, brasiliano
MX; mexico, mexican | mexique, mexicain | méxico, mexicano | méxico, mexicano | mexiko, mexikanisch | messico, messicano
AR; argentina, argentine | argentine, argentin | argentina, argentino | argentina, argentino | argentinien, argentinisch | argentina, argentino
CA; canada, canadian, ottawa | canada, canadien | canadá, canadiense | canadá, canadense | kanada, kanadisch | canada, canadese
TR; turkey, turkish, türkiye | turquie, turc | turquía, turco | turquia, turco | türkei, türkisch | turchia, turco
TR_CAPITAL; ankara, ancara
SY; syria, syrian | syrie, syrien | siria, sirio | síria, sírio | syrien, syrisch | siria, siriano
SY_CAPITAL; damascus, damas, damasco, damaskus
IL; israel, israeli, tel aviv, jerusalem | israël, israélien, tel-aviv, jérusalem | israel, israelí, tel aviv, jerusalén | israel, israelense, israelita, jerusalém | israel, israelisch, jerusalem | israele, israeliano, gerusalemme
PS; palestine, palestinian, gaza, west bank | palestine, palestinien, gaza, cisjordanie | palestina, palestino, gaza, cisjordania | palestina, palestino, gaza, cisjordânia | palästina, palästinensisch, gaza, westjordanland | palestina, palestinese, gaza, cisgiordania
LB; lebanon, lebanese, beirut, hezbollah | liban, libanais, beyrouth, hezbollah | líbano, libanés, beirut | líbano, libanês, beirute | libanon, libanesisch, beirut | libano, libanese, beirut
IR; iran, iranian | iran, iranien | irán, iraní | irã, irão, iraniano | iran, iranisch | iran, iraniano
IR_CAPITAL; tehran, téhéran, teherán, teerã, teheran
IQ; iraq, iraqi, baghdad | irak, irakien, bagdad | irak, iraquí, bagdad | iraque, iraquiano, bagdá | irak, irakisch, bagdad | iraq, iracheno, baghdad
AF; afghanistan, afghan, kabul | afghanistan, afghan, kaboul | afganistán, afgano, kabul | afeganistão, afegão, cabul | afghanistan, afghanisch, kabul | afghanistan, afghano, kabul
YE; yemen, yemeni, houthi | yémen, yéménite, houthi | yemen, yemení, hutí | iêmen, iemenita, houthi | jemen, jemenitisch, huthi | yemen, yemenita, houthi
SA; saudi arabia, saudi, riyadh | arabie saoudite, saoudien, riyad | arabia saudí, saudí, riad | arábia saudita, saudita, riad | saudi-arabien, saudisch, riad | arabia saudita, saudita, riad
EG; egypt, egyptian | égypte, égyptien | egipto, egipcio | egito, egípcio | ägypten, ägyptisch | egitto, egiziano
EG_CAPITAL; cairo, le caire, el cairo, kairo, il cairo
LY; libya, libyan, tripoli | libye, libyen, tripoli | libia, libio, trípoli | líbia, líbio, trípoli | libyen, libysch, tripolis | libia, libico, tripoli
TN; tunisia, tunisian, tunis | tunisie, tunisien | túnez, tunecino | tunísia, tunisiano | tunesien, tunesisch | tunisia, tunisino
MA; morocco, moroccan, rabat | maroc, marocain | marruecos, marroquí | marrocos, marroquino | marokko, marokkanisch | marocco, marocchino
DZ; algeria, algerian, algiers | algérie, algérien, alger | argelia, argelino, argel | argélia, argelino, argel | algerien, algerisch, algier | algeria, algerino, algeri
SD; sudan, sudanese, khartoum | soudan, soudanais, khartoum | sudán, sudanés, jartum | sudão, sudanês, cartum | sudan, sudanesisch, khartum | sudan, sudanese, khartoum
NG; nigeria, nigerian, abuja | nigeria, nigérian | nigeria, nigeriano | nigéria, nigeriano | nigeria, nigerianisch | nigeria, nigeriano
ZA; south africa, south african | afrique du sud, sud-africain | sudáfrica, sudafricano | áfrica do sul, sul-africano | südafrika, südafrikanisch | sudafrica, sudafricano
CD; democratic republic of congo, congolese, kinshasa | rdc, congo, congolais, kinshasa | rdc, congo, congoleño, kinshasa | rdc, congo, congolês, kinshasa | kongo, kongolesisch, kinshasa | congo, congolese, kinshasa
ET; ethiopia, ethiopian | éthiopie, éthiopien | etiopía, etíope | etiópia, etíope | äthiopien, äthiopisch | etiopia, etiope
ML; mali, malian, bamako | mali, malien, bamako | malí, maliense | mali, maliano | mali, malisch | mali, maliano
SN; senegal, senegalese, dakar | sénégal, sénégalais, dakar | senegal, senegalés | senegal, senegalês | senegal, senegalesisch | senegal, senegalese
PK; pakistan, pakistani, islamabad | pakistan, pakistanais | pakistán, pakistaní | paquistão, paquistanês | pakistan, pakistanisch | pakistan, pakistano
BD; bangladesh, bangladeshi, dhaka | bangladesh, bangladais | bangladés, bangladesí | bangladesh | bangladesch | bangladesh, bengalese
ID; indonesia, indonesian, jakarta | indonésie, indonésien | indonesia, indonesio | indonésia, indonésio | indonesien, indonesisch | indonesia, indonesiano
PH; philippines, filipino, manila | philippines, philippin | filipinas, filipino | filipinas, filipino | philippinen, philippinisch | filippine, filippino
VN; vietnam, vietnamese, hanoi | viêt nam, vietnam, vietnamien | vietnam, vietnamita | vietnã, vietnamita | vietnam, vietnamesisch | vietnam, vietnamita
TW; taiwan, taiwanese, taipei | taïwan, taïwanais | taiwán, taiwanés | taiwan, taiwanês | taiwan, taiwanisch | taiwan, taiwanese
AU; australia, australian, canberra | australie, australien | australia, australiano | austrália, australiano | australien, australisch | australia, australiano
PL; poland, polish, warsaw | pologne, polonais, varsovie | polonia, polaco, varsovia | polônia, polónia, polonês, polaco, varsóvia | polen, polnisch, warschau | polonia, polacco, varsavia
NL; netherlands, dutch, amsterdam, the hague | pays-bas, néerlandais, amsterdam, la haye | países bajos, holanda, neerlandés, holandés | países baixos, holanda, holandês | niederlande, niederländisch, holland | paesi bassi, olanda, olandese
BE; belgium, belgian, brussels | belgique, belge, bruxelles | bélgica, belga, bruselas | bélgica, belga, bruxelas | belgien, belgisch, brüssel | belgio, belga, bruxelles
CH; switzerland, swiss, bern | suisse, berne | suiza, suizo, berna | suíça, suíço, berna | schweiz, schweizerisch, bern | svizzera, svizzero, berna
AT; austria, austrian, vienna | autriche, autrichien, vienne | austria, austriaco, viena | áustria, austríaco, viena | österreich, österreichisch, wien | austria, austriaco, vienna
GR; greece, greek, athens | grèce, grec, athènes | grecia, griego, atenas | grécia, grego, atenas | griechenland, griechisch, athen | grecia, greco, atene
SE; sweden, swedish, stockholm | suède, suédois | suecia, sueco | suécia, sueco | schweden, schwedisch | svezia, svedese
FI; finland, finnish, helsinki | finlande, finlandais | finlandia, finlandés | finlândia, finlandês | finnland, finnisch | finlandia, finlandese
NO; norway, norwegian, oslo | norvège, norvégien | noruega, noruego | noruega, norueguês | norwegen, norwegisch | norvegia, norvegese
DK; denmark, danish, copenhagen | danemark, danois | dinamarca, danés | dinamarca, dinamarquês | dänemark, dänisch | danimarca, danese
IE; ireland, irish, dublin | irlande, irlandais | irlanda, irlandés | irlanda, irlandês | irland, irisch | irlanda, irlandese
HU; hungary, hungarian, budapest | hongrie, hongrois | hungría, húngaro | hungria, húngaro | ungarn, ungarisch | ungheria, ungherese
RO; romania, romanian, bucharest | roumanie, roumain | rumanía, rumano | romênia, roménia, romeno | rumänien, rumänisch | romania, rumeno
CZ; czech republic, czech, prague | tchéquie, république tchèque, tchèque | chequia, república checa, checo | chéquia, república tcheca, tcheco | tschechien, tschechisch | repubblica ceca, ceco
RS; serbia, serbian, belgrade | serbie, serbe | serbia, serbio | sérvia, sérvio | serbien, serbisch | serbia, serbo
BY; belarus, belarusian, minsk | biélorussie, bélarus, biélorusse | bielorrusia, bielorruso | bielorrússia, bielorrusso | belarus, weißrussland, belarussisch | bielorussia, bielorusso
VE; venezuela, venezuelan, caracas | venezuela, vénézuélien | venezuela, venezolano | venezuela, venezuelano | venezuela, venezolanisch | venezuela, venezuelano
CO; colombia, colombian, bogotá | colombie, colombien | colombia, colombiano | colômbia, colombiano | kolumbien, kolumbianisch | colombia, colombiano
CL; chile, chilean, santiago | chili, chilien | chile, chileno | chile, chileno | chile, chilenisch | cile, cileno
PE; peru, peruvian, lima | pérou, péruvien | perú, peruano | peru, peruano | peru, peruanisch | perù, peruviano
CU; cuba, cuban, havana | cuba, cubain | cuba, cubano | cuba, cubano | kuba, kubanisch | cuba, cubano
HT; haiti, haitian | haïti, haïtien | haití, haitiano | haiti, haitiano | haiti, haitianisch | haiti, haitiano
EU; european union, eu, brussels, european commission | union européenne, ue, commission européenne | unión europea, ue, comisión europea | união europeia, ue, comissão europeia | europäische union, eu, eu-kommission | unione europea, ue, commissione europea
NATO; nato | otan, alliance atlantique | otan, alianza atlántica | otan, nato, aliança atlântica | nato, atlantische bündnis | nato, alleanza atlantica
UN; united nations, un, unicef, who, unhcr | nations unies, onu, oms, unicef | naciones unidas, onu, oms | nações unidas, onu, oms | vereinte nationen, uno, who | nazioni unite, onu, oms
CRIMEA; crimea, crimean | crimée | crimea | crimeia | krim | crimea
KURSK; kursk | koursk | kursk | kursk | kursk | kursk
DONBAS; donbas, donbass, donetsk, luhansk | donbass, donetsk, louhansk | donbás, donetsk, lugansk | donbass, donetsk, luhansk | donbass, donezk, luhansk | donbass, donetsk, lugansk
CHANNEL; english channel, dover, calais | la manche, pas-de-calais, calais | canal de la mancha | canal da mancha | ärmelkanal | canale della manica
VALENCIA; valencia, valencian | valence, valencien | valencia, comunitat valenciana, comunidad valenciana, valenciano | valência, valenciano | valencia | valencia, valenciano
CATALONIA; catalonia, catalan, barcelona | catalogne, catalan, barcelone | cataluña, catalán, barcelona | catalunha, catalão, barcelona | katalonien, katalanisch, barcelona | catalogna, catalano, barcellona
ANDALUSIA; andalusia, seville | andalousie, séville | andalucía, sevilla | andaluzia, sevilha | andalusien, sevilla | andalusia, siviglia
BAVARIA; bavaria, bavarian, munich | bavière, bavarois, munich | baviera, bávaro, múnich | baviera, bávaro, munique | bayern, bayerisch, münchen | baviera, bavarese, monaco di baviera
EMILIA_ROMAGNA; emilia-romagna, romagna, bologna | émilie-romagne, romagne, bologne | emilia-romaña, romaña, bolonia | emília-romanha, romanha, bolonha | emilia-romagna, romagna, bologna | emilia-romagna, romagna, bologna, emiliano, romagnolo
SICILY; sicily, sicilian, palermo | sicile, sicilien, palerme | sicilia, siciliano, palermo | sicília, siciliano, palermo | sizilien, sizilianisch, palermo | sicilia, siciliano, palermo
RS_BR; rio grande do sul, porto alegre | rio grande do sul, porto alegre | rio grande do sul, porto alegre | rio grande do sul, gaúcho, porto alegre | rio grande do sul, porto alegre | rio grande do sul, porto alegre
SAO_PAULO; são paulo, sao paulo | são paulo, sao paulo | são paulo, sao paulo | são paulo, paulista | são paulo | san paolo
RIO; rio de janeiro | rio de janeiro | río de janeiro | rio de janeiro, carioca | rio de janeiro | rio de janeiro
NEW_YORK; new york | new york | nueva york | nova york, nova iorque | new york | new york
CALIFORNIA; california, californian, los angeles | californie, californien | california, californiano | califórnia, californiano | kalifornien, kalifornisch | california, californiano
SCOTLAND; scotland, scottish, edinburgh | écosse, écossais | escocia, escocés | escócia, escocês | schottland, schottisch | scozia, scozzese
CORSICA; corsica, corsican | corse | córcega | córsega | korsika | corsica
MARSEILLE; marseille, marseilles | marseille | marsella | marselha | marseille | marsiglia
LYON; lyon | lyon | lyon | lião | lyon | lione
MILAN; milan | milan | milán | milão | mailand | milano
NAPLES; naples | naples | nápoles | nápoles | neapel | napoli
VENICE; venice | venise | venecia | veneza | venedig | venezia
FLORENCE; florence | florence | florencia | florença | florenz | firenze
LOMBARDY; lombardy | lombardie | lombardía | lombardia | lombardei | lombardia
COLOGNE; cologne | cologne | colonia | colônia | köln | colonia
HAMBURG; hamburg | hambourg | hamburgo | hamburgo | hamburg | amburgo
SAXONY; saxony, dresden, leipzig | saxe, dresde, leipzig | sajonia, dresde | saxônia, dresden | sachsen, dresden, leipzig | sassonia, dresda
SAXONY_ANHALT; saxony-anhalt, magdeburg | saxe-anhalt, magdebourg | sajonia-anhalt, magdeburgo | saxônia-anhalt, magdeburgo | sachsen-anhalt, magdeburg | sassonia-anhalt, magdeburgo
CANARIES; canary islands, canaries | canaries, îles canaries | canarias, islas canarias | canárias | kanaren, kanarische inseln | canarie, isole canarie
LAMPEDUSA; lampedusa | lampedusa | lampedusa | lampedusa | lampedusa | lampedusa
CAPITAL; the capital | la capitale | la capital | a capital | die hauptstadt, der hauptstadt | la capitale
MEDITERRANEAN; mediterranean | méditerranée | mediterráneo | mediterrâneo | mittelmeer | mediterraneo
"""

# Words in front of a place that make it where the counted things are ("troops in
# Russia"), not who they belong to ("North Korean troops"). One set a language.
LOCATIVES = {
    "en": "in into to at on inside within across towards near",
    "fr": "en au aux à a dans vers sur chez",
    "es": "en a al hacia dentro sobre",
    "pt": "em no na nos nas para ao aos à a dentro sobre",
    "de": "in im ins nach auf an am bei",
    "it": "in a al alla nel nella nei nelle negli verso sul sulla",
}

# Heads that name no thing ("the number of deaths"): look past them for the noun.
GENERIC_HEADS = """
number total figure toll count tally sum amount balance level share rate
nombre total chiffre bilan montant somme niveau part taux cumul
número total cifra balance recuento suma monto importe nivel
número total cifra balanço saldo soma montante valor nível
zahl anzahl gesamtzahl bilanz summe betrag höhe niveau
numero totale cifra bilancio conteggio somma importo livello
"""

# Words that make a count an increment of something rather than its stock.
ADDITIONAL = """
additional, extra, more, further, new, more than last year | supplémentaire, de plus, en plus, nouveau, nouveaux, renfort
| adicional, adicionales, más que, nuevo, nuevos, refuerzo | adicional, adicionais, a mais, novo, novos, reforço
| zusätzlich, zusätzliche, weitere, neue, mehr als | aggiuntivo, aggiuntivi, ulteriore, ulteriori, in più, nuovi, rinforzo
"""

# Words that make a figure a size per unit, not a total: "two brigades of 6,000 troops each".
PER_UNIT = """
each, apiece, per head, per person, per home, per household, a day, a month, a year, per day, per month, per year, an hour, per hour
| chacun, chacune, par personne, par foyer, par logement, par jour, par mois, par an, par heure
| cada una, cada uno, por persona, por vivienda, por hogar, al día, al mes, al año, por hora
| cada, cada um, cada uma, por pessoa, por casa, por dia, por mês, por ano, por hora
| jeweils, pro kopf, pro person, pro haushalt, pro tag, pro monat, pro jahr, pro stunde, im monat
| ciascuno, ciascuna, ognuno, a testa, per persona, per famiglia, al giorno, al mese, all'anno, l'ora
"""

# Words that make a figure the sum of others said beside it: "cerca de 15.000 efectivos en total".
TOTAL = """
in total, in all, altogether, combined | au total, en tout, au global | en total, en conjunto, entre todos
| no total, ao todo, somados | insgesamt, zusammen, alles in allem | in totale, complessivamente, in tutto
"""

# Words that make a figure a part of a total said beside it: "217 morts, dont 211 à Valence",
# "of which 4.7 billion", "darunter rund ein Dutzend". A part is not the total, nor another part.
PART_BEFORE = """
of which, of whom, among them, among whom, among those, including, of the total, of these, of those, out of which
| dont, parmi eux, parmi elles, parmi lesquels, parmi lesquelles, sur ce total, sur le total, y compris
| de los que, de las que, de los cuales, de las cuales, entre ellos, entre ellas, del total, de ese total, incluidos, incluidas
| dos quais, das quais, entre eles, entre elas, do total, desse total, incluindo
| darunter, davon, unter ihnen, einschließlich
| di cui, tra cui, fra cui, tra questi, tra loro, del totale, inclusi, incluse
"""

# The same, said right after the number: "211 de ellos en la Comunitat Valenciana".
PART_AFTER = """
of them, of those, of these | d'entre eux, d'entre elles | de ellos, de ellas, de estos, de estas
| deles, delas, destes, destas | davon, von ihnen | di loro, di questi, di queste
"""

# Words that open the counted phrase's complement: "muertes de trabajadores", "deaths of workers".
OF_WORDS = {
    "en": "of among",
    "fr": "de d des du parmi",
    "es": "de del entre",
    "pt": "de do da dos das entre",
    "de": "von der unter",
    "it": "di del della dei degli delle tra fra",
}

# Articles and possessives skipped between "of" and the noun after it ("de los trabajadores").
DETERMINERS = """
the a an le la les l un une el los las lo o os as um uma der die das den dem des ein eine il i gli una
their its his her leur leurs sus su seus suas seine ihre suoi sue loro
"""

# An age group narrows a count: "694 fallecidos tenían 85 años o más", "les plus de 75 ans".
AGE_WORDS = "years, year-old, years old, aged, ans, âgés, años, anos, idade, jahre, jährige, jährigen, anni"

# Words that make a place the whole of it ("dans toute la France", "en todo el país"): a
# figure for a whole country is its national total, the default of a story, not a place apart.
WHOLE = {
    "en": "across throughout nationwide whole entire all over",
    "fr": "toute tout tous toutes entier entière ensemble partout",
    "es": "todo toda todos todas entero entera conjunto",
    "pt": "todo toda todos todas inteiro inteira conjunto",
    "de": "ganz ganze ganzen ganzem gesamten bundesweit landesweit",
    "it": "tutto tutta tutti tutte intero intera",
}

# Words that point back at the place the text named last ("3,000 North Koreans were training there").
THERE = {
    "en": "there",
    "fr": "là-bas, sur place",
    "es": "allí, allá, ahí",
    "pt": "lá, ali",
    "de": "dort, dorthin",
    "it": "lì, là, sul posto",
}

# Words that are capitalised but name no place: days of the week (months are in MONTHS).
WEEKDAYS = """
monday tuesday wednesday thursday friday saturday sunday
lundi mardi mercredi jeudi vendredi samedi dimanche
lunes martes miércoles jueves viernes sábado domingo
segunda terça quarta quinta sexta sábado domingo
montag dienstag mittwoch donnerstag freitag samstag sonntag
lunedì martedì mercoledì giovedì venerdì sabato domenica
"""

MONTHS = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}

# Years said relative to the date of the article: offset in years.
RELATIVE_YEARS = """
0; this year, cette année, este año, este ano, dieses jahr, diesem jahr, quest'anno, questo anno, en cours
1; next year, l'an prochain, l'année prochaine, el próximo año, el año que viene, próximo ano, no ano que vem, nächstes jahr, nächsten jahr, l'anno prossimo, il prossimo anno
-1; last year, l'an dernier, l'année dernière, l'an passé, el año pasado, ano passado, no ano passado, letztes jahr, vorjahr, l'anno scorso, lo scorso anno
"""
