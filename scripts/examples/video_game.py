"""A mobile game studio in Lagos (Nigeria), in naira."""
from build import t, note, audience, offer

DISCIPLINE = "video_game"

PROJECT = {
    "title": t("Market Queens", "Market Queens (Les reines du marché)"),
    "pitch": t(
        "A time-management game for Android: run a stall at Balogun market, serve customers, haggle, and grow from one table to a shop. Plays offline on a 2 GB phone; free with rewarded ads.",
        "Un jeu de gestion du temps pour Android : tenez un étal au marché de Balogun, servez les clients, marchandez, et passez d’une table à une boutique. Jouable hors ligne sur un téléphone de 2 Go ; gratuit, avec des publicités récompensées.",
    ),
    "country": t("Nigeria", "Nigeria"),
    "team": ["Tolu Adeyemi", "Chiamaka Eze", "Ibrahim Musa"],
    "canvas": {
        "key_partners": [
            note("vg-kp1", t("The residency and its mentors from the games industry", "La résidence et ses mentors du jeu vidéo")),
            note("vg-kp2", t("Market traders in Balogun who tell us their stories and test the game", "Des commerçantes de Balogun qui racontent leur métier et testent le jeu"), "blue"),
            note("vg-kp3", t("An ad network with good fill rates in Nigeria", "Une régie publicitaire avec un bon taux de remplissage au Nigeria"), "blue"),
            note("vg-kp4", t("Nigerian food and drink brands for sponsored stalls", "Des marques nigérianes d’alimentation et de boissons pour des étals sponsorisés"), "orange"),
        ],
        "key_activities": [
            note("vg-ka1", t("Build and balance 40 levels in Unity, for low-end Android phones", "Construire et équilibrer 40 niveaux sous Unity, pour des téléphones Android d’entrée de gamme")),
            note("vg-ka2", t("Weekly playtests with players in Yaba and at the market", "Des tests de jeu chaque semaine avec des joueurs à Yaba et au marché"), "blue"),
            note("vg-ka3", t("Pitch sponsored stalls to brands, with a media kit", "Proposer des étals sponsorisés aux marques, avec un dossier média"), "orange"),
        ],
        "key_resources": [
            note("vg-kr1", t("A playable prototype: 8 levels, 3 customer types", "Un prototype jouable : 8 niveaux, 3 types de clients")),
            note("vg-kr2", t("Chiamaka’s art style, drawn from Lagos markets and ankara prints", "Le style graphique de Chiamaka, tiré des marchés de Lagos et des tissus ankara")),
            note("vg-kr3", t("Five test phones from ₦60,000 to ₦150,000", "Cinq téléphones de test de 60 000 à 150 000 ₦")),
        ],
        "value_propositions": [
            note("vg-vp1", t("A fun, funny game about a world players know, that works offline and fits on a small phone", "Un jeu drôle sur un monde que les joueurs connaissent, qui marche hors ligne et tient sur un petit téléphone"), "blue"),
            note("vg-vp2", t("A bright, polished casual game for the global Play Store, with a fresh setting", "Un jeu grand public coloré et soigné pour le Play Store mondial, dans un décor nouveau"), "green"),
            note("vg-vp3", t("A stall in the game where thousands of young Nigerians see the brand every day", "Un étal dans le jeu où des milliers de jeunes Nigérians voient la marque chaque jour"), "orange"),
        ],
        "customer_relationships": [
            note("vg-cr1", t("Daily challenges and a WhatsApp channel for level ideas", "Des défis quotidiens et une chaîne WhatsApp pour proposer des niveaux"), "blue"),
            note("vg-cr2", t("Replies to every Play Store review within two days", "Une réponse à chaque avis du Play Store sous deux jours"), "green"),
            note("vg-cr3", t("A monthly report to sponsors: views, taps, players", "Un rapport mensuel aux sponsors : vues, clics, joueurs"), "orange"),
        ],
        "channels": [
            note("vg-ch1", t("Google Play, and the APK shared by WhatsApp and Xender", "Google Play, et l’APK partagé par WhatsApp et Xender"), "blue"),
            note("vg-ch2", t("TikTok clips of the funniest customers", "Des vidéos TikTok des clients les plus drôles"), "blue"),
            note("vg-ch3", t("Play Store featuring requests and game showcases abroad", "Des demandes de mise en avant au Play Store et des vitrines de jeux à l’étranger"), "green"),
            note("vg-ch4", t("Direct meetings with brand managers in Lagos", "Des rendez-vous avec les responsables de marque à Lagos"), "orange"),
        ],
        "customer_segments": [
            note("vg-cs1", t("Nigerian casual players aged 16–35 on Android phones with 2–3 GB of memory", "Les joueurs occasionnels nigérians de 16 à 35 ans sur des téléphones Android de 2–3 Go"), "blue"),
            note("vg-cs2", t("Casual players abroad (Ghana, Kenya, the UK) who like cooking and shop games", "Les joueurs occasionnels à l’étranger (Ghana, Kenya, Royaume-Uni) qui aiment les jeux de cuisine et de boutique"), "green"),
            note("vg-cs3", t("Nigerian brands that want to reach young people", "Les marques nigérianes qui veulent toucher les jeunes"), "orange"),
        ],
        "cost_structure": [
            note("vg-co1", t("Salaries: ₦350,000 a month each for three people", "Salaires : 350 000 ₦ par mois chacun pour trois personnes")),
            note("vg-co2", t("Sound and music by a freelancer: ₦400,000", "Son et musique par un indépendant : 400 000 ₦")),
            note("vg-co3", t("Power and data: a generator and two routers, about ₦120,000 a month", "Électricité et data : un groupe électrogène et deux routeurs, environ 120 000 ₦ par mois")),
            note("vg-co4", t("User acquisition ads: ₦500,000 for the launch", "Publicités d’acquisition : 500 000 ₦ pour le lancement"), "green"),
        ],
        "revenue_streams": [
            note("vg-rs1", t("Rewarded ads (an extra customer, a second chance)", "Des publicités récompensées (un client de plus, une seconde chance)"), "blue"),
            note("vg-rs2", t("A ₦900 pack that removes ads and adds a stall", "Un pack à 900 ₦ qui retire les publicités et ajoute un étal"), "green"),
            note("vg-rs3", t("Sponsored stalls: ₦750,000 per brand per quarter", "Des étals sponsorisés : 750 000 ₦ par marque et par trimestre"), "orange"),
        ],
    },
    "fit": {
        "profiles": [
            {
                "segment": "vg-cs1",
                "audience": [
                    audience("vg-a1", "want", "functional", 5, "playtests", t("Kill time in traffic or in a queue, in two-minute rounds", "Passer le temps dans les embouteillages ou une file, en parties de deux minutes")),
                    audience("vg-a2", "want", "social", 4, "playtests", t("Laugh at characters everyone recognises and share them", "Rire de personnages que tout le monde reconnaît et les partager")),
                    audience("vg-a3", "obstacle", "functional", 5, "interviews", t("Phones full, little memory, data bundles run out", "Téléphones pleins, peu de mémoire, forfaits data vite épuisés")),
                    audience("vg-a4", "obstacle", "functional", 3, "interviews", t("Most have no card to pay in the Play Store", "La plupart n’ont pas de carte pour payer sur le Play Store")),
                    audience("vg-a5", "hope", "emotional", 3, "playtests", t("Feel clever: the thrill of a good haggle", "Se sentir malin : le plaisir d’un bon marchandage")),
                ],
                "offer": [
                    offer("vg-o1", "deliver", ["vg-a1"], t("40 short levels, each under three minutes", "40 niveaux courts, de moins de trois minutes chacun")),
                    offer("vg-o2", "remedy", ["vg-a3"], t("A 45 MB download that plays fully offline", "Un téléchargement de 45 Mo qui se joue entièrement hors ligne")),
                    offer("vg-o3", "remedy", ["vg-a4"], t("Free to play: rewarded ads instead of payments", "Gratuit : des publicités récompensées au lieu des paiements")),
                    offer("vg-o4", "gain", ["vg-a2", "vg-a5"], t("Haggling mini-game and customers drawn from Lagos life", "Un mini-jeu de marchandage et des clients tirés de la vie à Lagos")),
                ],
            },
            {
                "segment": "vg-cs3",
                "audience": [
                    audience("vg-a6", "want", "functional", 5, "interviews", t("Reach 16–25-year-olds where they spend their time", "Toucher les 16–25 ans là où ils passent leur temps")),
                    audience("vg-a7", "obstacle", "functional", 4, "interviews", t("Banner ads are ignored; they want proof people saw the brand", "Les bannières sont ignorées ; ils veulent la preuve que la marque a été vue")),
                    audience("vg-a8", "hope", "social", 3, "assumed", t("Look modern and local at the same time", "Paraître moderne et local à la fois")),
                ],
                "offer": [
                    offer("vg-o5", "deliver", ["vg-a6"], t("A branded stall players visit in every market level", "Un étal de la marque que les joueurs visitent dans chaque niveau du marché")),
                    offer("vg-o6", "remedy", ["vg-a7"], t("A monthly report of views and taps from the game’s analytics", "Un rapport mensuel des vues et clics tiré des statistiques du jeu")),
                    offer("vg-o7", "gain", ["vg-a8"], t("The brand’s product as a power-up, drawn in the game’s style", "Le produit de la marque en bonus, dessiné dans le style du jeu")),
                ],
            },
        ]
    },
    "feasibility": {
        "assumptions": [
            {
                "id": "vg-h1",
                "text": t("Players replay levels to beat their score, not just once", "Les joueurs rejouent les niveaux pour battre leur score, pas une seule fois"),
                "lens": "desirability", "block": "value_propositions", "note": "vg-vp1",
                "importance": 5, "evidence": 3,
                "tests": [{
                    "id": "vg-t1",
                    "hypothesis": t("Half of playtesters come back to the prototype the next day", "La moitié des testeurs reviennent au prototype le lendemain"),
                    "method": "playtest",
                    "metric": t("Day-1 return of 30 playtesters", "Retour au jour 1 de 30 testeurs"),
                    "threshold": t("50 % or more", "50 % ou plus"),
                    "cost": t("₦45,000 of airtime as thanks", "45 000 ₦ de crédit téléphonique en remerciement"),
                    "duration": t("2 weeks", "2 semaines"),
                    "observed": t("17 of 30 came back (57 %); the haggling level was replayed most", "17 sur 30 sont revenus (57 %) ; le niveau de marchandage est le plus rejoué"),
                    "learned": t("Haggling is the heart of the game: put it in every level, not one in five", "Le marchandage est le cœur du jeu : le mettre dans chaque niveau, pas un sur cinq"),
                    "decision": "persevere", "raised": True,
                }],
            },
            {
                "id": "vg-h2",
                "text": t("Rewarded ads bring at least ₦8 per player per day", "Les publicités récompensées rapportent au moins 8 ₦ par joueur et par jour"),
                "lens": "viability", "block": "revenue_streams", "note": "vg-rs1",
                "importance": 5, "evidence": 1,
                "tests": [{
                    "id": "vg-t2",
                    "hypothesis": t("In a closed test with 300 players, ad revenue per daily player reaches ₦8", "Dans un test fermé avec 300 joueurs, le revenu publicitaire par joueur quotidien atteint 8 ₦"),
                    "method": "pilot",
                    "metric": t("Ad revenue ÷ daily active players", "Revenu publicitaire ÷ joueurs actifs quotidiens"),
                    "threshold": t("₦8 or more", "8 ₦ ou plus"),
                    "cost": t("₦60,000 to recruit testers", "60 000 ₦ pour recruter les testeurs"),
                    "duration": t("4 weeks", "4 semaines"),
                    "observed": "", "learned": "", "decision": None, "raised": False,
                }],
            },
            {
                "id": "vg-h3",
                "text": t("The game runs at 30 frames per second on a 2 GB phone", "Le jeu tourne à 30 images par seconde sur un téléphone de 2 Go"),
                "lens": "feasibility", "block": "key_resources", "note": "vg-kr3",
                "importance": 4, "evidence": 3,
                "tests": [{
                    "id": "vg-t3",
                    "hypothesis": t("The busiest level holds 30 fps on our cheapest test phone", "Le niveau le plus chargé tient 30 i/s sur notre téléphone de test le moins cher"),
                    "method": "other",
                    "metric": t("Frames per second in the Unity profiler", "Images par seconde dans le profileur Unity"),
                    "threshold": t("30 fps, 45 MB download at most", "30 i/s, 45 Mo de téléchargement au plus"),
                    "cost": t("Our time", "Notre temps"),
                    "duration": t("1 week", "1 semaine"),
                    "observed": t("22 fps with 12 customers on screen; 61 MB", "22 i/s avec 12 clients à l’écran ; 61 Mo"),
                    "learned": t("Fewer customers at once and compressed textures: now 31 fps and 43 MB", "Moins de clients à la fois et des textures compressées : maintenant 31 i/s et 43 Mo"),
                    "decision": "pivot", "raised": True,
                }],
            },
            {
                "id": "vg-h4",
                "text": t("Two brands will pay for a sponsored stall before launch", "Deux marques paieront un étal sponsorisé avant le lancement"),
                "lens": "viability", "block": "key_partners", "note": "vg-kp4",
                "importance": 3, "evidence": 1,
                "tests": [{
                    "id": "vg-t4",
                    "hypothesis": t("Of eight brand managers shown the demo, two ask for a quote", "Sur huit responsables de marque qui voient la démo, deux demandent un devis"),
                    "method": "interview",
                    "metric": t("Quotes requested", "Devis demandés"),
                    "threshold": t("2 of 8", "2 sur 8"),
                    "cost": t("Transport in Lagos, about ₦30,000", "Transport dans Lagos, environ 30 000 ₦"),
                    "duration": t("3 weeks", "3 semaines"),
                    "observed": "", "learned": "", "decision": None, "raised": False,
                }],
            },
        ],
        "scorecard": {
            "scores": [
                {"criterion": "team_skills", "score": 4, "confidence": "high", "evidence": t("Tolu shipped two game-jam games in Unity", "Tolu a publié deux jeux de game jam sous Unity")},
                {"criterion": "tools_pipeline", "score": 4, "confidence": "medium", "evidence": t("Unity and Git set up; builds take 15 minutes", "Unity et Git en place ; une compilation prend 15 minutes")},
                {"criterion": "production_time", "score": 3, "confidence": "medium", "evidence": t("8 levels in 6 weeks; 40 will need 5 months", "8 niveaux en 6 semaines ; 40 demanderont 5 mois")},
                {"criterion": "technical_risk", "score": 3, "confidence": "medium", "evidence": t("Performance fixed on low-end phones; power cuts slow us down", "Performance réglée sur les petits téléphones ; les coupures de courant nous ralentissent")},
                {"criterion": "engine_platform", "score": 4, "confidence": "high", "evidence": t("Unity exports to Android; tested on five phones", "Unity exporte vers Android ; testé sur cinq téléphones")},
                {"criterion": "audience_size", "score": 5, "confidence": "medium", "evidence": t("Tens of millions of Android players in Nigeria", "Des dizaines de millions de joueurs Android au Nigeria")},
                {"criterion": "willingness_to_pay", "score": 2, "confidence": "medium", "evidence": t("Few players pay in stores; ads must carry the game", "Peu de joueurs paient en boutique ; les publicités doivent porter le jeu")},
                {"criterion": "competition", "score": 3, "confidence": "medium", "evidence": t("Many cooking games, none set in an African market", "Beaucoup de jeux de cuisine, aucun dans un marché africain")},
                {"criterion": "store_visibility", "score": 2, "confidence": "low", "evidence": t("No budget for big ad campaigns", "Pas de budget pour de grosses campagnes")},
                {"criterion": "budget", "score": 3, "confidence": "medium", "evidence": t("The grant covers 4 of the 6 months to launch", "La bourse couvre 4 des 6 mois jusqu’au lancement")},
                {"criterion": "grants", "score": 3, "confidence": "medium", "evidence": t("One games fund application shortlisted", "Une candidature à un fonds pour le jeu vidéo présélectionnée")},
                {"criterion": "licences", "score": 4, "confidence": "high", "evidence": t("Unity Personal is free under our revenue level", "Unity Personal est gratuit à notre niveau de revenus")},
                {"criterion": "team_roles", "score": 4, "confidence": "high", "evidence": t("Code, art, design and marketing each have an owner", "Code, graphisme, game design et marketing ont chacun un responsable")},
            ],
            "custom": [{
                "id": "vg-c1", "group": "technical",
                "name": t("Power supply during the working day", "Électricité pendant la journée de travail"),
                "score": 2, "confidence": "high",
                "evidence": t("About 3 hours of cuts a day; the generator covers it at a cost", "Environ 3 heures de coupure par jour ; le groupe électrogène compense, à un coût"),
            }],
        },
        "risks": [
            {"id": "vg-r1", "text": t("Ad revenue is too low to pay the team", "Les revenus publicitaires sont trop faibles pour payer l’équipe"), "likelihood": 4, "impact": 5, "owner": "Ibrahim", "mitigation": t("Sell sponsored stalls; test ad revenue in the closed test before launch", "Vendre des étals sponsorisés ; mesurer les revenus publicitaires dans le test fermé avant le lancement")},
            {"id": "vg-r2", "text": t("The naira falls and Unity or ad costs in dollars go up", "Le naira baisse et les coûts en dollars (Unity, publicité) augmentent"), "likelihood": 3, "impact": 3, "owner": "Tolu", "mitigation": t("Keep dollar costs under 10 % of the budget; pay ads in naira where possible", "Garder les coûts en dollars sous 10 % du budget ; payer la publicité en naira quand c’est possible")},
            {"id": "vg-r3", "text": t("A copycat game copies the idea after the trailer", "Un jeu imitateur copie l’idée après la bande-annonce"), "likelihood": 2, "impact": 3, "owner": "Chiamaka", "mitigation": t("Launch soon after the trailer; the art style and the stories are hard to copy", "Sortir peu après la bande-annonce ; le style et les histoires sont difficiles à copier")},
        ],
        "mvp": {
            "includes": t("20 levels at Balogun market\nHaggling in every level\nRewarded ads and the no-ads pack\nEnglish and Nigerian Pidgin", "20 niveaux au marché de Balogun\nDu marchandage dans chaque niveau\nPublicités récompensées et pack sans publicité\nAnglais et pidgin nigérian"),
            "excludes": t("Other markets (Onitsha, Kano)\niOS\nOnline leaderboards", "Les autres marchés (Onitsha, Kano)\niOS\nClassements en ligne"),
            "milestones": [
                {"id": "vg-m1", "name": t("Closed test with 300 players", "Test fermé avec 300 joueurs"), "date": "2027-02-15"},
                {"id": "vg-m2", "name": t("First sponsored stall signed", "Premier étal sponsorisé signé"), "date": "2027-03-31"},
                {"id": "vg-m3", "name": t("Launch on Google Play in Nigeria and Ghana", "Sortie sur Google Play au Nigeria et au Ghana"), "date": "2027-05-20"},
            ],
            "team": t("Tolu (code), Chiamaka (art), Ibrahim (design, brands, community); a freelance sound designer", "Tolu (code), Chiamaka (graphisme), Ibrahim (game design, marques, communauté) ; un sound designer indépendant"),
            "budget": "7900000", "currency": "NGN",
            "budget_note": t("Six months of salaries, sound, power and launch ads", "Six mois de salaires, le son, l’électricité et la publicité de lancement"),
        },
        "readiness": {"product": 4, "market": 2},
    },
    "diffusion": {
        "started": True,
        "currency": "NGN",
        "goals": [
            {"id": "vg-g1", "kind": "reach", "text": t("100,000 installs in the first six months", "100 000 installations les six premiers mois")},
            {"id": "vg-g2", "kind": "revenue", "text": t("Break even on running costs by month 9", "Couvrir les coûts de fonctionnement au 9e mois")},
            {"id": "vg-g3", "kind": "recognition", "text": t("Shown at Game Connection Africa in Cape Town", "Présenté à Game Connection Africa au Cap")},
        ],
        "audiences": [
            {"id": "vg-au1", "segment": "vg-cs1", "text": t("Students and young workers in Lagos, Ibadan and Abuja", "Étudiants et jeunes actifs de Lagos, Ibadan et Abuja")},
            {"id": "vg-au2", "segment": "vg-cs2", "text": t("Casual players in Accra, Nairobi and London", "Joueurs occasionnels d’Accra, Nairobi et Londres")},
            {"id": "vg-au3", "segment": "vg-cs3", "text": t("Brand managers of drinks, snacks and mobile-money companies", "Responsables de marque de boissons, d’en-cas et de mobile money")},
        ],
        "channels": [
            {"id": "vg-d1", "kind": "platform", "name": "Google Play", "revenue_share": t("15 % store fee on the first $1M", "15 % de commission sur le premier million de dollars"), "fee": t("$25 once", "25 $ une fois"), "exclusive": False, "territory": t("Nigeria and Ghana first, then worldwide", "Nigeria et Ghana d’abord, puis le monde"), "deadline": "", "premiere": "national", "category": "", "submission": "planned", "result": ""},
            {"id": "vg-d2", "kind": "festival", "name": t("Game Connection Africa (Cape Town)", "Game Connection Africa (Le Cap)"), "revenue_share": "", "fee": t("Showcase entry, about $100", "Inscription à la vitrine, environ 100 $"), "exclusive": False, "territory": "", "deadline": "2027-06-15", "premiere": "continental", "category": t("Mobile games", "Jeux mobiles"), "submission": "planned", "result": ""},
            {"id": "vg-d3", "kind": "social", "name": "TikTok", "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Nigeria", "Nigeria"), "deadline": "", "premiere": "none", "category": "", "submission": "planned", "result": ""},
            {"id": "vg-d4", "kind": "press", "name": "TechCabal", "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Africa", "Afrique"), "deadline": "2027-05-01", "premiere": "none", "category": "", "submission": "planned", "result": ""},
            {"id": "vg-d5", "kind": "other", "name": t("Sponsored stalls (direct sales to brands)", "Étals sponsorisés (vente directe aux marques)"), "revenue_share": t("100 % to the studio", "100 % pour le studio"), "fee": "", "exclusive": True, "territory": t("Nigeria", "Nigeria"), "deadline": "", "premiere": "none", "category": t("One brand per product type", "Une marque par type de produit"), "submission": "submitted", "result": ""},
        ],
        "timeline": [
            {"id": "vg-tl1", "kind": "demo", "title": t("Closed test opens", "Ouverture du test fermé"), "date": "2027-02-15"},
            {"id": "vg-tl2", "kind": "trailer", "title": t("Trailer on TikTok and YouTube", "Bande-annonce sur TikTok et YouTube"), "date": "2027-04-25"},
            {"id": "vg-tl3", "kind": "announcement", "title": t("Pre-registration on Google Play", "Préinscription sur Google Play"), "date": "2027-04-26"},
            {"id": "vg-tl4", "kind": "launch", "title": t("Launch in Nigeria and Ghana", "Sortie au Nigeria et au Ghana"), "date": "2027-05-20"},
            {"id": "vg-tl5", "kind": "update", "title": t("Update: the Lekki night market", "Mise à jour : le marché de nuit de Lekki"), "date": "2027-08-15"},
            {"id": "vg-tl6", "kind": "premiere", "title": t("Game Connection Africa", "Game Connection Africa"), "date": "2027-09-20"},
        ],
        "budget": [
            {"id": "vg-b1", "group": "ads", "label": t("Launch ads (Google and TikTok)", "Publicités de lancement (Google et TikTok)"), "amount": "500000", "funding": "vg-f1"},
            {"id": "vg-b2", "group": "fees", "label": t("Ten TikTok creators, one clip each", "Dix créateurs TikTok, une vidéo chacun"), "amount": "400000", "funding": "vg-f2"},
            {"id": "vg-b3", "group": "events", "label": t("Launch party and playtest at a Yaba hub", "Fête de lancement et test de jeu dans un hub de Yaba"), "amount": "250000", "funding": "vg-f3"},
            {"id": "vg-b4", "group": "travel", "label": t("Two flights Lagos–Cape Town and 4 nights", "Deux vols Lagos–Le Cap et 4 nuits"), "amount": "1900000", "funding": "vg-f1"},
            {"id": "vg-b5", "group": "materials", "label": t("Media kit and booth banner", "Dossier média et kakémono"), "amount": "120000", "funding": "vg-f2"},
            {"id": "vg-b6", "group": "other", "label": t("Google Play account and store assets", "Compte Google Play et visuels de la fiche"), "amount": "60000", "funding": ""},
        ],
        "funding": [
            {"id": "vg-f1", "name": t("Residency grant", "Bourse de la résidence"), "amount": "2500000"},
            {"id": "vg-f2", "name": t("Founders’ savings", "Épargne des fondateurs"), "amount": "600000"},
            {"id": "vg-f3", "name": t("Hub partnership (in kind)", "Partenariat avec le hub (en nature)"), "amount": "250000"},
        ],
        "kpis": [
            {"id": "vg-k1", "name": t("Installs", "Installations"), "target": "100000", "actual": "", "due": "2027-11-20"},
            {"id": "vg-k2", "name": t("Day-7 retention (%)", "Rétention au jour 7 (%)"), "target": "15", "actual": "", "due": "2027-06-30"},
            {"id": "vg-k3", "name": t("Closed-test players", "Joueurs du test fermé"), "target": "300", "actual": "112", "due": "2027-02-28"},
            {"id": "vg-k4", "name": t("Sponsored stalls sold", "Étals sponsorisés vendus"), "target": "2", "actual": "0", "due": "2027-05-20"},
        ],
        "rights": [
            {"id": "vg-ri1", "right": t("The game and its characters", "Le jeu et ses personnages"), "holder": t("The studio (a limited company owned by the three founders)", "Le studio (une société détenue par les trois fondateurs)"), "territory": t("Worldwide", "Monde"), "medium": t("All media", "Tous supports"), "duration": t("Unlimited", "Illimitée")},
            {"id": "vg-ri2", "right": t("Music", "Musique"), "holder": t("The composer, licensed to the studio", "Le compositeur, sous licence au studio"), "territory": t("Worldwide", "Monde"), "medium": t("In the game and its trailers", "Dans le jeu et ses bandes-annonces"), "duration": t("10 years", "10 ans")},
            {"id": "vg-ri3", "right": t("Brand logos in sponsored stalls", "Logos des marques dans les étals sponsorisés"), "holder": t("Each brand, licensed for the contract", "Chaque marque, sous licence pour la durée du contrat"), "territory": t("Nigeria", "Nigeria"), "medium": t("In the game", "Dans le jeu"), "duration": t("3 months, renewable", "3 mois, renouvelables")},
        ],
        "revenues": [
            {"id": "vg-v1", "kind": "merchandise", "text": t("Stickers and T-shirts of the customers players love", "Autocollants et t-shirts des clients préférés des joueurs")},
            {"id": "vg-v2", "kind": "licensing", "text": t("A version for a bank’s financial-literacy programme", "Une version pour le programme d’éducation financière d’une banque")},
            {"id": "vg-v3", "kind": "translation", "text": t("French and Swahili versions for new markets", "Des versions française et swahilie pour de nouveaux marchés")},
        ],
    },
}
