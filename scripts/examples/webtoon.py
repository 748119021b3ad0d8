"""A webtoon studio in Abidjan (Côte d'Ivoire), in FCFA."""
from build import t, note, audience, offer

DISCIPLINE = "webtoon"

PROJECT = {
    "title": t("Zo and the Lagoon Spirits", "Zo et les esprits de la lagune"),
    "pitch": t(
        "A weekly fantasy webtoon set in Abidjan: Zo, 17, discovers that the Ébrié lagoon is home to spirits who are losing their memory. Free on mobile, in French, with an English edition.",
        "Un webtoon fantastique hebdomadaire à Abidjan : Zo, 17 ans, découvre que la lagune Ébrié abrite des esprits qui perdent la mémoire. Gratuit sur mobile, en français, avec une édition anglaise.",
    ),
    "country": t("Côte d’Ivoire", "Côte d’Ivoire"),
    "team": ["Mariam Ouattara", "Kévin Yapi", "Aïcha Diallo"],
    "canvas": {
        "key_partners": [
            note("wt-kp1", t("The residency (mentoring, the grant, a desk at the incubator)", "La résidence (mentorat, bourse, un bureau à l’incubateur)")),
            note("wt-kp2", t("A print shop in Treichville for the album and posters", "Une imprimerie de Treichville pour l’album et les affiches"), "blue"),
            note("wt-kp3", t("The Institut français d’Abidjan: reading sessions in its media library", "L’Institut français d’Abidjan : séances de lecture à la médiathèque"), "pink"),
            note("wt-kp4", t("A translator from Accra for the English edition", "Une traductrice d’Accra pour l’édition anglaise"), "purple"),
        ],
        "key_activities": [
            note("wt-ka1", t("Write, draw and colour one 45-panel episode a week", "Écrire, dessiner et coloriser un épisode de 45 cases par semaine")),
            note("wt-ka2", t("Reply to comments and run the WhatsApp group every Friday", "Répondre aux commentaires et animer le groupe WhatsApp chaque vendredi"), "pink"),
            note("wt-ka3", t("Prepare a pitch file for publishers: synopsis, 10 episodes, the English edition", "Préparer un dossier pour les éditeurs : synopsis, 10 épisodes, l’édition anglaise"), "purple"),
        ],
        "key_resources": [
            note("wt-kr1", t("The story bible: 40 episodes outlined, characters, the lagoon’s map", "La bible de la série : 40 épisodes découpés, personnages, carte de la lagune")),
            note("wt-kr2", t("Two drawing tablets and Clip Studio Paint licences", "Deux tablettes graphiques et des licences Clip Studio Paint")),
            note("wt-kr3", t("A buffer of 8 finished episodes before launch", "Une avance de 8 épisodes terminés avant le lancement")),
        ],
        "value_propositions": [
            note("wt-vp1", t("A free weekly fantasy series with heroes from Abidjan, light episodes that load on a cheap data plan", "Une série fantastique gratuite chaque semaine, des héros d’Abidjan, des épisodes légers qui passent avec un petit forfait"), "pink"),
            note("wt-vp2", t("A collector’s print album of season 1, with 16 bonus pages, paid by card and shipped in Europe", "Un album papier collector de la saison 1, 16 pages inédites, payé par carte et livré en Europe"), "blue"),
            note("wt-vp3", t("A finished, proven season with an English edition, ready to license", "Une saison terminée, qui a fait ses preuves, avec une édition anglaise, prête à être licenciée"), "purple"),
        ],
        "customer_relationships": [
            note("wt-cr1", t("Friday replies in the comments; readers vote on a side character’s fate", "Réponses du vendredi dans les commentaires ; les lecteurs votent pour le sort d’un personnage"), "pink"),
            note("wt-cr2", t("Backers get a monthly making-of e-mail and their name in the album", "Les contributeurs reçoivent un making-of par e-mail chaque mois et leur nom dans l’album"), "blue"),
            note("wt-cr3", t("Meetings at festivals, then a quarterly update with the numbers", "Rencontres en festival, puis un point trimestriel avec les chiffres"), "purple"),
        ],
        "channels": [
            note("wt-ch1", t("Webtoon Canvas, and short reels on TikTok and Instagram", "Webtoon Canvas, et des vidéos courtes sur TikTok et Instagram"), "pink"),
            note("wt-ch2", t("An Ulule campaign, then an online shop with card payment", "Une campagne Ulule, puis une boutique en ligne avec paiement par carte"), "blue"),
            note("wt-ch3", t("Fibda in Algiers and the rights market in Angoulême", "Le Fibda à Alger et le marché des droits d’Angoulême"), "purple"),
        ],
        "customer_segments": [
            note("wt-cs1", t("Readers aged 15–25 in French-speaking West Africa, on their phones", "Lecteurs et lectrices de 15 à 25 ans en Afrique de l’Ouest francophone, sur leur téléphone"), "pink"),
            note("wt-cs2", t("The Ivorian diaspora in France and Canada, who buy print books", "La diaspora ivoirienne en France et au Canada, qui achète des livres papier"), "blue"),
            note("wt-cs3", t("Publishers and platforms looking for African series", "Éditeurs et plateformes qui cherchent des séries africaines"), "purple"),
        ],
        "cost_structure": [
            note("wt-co1", t("Fees: 150,000 FCFA a month each for the writer and the artist", "Honoraires : 150 000 FCFA par mois chacun pour la scénariste et le dessinateur")),
            note("wt-co2", t("A part-time colourist: 80,000 FCFA a month", "Une coloriste à mi-temps : 80 000 FCFA par mois")),
            note("wt-co3", t("Printing 300 albums: about 1,800,000 FCFA", "Impression de 300 albums : environ 1 800 000 FCFA"), "blue"),
            note("wt-co4", t("Internet, software and ads: about 60,000 FCFA a month", "Internet, logiciels et publicité : environ 60 000 FCFA par mois")),
        ],
        "revenue_streams": [
            note("wt-rs1", t("The platform’s ad share and readers’ tips (small at first)", "La part publicitaire de la plateforme et les pourboires des lecteurs (modestes au début)"), "pink"),
            note("wt-rs2", t("The album at 15,000 FCFA (€23) on Ulule, then in the shop", "L’album à 15 000 FCFA (23 €) sur Ulule, puis en boutique"), "blue"),
            note("wt-rs3", t("An advance on print or translation rights", "Une avance sur les droits d’édition papier ou de traduction"), "purple"),
        ],
    },
    "fit": {
        "profiles": [
            {
                "segment": "wt-cs1",
                "audience": [
                    audience("wt-a1", "want", "functional", 5, "interviews", t("Read a gripping story on the bus, a few minutes at a time", "Lire une histoire prenante dans le gbaka, quelques minutes à la fois")),
                    audience("wt-a2", "want", "social", 4, "reader_comments", t("Talk about the latest episode with friends", "Parler du dernier épisode avec les copains")),
                    audience("wt-a3", "obstacle", "functional", 5, "interviews", t("Data is expensive; heavy episodes eat the plan", "La data coûte cher ; les épisodes lourds mangent le forfait")),
                    audience("wt-a4", "obstacle", "emotional", 4, "assumed", t("Few webtoons in French with heroes who look like them", "Peu de webtoons en français avec des héros qui leur ressemblent")),
                    audience("wt-a5", "hope", "functional", 4, "reader_comments", t("A new episode every week, on time", "Un nouvel épisode chaque semaine, à l’heure")),
                ],
                "offer": [
                    offer("wt-o1", "deliver", [], t("40 free weekly episodes on Webtoon Canvas", "40 épisodes gratuits et hebdomadaires sur Webtoon Canvas")),
                    offer("wt-o2", "remedy", ["wt-a3", "wt-a1"], t("Episodes under 3 MB, readable offline once loaded on wifi", "Des épisodes de moins de 3 Mo, lisibles hors ligne une fois chargés en wifi")),
                    offer("wt-o3", "gain", ["wt-a4", "wt-a2"], t("A heroine from Yopougon, dialogue with a touch of Nouchi", "Une héroïne de Yopougon, des dialogues avec une pointe de nouchi")),
                    offer("wt-o4", "gain", ["wt-a5"], t("An 8-episode buffer, so Friday never slips", "8 épisodes d’avance, pour que le vendredi ne saute jamais")),
                ],
            },
            {
                "segment": "wt-cs2",
                "audience": [
                    audience("wt-a6", "want", "emotional", 4, "interviews", t("Keep a link with home and share it with their children", "Garder un lien avec le pays et le partager avec leurs enfants")),
                    audience("wt-a7", "obstacle", "functional", 3, "sales", t("Mobile money does not work from France", "Le mobile money ne marche pas depuis la France")),
                    audience("wt-a8", "hope", "social", 3, "assumed", t("A beautiful book to give as a present", "Un beau livre à offrir")),
                ],
                "offer": [
                    offer("wt-o5", "deliver", ["wt-a8"], t("A 120-page hardback album of season 1", "Un album relié de 120 pages pour la saison 1")),
                    offer("wt-o6", "remedy", ["wt-a7"], t("Card payment on Ulule and shipping from a partner in Paris", "Paiement par carte sur Ulule et envoi depuis un partenaire à Paris")),
                    offer("wt-o7", "gain", ["wt-a6"], t("A glossary of Nouchi and a map of the lagoon for young readers", "Un glossaire du nouchi et une carte de la lagune pour les jeunes lecteurs")),
                ],
            },
        ]
    },
    "feasibility": {
        "assumptions": [
            {
                "id": "wt-h1",
                "text": t("Readers aged 15–25 come back every week for a fantasy story set in Abidjan", "Les 15–25 ans reviennent chaque semaine pour une histoire fantastique à Abidjan"),
                "lens": "desirability", "block": "value_propositions", "note": "wt-vp1",
                "importance": 5, "evidence": 3,
                "tests": [{
                    "id": "wt-t1",
                    "hypothesis": t("At least 40 % of readers of episode 1 read episode 3", "Au moins 40 % des lecteurs de l’épisode 1 lisent l’épisode 3"),
                    "method": "pilot",
                    "metric": t("Readers of episode 3 ÷ readers of episode 1", "Lecteurs de l’épisode 3 ÷ lecteurs de l’épisode 1"),
                    "threshold": t("40 % or more", "40 % ou plus"),
                    "cost": t("30,000 FCFA of Instagram boosts", "30 000 FCFA de publicités Instagram"),
                    "duration": t("3 weeks", "3 semaines"),
                    "observed": t("1,900 readers on episode 1, 820 on episode 3 (43 %)", "1 900 lecteurs pour l’épisode 1, 820 pour l’épisode 3 (43 %)"),
                    "learned": t("The cliffhanger of episode 2 works; readers ask for longer episodes, not more of them", "Le suspense de l’épisode 2 fonctionne ; les lecteurs veulent des épisodes plus longs, pas plus nombreux"),
                    "decision": "persevere", "raised": True,
                }],
            },
            {
                "id": "wt-h2",
                "text": t("Diaspora readers will pre-order the album at 15,000 FCFA", "Les lecteurs de la diaspora précommanderont l’album à 15 000 FCFA"),
                "lens": "viability", "block": "revenue_streams", "note": "wt-rs2",
                "importance": 4, "evidence": 1,
                "tests": [{
                    "id": "wt-t2",
                    "hypothesis": t("200 people follow the Ulule preview page before the campaign opens", "200 personnes suivent la page d’avant-première Ulule avant l’ouverture de la campagne"),
                    "method": "landing_page",
                    "metric": t("Followers of the preview page", "Abonnés à la page d’avant-première"),
                    "threshold": t("200 in 4 weeks", "200 en 4 semaines"),
                    "cost": t("Free (posts in three diaspora Facebook groups)", "Gratuit (messages dans trois groupes Facebook de la diaspora)"),
                    "duration": t("4 weeks", "4 semaines"),
                    "observed": "", "learned": "", "decision": None, "raised": False,
                }],
            },
            {
                "id": "wt-h3",
                "text": t("Two people can deliver one episode a week for 40 weeks", "Deux personnes peuvent livrer un épisode par semaine pendant 40 semaines"),
                "lens": "feasibility", "block": "key_activities", "note": "wt-ka1",
                "importance": 5, "evidence": 2,
                "tests": [{
                    "id": "wt-t3",
                    "hypothesis": t("We finish 6 episodes in 6 weeks while timing each step", "Nous finissons 6 épisodes en 6 semaines en chronométrant chaque étape"),
                    "method": "pilot",
                    "metric": t("Weeks to finish 6 episodes", "Semaines pour finir 6 épisodes"),
                    "threshold": t("6 weeks or fewer", "6 semaines ou moins"),
                    "cost": t("Our time", "Notre temps"),
                    "duration": t("6 weeks", "6 semaines"),
                    "observed": t("6 episodes in 7 weeks; colouring took 40 % of the time", "6 épisodes en 7 semaines ; la couleur a pris 40 % du temps"),
                    "learned": t("Bring in a part-time colourist and keep an 8-episode buffer", "Prendre une coloriste à mi-temps et garder 8 épisodes d’avance"),
                    "decision": "pivot", "raised": True,
                }],
            },
            {
                "id": "wt-h4",
                "text": t("A publisher will take the print rights after season 1", "Un éditeur prendra les droits papier après la saison 1"),
                "lens": "viability", "block": "key_partners", "note": None,
                "importance": 3, "evidence": 1,
                "tests": [{
                    "id": "wt-t4",
                    "hypothesis": t("Two of five publishers met at Fibda ask for the full pitch file", "Deux des cinq éditeurs rencontrés au Fibda demandent le dossier complet"),
                    "method": "interview",
                    "metric": t("Publishers asking for the file", "Éditeurs qui demandent le dossier"),
                    "threshold": t("2 of 5", "2 sur 5"),
                    "cost": t("The trip to Algiers (in the diffusion budget)", "Le voyage à Alger (dans le budget de diffusion)"),
                    "duration": t("The festival’s 5 days", "Les 5 jours du festival"),
                    "observed": "", "learned": "", "decision": None, "raised": False,
                }],
            },
        ],
        "scorecard": {
            "scores": [
                {"criterion": "team_skills", "score": 4, "confidence": "high", "evidence": t("Kévin has drawn two short comics; Mariam wrote for a radio series", "Kévin a dessiné deux BD courtes ; Mariam a écrit pour une série radio")},
                {"criterion": "tools_pipeline", "score": 4, "confidence": "high", "evidence": t("Clip Studio templates for the vertical format are ready", "Les gabarits Clip Studio pour le format vertical sont prêts")},
                {"criterion": "production_time", "score": 2, "confidence": "medium", "evidence": t("6 episodes took 7 weeks in the pilot", "6 épisodes ont pris 7 semaines pendant le pilote")},
                {"criterion": "audience_size", "score": 4, "confidence": "medium", "evidence": t("1,900 readers on the first pilot episode with a tiny ad budget", "1 900 lecteurs pour le premier épisode pilote avec un tout petit budget publicitaire")},
                {"criterion": "willingness_to_pay", "score": 2, "confidence": "low", "evidence": t("Only what diaspora readers said in interviews", "Seulement ce que des lecteurs de la diaspora ont dit en entretien")},
                {"criterion": "competition", "score": 3, "confidence": "medium", "evidence": t("Few French-language African webtoons, but strong Korean series", "Peu de webtoons africains en français, mais des séries coréennes fortes")},
                {"criterion": "channel_access", "score": 4, "confidence": "high", "evidence": t("Webtoon Canvas is open to anyone; our reels reach 5,000 views", "Webtoon Canvas est ouvert à tous ; nos vidéos atteignent 5 000 vues")},
                {"criterion": "publisher_interest", "score": 2, "confidence": "low", "evidence": t("One publisher answered our e-mail", "Un éditeur a répondu à notre e-mail")},
                {"criterion": "budget", "score": 3, "confidence": "medium", "evidence": t("The grant covers fees for 6 months, not the print run", "La bourse couvre les honoraires pendant 6 mois, pas l’impression")},
                {"criterion": "crowdfunding", "score": 2, "confidence": "low", "evidence": t("No campaign run yet", "Aucune campagne menée pour l’instant")},
                {"criterion": "rights", "score": 3, "confidence": "medium", "evidence": t("A co-author agreement is drafted, not yet signed", "Un contrat de coautrice est rédigé, pas encore signé")},
                {"criterion": "team_commitment", "score": 4, "confidence": "high", "evidence": t("All three work on it four days a week", "Tous les trois y travaillent quatre jours par semaine")},
            ],
            "custom": [{
                "id": "wt-c1", "group": "commercial",
                "name": t("Support from the Institut français media library", "Soutien de la médiathèque de l’Institut français"),
                "score": 4, "confidence": "medium",
                "evidence": t("Two reading sessions booked for March", "Deux séances de lecture prévues en mars"),
            }],
        },
        "risks": [
            {"id": "wt-r1", "text": t("The weekly schedule slips and readers leave", "Le rythme hebdomadaire dérape et les lecteurs partent"), "likelihood": 3, "impact": 5, "owner": "Mariam", "mitigation": t("8-episode buffer; a part-time colourist; a planned two-week break mid-season", "8 épisodes d’avance ; une coloriste à mi-temps ; une pause annoncée de deux semaines à mi-saison")},
            {"id": "wt-r2", "text": t("The Ulule campaign falls short of its goal", "La campagne Ulule n’atteint pas son objectif"), "likelihood": 3, "impact": 3, "owner": "Aïcha", "mitigation": t("Set the goal at 150 albums; test the preview page first", "Fixer l’objectif à 150 albums ; tester d’abord la page d’avant-première")},
            {"id": "wt-r3", "text": t("A platform clause takes exclusive rights we need for print", "Une clause de plateforme prend des droits exclusifs dont l’album a besoin"), "likelihood": 2, "impact": 4, "owner": "Kévin", "mitigation": t("Read the terms with the residency’s lawyer before publishing", "Relire les conditions avec la juriste de la résidence avant de publier")},
        ],
        "mvp": {
            "includes": t("Episodes 1 to 12 on Webtoon Canvas, in French\nThe English edition of episodes 1 to 3\nA 10-page pitch file for publishers", "Les épisodes 1 à 12 sur Webtoon Canvas, en français\nL’édition anglaise des épisodes 1 à 3\nUn dossier de 10 pages pour les éditeurs"),
            "excludes": t("The print album (after the Ulule test)\nMerchandise\nAn animated trailer", "L’album papier (après le test Ulule)\nLes produits dérivés\nUne bande-annonce animée"),
            "milestones": [
                {"id": "wt-m1", "name": t("8 episodes finished (the buffer)", "8 épisodes terminés (l’avance)"), "date": "2027-01-10"},
                {"id": "wt-m2", "name": t("Episode 1 online", "Épisode 1 en ligne"), "date": "2027-01-15"},
                {"id": "wt-m3", "name": t("Episode 12 and the pitch file", "Épisode 12 et le dossier éditeurs"), "date": "2027-04-02"},
            ],
            "team": t("Mariam (writing, community), Kévin (drawing), Aïcha (colour, two days a week)", "Mariam (scénario, communauté), Kévin (dessin), Aïcha (couleur, deux jours par semaine)"),
            "budget": "2400000", "currency": "XOF",
            "budget_note": t("Fees for three months and the ads; the grant pays two thirds", "Trois mois d’honoraires et la publicité ; la bourse en paie les deux tiers"),
        },
        "readiness": {"product": 4, "market": 3},
    },
    "diffusion": {
        "started": True,
        "currency": "XOF",
        "goals": [
            {"id": "wt-g1", "kind": "reach", "text": t("5,000 readers per episode by episode 12", "5 000 lecteurs par épisode à l’épisode 12")},
            {"id": "wt-g2", "kind": "revenue", "text": t("150 albums pre-sold on Ulule", "150 albums prévendus sur Ulule")},
            {"id": "wt-g3", "kind": "recognition", "text": t("An official selection at Fibda", "Une sélection officielle au Fibda")},
            {"id": "wt-g4", "kind": "impact", "text": t("Four reading workshops in Abidjan secondary schools", "Quatre ateliers de lecture dans des lycées d’Abidjan")},
        ],
        "audiences": [
            {"id": "wt-au1", "segment": "wt-cs1", "text": t("Secondary-school and university students in Abidjan, Bouaké and Dakar", "Lycéens et étudiants d’Abidjan, de Bouaké et de Dakar")},
            {"id": "wt-au2", "segment": "wt-cs2", "text": t("Ivorian families in Paris, Lyon and Montréal", "Familles ivoiriennes de Paris, Lyon et Montréal")},
            {"id": "wt-au3", "segment": "wt-cs3", "text": t("Editors of French and Belgian comics publishers", "Éditeurs et éditrices de maisons de BD françaises et belges")},
        ],
        "channels": [
            {"id": "wt-d1", "kind": "platform", "name": "Webtoon Canvas", "revenue_share": t("Ad revenue share once eligible", "Partage des revenus publicitaires une fois éligible"), "fee": t("Free", "Gratuit"), "exclusive": False, "territory": t("Worldwide", "Monde"), "deadline": "", "premiere": "none", "category": "", "submission": "planned", "result": ""},
            {"id": "wt-d2", "kind": "festival", "name": t("Fibda (Algiers)", "Fibda (Alger)"), "revenue_share": "", "fee": t("Free", "Gratuit"), "exclusive": False, "territory": "", "deadline": "2027-06-30", "premiere": "continental", "category": t("Young talent", "Jeunes talents"), "submission": "planned", "result": ""},
            {"id": "wt-d3", "kind": "publisher", "name": t("Angoulême rights market", "Marché des droits d’Angoulême"), "revenue_share": "", "fee": t("Badge: about 150 €", "Badge : environ 150 €"), "exclusive": False, "territory": t("France, Belgium, Switzerland", "France, Belgique, Suisse"), "deadline": "2027-01-28", "premiere": "none", "category": "", "submission": "submitted", "result": ""},
            {"id": "wt-d4", "kind": "social", "name": "TikTok & Instagram", "revenue_share": "", "fee": "", "exclusive": False, "territory": t("West Africa, diaspora", "Afrique de l’Ouest, diaspora"), "deadline": "", "premiere": "none", "category": "", "submission": "planned", "result": ""},
            {"id": "wt-d5", "kind": "press", "name": t("Culture pages of Fraternité Matin", "Pages culture de Fraternité Matin"), "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Côte d’Ivoire", "Côte d’Ivoire"), "deadline": "", "premiere": "national", "category": "", "submission": "planned", "result": ""},
        ],
        "timeline": [
            {"id": "wt-tl1", "kind": "announcement", "title": t("Teaser and first character sheets on Instagram", "Teaser et premières fiches personnages sur Instagram"), "date": "2026-12-18"},
            {"id": "wt-tl2", "kind": "launch", "title": t("Episode 1 online", "Épisode 1 en ligne"), "date": "2027-01-15"},
            {"id": "wt-tl3", "kind": "episode", "title": t("Episodes every Friday", "Un épisode chaque vendredi"), "date": "2027-01-22"},
            {"id": "wt-tl4", "kind": "other", "title": t("Reading session at the Institut français", "Séance de lecture à l’Institut français"), "date": "2027-03-12"},
            {"id": "wt-tl5", "kind": "launch", "title": t("Ulule campaign opens (30 days)", "Ouverture de la campagne Ulule (30 jours)"), "date": "2027-05-03"},
            {"id": "wt-tl6", "kind": "premiere", "title": t("Fibda, Algiers", "Fibda, Alger"), "date": "2027-10-06"},
        ],
        "budget": [
            {"id": "wt-b1", "group": "fees", "label": t("Colourist, three months", "Coloriste, trois mois"), "amount": "240000", "funding": "wt-f1"},
            {"id": "wt-b2", "group": "ads", "label": t("Instagram and TikTok boosts", "Publicités Instagram et TikTok"), "amount": "180000", "funding": "wt-f2"},
            {"id": "wt-b3", "group": "materials", "label": t("Posters and stickers for launches", "Affiches et autocollants pour les lancements"), "amount": "95000", "funding": "wt-f2"},
            {"id": "wt-b4", "group": "events", "label": t("Launch evening at a café in Cocody", "Soirée de lancement dans un café de Cocody"), "amount": "120000", "funding": "wt-f3"},
            {"id": "wt-b5", "group": "travel", "label": t("Two return tickets Abidjan–Algiers for Fibda", "Deux allers-retours Abidjan–Alger pour le Fibda"), "amount": "780000", "funding": "wt-f1"},
            {"id": "wt-b6", "group": "other", "label": t("Translation of episodes 1 to 3", "Traduction des épisodes 1 à 3"), "amount": "150000", "funding": ""},
        ],
        "funding": [
            {"id": "wt-f1", "name": t("Residency grant", "Bourse de la résidence"), "amount": "1000000"},
            {"id": "wt-f2", "name": t("Own funds", "Fonds propres"), "amount": "300000"},
            {"id": "wt-f3", "name": t("Institut français (in kind and cash)", "Institut français (en nature et en numéraire)"), "amount": "120000"},
        ],
        "kpis": [
            {"id": "wt-k1", "name": t("Readers per episode", "Lecteurs par épisode"), "target": "5000", "actual": "1900", "due": "2027-04-02"},
            {"id": "wt-k2", "name": t("Subscribers on Webtoon Canvas", "Abonnés sur Webtoon Canvas"), "target": "2000", "actual": "640", "due": "2027-04-02"},
            {"id": "wt-k3", "name": t("Albums pre-sold", "Albums prévendus"), "target": "150", "actual": "", "due": "2027-06-02"},
            {"id": "wt-k4", "name": t("Publisher meetings", "Rendez-vous éditeurs"), "target": "5", "actual": "1", "due": "2027-10-10"},
        ],
        "rights": [
            {"id": "wt-ri1", "right": t("Online publication", "Publication en ligne"), "holder": t("The studio (Mariam and Kévin)", "Le studio (Mariam et Kévin)"), "territory": t("Worldwide", "Monde"), "medium": t("Web and mobile", "Web et mobile"), "duration": t("For the life of copyright", "Durée des droits d’auteur")},
            {"id": "wt-ri2", "right": t("Print edition", "Édition papier"), "holder": t("To negotiate with a publisher", "À négocier avec un éditeur"), "territory": t("France, Belgium, Switzerland, Canada", "France, Belgique, Suisse, Canada"), "medium": t("Print", "Papier"), "duration": t("7 years", "7 ans")},
            {"id": "wt-ri3", "right": t("English translation", "Traduction anglaise"), "holder": t("The studio; the translator is paid a flat fee", "Le studio ; la traductrice est payée au forfait"), "territory": t("English-speaking Africa", "Afrique anglophone"), "medium": t("Web and mobile", "Web et mobile"), "duration": t("5 years", "5 ans")},
        ],
        "revenues": [
            {"id": "wt-v1", "kind": "merchandise", "text": t("Posters, stickers and tote bags at launches", "Affiches, autocollants et tote bags aux lancements")},
            {"id": "wt-v2", "kind": "translation", "text": t("An English edition for Nigerian and Ghanaian readers", "Une édition anglaise pour les lecteurs nigérians et ghanéens")},
            {"id": "wt-v3", "kind": "adaptation", "text": t("An animated short, pitched to a studio in Abidjan", "Un court métrage d’animation, proposé à un studio d’Abidjan")},
        ],
    },
}
