"""A debut EP and live show in Accra (Ghana), in cedis."""
from build import t, note, audience, offer

DISCIPLINE = "music"

PROJECT = {
    "title": t("Nana Ama — Golden Hour EP", "Nana Ama — EP Golden Hour"),
    "pitch": t(
        "A six-track debut EP that blends highlife guitars with afrobeats drums, sung in Twi and English, released one single at a time, with a live band show in Accra and a first showcase abroad.",
        "Un premier EP de six titres qui mêle les guitares du highlife aux rythmes de l’afrobeats, chanté en twi et en anglais, sorti single par single, avec un concert en formation live à Accra et un premier showcase à l’étranger.",
    ),
    "country": t("Ghana", "Ghana"),
    "team": ["Nana Ama Boateng", "Kwesi Owusu", "Efua Mensah"],
    "canvas": {
        "key_partners": [
            note("mu-kp1", t("The residency, and a studio in Osu that gives us night sessions at a lower rate", "La résidence, et un studio d’Osu qui nous fait un tarif pour les sessions de nuit")),
            note("mu-kp2", t("A digital distributor that pays out in cedis and to mobile money", "Un distributeur numérique qui paie en cédis et sur mobile money"), "pink"),
            note("mu-kp3", t("Two Accra venues with live bands on weekends", "Deux salles d’Accra avec des groupes live le week-end"), "green"),
            note("mu-kp4", t("A sync agent in London", "Un agent de synchronisation à Londres"), "orange"),
        ],
        "key_activities": [
            note("mu-ka1", t("Record, mix and master six tracks", "Enregistrer, mixer et masteriser six titres")),
            note("mu-ka2", t("Release a single every six weeks with a short video", "Sortir un single toutes les six semaines avec une courte vidéo"), "pink"),
            note("mu-ka3", t("Rehearse and play the live show with a five-piece band", "Répéter et jouer le concert avec un groupe de cinq musiciens"), "green"),
        ],
        "key_resources": [
            note("mu-kr1", t("Nana Ama’s voice and songs: 14 written, 6 chosen", "La voix et les chansons de Nana Ama : 14 écrites, 6 retenues")),
            note("mu-kr2", t("Kwesi’s home studio and his network of session players", "Le home studio de Kwesi et son réseau de musiciens de session")),
            note("mu-kr3", t("8,000 followers on TikTok from cover videos", "8 000 abonnés sur TikTok grâce à des reprises"), "pink"),
        ],
        "value_propositions": [
            note("mu-vp1", t("Feel-good songs in Twi and English that sound like home and like now", "Des chansons joyeuses en twi et en anglais, qui sonnent comme le pays et comme aujourd’hui"), "pink"),
            note("mu-vp2", t("A live show with real highlife guitars, not a playback", "Un vrai concert avec des guitares highlife, pas un playback"), "green"),
            note("mu-vp3", t("Cleared, ready-to-license music with a modern Ghanaian sound", "Une musique libre de droits à licencier, avec un son ghanéen moderne"), "orange"),
        ],
        "customer_relationships": [
            note("mu-cr1", t("Song stories and duet challenges on TikTok; a fan WhatsApp group", "Les histoires des chansons et des défis en duo sur TikTok ; un groupe WhatsApp de fans"), "pink"),
            note("mu-cr2", t("A meet-and-greet after each show", "Une rencontre avec le public après chaque concert"), "green"),
            note("mu-cr3", t("Stems and instrumentals ready the same day a supervisor asks", "Les pistes séparées et les instrumentaux prêts le jour même de la demande"), "orange"),
        ],
        "channels": [
            note("mu-ch1", t("Audiomack, Boomplay, Spotify and Apple Music", "Audiomack, Boomplay, Spotify et Apple Music"), "pink"),
            note("mu-ch2", t("Radio in Accra and Kumasi; playlists curated in Ghana", "Les radios d’Accra et de Kumasi ; des playlists faites au Ghana"), "pink"),
            note("mu-ch3", t("Live nights in Accra, and showcases: MASA in Abidjan, Visa for Music in Rabat", "Des soirées live à Accra, et des showcases : le MASA à Abidjan, Visa for Music à Rabat"), "green"),
            note("mu-ch4", t("A sync agent’s catalogue for ads, series and games", "Le catalogue d’un agent de synchro pour la publicité, les séries et les jeux"), "orange"),
        ],
        "customer_segments": [
            note("mu-cs1", t("Listeners aged 18–30 in Ghana and Nigeria who stream on their phones", "Les auditeurs de 18 à 30 ans au Ghana et au Nigeria qui écoutent en streaming sur leur téléphone"), "pink"),
            note("mu-cs2", t("Concert-goers and event organisers in Accra (weddings, corporate nights)", "Le public des concerts et les organisateurs d’événements à Accra (mariages, soirées d’entreprise)"), "green"),
            note("mu-cs3", t("Music supervisors for ads, series and games", "Les superviseurs musicaux pour la publicité, les séries et les jeux"), "orange"),
        ],
        "cost_structure": [
            note("mu-co1", t("Studio time: GHS 1,500 a night, about 12 nights", "Studio : 1 500 GHS la nuit, environ 12 nuits")),
            note("mu-co2", t("Mixing and mastering: GHS 2,500 a track", "Mixage et mastering : 2 500 GHS par titre")),
            note("mu-co3", t("Band: GHS 600 per musician per show, rehearsals included", "Musiciens : 600 GHS par musicien et par concert, répétitions comprises"), "green"),
            note("mu-co4", t("A music video for the lead single: GHS 25,000", "Un clip pour le premier single : 25 000 GHS"), "pink"),
        ],
        "revenue_streams": [
            note("mu-rs1", t("Streaming royalties and YouTube (small, but they grow)", "Les droits de streaming et YouTube (modestes, mais ils grandissent)"), "pink"),
            note("mu-rs2", t("Show fees: GHS 8,000–15,000 for private events", "Cachets : 8 000 à 15 000 GHS pour les événements privés"), "green"),
            note("mu-rs3", t("Sync licences: from £500 per use", "Licences de synchro : à partir de 500 £ par utilisation"), "orange"),
            note("mu-rs4", t("Performance royalties collected by GHAMRO", "Les droits d’exécution perçus par la GHAMRO")),
        ],
    },
    "fit": {
        "profiles": [
            {
                "segment": "mu-cs1",
                "audience": [
                    audience("mu-a1", "want", "emotional", 5, "streams", t("Songs to dance to and to sing along with friends", "Des chansons sur lesquelles danser et chanter entre amis")),
                    audience("mu-a2", "want", "social", 4, "streams", t("Discover an artist before everyone else does", "Découvrir une artiste avant tout le monde")),
                    audience("mu-a3", "obstacle", "functional", 4, "interviews", t("Data costs: they stream on wifi or use free tiers", "Le coût de la data : ils écoutent en wifi ou en gratuit")),
                    audience("mu-a4", "hope", "emotional", 3, "streams", t("Hear their own language in a song that travels", "Entendre leur langue dans une chanson qui voyage")),
                ],
                "offer": [
                    offer("mu-o1", "deliver", ["mu-a1"], t("Six tracks, a single every six weeks", "Six titres, un single toutes les six semaines")),
                    offer("mu-o2", "remedy", ["mu-a3"], t("On Audiomack and Boomplay, free and offline", "Sur Audiomack et Boomplay, en gratuit et hors ligne")),
                    offer("mu-o3", "gain", ["mu-a2"], t("Early demos for the WhatsApp group", "Des maquettes en avant-première pour le groupe WhatsApp")),
                    offer("mu-o4", "gain", ["mu-a4"], t("Twi choruses everyone can learn, with lyrics in the video", "Des refrains en twi que tout le monde peut apprendre, paroles dans la vidéo")),
                ],
            },
            {
                "segment": "mu-cs2",
                "audience": [
                    audience("mu-a5", "want", "functional", 5, "interviews", t("A band that keeps the dance floor full for two hours", "Un groupe qui garde la piste pleine pendant deux heures")),
                    audience("mu-a6", "obstacle", "functional", 4, "interviews", t("Acts who show up late or with poor sound", "Des artistes qui arrivent en retard ou avec un mauvais son")),
                    audience("mu-a7", "hope", "social", 3, "assumed", t("An artist guests will talk about afterwards", "Une artiste dont les invités parleront après")),
                ],
                "offer": [
                    offer("mu-o5", "deliver", ["mu-a5"], t("A 90-minute set of originals and highlife classics", "Un set de 90 minutes de compositions et de classiques du highlife")),
                    offer("mu-o6", "remedy", ["mu-a6"], t("Our own sound engineer and a written rider", "Notre propre ingénieur du son et une fiche technique écrite")),
                    offer("mu-o7", "gain", ["mu-a7"], t("A song dedicated to the couple or the company", "Une chanson dédiée aux mariés ou à l’entreprise")),
                ],
            },
        ]
    },
    "feasibility": {
        "assumptions": [
            {
                "id": "mu-h1",
                "text": t("Listeners who find a song on TikTok go on to stream the EP", "Les auditeurs qui découvrent une chanson sur TikTok vont écouter l’EP en streaming"),
                "lens": "desirability", "block": "channels", "note": "mu-ch1",
                "importance": 5, "evidence": 2,
                "tests": [{
                    "id": "mu-t1",
                    "hypothesis": t("A 30-second snippet with a pre-save link gets 500 pre-saves in two weeks", "Un extrait de 30 secondes avec un lien de pré-enregistrement obtient 500 pré-enregistrements en deux semaines"),
                    "method": "landing_page",
                    "metric": t("Pre-saves of the first single", "Pré-enregistrements du premier single"),
                    "threshold": t("500 in 2 weeks", "500 en 2 semaines"),
                    "cost": t("GHS 600 of boosted posts", "600 GHS de publications sponsorisées"),
                    "duration": t("2 weeks", "2 semaines"),
                    "observed": t("310 pre-saves; the duet challenge got 40 duets", "310 pré-enregistrements ; le défi en duo a donné 40 duos"),
                    "learned": t("Duets work better than ads: ask ten creators to start them on release day", "Les duos marchent mieux que la publicité : demander à dix créateurs de les lancer le jour de la sortie"),
                    "decision": "pivot", "raised": True,
                }],
            },
            {
                "id": "mu-h2",
                "text": t("Private events will book the band at GHS 10,000 or more", "Des événements privés réserveront le groupe à 10 000 GHS ou plus"),
                "lens": "viability", "block": "revenue_streams", "note": "mu-rs2",
                "importance": 5, "evidence": 2,
                "tests": [{
                    "id": "mu-t2",
                    "hypothesis": t("After a showcase night, three organisers ask for a quote", "Après une soirée showcase, trois organisateurs demandent un devis"),
                    "method": "pilot",
                    "metric": t("Quotes requested after the showcase", "Devis demandés après le showcase"),
                    "threshold": t("3", "3"),
                    "cost": t("GHS 4,200: band, sound and the venue’s minimum spend", "4 200 GHS : musiciens, son et consommation minimum de la salle"),
                    "duration": t("One night, then two weeks", "Une soirée, puis deux semaines"),
                    "observed": t("Five quotes asked, two booked (a wedding at GHS 12,000, a bank’s end-of-year party)", "Cinq devis demandés, deux réservations (un mariage à 12 000 GHS, la fête de fin d’année d’une banque)"),
                    "learned": t("Private events can pay for the EP; keep a wedding set ready", "Les événements privés peuvent financer l’EP ; garder un set mariage prêt"),
                    "decision": "persevere", "raised": True,
                }],
            },
            {
                "id": "mu-h3",
                "text": t("We can clear every sample and share with co-writers before release", "Nous pouvons régler chaque sample et les parts des coauteurs avant la sortie"),
                "lens": "feasibility", "block": "key_activities", "note": "mu-ka1",
                "importance": 4, "evidence": 2,
                "tests": [{
                    "id": "mu-t3",
                    "hypothesis": t("Split sheets are signed for all six tracks by the end of mixing", "Les feuilles de répartition sont signées pour les six titres à la fin du mixage"),
                    "method": "other",
                    "metric": t("Tracks with signed split sheets", "Titres avec une feuille de répartition signée"),
                    "threshold": t("6 of 6", "6 sur 6"),
                    "cost": t("An hour with a music lawyer: GHS 800", "Une heure avec un avocat spécialisé : 800 GHS"),
                    "duration": t("1 month", "1 mois"),
                    "observed": "", "learned": "", "decision": None, "raised": False,
                }],
            },
            {
                "id": "mu-h4",
                "text": t("A sync agent will place a track within a year", "Un agent de synchro placera un titre d’ici un an"),
                "lens": "viability", "block": "customer_segments", "note": "mu-cs3",
                "importance": 2, "evidence": 1,
                "tests": [],
            },
        ],
        "scorecard": {
            "scores": [
                {"criterion": "team_skills", "score": 5, "confidence": "high", "evidence": t("Kwesi produced two charting singles for other artists", "Kwesi a produit deux singles classés pour d’autres artistes")},
                {"criterion": "tools_pipeline", "score": 4, "confidence": "high", "evidence": t("Home studio for writing, a pro studio for vocals and band", "Home studio pour l’écriture, un studio pro pour les voix et le groupe")},
                {"criterion": "production_time", "score": 4, "confidence": "medium", "evidence": t("Three tracks recorded in a month", "Trois titres enregistrés en un mois")},
                {"criterion": "audience_size", "score": 4, "confidence": "medium", "evidence": t("8,000 TikTok followers; covers reach 50,000 views", "8 000 abonnés TikTok ; les reprises atteignent 50 000 vues")},
                {"criterion": "willingness_to_pay", "score": 3, "confidence": "medium", "evidence": t("Fans stream for free; events pay well", "Les fans écoutent gratuitement ; les événements paient bien")},
                {"criterion": "competition", "score": 2, "confidence": "high", "evidence": t("Hundreds of releases a week in Ghana and Nigeria", "Des centaines de sorties par semaine au Ghana et au Nigeria")},
                {"criterion": "channel_access", "score": 3, "confidence": "medium", "evidence": t("Two radio presenters promised spins", "Deux animateurs radio ont promis de passer le single")},
                {"criterion": "store_visibility", "score": 2, "confidence": "low", "evidence": t("No editorial playlist yet", "Aucune playlist éditoriale pour l’instant")},
                {"criterion": "budget", "score": 3, "confidence": "medium", "evidence": t("The grant and two bookings cover recording; not the video", "La bourse et deux cachets couvrent l’enregistrement ; pas le clip")},
                {"criterion": "pre_sales", "score": 3, "confidence": "medium", "evidence": t("Two private events booked", "Deux événements privés réservés")},
                {"criterion": "music_ip_clearance", "score": 3, "confidence": "medium", "evidence": t("One sample of a 1970s highlife record to clear", "Un sample d’un disque highlife des années 1970 à régler")},
                {"criterion": "collecting_society", "score": 4, "confidence": "high", "evidence": t("Nana Ama and Kwesi are GHAMRO members", "Nana Ama et Kwesi sont membres de la GHAMRO")},
                {"criterion": "team_commitment", "score": 4, "confidence": "high", "evidence": t("Efua manages Nana Ama full time", "Efua est la manageuse de Nana Ama à plein temps")},
            ],
            "custom": [{
                "id": "mu-c1", "group": "commercial",
                "name": t("Radio support in Kumasi", "Soutien des radios de Kumasi"),
                "score": 3, "confidence": "low",
                "evidence": t("One presenter met; no playlist promise", "Un animateur rencontré ; pas de promesse de programmation"),
            }],
        },
        "risks": [
            {"id": "mu-r1", "text": t("A single gets lost among the week’s releases", "Un single se perd parmi les sorties de la semaine"), "likelihood": 4, "impact": 4, "owner": "Efua", "mitigation": t("Creators briefed a week before; a radio tour the week of release", "Des créateurs briefés une semaine avant ; une tournée des radios la semaine de la sortie")},
            {"id": "mu-r2", "text": t("The highlife sample cannot be cleared", "Le sample highlife ne peut pas être libéré"), "likelihood": 2, "impact": 4, "owner": "Kwesi", "mitigation": t("Re-play the part with the band instead of sampling it", "Rejouer la partie avec le groupe au lieu de la sampler")},
            {"id": "mu-r3", "text": t("A visa for the showcase abroad is refused", "Un visa pour le showcase à l’étranger est refusé"), "likelihood": 3, "impact": 3, "owner": "Efua", "mitigation": t("Apply three months ahead with the festival’s invitation", "Déposer la demande trois mois avant avec l’invitation du festival")},
        ],
        "mvp": {
            "includes": t("Two singles with short videos\nThe live show with five musicians\nDistribution on all streaming services", "Deux singles avec de courtes vidéos\nLe concert avec cinq musiciens\nUne distribution sur tous les services de streaming"),
            "excludes": t("The full music video\nVinyl\nA tour outside Ghana", "Le clip complet\nLe vinyle\nUne tournée hors du Ghana"),
            "milestones": [
                {"id": "mu-m1", "name": t("Single 1 released", "Sortie du single 1"), "date": "2027-01-23"},
                {"id": "mu-m2", "name": t("Showcase night in Osu", "Soirée showcase à Osu"), "date": "2027-02-27"},
                {"id": "mu-m3", "name": t("Single 2 released", "Sortie du single 2"), "date": "2027-03-06"},
            ],
            "team": t("Nana Ama (songs, voice), Kwesi (production), Efua (management, bookings); five session musicians", "Nana Ama (chansons, voix), Kwesi (production), Efua (management, réservations) ; cinq musiciens de session"),
            "budget": "48000", "currency": "GHS",
            "budget_note": t("Recording, mixing, two short videos and the showcase", "Enregistrement, mixage, deux courtes vidéos et le showcase"),
        },
        "readiness": {"product": 5, "market": 4},
    },
    "diffusion": {
        "started": True,
        "currency": "GHS",
        "goals": [
            {"id": "mu-g1", "kind": "reach", "text": t("1 million streams of the EP in its first year", "1 million d’écoutes de l’EP la première année")},
            {"id": "mu-g2", "kind": "revenue", "text": t("Ten paid shows, half of them private events", "Dix concerts payés, dont la moitié d’événements privés")},
            {"id": "mu-g3", "kind": "recognition", "text": t("A showcase at MASA or Visa for Music", "Un showcase au MASA ou à Visa for Music")},
        ],
        "audiences": [
            {"id": "mu-au1", "segment": "mu-cs1", "text": t("Students and young workers in Accra, Kumasi and Lagos", "Étudiants et jeunes actifs d’Accra, Kumasi et Lagos")},
            {"id": "mu-au2", "segment": "mu-cs2", "text": t("Wedding planners and HR teams of Accra companies", "Organisateurs de mariages et services RH des entreprises d’Accra")},
            {"id": "mu-au3", "segment": "mu-cs3", "text": t("Music supervisors in London and Lagos", "Superviseurs musicaux à Londres et Lagos")},
        ],
        "channels": [
            {"id": "mu-d1", "kind": "platform", "name": "Audiomack & Boomplay", "revenue_share": t("The distributor keeps 15 %", "Le distributeur garde 15 %"), "fee": "", "exclusive": False, "territory": t("Africa", "Afrique"), "deadline": "", "premiere": "world", "category": "", "submission": "planned", "result": ""},
            {"id": "mu-d2", "kind": "platform", "name": "Spotify & Apple Music", "revenue_share": t("The distributor keeps 15 %", "Le distributeur garde 15 %"), "fee": "", "exclusive": False, "territory": t("Worldwide", "Monde"), "deadline": "2027-01-02", "premiere": "world", "category": t("Editorial pitch three weeks before release", "Proposition éditoriale trois semaines avant la sortie"), "submission": "planned", "result": ""},
            {"id": "mu-d3", "kind": "festival", "name": t("MASA (Abidjan)", "MASA (Abidjan)"), "revenue_share": "", "fee": t("Free application", "Candidature gratuite"), "exclusive": False, "territory": "", "deadline": "2027-09-15", "premiere": "none", "category": t("Music showcase", "Showcase musique"), "submission": "planned", "result": ""},
            {"id": "mu-d4", "kind": "festival", "name": t("Visa for Music (Rabat)", "Visa for Music (Rabat)"), "revenue_share": "", "fee": "", "exclusive": False, "territory": "", "deadline": "2027-06-30", "premiere": "none", "category": t("Showcase", "Showcase"), "submission": "submitted", "result": ""},
            {"id": "mu-d5", "kind": "press", "name": t("Radio in Accra and Kumasi", "Radios d’Accra et de Kumasi"), "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Ghana", "Ghana"), "deadline": "", "premiere": "national", "category": "", "submission": "planned", "result": ""},
            {"id": "mu-d6", "kind": "social", "name": "TikTok & Instagram", "revenue_share": "", "fee": "", "exclusive": False, "territory": t("Ghana, Nigeria, diaspora", "Ghana, Nigeria, diaspora"), "deadline": "", "premiere": "none", "category": "", "submission": "planned", "result": ""},
        ],
        "timeline": [
            {"id": "mu-tl1", "kind": "announcement", "title": t("Snippet and pre-save link", "Extrait et lien de pré-enregistrement"), "date": "2027-01-09"},
            {"id": "mu-tl2", "kind": "launch", "title": t("Single 1: ‘Sika’", "Single 1 : « Sika »"), "date": "2027-01-23"},
            {"id": "mu-tl3", "kind": "other", "title": t("Showcase night in Osu", "Soirée showcase à Osu"), "date": "2027-02-27"},
            {"id": "mu-tl4", "kind": "launch", "title": t("Single 2: ‘Golden Hour’", "Single 2 : « Golden Hour »"), "date": "2027-03-06"},
            {"id": "mu-tl5", "kind": "trailer", "title": t("Music video of ‘Golden Hour’", "Clip de « Golden Hour »"), "date": "2027-04-17"},
            {"id": "mu-tl6", "kind": "premiere", "title": t("The full EP", "L’EP complet"), "date": "2027-05-29"},
        ],
        "budget": [
            {"id": "mu-b1", "group": "fees", "label": t("Five musicians for the showcase and rehearsals", "Cinq musiciens pour le showcase et les répétitions"), "amount": "3000", "funding": "mu-f2"},
            {"id": "mu-b2", "group": "ads", "label": t("Boosted posts and ten TikTok creators", "Publications sponsorisées et dix créateurs TikTok"), "amount": "4500", "funding": "mu-f1"},
            {"id": "mu-b3", "group": "materials", "label": t("Cover art and two short videos", "Pochette et deux courtes vidéos"), "amount": "9000", "funding": "mu-f1"},
            {"id": "mu-b4", "group": "events", "label": t("Showcase night: venue, sound, lights", "Soirée showcase : salle, son, lumières"), "amount": "5500", "funding": "mu-f2"},
            {"id": "mu-b5", "group": "travel", "label": t("Rabat for Visa for Music: two flights, visas", "Rabat pour Visa for Music : deux vols, visas"), "amount": "14000", "funding": "mu-f3"},
            {"id": "mu-b6", "group": "other", "label": t("Radio tour transport and a music lawyer", "Transport de la tournée radio et un avocat spécialisé"), "amount": "2000", "funding": ""},
        ],
        "funding": [
            {"id": "mu-f1", "name": t("Residency grant", "Bourse de la résidence"), "amount": "15000"},
            {"id": "mu-f2", "name": t("Two private-event fees", "Deux cachets d’événements privés"), "amount": "20000"},
            {"id": "mu-f3", "name": t("Festival travel support (if selected)", "Aide au voyage du festival (si sélection)"), "amount": "10000"},
        ],
        "kpis": [
            {"id": "mu-k1", "name": t("Streams of single 1, first month", "Écoutes du single 1, premier mois"), "target": "100000", "actual": "", "due": "2027-02-23"},
            {"id": "mu-k2", "name": t("Pre-saves", "Pré-enregistrements"), "target": "500", "actual": "310", "due": "2027-01-23"},
            {"id": "mu-k3", "name": t("Paid shows", "Concerts payés"), "target": "10", "actual": "2", "due": "2027-12-31"},
            {"id": "mu-k4", "name": t("TikTok followers", "Abonnés TikTok"), "target": "25000", "actual": "8000", "due": "2027-06-30"},
        ],
        "rights": [
            {"id": "mu-ri1", "right": t("Master recordings", "Enregistrements (masters)"), "holder": t("Nana Ama’s label (her own company)", "Le label de Nana Ama (sa propre société)"), "territory": t("Worldwide", "Monde"), "medium": t("All media", "Tous supports"), "duration": t("Unlimited", "Illimitée")},
            {"id": "mu-ri2", "right": t("Songwriting (publishing)", "Droits d’auteur (édition)"), "holder": t("Nana Ama 60 %, Kwesi 40 %, per split sheets", "Nana Ama 60 %, Kwesi 40 %, selon les feuilles de répartition"), "territory": t("Worldwide", "Monde"), "medium": t("All media", "Tous supports"), "duration": t("Life of copyright", "Durée des droits d’auteur")},
            {"id": "mu-ri3", "right": t("Distribution", "Distribution"), "holder": t("The distributor, non-exclusive", "Le distributeur, non exclusif"), "territory": t("Worldwide", "Monde"), "medium": t("Streaming and downloads", "Streaming et téléchargement"), "duration": t("2 years, renewable", "2 ans, renouvelables")},
        ],
        "revenues": [
            {"id": "mu-v1", "kind": "live_events", "text": t("Weddings and corporate nights with the full band", "Mariages et soirées d’entreprise avec le groupe complet")},
            {"id": "mu-v2", "kind": "licensing", "text": t("Sync for ads, series and games", "Synchro pour la publicité, les séries et les jeux")},
            {"id": "mu-v3", "kind": "merchandise", "text": t("Kente-print T-shirts and caps at shows", "T-shirts et casquettes à motif kente aux concerts")},
        ],
    },
}
