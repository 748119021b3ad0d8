"""An XR installation in Tunis (Tunisia), in dinars."""
from build import t, note, audience, offer

DISCIPLINE = "immersive"

PROJECT = {
    "title": t("Voices of the Medina", "Les voix de la médina"),
    "pitch": t(
        "A 20-minute virtual-reality walk through the souks of Tunis, scanned in 3D, guided by the recorded voices of the last artisans of the chechia, copper and weaving trades. An installation for festivals and museums, for eight visitors at a time.",
        "Une promenade de 20 minutes en réalité virtuelle dans les souks de Tunis, scannés en 3D, guidée par les voix enregistrées des derniers artisans de la chéchia, du cuivre et du tissage. Une installation pour les festivals et les musées, huit visiteurs à la fois.",
    ),
    "country": t("Tunisia", "Tunisie"),
    "team": ["Yasmine Ben Ali", "Karim Trabelsi", "Salma Jaziri"],
    "canvas": {
        "key_partners": [
            note("xr-kp1", t("The residency, and a fab lab in Tunis that lends us a 3D scanner", "La résidence, et un fab lab de Tunis qui nous prête un scanner 3D")),
            note("xr-kp2", t("The artisans of Souk Ech-Chaouachine and their association", "Les artisans du souk Ech-Chaouachine et leur association"), "green"),
            note("xr-kp3", t("A festival in the medina as our first venue", "Un festival dans la médina comme premier lieu d’accueil"), "pink"),
            note("xr-kp4", t("A French immersive producer for international festivals", "Un producteur immersif français pour les festivals internationaux"), "blue"),
        ],
        "key_activities": [
            note("xr-ka1", t("Scan six workshops and record twelve hours of interviews in Tunisian Arabic", "Scanner six ateliers et enregistrer douze heures d’entretiens en darija tunisienne")),
            note("xr-ka2", t("Build the experience in Unity for standalone headsets", "Construire l’expérience sous Unity pour des casques autonomes")),
            note("xr-ka3", t("Tour the installation: set up, run, take down in one day", "Faire tourner l’installation : montage, exploitation, démontage en un jour"), "pink"),
        ],
        "key_resources": [
            note("xr-kr1", t("Eight standalone VR headsets (we own two; six to rent or buy)", "Huit casques VR autonomes (nous en avons deux ; six à louer ou acheter)")),
            note("xr-kr2", t("The artisans’ voices and stories, with their written consent", "Les voix et les récits des artisans, avec leur accord écrit"), "green"),
            note("xr-kr3", t("A 5-minute demo already shown at a fab lab open day", "Une démo de 5 minutes déjà montrée lors d’une journée portes ouvertes du fab lab")),
        ],
        "value_propositions": [
            note("xr-vp1", t("A ready-to-tour installation that fills a room and brings in new, young visitors", "Une installation prête à tourner, qui remplit une salle et attire de nouveaux visiteurs, jeunes"), "pink"),
            note("xr-vp2", t("A living archive of endangered crafts that museums can keep and lend", "Une archive vivante de métiers menacés que les musées peuvent garder et prêter"), "blue"),
            note("xr-vp3", t("The medina as you have never heard it: 20 minutes inside the workshops, with the artisans themselves", "La médina comme vous ne l’avez jamais entendue : 20 minutes dans les ateliers, avec les artisans eux-mêmes"), "green"),
        ],
        "customer_relationships": [
            note("xr-cr1", t("A technical rider and a call before every booking", "Une fiche technique et un appel avant chaque réservation"), "pink"),
            note("xr-cr2", t("Training of the museum’s staff, and updates for five years", "La formation du personnel du musée, et des mises à jour pendant cinq ans"), "blue"),
            note("xr-cr3", t("A guide welcomes visitors and takes their words in a guest book", "Un médiateur accueille les visiteurs et recueille leurs mots dans un livre d’or"), "green"),
        ],
        "channels": [
            note("xr-ch1", t("Festival programmers met at Dream City and at JCC’s industry days", "Les programmateurs rencontrés à Dream City et aux journées professionnelles des JCC"), "pink"),
            note("xr-ch2", t("Immersive selections abroad: Venice Immersive, NewImages in Paris", "Les sélections immersives à l’étranger : Venice Immersive, NewImages à Paris"), "blue"),
            note("xr-ch3", t("Tickets sold at the door and through the venue’s Facebook page", "Des billets vendus à l’entrée et par la page Facebook du lieu"), "green"),
        ],
        "customer_segments": [
            note("xr-cs1", t("Festivals and cultural venues in Tunisia and the Maghreb", "Les festivals et lieux culturels de Tunisie et du Maghreb"), "pink"),
            note("xr-cs2", t("Museums and heritage institutions in Europe and the Gulf", "Les musées et institutions patrimoniales d’Europe et du Golfe"), "blue"),
            note("xr-cs3", t("Visitors: young Tunisians, school groups and tourists in the medina", "Les visiteurs : jeunes Tunisiens, groupes scolaires et touristes dans la médina"), "green"),
        ],
        "cost_structure": [
            note("xr-co1", t("Fees: 2,500 TND a month for the developer, 1,800 TND for the sound artist", "Honoraires : 2 500 TND par mois pour le développeur, 1 800 TND pour la créatrice sonore")),
            note("xr-co2", t("Six headsets: about 14,400 TND to buy, or 900 TND a week to rent", "Six casques : environ 14 400 TND à l’achat, ou 900 TND la semaine en location")),
            note("xr-co3", t("Fees to the artisans: 300 TND each for the interviews", "Rémunération des artisans : 300 TND chacun pour les entretiens"), "green"),
            note("xr-co4", t("Transport and insurance of the kit on tour", "Transport et assurance du matériel en tournée"), "pink"),
        ],
        "revenue_streams": [
            note("xr-rs1", t("Booking fee: 4,500 TND a week for a festival, plus travel", "Cachet : 4 500 TND la semaine pour un festival, plus les frais de déplacement"), "pink"),
            note("xr-rs2", t("A licence for a museum to keep the installation: from €15,000", "Une licence pour qu’un musée garde l’installation : à partir de 15 000 €"), "blue"),
            note("xr-rs3", t("Tickets at 10 TND (5 TND for students) when we run it ourselves", "Des billets à 10 TND (5 TND pour les étudiants) quand nous l’exploitons nous-mêmes"), "green"),
        ],
    },
    "fit": {
        "profiles": [
            {
                "segment": "xr-cs1",
                "audience": [
                    audience("xr-a1", "want", "functional", 5, "interviews", t("A programme that draws young audiences and the press", "Une programmation qui attire les jeunes et la presse")),
                    audience("xr-a2", "obstacle", "functional", 5, "interviews", t("No technical staff for VR, and little time to set up", "Pas de technicien pour la VR, et peu de temps pour installer")),
                    audience("xr-a3", "obstacle", "functional", 4, "interviews", t("Small budgets, decided late", "Des budgets modestes, décidés tard")),
                    audience("xr-a4", "hope", "social", 3, "festival_feedback", t("Work rooted in the city that locals feel proud of", "Des œuvres ancrées dans la ville dont les habitants sont fiers")),
                ],
                "offer": [
                    offer("xr-o1", "deliver", ["xr-a1"], t("An 8-seat installation, 20-minute sessions, 150 visitors a day", "Une installation de 8 places, des séances de 20 minutes, 150 visiteurs par jour")),
                    offer("xr-o2", "remedy", ["xr-a2"], t("We bring the kit and a technician; set-up in four hours", "Nous apportons le matériel et un technicien ; montage en quatre heures")),
                    offer("xr-o3", "remedy", ["xr-a3"], t("A lighter, 4-headset version at half the fee", "Une version légère à 4 casques, pour la moitié du cachet")),
                    offer("xr-o4", "gain", ["xr-a4"], t("A talk with the artisans on opening night", "Une rencontre avec les artisans le soir de l’ouverture")),
                ],
            },
            {
                "segment": "xr-cs3",
                "audience": [
                    audience("xr-a5", "want", "emotional", 4, "festival_feedback", t("Feel what the medina was like for their grandparents", "Ressentir la médina qu’ont connue leurs grands-parents")),
                    audience("xr-a6", "obstacle", "functional", 3, "festival_feedback", t("Dizziness, or glasses that do not fit the headset", "Le vertige, ou des lunettes qui ne tiennent pas dans le casque")),
                    audience("xr-a7", "hope", "social", 3, "assumed", t("A photo and something to share afterwards", "Une photo et quelque chose à partager après")),
                ],
                "offer": [
                    offer("xr-o5", "deliver", ["xr-a5"], t("Six workshops in 3D, the artisans’ own voices, subtitles in French and English", "Six ateliers en 3D, les voix des artisans, des sous-titres en français et en anglais")),
                    offer("xr-o6", "remedy", ["xr-a6"], t("Seated visit with slow, guided movement; glasses spacers", "Une visite assise, des déplacements lents et guidés ; des cales pour lunettes")),
                    offer("xr-o7", "gain", ["xr-a7"], t("A printed postcard of a workshop, with a QR code to the interviews", "Une carte postale imprimée d’un atelier, avec un QR code vers les entretiens")),
                ],
            },
        ]
    },
    "feasibility": {
        "assumptions": [
            {
                "id": "xr-h1",
                "text": t("Visitors stay for all 20 minutes and come out moved", "Les visiteurs restent les 20 minutes et ressortent émus"),
                "lens": "desirability", "block": "value_propositions", "note": "xr-vp3",
                "importance": 5, "evidence": 3,
                "tests": [{
                    "id": "xr-t1",
                    "hypothesis": t("Of 40 visitors of the 5-minute demo, 30 ask for the full version", "Sur 40 visiteurs de la démo de 5 minutes, 30 demandent la version complète"),
                    "method": "screening",
                    "metric": t("Visitors who write down their e-mail for the full version", "Visiteurs qui laissent leur e-mail pour la version complète"),
                    "threshold": t("30 of 40", "30 sur 40"),
                    "cost": t("A day at the fab lab, 80 TND of printing", "Une journée au fab lab, 80 TND d’impression"),
                    "duration": t("1 day", "1 jour"),
                    "observed": t("34 of 41; three felt dizzy in the stairs scene", "34 sur 41 ; trois ont eu le vertige dans la scène de l’escalier"),
                    "learned": t("Keep the emotion, drop the climbing: visitors stay seated and the camera moves slowly", "Garder l’émotion, supprimer la montée : les visiteurs restent assis et la caméra se déplace lentement"),
                    "decision": "persevere", "raised": True,
                }],
            },
            {
                "id": "xr-h2",
                "text": t("Festivals in the Maghreb will pay 4,500 TND a week", "Les festivals du Maghreb paieront 4 500 TND la semaine"),
                "lens": "viability", "block": "revenue_streams", "note": "xr-rs1",
                "importance": 5, "evidence": 1,
                "tests": [{
                    "id": "xr-t2",
                    "hypothesis": t("Two of six festival programmers accept the fee in writing", "Deux programmateurs de festival sur six acceptent le cachet par écrit"),
                    "method": "interview",
                    "metric": t("Letters of intent at that fee", "Lettres d’intention à ce cachet"),
                    "threshold": t("2 of 6", "2 sur 6"),
                    "cost": t("Travel to Sousse and Sfax, about 250 TND", "Déplacements à Sousse et Sfax, environ 250 TND"),
                    "duration": t("1 month", "1 mois"),
                    "observed": t("One letter at 4,500 TND, one at 3,000 TND for the light version", "Une lettre à 4 500 TND, une à 3 000 TND pour la version légère"),
                    "learned": t("Offer two versions and price the light one for smaller festivals", "Proposer deux versions et fixer le prix de la légère pour les petits festivals"),
                    "decision": "pivot", "raised": True,
                }],
            },
            {
                "id": "xr-h3",
                "text": t("The 3D scans of the workshops run smoothly on standalone headsets", "Les scans 3D des ateliers tournent de façon fluide sur des casques autonomes"),
                "lens": "feasibility", "block": "key_activities", "note": "xr-ka2",
                "importance": 4, "evidence": 2,
                "tests": [{
                    "id": "xr-t3",
                    "hypothesis": t("The heaviest workshop holds 72 frames per second on the headset", "L’atelier le plus lourd tient 72 images par seconde dans le casque"),
                    "method": "other",
                    "metric": t("Frame rate measured over 5 minutes", "Fréquence d’images mesurée sur 5 minutes"),
                    "threshold": t("72 fps", "72 i/s"),
                    "cost": t("Our time", "Notre temps"),
                    "duration": t("2 weeks", "2 semaines"),
                    "observed": "", "learned": "", "decision": None, "raised": False,
                }],
            },
            {
                "id": "xr-h4",
                "text": t("An international immersive selection will take a work from Tunisia", "Une sélection immersive internationale retiendra une œuvre de Tunisie"),
                "lens": "desirability", "block": "channels", "note": "xr-ch2",
                "importance": 3, "evidence": 1,
                "tests": [],
            },
        ],
        "scorecard": {
            "scores": [
                {"criterion": "team_skills", "score": 4, "confidence": "high", "evidence": t("Karim built two VR apps; Yasmine directed a short documentary", "Karim a créé deux applications VR ; Yasmine a réalisé un court documentaire")},
                {"criterion": "tools_pipeline", "score": 3, "confidence": "medium", "evidence": t("Scan-to-Unity works, but cleaning a scan takes three days", "Du scan à Unity ça marche, mais nettoyer un scan prend trois jours")},
                {"criterion": "production_time", "score": 3, "confidence": "medium", "evidence": t("Six workshops in five months is tight", "Six ateliers en cinq mois, c’est serré")},
                {"criterion": "technical_risk", "score": 3, "confidence": "low", "evidence": t("Frame rate not yet measured on the heaviest scene", "Fréquence d’images pas encore mesurée sur la scène la plus lourde")},
                {"criterion": "engine_platform", "score": 4, "confidence": "high", "evidence": t("Unity on standalone headsets, a well-trodden path", "Unity sur casques autonomes, un chemin bien balisé")},
                {"criterion": "hardware_access", "score": 2, "confidence": "high", "evidence": t("Two headsets; import duties make the rest expensive", "Deux casques ; les droits de douane rendent les autres chers")},
                {"criterion": "audience_size", "score": 3, "confidence": "medium", "evidence": t("150 visitors a day at most per venue", "150 visiteurs par jour au plus par lieu")},
                {"criterion": "channel_access", "score": 3, "confidence": "medium", "evidence": t("One festival interested; international selections are very competitive", "Un festival intéressé ; les sélections internationales sont très disputées")},
                {"criterion": "budget", "score": 2, "confidence": "medium", "evidence": t("Headsets and touring are not covered yet", "Les casques et la tournée ne sont pas encore financés")},
                {"criterion": "grants", "score": 3, "confidence": "medium", "evidence": t("Two calls for immersive works open this spring", "Deux appels pour des œuvres immersives ouvrent ce printemps")},
                {"criterion": "co_production", "score": 3, "confidence": "low", "evidence": t("A first call with a French producer", "Un premier appel avec un producteur français")},
                {"criterion": "rights", "score": 4, "confidence": "high", "evidence": t("Every artisan signed a consent and image-rights form", "Chaque artisan a signé un accord et une cession de droit à l’image")},
                {"criterion": "team_commitment", "score": 4, "confidence": "high", "evidence": t("Three people full time until June", "Trois personnes à plein temps jusqu’en juin")},
            ],
            "custom": [{
                "id": "xr-c1", "group": "legal",
                "name": t("Consent of the artisans’ families for the archive", "Accord des familles des artisans pour l’archive"),
                "score": 3, "confidence": "medium",
                "evidence": t("Discussed with the association; to put in writing", "Discuté avec l’association ; à mettre par écrit"),
            }],
        },
        "risks": [
            {"id": "xr-r1", "text": t("Headsets held at customs or broken on tour", "Des casques bloqués en douane ou cassés en tournée"), "likelihood": 3, "impact": 4, "owner": "Karim", "mitigation": t("ATA carnet for tours abroad; two spare headsets; hard cases", "Carnet ATA pour les tournées à l’étranger ; deux casques de rechange ; des valises rigides")},
            {"id": "xr-r2", "text": t("Visitors feel sick and the word spreads", "Des visiteurs ont la nausée et ça se sait"), "likelihood": 2, "impact": 4, "owner": "Yasmine", "mitigation": t("Seated visit, slow camera, a test with 40 people before opening", "Visite assise, caméra lente, un test avec 40 personnes avant l’ouverture")},
            {"id": "xr-r3", "text": t("No grant for the headsets by March", "Aucune subvention pour les casques d’ici mars"), "likelihood": 3, "impact": 3, "owner": "Salma", "mitigation": t("Rent headsets for the first festival; buy after the first fee", "Louer les casques pour le premier festival ; acheter après le premier cachet")},
        ],
        "mvp": {
            "includes": t("Three workshops (chechia, copper, weaving), 12 minutes\nArabic voices with French and English subtitles\nA 4-headset version for one festival", "Trois ateliers (chéchia, cuivre, tissage), 12 minutes\nVoix en arabe sous-titrées en français et en anglais\nUne version à 4 casques pour un festival"),
            "excludes": t("The other three workshops\nHand tracking\nThe museum licence package", "Les trois autres ateliers\nLe suivi des mains\nL’offre de licence pour les musées"),
            "milestones": [
                {"id": "xr-m1", "name": t("Three workshops scanned and cleaned", "Trois ateliers scannés et nettoyés"), "date": "2027-01-31"},
                {"id": "xr-m2", "name": t("Test with 40 visitors", "Test avec 40 visiteurs"), "date": "2027-03-06"},
                {"id": "xr-m3", "name": t("First festival week", "Première semaine en festival"), "date": "2027-05-10"},
            ],
            "team": t("Yasmine (direction, interviews), Karim (Unity, scans), Salma (sound); a technician for the festival", "Yasmine (réalisation, entretiens), Karim (Unity, scans), Salma (son) ; un technicien pour le festival"),
            "budget": "28000", "currency": "TND",
            "budget_note": t("Five months of fees, the artisans’ fees, two headsets and the festival week", "Cinq mois d’honoraires, la rémunération des artisans, deux casques et la semaine en festival"),
        },
        "readiness": {"product": 3, "market": 2},
    },
    "diffusion": {
        "started": True,
        "currency": "TND",
        "goals": [
            {"id": "xr-g1", "kind": "reach", "text": t("3,000 visitors in the first year", "3 000 visiteurs la première année")},
            {"id": "xr-g2", "kind": "revenue", "text": t("Three paid festival weeks", "Trois semaines de festival payées")},
            {"id": "xr-g3", "kind": "recognition", "text": t("A selection in an international immersive programme", "Une sélection dans un programme immersif international")},
            {"id": "xr-g4", "kind": "impact", "text": t("An apprentice starts at one of the workshops", "Un apprenti commence dans l’un des ateliers")},
        ],
        "audiences": [
            {"id": "xr-au1", "segment": "xr-cs1", "text": t("Programmers of festivals in Tunis, Sousse, Algiers and Casablanca", "Programmateurs de festivals à Tunis, Sousse, Alger et Casablanca")},
            {"id": "xr-au2", "segment": "xr-cs2", "text": t("Curators of museums of crafts and of the Mediterranean", "Conservateurs de musées des métiers et de la Méditerranée")},
            {"id": "xr-au3", "segment": "xr-cs3", "text": t("Students, families and school groups from Greater Tunis", "Étudiants, familles et groupes scolaires du Grand Tunis")},
        ],
        "channels": [
            {"id": "xr-d1", "kind": "festival", "name": t("Dream City (Tunis)", "Dream City (Tunis)"), "revenue_share": "", "fee": t("Booking fee paid to us", "Cachet versé à nous"), "exclusive": False, "territory": t("Tunisia", "Tunisie"), "deadline": "2027-02-28", "premiere": "world", "category": t("Installations", "Installations"), "submission": "submitted", "result": ""},
            {"id": "xr-d2", "kind": "festival", "name": "Venice Immersive", "revenue_share": "", "fee": t("Entry fee about €100", "Frais d’inscription environ 100 €"), "exclusive": False, "territory": "", "deadline": "2027-05-15", "premiere": "international", "category": t("Installations", "Installations"), "submission": "planned", "result": ""},
            {"id": "xr-d3", "kind": "festival", "name": t("NewImages (Paris)", "NewImages (Paris)"), "revenue_share": "", "fee": "", "exclusive": False, "territory": "", "deadline": "2027-03-01", "premiere": "none", "category": t("XR market", "Marché XR"), "submission": "planned", "result": ""},
            {"id": "xr-d4", "kind": "social", "name": "Instagram & Facebook", "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Tunisia, diaspora", "Tunisie, diaspora"), "deadline": "", "premiere": "none", "category": "", "submission": "planned", "result": ""},
            {"id": "xr-d5", "kind": "press", "name": t("Tunisian culture press and radio", "Presse et radios culturelles tunisiennes"), "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Tunisia", "Tunisie"), "deadline": "", "premiere": "national", "category": "", "submission": "planned", "result": ""},
        ],
        "timeline": [
            {"id": "xr-tl1", "kind": "trailer", "title": t("360° teaser of the chechia workshop", "Teaser à 360° de l’atelier de chéchia"), "date": "2027-02-01"},
            {"id": "xr-tl2", "kind": "demo", "title": t("Test with 40 visitors at the fab lab", "Test avec 40 visiteurs au fab lab"), "date": "2027-03-06"},
            {"id": "xr-tl3", "kind": "premiere", "title": t("World premiere in the medina", "Première mondiale dans la médina"), "date": "2027-05-10"},
            {"id": "xr-tl4", "kind": "other", "title": t("School mornings, two a week", "Matinées scolaires, deux par semaine"), "date": "2027-05-17"},
            {"id": "xr-tl5", "kind": "update", "title": t("Full version with six workshops", "Version complète avec six ateliers"), "date": "2027-10-01"},
        ],
        "budget": [
            {"id": "xr-b1", "group": "materials", "label": t("Rent of four headsets for the premiere week", "Location de quatre casques pour la semaine de la première"), "amount": "3600", "funding": "xr-f1"},
            {"id": "xr-b2", "group": "fees", "label": t("Technician and visitor guide, one week", "Technicien et médiateur, une semaine"), "amount": "1400", "funding": "xr-f1"},
            {"id": "xr-b3", "group": "events", "label": t("Opening night with the artisans", "Soirée d’ouverture avec les artisans"), "amount": "900", "funding": "xr-f3"},
            {"id": "xr-b4", "group": "travel", "label": t("Paris for NewImages: flight and five nights", "Paris pour NewImages : vol et cinq nuits"), "amount": "3200", "funding": "xr-f2"},
            {"id": "xr-b5", "group": "ads", "label": t("Sponsored posts for the premiere", "Publications sponsorisées pour la première"), "amount": "450", "funding": "xr-f3"},
            {"id": "xr-b6", "group": "other", "label": t("Insurance of the kit", "Assurance du matériel"), "amount": "600", "funding": ""},
        ],
        "funding": [
            {"id": "xr-f1", "name": t("Residency grant", "Bourse de la résidence"), "amount": "6000"},
            {"id": "xr-f2", "name": t("Mobility grant for artists", "Bourse de mobilité pour artistes"), "amount": "3000"},
            {"id": "xr-f3", "name": t("The festival’s contribution", "Contribution du festival"), "amount": "1500"},
        ],
        "kpis": [
            {"id": "xr-k1", "name": t("Visitors", "Visiteurs"), "target": "3000", "actual": "41", "due": "2027-11-30"},
            {"id": "xr-k2", "name": t("Visitors who stay to the end (%)", "Visiteurs qui restent jusqu’au bout (%)"), "target": "90", "actual": "", "due": "2027-05-16"},
            {"id": "xr-k3", "name": t("Paid festival weeks", "Semaines de festival payées"), "target": "3", "actual": "1", "due": "2027-12-31"},
        ],
        "rights": [
            {"id": "xr-ri1", "right": t("The installation", "L’installation"), "holder": t("Yasmine Ben Ali’s company", "La société de Yasmine Ben Ali"), "territory": t("Worldwide", "Monde"), "medium": t("VR installation", "Installation VR"), "duration": t("Unlimited", "Illimitée")},
            {"id": "xr-ri2", "right": t("The artisans’ voices and images", "Les voix et images des artisans"), "holder": t("Each artisan, licensed to the project", "Chaque artisan, sous licence au projet"), "territory": t("Worldwide", "Monde"), "medium": t("The installation and its promotion", "L’installation et sa promotion"), "duration": t("10 years", "10 ans")},
            {"id": "xr-ri3", "right": t("Exhibition licence", "Licence d’exposition"), "holder": t("A museum, to negotiate", "Un musée, à négocier"), "territory": t("Its own venue", "Son propre lieu"), "medium": t("VR installation", "Installation VR"), "duration": t("5 years", "5 ans")},
        ],
        "revenues": [
            {"id": "xr-v1", "kind": "licensing", "text": t("Licences to museums to keep the installation", "Des licences aux musées pour garder l’installation")},
            {"id": "xr-v2", "kind": "live_events", "text": t("Workshops on 3D scanning for students", "Des ateliers de scan 3D pour les étudiants")},
            {"id": "xr-v3", "kind": "adaptation", "text": t("A 26-minute documentary from the interviews", "Un documentaire de 26 minutes tiré des entretiens")},
        ],
    },
}
