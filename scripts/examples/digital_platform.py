"""A listings and ticketing platform in Casablanca (Morocco), in dirhams."""
from build import t, note, audience, offer

DISCIPLINE = "digital_platform"

PROJECT = {
    "title": t("Open Stage", "Scène ouverte"),
    "pitch": t(
        "A mobile web platform that lists the independent concerts, plays, film nights and exhibitions of Casablanca and Rabat, and sells their tickets, paid by card or in cash at a payment kiosk. In French, Arabic and English.",
        "Une plateforme web mobile qui recense les concerts, pièces, ciné-clubs et expositions indépendants de Casablanca et de Rabat, et vend leurs billets, payés par carte ou en espèces dans un point de paiement. En français, en arabe et en anglais.",
    ),
    "country": t("Morocco", "Maroc"),
    "team": ["Salma El Idrissi", "Youssef Benkirane", "Hind Amrani"],
    "canvas": {
        "key_partners": [
            note("dp-kp1", t("The residency and a Casablanca tech incubator", "La résidence et un incubateur tech de Casablanca")),
            note("dp-kp2", t("A payment provider with card and cash-kiosk payments", "Un prestataire de paiement par carte et en espèces dans des points de paiement"), "pink"),
            note("dp-kp3", t("Ten founding venues and collectives", "Dix lieux et collectifs fondateurs"), "blue"),
        ],
        "key_activities": [
            note("dp-ka1", t("Build and run the site: listings, tickets, scanning at the door", "Construire et faire tourner le site : agenda, billets, contrôle à l’entrée")),
            note("dp-ka2", t("Sign up venues and help them post their events", "Recruter les lieux et les aider à publier leurs événements"), "blue"),
            note("dp-ka3", t("A weekly ‘what’s on’ post and newsletter", "Une publication et une lettre « à l’affiche » chaque semaine"), "pink"),
        ],
        "key_resources": [
            note("dp-kr1", t("The code: a light site that loads on 3G", "Le code : un site léger qui se charge en 3G")),
            note("dp-kr2", t("Salma’s network in the independent scene", "Le réseau de Salma dans la scène indépendante"), "blue"),
            note("dp-kr3", t("A list of 1,200 people who asked for the weekly agenda", "Une liste de 1 200 personnes qui ont demandé l’agenda de la semaine"), "pink"),
        ],
        "value_propositions": [
            note("dp-vp1", t("Sell tickets online with no set-up cost, paid out every week, and see who comes", "Vendre des billets en ligne sans frais d’installation, payé chaque semaine, et savoir qui vient"), "blue"),
            note("dp-vp2", t("Every independent event of the week in one place, and a ticket in two taps, even without a card", "Tous les événements indépendants de la semaine au même endroit, et un billet en deux gestes, même sans carte"), "pink"),
            note("dp-vp3", t("Reach young culture-goers with a sponsored weekly pick", "Toucher les jeunes amateurs de culture avec une sélection hebdomadaire sponsorisée"), "orange"),
        ],
        "customer_relationships": [
            note("dp-cr1", t("A named contact for each venue, on WhatsApp", "Un interlocuteur pour chaque lieu, sur WhatsApp"), "blue"),
            note("dp-cr2", t("Reminders before the event and a ‘you may like’ list", "Des rappels avant l’événement et une liste « vous aimerez aussi »"), "pink"),
            note("dp-cr3", t("A quarterly report to sponsors", "Un bilan trimestriel aux sponsors"), "orange"),
        ],
        "channels": [
            note("dp-ch1", t("Visits to venues, and the collectives’ own groups", "Des visites dans les lieux, et les groupes des collectifs eux-mêmes"), "blue"),
            note("dp-ch2", t("Instagram, the weekly newsletter, posters with QR codes", "Instagram, la lettre hebdomadaire, des affiches avec QR code"), "pink"),
            note("dp-ch3", t("Meetings with brand and cultural-foundation managers", "Des rendez-vous avec des responsables de marques et de fondations culturelles"), "orange"),
        ],
        "customer_segments": [
            note("dp-cs1", t("Small venues, collectives and festivals that sell tickets at the door", "Les petits lieux, collectifs et festivals qui vendent leurs billets à l’entrée"), "blue"),
            note("dp-cs2", t("Culture-goers aged 18–35 in Casablanca and Rabat", "Les amateurs de culture de 18 à 35 ans à Casablanca et Rabat"), "pink"),
            note("dp-cs3", t("Brands and foundations that support culture", "Les marques et fondations qui soutiennent la culture"), "orange"),
        ],
        "cost_structure": [
            note("dp-co1", t("Salaries: 9,000 MAD a month each for two developers", "Salaires : 9 000 MAD par mois chacun pour deux développeurs")),
            note("dp-co2", t("Hosting and e-mail: about 600 MAD a month", "Hébergement et e-mails : environ 600 MAD par mois")),
            note("dp-co3", t("Payment fees: about 2.5 % of each ticket", "Frais de paiement : environ 2,5 % de chaque billet"), "pink"),
        ],
        "revenue_streams": [
            note("dp-rs1", t("A fee of 7 % per ticket sold, paid by the venue", "Une commission de 7 % par billet vendu, payée par le lieu"), "blue"),
            note("dp-rs2", t("A 3 MAD service fee for cash payments", "Des frais de service de 3 MAD pour les paiements en espèces"), "pink"),
            note("dp-rs3", t("A sponsored weekly pick: 5,000 MAD a month", "Une sélection hebdomadaire sponsorisée : 5 000 MAD par mois"), "orange"),
        ],
    },
    "fit": {
        "profiles": [
            {
                "segment": "dp-cs1",
                "audience": [
                    audience("dp-a1", "want", "functional", 5, "interviews", t("Know ahead how many people will come", "Savoir à l’avance combien de personnes viendront")),
                    audience("dp-a2", "obstacle", "functional", 5, "interviews", t("Ticketing sites take a big cut and pay late", "Les sites de billetterie prennent une grosse part et paient tard")),
                    audience("dp-a3", "obstacle", "functional", 4, "interviews", t("Much of their public has no bank card", "Une grande partie de leur public n’a pas de carte bancaire")),
                    audience("dp-a4", "hope", "social", 3, "assumed", t("Be seen beside the city’s best venues", "Être vu à côté des meilleurs lieux de la ville")),
                ],
                "offer": [
                    offer("dp-o1", "deliver", ["dp-a1"], t("Online tickets and a live count of sales", "Des billets en ligne et le décompte des ventes en direct")),
                    offer("dp-o2", "remedy", ["dp-a2"], t("7 % fee, paid out every Monday", "7 % de commission, versés chaque lundi")),
                    offer("dp-o3", "remedy", ["dp-a3"], t("Cash payment at kiosks across the city", "Le paiement en espèces dans les points de paiement de la ville")),
                    offer("dp-o4", "gain", ["dp-a4"], t("A place in the weekly newsletter", "Une place dans la lettre hebdomadaire")),
                ],
            },
            {
                "segment": "dp-cs2",
                "audience": [
                    audience("dp-a5", "want", "functional", 5, "usage_data", t("Find something to do this weekend, near them", "Trouver quoi faire ce week-end, près de chez eux")),
                    audience("dp-a6", "obstacle", "functional", 4, "interviews", t("Events are only announced in closed Instagram stories", "Les événements ne sont annoncés que dans des stories Instagram")),
                    audience("dp-a7", "hope", "social", 3, "usage_data", t("Go with friends and discover new places", "Sortir entre amis et découvrir de nouveaux lieux")),
                ],
                "offer": [
                    offer("dp-o5", "deliver", ["dp-a5"], t("The week’s agenda, by day and neighbourhood", "L’agenda de la semaine, par jour et par quartier")),
                    offer("dp-o6", "remedy", ["dp-a6"], t("One page per event, easy to share", "Une page par événement, facile à partager")),
                    offer("dp-o7", "gain", ["dp-a7"], t("Buy tickets for friends in one payment", "Acheter les billets des amis en un seul paiement")),
                ],
            },
        ]
    },
    "feasibility": {
        "assumptions": [
            {
                "id": "dp-h1",
                "text": t("Venues will switch from door sales to our tickets", "Les lieux passeront de la vente à l’entrée à nos billets"),
                "lens": "desirability", "block": "customer_segments", "note": "dp-cs1",
                "importance": 5, "evidence": 3,
                "tests": [{
                    "id": "dp-t1",
                    "hypothesis": t("Five of ten founding venues sell at least 30 % of their tickets with us in a month", "Cinq des dix lieux fondateurs vendent au moins 30 % de leurs billets chez nous en un mois"),
                    "method": "pilot",
                    "metric": t("Share of tickets sold online per venue", "Part des billets vendus en ligne par lieu"),
                    "threshold": t("30 % in 5 venues", "30 % dans 5 lieux"),
                    "cost": t("Our time and 400 MAD of posters", "Notre temps et 400 MAD d’affiches"),
                    "duration": t("1 month", "1 mois"),
                    "observed": t("6 venues above 30 %; film nights reached 70 %", "6 lieux au-dessus de 30 % ; les ciné-clubs ont atteint 70 %"),
                    "learned": t("Small events sell out online first: start with film nights and theatre", "Les petits événements se vendent d’abord en ligne : commencer par les ciné-clubs et le théâtre"),
                    "decision": "persevere", "raised": True,
                }],
            },
            {
                "id": "dp-h2",
                "text": t("A third of buyers will pay in cash at a kiosk", "Un tiers des acheteurs paiera en espèces dans un point de paiement"),
                "lens": "feasibility", "block": "key_partners", "note": "dp-kp2",
                "importance": 4, "evidence": 2,
                "tests": [{
                    "id": "dp-t2",
                    "hypothesis": t("Cash payments are 30 % of sales in the pilot", "Les paiements en espèces font 30 % des ventes pendant le pilote"),
                    "method": "pilot",
                    "metric": t("Cash payments ÷ all payments", "Paiements en espèces ÷ tous les paiements"),
                    "threshold": t("30 %", "30 %"),
                    "cost": t("The provider’s set-up fee: 1,500 MAD", "Les frais d’installation du prestataire : 1 500 MAD"),
                    "duration": t("1 month", "1 mois"),
                    "observed": t("18 %, and 9 % of cash orders were never paid", "18 %, et 9 % des commandes en espèces n’ont jamais été payées"),
                    "learned": t("Keep cash, but hold the seat only 24 hours", "Garder les espèces, mais ne réserver la place que 24 heures"),
                    "decision": "pivot", "raised": True,
                }],
            },
            {
                "id": "dp-h3",
                "text": t("A brand will sponsor the weekly pick", "Une marque sponsorisera la sélection de la semaine"),
                "lens": "viability", "block": "revenue_streams", "note": "dp-rs3",
                "importance": 3, "evidence": 1,
                "tests": [{
                    "id": "dp-t3",
                    "hypothesis": t("One of six brands met signs a three-month trial", "Une marque sur six rencontrées signe un essai de trois mois"),
                    "method": "interview",
                    "metric": t("Trials signed", "Essais signés"),
                    "threshold": t("1 of 6", "1 sur 6"),
                    "cost": t("Free", "Gratuit"),
                    "duration": t("6 weeks", "6 semaines"),
                    "observed": "", "learned": "", "decision": None, "raised": False,
                }],
            },
        ],
        "scorecard": {
            "scores": [
                {"criterion": "team_skills", "score": 4, "confidence": "high", "evidence": t("Youssef and Hind built a booking site for a clinic", "Youssef et Hind ont construit un site de réservation pour une clinique")},
                {"criterion": "tools_pipeline", "score": 4, "confidence": "high", "evidence": t("Automatic tests and deployment in place", "Tests et déploiement automatiques en place")},
                {"criterion": "technical_risk", "score": 3, "confidence": "medium", "evidence": t("Door scanning must work without network", "Le contrôle à l’entrée doit marcher sans réseau")},
                {"criterion": "hosting", "score": 4, "confidence": "medium", "evidence": t("Hosted in Europe; fast enough from Casablanca", "Hébergé en Europe ; assez rapide depuis Casablanca")},
                {"criterion": "audience_size", "score": 3, "confidence": "medium", "evidence": t("About 60 independent venues in the two cities", "Environ 60 lieux indépendants dans les deux villes")},
                {"criterion": "willingness_to_pay", "score": 3, "confidence": "medium", "evidence": t("Venues accept 7 %; none accepted 10 %", "Les lieux acceptent 7 % ; aucun n’a accepté 10 %")},
                {"criterion": "competition", "score": 2, "confidence": "high", "evidence": t("Two large ticketing sites for big concerts", "Deux grands sites de billetterie pour les gros concerts")},
                {"criterion": "store_visibility", "score": 3, "confidence": "low", "evidence": t("A web app: no store, but found through Instagram", "Une application web : pas de boutique, mais trouvée par Instagram")},
                {"criterion": "budget", "score": 3, "confidence": "medium", "evidence": t("Six months of salaries covered", "Six mois de salaires couverts")},
                {"criterion": "grants", "score": 3, "confidence": "medium", "evidence": t("Incubator programme and a start-up grant applied for", "Programme d’incubation et une subvention pour start-up demandée")},
                {"criterion": "licences", "score": 4, "confidence": "high", "evidence": t("Open-source stack; the payment provider is licensed", "Logiciels libres ; le prestataire de paiement est agréé")},
                {"criterion": "team_roles", "score": 4, "confidence": "high", "evidence": t("Salma: venues and sales; Youssef and Hind: product", "Salma : lieux et ventes ; Youssef et Hind : produit")},
            ],
            "custom": [{
                "id": "dp-c1", "group": "legal",
                "name": t("Personal data law (CNDP declaration)", "Loi sur les données personnelles (déclaration CNDP)"),
                "score": 3, "confidence": "medium",
                "evidence": t("Declaration drafted with the incubator’s lawyer", "Déclaration préparée avec la juriste de l’incubateur"),
            }],
        },
        "risks": [
            {"id": "dp-r1", "text": t("A big ticketing site drops its fees for small venues", "Un grand site de billetterie baisse ses frais pour les petits lieux"), "likelihood": 3, "impact": 4, "owner": "Salma", "mitigation": t("Keep what they do not do: cash, weekly pay-outs, the agenda", "Garder ce qu’ils ne font pas : espèces, paiement chaque semaine, l’agenda")},
            {"id": "dp-r2", "text": t("The door scanner fails on a busy night", "Le contrôle à l’entrée tombe en panne un soir d’affluence"), "likelihood": 2, "impact": 4, "owner": "Youssef", "mitigation": t("Works offline; a printed list as a fallback", "Fonctionne hors ligne ; une liste imprimée en secours")},
            {"id": "dp-r3", "text": t("Cash orders never paid leave seats empty", "Des commandes en espèces jamais payées laissent des places vides"), "likelihood": 3, "impact": 2, "owner": "Hind", "mitigation": t("A 24-hour hold, then the seat goes back on sale", "Une réservation de 24 heures, puis la place est remise en vente")},
        ],
        "mvp": {
            "includes": t("Agenda for Casablanca, tickets by card and cash\nScanning at the door, offline\nFrench and Arabic", "L’agenda de Casablanca, des billets par carte et en espèces\nLe contrôle à l’entrée, hors ligne\nFrançais et arabe"),
            "excludes": t("Rabat\nSeated plans\nA native app", "Rabat\nLes plans de salle numérotés\nUne application native"),
            "milestones": [
                {"id": "dp-m1", "name": t("Ten founding venues signed", "Dix lieux fondateurs signés"), "date": "2027-01-15"},
                {"id": "dp-m2", "name": t("Public launch in Casablanca", "Lancement public à Casablanca"), "date": "2027-02-20"},
                {"id": "dp-m3", "name": t("1,000 tickets sold", "1 000 billets vendus"), "date": "2027-04-30"},
            ],
            "team": t("Salma (venues, sales), Youssef (back end, payments), Hind (front end, design)", "Salma (lieux, ventes), Youssef (back-end, paiements), Hind (front-end, design)"),
            "budget": "145000", "currency": "MAD",
            "budget_note": t("Six months of two salaries, hosting, payment set-up and launch", "Six mois de deux salaires, hébergement, paiement et lancement"),
        },
        "readiness": {"product": 5, "market": 3},
    },
    "diffusion": {
        "started": True,
        "currency": "MAD",
        "goals": [
            {"id": "dp-g1", "kind": "reach", "text": t("40 venues and 5,000 buyers in the first year", "40 lieux et 5 000 acheteurs la première année")},
            {"id": "dp-g2", "kind": "revenue", "text": t("15,000 MAD of fees a month by December", "15 000 MAD de commissions par mois en décembre")},
            {"id": "dp-g3", "kind": "impact", "text": t("Small venues fill 20 % more seats", "Les petits lieux remplissent 20 % de places en plus")},
        ],
        "audiences": [
            {"id": "dp-au1", "segment": "dp-cs1", "text": t("Independent venues, cultural cafés and collectives of Casablanca", "Lieux indépendants, cafés culturels et collectifs de Casablanca")},
            {"id": "dp-au2", "segment": "dp-cs2", "text": t("Students and young workers who go out at weekends", "Étudiants et jeunes actifs qui sortent le week-end")},
            {"id": "dp-au3", "segment": "dp-cs3", "text": t("Marketing managers of brands close to culture", "Responsables marketing de marques proches de la culture")},
        ],
        "channels": [
            {"id": "dp-d1", "kind": "social", "name": "Instagram", "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Morocco", "Maroc"), "deadline": "", "premiere": "none", "category": "", "submission": "planned", "result": ""},
            {"id": "dp-d2", "kind": "other", "name": t("Weekly newsletter", "Lettre hebdomadaire"), "revenue_share": "", "fee": t("Free for readers", "Gratuite pour les lecteurs"), "exclusive": False, "territory": t("Casablanca, Rabat", "Casablanca, Rabat"), "deadline": "", "premiere": "none", "category": "", "submission": "planned", "result": ""},
            {"id": "dp-d3", "kind": "festival", "name": t("A Casablanca street-arts festival (ticketing partner)", "Un festival des arts de la rue de Casablanca (partenaire billetterie)"), "revenue_share": t("5 % per ticket", "5 % par billet"), "fee": "", "exclusive": True, "territory": t("Casablanca", "Casablanca"), "deadline": "2027-03-31", "premiere": "none", "category": "", "submission": "submitted", "result": ""},
            {"id": "dp-d4", "kind": "press", "name": t("Moroccan culture and tech press", "Presse culture et tech marocaine"), "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Morocco", "Maroc"), "deadline": "", "premiere": "national", "category": "", "submission": "planned", "result": ""},
        ],
        "timeline": [
            {"id": "dp-tl1", "kind": "announcement", "title": t("The ten founding venues announced", "Annonce des dix lieux fondateurs"), "date": "2027-01-20"},
            {"id": "dp-tl2", "kind": "launch", "title": t("Public launch in Casablanca", "Lancement public à Casablanca"), "date": "2027-02-20"},
            {"id": "dp-tl3", "kind": "update", "title": t("Friends’ tickets in one payment", "Les billets des amis en un seul paiement"), "date": "2027-04-01"},
            {"id": "dp-tl4", "kind": "launch", "title": t("Rabat", "Rabat"), "date": "2027-09-15"},
        ],
        "budget": [
            {"id": "dp-b1", "group": "ads", "label": t("Instagram ads for the launch", "Publicités Instagram pour le lancement"), "amount": "6000", "funding": "dp-f1"},
            {"id": "dp-b2", "group": "materials", "label": t("Posters with QR codes in 40 venues", "Affiches avec QR code dans 40 lieux"), "amount": "2500", "funding": "dp-f2"},
            {"id": "dp-b3", "group": "events", "label": t("Launch night with the founding venues", "Soirée de lancement avec les lieux fondateurs"), "amount": "4000", "funding": "dp-f1"},
            {"id": "dp-b4", "group": "travel", "label": t("Trips to Rabat to sign venues", "Déplacements à Rabat pour recruter des lieux"), "amount": "1800", "funding": "dp-f2"},
            {"id": "dp-b5", "group": "fees", "label": t("A photographer for the venue pages", "Un photographe pour les pages des lieux"), "amount": "3000", "funding": ""},
        ],
        "funding": [
            {"id": "dp-f1", "name": t("Residency grant", "Bourse de la résidence"), "amount": "10000"},
            {"id": "dp-f2", "name": t("Founders’ savings", "Épargne des fondateurs"), "amount": "5000"},
        ],
        "kpis": [
            {"id": "dp-k1", "name": t("Venues using the platform", "Lieux qui utilisent la plateforme"), "target": "40", "actual": "10", "due": "2027-12-31"},
            {"id": "dp-k2", "name": t("Tickets sold", "Billets vendus"), "target": "12000", "actual": "640", "due": "2027-12-31"},
            {"id": "dp-k3", "name": t("Newsletter readers", "Lecteurs de la lettre"), "target": "5000", "actual": "1200", "due": "2027-06-30"},
        ],
        "rights": [
            {"id": "dp-ri1", "right": t("The software and the brand", "Le logiciel et la marque"), "holder": t("The founders’ company", "La société des fondateurs"), "territory": t("Worldwide", "Monde"), "medium": t("Web", "Web"), "duration": t("Unlimited", "Illimitée")},
            {"id": "dp-ri2", "right": t("Event photos and texts", "Photos et textes des événements"), "holder": t("Each venue, licensed to the platform", "Chaque lieu, sous licence à la plateforme"), "territory": t("Worldwide", "Monde"), "medium": t("The site and its newsletter", "Le site et sa lettre"), "duration": t("While the event is listed", "Tant que l’événement est affiché")},
        ],
        "revenues": [
            {"id": "dp-v1", "kind": "licensing", "text": t("The software for festivals, under their own name", "Le logiciel pour des festivals, sous leur propre nom")},
            {"id": "dp-v2", "kind": "live_events", "text": t("Open Stage nights in partner venues", "Des soirées Scène ouverte dans des lieux partenaires")},
            {"id": "dp-v3", "kind": "other", "text": t("Yearly figures on the city’s cultural life, sold to foundations", "Des chiffres annuels sur la vie culturelle de la ville, vendus aux fondations")},
        ],
    },
}
