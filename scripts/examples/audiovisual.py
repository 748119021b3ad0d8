"""A documentary series in Dakar (Senegal), in FCFA."""
from build import t, note, audience, offer

DISCIPLINE = "audiovisual"

PROJECT = {
    "title": t("Keepers of the Tide", "Les gardiennes de la marée"),
    "pitch": t(
        "A documentary series of six 26-minute episodes about the women who smoke and sell fish on Senegal’s Petite-Côte, from Joal to Mbour, as industrial fishing and the sea take their shore. Shot in Wolof and Serer, subtitled in French and English.",
        "Une série documentaire de six épisodes de 26 minutes sur les femmes qui fument et vendent le poisson sur la Petite-Côte, de Joal à Mbour, alors que la pêche industrielle et la mer grignotent leur rivage. Tournée en wolof et en sérère, sous-titrée en français et en anglais.",
    ),
    "country": t("Senegal", "Sénégal"),
    "team": ["Fatou Ndiaye", "Moussa Sarr", "Khady Diop"],
    "canvas": {
        "key_partners": [
            note("av-kp1", t("The residency, and a Dakar production company as co-producer", "La résidence, et une société de production dakaroise comme coproductrice")),
            note("av-kp2", t("The women’s processing cooperative in Joal", "Le groupement de femmes transformatrices de Joal"), "green"),
            note("av-kp3", t("A broadcaster for a pre-purchase", "Une chaîne de télévision pour un préachat"), "pink"),
            note("av-kp4", t("A subtitling studio in Dakar", "Un studio de sous-titrage à Dakar")),
        ],
        "key_activities": [
            note("av-ka1", t("Shoot 40 days over a year, to follow the seasons of fishing", "Tourner 40 jours sur une année, pour suivre les saisons de pêche")),
            note("av-ka2", t("Edit, subtitle and deliver to broadcast standards", "Monter, sous-titrer et livrer aux normes de diffusion"), "pink"),
            note("av-ka3", t("Organise screenings and debates in fishing towns", "Organiser des projections-débats dans les villes de pêcheurs"), "green"),
        ],
        "key_resources": [
            note("av-kr1", t("Three years of trust with the women of Joal", "Trois ans de confiance avec les femmes de Joal"), "green"),
            note("av-kr2", t("A cinema camera kit shared with the co-producer", "Un kit caméra cinéma partagé avec le coproducteur")),
            note("av-kr3", t("A 7-minute teaser and a 40-page development file", "Un teaser de 7 minutes et un dossier de développement de 40 pages")),
        ],
        "value_propositions": [
            note("av-vp1", t("A strong, intimate series about women and the sea, ready for prime time, made in Senegal", "Une série forte et intime sur les femmes et la mer, prête pour une diffusion en soirée, faite au Sénégal"), "pink"),
            note("av-vp2", t("A film that puts the women’s own words in front of decision makers and the public", "Un film qui porte la parole des femmes elles-mêmes devant les décideurs et le public"), "green"),
            note("av-vp3", t("Short vertical stories from the shore for young viewers online", "De courtes histoires verticales du rivage pour les jeunes spectateurs en ligne"), "orange"),
        ],
        "customer_relationships": [
            note("av-cr1", t("Delivery on time, with press kit and trailer for each episode", "Une livraison à l’heure, avec dossier de presse et bande-annonce par épisode"), "pink"),
            note("av-cr2", t("A screening pack (film, debate guide, poster) for partners", "Un kit de projection (film, guide de débat, affiche) pour les partenaires"), "green"),
            note("av-cr3", t("Replies in Wolof and French under every video", "Des réponses en wolof et en français sous chaque vidéo"), "orange"),
        ],
        "channels": [
            note("av-ch1", t("Markets and pitches: Durban FilmMart, Sunny Side of the Doc", "Les marchés et sessions de pitch : Durban FilmMart, Sunny Side of the Doc"), "pink"),
            note("av-ch2", t("Festivals: FESPACO, Saint-Louis documentary festival", "Les festivals : le FESPACO, le festival du documentaire de Saint-Louis"), "pink"),
            note("av-ch3", t("Community screenings with the cooperative and NGOs", "Des projections communautaires avec le groupement et des ONG"), "green"),
            note("av-ch4", t("YouTube and TikTok for the short stories", "YouTube et TikTok pour les histoires courtes"), "orange"),
        ],
        "customer_segments": [
            note("av-cs1", t("African and French-speaking broadcasters and streaming services", "Les chaînes et plateformes africaines et francophones"), "pink"),
            note("av-cs2", t("NGOs, foundations and schools working on fishing and the climate", "Les ONG, fondations et écoles qui travaillent sur la pêche et le climat"), "green"),
            note("av-cs3", t("Young Senegalese viewers online, 18–30", "Les jeunes spectateurs sénégalais en ligne, 18–30 ans"), "orange"),
        ],
        "cost_structure": [
            note("av-co1", t("Crew of four on shoot days: about 250,000 FCFA a day", "Une équipe de quatre les jours de tournage : environ 250 000 FCFA par jour")),
            note("av-co2", t("Editing: 5 months at 600,000 FCFA", "Montage : 5 mois à 600 000 FCFA")),
            note("av-co3", t("Subtitles, sound mix and colour grading", "Sous-titres, mixage et étalonnage"), "pink"),
            note("av-co4", t("Screening tour: projector, generator, transport", "Tournée de projections : projecteur, groupe électrogène, transport"), "green"),
        ],
        "revenue_streams": [
            note("av-rs1", t("Pre-purchase and licence fees from broadcasters", "Préachats et droits de diffusion des chaînes"), "pink"),
            note("av-rs2", t("Grants: FOPICA, the Francophonie’s image fund", "Subventions : le FOPICA, le Fonds Image de la Francophonie"), "pink"),
            note("av-rs3", t("Screening fees paid by NGOs and foundations", "Des cachets de projection payés par les ONG et fondations"), "green"),
            note("av-rs4", t("Ad revenue from YouTube (small, but it grows the audience)", "Les revenus publicitaires de YouTube (modestes, mais ils font grandir le public)"), "orange"),
        ],
    },
    "fit": {
        "profiles": [
            {
                "segment": "av-cs1",
                "audience": [
                    audience("av-a1", "want", "functional", 5, "interviews", t("Fill their schedule with quality local documentaries", "Remplir leur grille avec des documentaires locaux de qualité")),
                    audience("av-a2", "obstacle", "functional", 5, "interviews", t("Projects that never get finished or delivered to standard", "Des projets qui ne sont jamais finis ou pas livrés aux normes")),
                    audience("av-a3", "obstacle", "functional", 3, "interviews", t("Small acquisition budgets for documentaries", "De petits budgets d’achat pour le documentaire")),
                    audience("av-a4", "hope", "social", 4, "festival_feedback", t("A series that gets talked about and wins prizes", "Une série dont on parle et qui gagne des prix")),
                ],
                "offer": [
                    offer("av-o1", "deliver", ["av-a1"], t("Six 26-minute episodes, in French and with English subtitles", "Six épisodes de 26 minutes, en français et avec des sous-titres anglais")),
                    offer("av-o2", "remedy", ["av-a2"], t("An experienced co-producer and a finished pilot before signing", "Un coproducteur expérimenté et un pilote terminé avant la signature")),
                    offer("av-o3", "remedy", ["av-a3"], t("A pre-purchase for one territory, leaving the others to sell", "Un préachat pour un territoire, les autres restant à vendre")),
                    offer("av-o4", "gain", ["av-a4"], t("A festival run before the broadcast, FESPACO first", "Un parcours en festival avant la diffusion, le FESPACO d’abord")),
                ],
            },
            {
                "segment": "av-cs2",
                "audience": [
                    audience("av-a5", "want", "functional", 4, "interviews", t("Tools to start a conversation in fishing communities", "Des outils pour lancer la discussion dans les communautés de pêcheurs")),
                    audience("av-a6", "obstacle", "functional", 4, "screenings", t("Films too long or only in French for village screenings", "Des films trop longs ou seulement en français pour les projections en village")),
                    audience("av-a7", "hope", "emotional", 3, "screenings", t("See the women recognised, not pitied", "Voir les femmes reconnues, pas prises en pitié")),
                ],
                "offer": [
                    offer("av-o5", "deliver", ["av-a5"], t("A screening pack with a debate guide", "Un kit de projection avec un guide de débat")),
                    offer("av-o6", "remedy", ["av-a6"], t("A 52-minute cut in Wolof and Serer", "Une version de 52 minutes en wolof et en sérère")),
                    offer("av-o7", "gain", ["av-a7"], t("The women present the film with us", "Les femmes présentent le film avec nous")),
                ],
            },
        ]
    },
    "feasibility": {
        "assumptions": [
            {
                "id": "av-h1",
                "text": t("A broadcaster will pre-purchase the series once it sees the pilot", "Une chaîne préachètera la série après avoir vu le pilote"),
                "lens": "viability", "block": "revenue_streams", "note": "av-rs1",
                "importance": 5, "evidence": 2,
                "tests": [{
                    "id": "av-t1",
                    "hypothesis": t("Three of ten commissioning editors met at Durban FilmMart ask to see the pilot", "Trois chargés de programmes sur dix rencontrés au Durban FilmMart demandent à voir le pilote"),
                    "method": "interview",
                    "metric": t("Requests to see the pilot", "Demandes pour voir le pilote"),
                    "threshold": t("3 of 10", "3 sur 10"),
                    "cost": t("The trip to Durban (in the budget)", "Le voyage à Durban (dans le budget)"),
                    "duration": t("The market’s 4 days", "Les 4 jours du marché"),
                    "observed": t("4 of 11; one asked for a 52-minute version too", "4 sur 11 ; l’une a aussi demandé une version de 52 minutes"),
                    "learned": t("Plan a 52-minute cut from the start: it sells to more slots", "Prévoir une version de 52 minutes dès le départ : elle se vend sur plus de cases"),
                    "decision": "persevere", "raised": True,
                }],
            },
            {
                "id": "av-h2",
                "text": t("The women will let us film through a whole year, including hard times", "Les femmes nous laisseront filmer toute une année, y compris les moments durs"),
                "lens": "feasibility", "block": "key_resources", "note": "av-kr1",
                "importance": 5, "evidence": 3,
                "tests": [{
                    "id": "av-t2",
                    "hypothesis": t("After a first week of shooting, the cooperative agrees to the full schedule", "Après une première semaine de tournage, le groupement accepte tout le calendrier"),
                    "method": "pilot",
                    "metric": t("The cooperative’s written agreement", "L’accord écrit du groupement"),
                    "threshold": t("Signed by the cooperative’s board", "Signé par le bureau du groupement"),
                    "cost": t("A week of shooting, 1,250,000 FCFA", "Une semaine de tournage, 1 250 000 FCFA"),
                    "duration": t("1 week", "1 semaine"),
                    "observed": t("Agreed, on the condition that they see the cut before it is shown", "Accord, à condition de voir le montage avant toute diffusion"),
                    "learned": t("A screening of every episode in Joal before delivery, written into the contract", "Une projection de chaque épisode à Joal avant livraison, inscrite dans le contrat"),
                    "decision": "persevere", "raised": True,
                }],
            },
            {
                "id": "av-h3",
                "text": t("NGOs will pay for screenings in fishing towns", "Des ONG paieront des projections dans les villes de pêcheurs"),
                "lens": "viability", "block": "customer_segments", "note": "av-cs2",
                "importance": 3, "evidence": 1,
                "tests": [{
                    "id": "av-t3",
                    "hypothesis": t("Two NGOs commit to five paid screenings each", "Deux ONG s’engagent sur cinq projections payées chacune"),
                    "method": "pre_sale",
                    "metric": t("Screenings ordered", "Projections commandées"),
                    "threshold": t("10 screenings", "10 projections"),
                    "cost": t("Free (meetings in Dakar)", "Gratuit (rendez-vous à Dakar)"),
                    "duration": t("6 weeks", "6 semaines"),
                    "observed": "", "learned": "", "decision": None, "raised": False,
                }],
            },
            {
                "id": "av-h4",
                "text": t("Young viewers watch one-minute stories from the shore to the end", "Les jeunes regardent jusqu’au bout des histoires d’une minute sur le rivage"),
                "lens": "desirability", "block": "value_propositions", "note": "av-vp3",
                "importance": 2, "evidence": 2,
                "tests": [],
            },
        ],
        "scorecard": {
            "scores": [
                {"criterion": "team_skills", "score": 4, "confidence": "high", "evidence": t("Fatou’s short film was selected at FESPACO 2025", "Le court métrage de Fatou a été sélectionné au FESPACO 2025")},
                {"criterion": "tools_pipeline", "score": 4, "confidence": "high", "evidence": t("Editing and grading done with the co-producer’s suite", "Montage et étalonnage dans la salle du coproducteur")},
                {"criterion": "production_time", "score": 3, "confidence": "medium", "evidence": t("A year of shooting is needed for the seasons", "Une année de tournage est nécessaire pour les saisons")},
                {"criterion": "audience_size", "score": 3, "confidence": "medium", "evidence": t("A niche on TV, but a strong subject online", "Une niche à la télévision, mais un sujet fort en ligne")},
                {"criterion": "broadcaster_interest", "score": 3, "confidence": "medium", "evidence": t("4 commissioning editors asked for the pilot", "4 chargés de programmes ont demandé le pilote")},
                {"criterion": "competition", "score": 4, "confidence": "medium", "evidence": t("Few series on West African fisherwomen", "Peu de séries sur les femmes de la pêche en Afrique de l’Ouest")},
                {"criterion": "channel_access", "score": 3, "confidence": "medium", "evidence": t("Our co-producer knows two African broadcasters", "Notre coproducteur connaît deux chaînes africaines")},
                {"criterion": "budget", "score": 2, "confidence": "medium", "evidence": t("Only the pilot is financed", "Seul le pilote est financé")},
                {"criterion": "grants", "score": 3, "confidence": "medium", "evidence": t("FOPICA application in; Francophonie fund in April", "Dossier FOPICA déposé ; Fonds de la Francophonie en avril")},
                {"criterion": "co_production", "score": 4, "confidence": "high", "evidence": t("Co-production agreement signed with a Dakar company", "Contrat de coproduction signé avec une société dakaroise")},
                {"criterion": "rights", "score": 4, "confidence": "high", "evidence": t("Image releases signed by everyone filmed", "Autorisations de droit à l’image signées par toutes les personnes filmées")},
                {"criterion": "music_ip_clearance", "score": 2, "confidence": "low", "evidence": t("The songs of the women at work: rights to clear", "Les chants des femmes au travail : droits à clarifier")},
                {"criterion": "collecting_society", "score": 3, "confidence": "medium", "evidence": t("Fatou is a member of the Senegalese authors’ society", "Fatou est membre de la société sénégalaise des auteurs")},
            ],
            "custom": [{
                "id": "av-c1", "group": "team",
                "name": t("A woman from the cooperative in the crew", "Une femme du groupement dans l’équipe"),
                "score": 4, "confidence": "high",
                "evidence": t("Awa Faye trained as a sound assistant", "Awa Faye a été formée comme assistante son"),
            }],
        },
        "risks": [
            {"id": "av-r1", "text": t("No broadcaster commits and the series stops after the pilot", "Aucune chaîne ne s’engage et la série s’arrête au pilote"), "likelihood": 3, "impact": 5, "owner": "Khady", "mitigation": t("Pitch at two markets; a 52-minute cut that stands alone", "Pitcher sur deux marchés ; une version de 52 minutes qui tient seule")},
            {"id": "av-r2", "text": t("The women face pressure for speaking on camera", "Les femmes subissent des pressions pour avoir parlé à l’écran"), "likelihood": 2, "impact": 5, "owner": "Fatou", "mitigation": t("They see every cut first and can take out what they said", "Elles voient chaque montage d’abord et peuvent retirer ce qu’elles ont dit")},
            {"id": "av-r3", "text": t("Equipment damaged by salt and sand", "Matériel abîmé par le sel et le sable"), "likelihood": 3, "impact": 3, "owner": "Moussa", "mitigation": t("Rain covers, daily cleaning, insurance from the co-producer", "Housses de protection, nettoyage quotidien, assurance du coproducteur")},
        ],
        "mvp": {
            "includes": t("The 26-minute pilot (episode 1: the smoking season)\nA 3-minute trailer\nThe dossier for the six episodes", "Le pilote de 26 minutes (épisode 1 : la saison du fumage)\nUne bande-annonce de 3 minutes\nLe dossier des six épisodes"),
            "excludes": t("Episodes 2 to 6\nThe 52-minute cut\nThe screening tour", "Les épisodes 2 à 6\nLa version de 52 minutes\nLa tournée de projections"),
            "milestones": [
                {"id": "av-m1", "name": t("Pilot shot (12 days)", "Pilote tourné (12 jours)"), "date": "2027-01-30"},
                {"id": "av-m2", "name": t("Pilot edited and subtitled", "Pilote monté et sous-titré"), "date": "2027-04-15"},
                {"id": "av-m3", "name": t("Pitch at Durban FilmMart", "Pitch au Durban FilmMart"), "date": "2027-07-20"},
            ],
            "team": t("Fatou (director), Moussa (camera), Khady (producer), Awa (sound assistant), an editor for three months", "Fatou (réalisatrice), Moussa (image), Khady (productrice), Awa (assistante son), un monteur pendant trois mois"),
            "budget": "9500000", "currency": "XOF",
            "budget_note": t("Pilot only; the full series is budgeted at about 90 million FCFA", "Le pilote seulement ; la série complète est budgétée à environ 90 millions de FCFA"),
        },
        "readiness": {"product": 3, "market": 3},
    },
    "diffusion": {
        "started": True,
        "currency": "XOF",
        "goals": [
            {"id": "av-g1", "kind": "revenue", "text": t("A broadcaster pre-purchase that unlocks the series", "Un préachat d’une chaîne qui débloque la série")},
            {"id": "av-g2", "kind": "recognition", "text": t("The pilot selected at FESPACO or Saint-Louis", "Le pilote sélectionné au FESPACO ou à Saint-Louis")},
            {"id": "av-g3", "kind": "impact", "text": t("Ten screenings and debates on the Petite-Côte", "Dix projections-débats sur la Petite-Côte")},
            {"id": "av-g4", "kind": "reach", "text": t("200,000 views of the short stories", "200 000 vues des histoires courtes")},
        ],
        "audiences": [
            {"id": "av-au1", "segment": "av-cs1", "text": t("Commissioning editors of African and French-speaking channels", "Chargés de programmes des chaînes africaines et francophones")},
            {"id": "av-au2", "segment": "av-cs2", "text": t("Fisheries and climate NGOs in Dakar", "ONG de la pêche et du climat à Dakar")},
            {"id": "av-au3", "segment": "av-cs3", "text": t("Students and young workers in Dakar, Thiès and Mbour", "Étudiants et jeunes actifs de Dakar, Thiès et Mbour")},
        ],
        "channels": [
            {"id": "av-d1", "kind": "festival", "name": t("FESPACO (Ouagadougou)", "FESPACO (Ouagadougou)"), "revenue_share": "", "fee": t("Free", "Gratuit"), "exclusive": False, "territory": "", "deadline": "2026-12-20", "premiere": "continental", "category": t("Documentary series", "Séries documentaires"), "submission": "submitted", "result": ""},
            {"id": "av-d2", "kind": "festival", "name": t("Saint-Louis documentary festival", "Festival du documentaire de Saint-Louis"), "revenue_share": "", "fee": t("Free", "Gratuit"), "exclusive": False, "territory": "", "deadline": "2027-09-30", "premiere": "national", "category": "", "submission": "planned", "result": ""},
            {"id": "av-d3", "kind": "other", "name": "Durban FilmMart", "revenue_share": "", "fee": t("Pitch forum, by selection", "Forum de pitch, sur sélection"), "exclusive": False, "territory": "", "deadline": "2027-03-31", "premiere": "none", "category": t("Documentary", "Documentaire"), "submission": "planned", "result": ""},
            {"id": "av-d4", "kind": "platform", "name": t("A pan-African channel (pre-purchase)", "Une chaîne panafricaine (préachat)"), "revenue_share": "", "fee": t("Licence fee to negotiate", "Droits de diffusion à négocier"), "exclusive": True, "territory": t("Sub-Saharan Africa", "Afrique subsaharienne"), "deadline": "", "premiere": "world", "category": "", "submission": "planned", "result": ""},
            {"id": "av-d5", "kind": "social", "name": "YouTube & TikTok", "revenue_share": t("YouTube ad share", "Part publicitaire YouTube"), "fee": "", "exclusive": False, "territory": t("Worldwide", "Monde"), "deadline": "", "premiere": "none", "category": "", "submission": "planned", "result": ""},
        ],
        "timeline": [
            {"id": "av-tl1", "kind": "trailer", "title": t("Teaser online", "Teaser en ligne"), "date": "2026-12-15"},
            {"id": "av-tl2", "kind": "premiere", "title": t("FESPACO (if selected)", "FESPACO (si sélection)"), "date": "2027-02-27"},
            {"id": "av-tl3", "kind": "episode", "title": t("First short stories on TikTok, one a week", "Premières histoires courtes sur TikTok, une par semaine"), "date": "2027-03-08"},
            {"id": "av-tl4", "kind": "demo", "title": t("Pilot screened for the women in Joal", "Projection du pilote pour les femmes à Joal"), "date": "2027-04-20"},
            {"id": "av-tl5", "kind": "other", "title": t("Pitch at Durban FilmMart", "Pitch au Durban FilmMart"), "date": "2027-07-20"},
        ],
        "budget": [
            {"id": "av-b1", "group": "travel", "label": t("Durban: two flights and six nights", "Durban : deux vols et six nuits"), "amount": "1650000", "funding": "av-f1"},
            {"id": "av-b2", "group": "travel", "label": t("Ouagadougou for FESPACO by road", "Ouagadougou pour le FESPACO par la route"), "amount": "450000", "funding": "av-f2"},
            {"id": "av-b3", "group": "materials", "label": t("DCP and subtitles for festivals", "DCP et sous-titres pour les festivals"), "amount": "400000", "funding": "av-f1"},
            {"id": "av-b4", "group": "events", "label": t("Screening in Joal: projector, generator, chairs", "Projection à Joal : projecteur, groupe électrogène, chaises"), "amount": "300000", "funding": "av-f3"},
            {"id": "av-b5", "group": "fees", "label": t("Editor of the short stories, two months", "Monteuse des histoires courtes, deux mois"), "amount": "700000", "funding": "av-f2"},
            {"id": "av-b6", "group": "ads", "label": t("Boosted posts for the teaser", "Publications sponsorisées pour le teaser"), "amount": "100000", "funding": ""},
        ],
        "funding": [
            {"id": "av-f1", "name": t("Residency grant", "Bourse de la résidence"), "amount": "2000000"},
            {"id": "av-f2", "name": t("Co-producer’s contribution", "Apport du coproducteur"), "amount": "1200000"},
            {"id": "av-f3", "name": t("An NGO partner", "Une ONG partenaire"), "amount": "300000"},
        ],
        "kpis": [
            {"id": "av-k1", "name": t("Commissioning editors who watched the pilot", "Chargés de programmes qui ont vu le pilote"), "target": "8", "actual": "0", "due": "2027-08-31"},
            {"id": "av-k2", "name": t("Festival selections", "Sélections en festival"), "target": "2", "actual": "", "due": "2027-12-31"},
            {"id": "av-k3", "name": t("Views of the short stories", "Vues des histoires courtes"), "target": "200000", "actual": "", "due": "2027-09-30"},
            {"id": "av-k4", "name": t("Community screenings", "Projections communautaires"), "target": "10", "actual": "1", "due": "2027-12-31"},
        ],
        "rights": [
            {"id": "av-ri1", "right": t("Television broadcast", "Diffusion télévisée"), "holder": t("To a pan-African channel, to negotiate", "À une chaîne panafricaine, à négocier"), "territory": t("Sub-Saharan Africa", "Afrique subsaharienne"), "medium": t("TV and catch-up", "Télévision et replay"), "duration": t("3 years", "3 ans")},
            {"id": "av-ri2", "right": t("Festivals and non-commercial screenings", "Festivals et projections non commerciales"), "holder": t("The co-producers", "Les coproducteurs"), "territory": t("Worldwide", "Monde"), "medium": t("Cinema and community screenings", "Salles et projections communautaires"), "duration": t("Unlimited", "Illimitée")},
            {"id": "av-ri3", "right": t("Online video (short stories)", "Vidéo en ligne (histoires courtes)"), "holder": t("The co-producers", "Les coproducteurs"), "territory": t("Worldwide", "Monde"), "medium": t("YouTube, TikTok", "YouTube, TikTok"), "duration": t("Unlimited", "Illimitée")},
        ],
        "revenues": [
            {"id": "av-v1", "kind": "licensing", "text": t("Educational licence for schools and universities", "Licence éducative pour les écoles et universités")},
            {"id": "av-v2", "kind": "translation", "text": t("English and Portuguese versions for other coasts", "Des versions anglaise et portugaise pour d’autres côtes")},
            {"id": "av-v3", "kind": "live_events", "text": t("Paid screenings and talks for foundations", "Des projections-rencontres payées par des fondations")},
        ],
    },
}
