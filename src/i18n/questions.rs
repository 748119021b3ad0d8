//! Guiding questions and example notes for the nine canvas blocks, written
//! for creative projects (games, webtoons, immersive works, films and series,
//! music, digital platforms). All wording is original to Canevas.
//!
//! French typography: a non-breaking space (\u{a0}) before : ; ? ! and a
//! typographic apostrophe (’).

use super::Lang;
use crate::model::{Block, Discipline};

/// Guiding questions for a canvas block, written for creative projects.
pub fn questions(lang: Lang, block: Block) -> &'static [&'static str] {
    match lang {
        Lang::En => questions_en(block),
        Lang::Fr => questions_fr(block),
    }
}

/// One short example note for a block, suited to the project's discipline
/// (shown as a hint: "e.g. ..."). Under 90 characters, no leading "e.g.".
pub fn example(lang: Lang, block: Block, discipline: Discipline) -> &'static str {
    let (en, fr) = example_pair(block, discipline);
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

fn questions_en(block: Block) -> &'static [&'static str] {
    match block {
        Block::KeyPartners => &[
            "Which publishers, distributors, broadcasters or labels could take your work further than you can alone?",
            "Who could co-produce or co-finance with you: studios, production companies, public funds, foundations?",
            "Which festivals, markets, residencies or incubators open doors for you?",
            "Which suppliers and freelancers do you rely on: translators, sound studios, printers, developers?",
            "What does each partner gain from working with you, and what do you give up in return (rights, territories, revenue share)?",
        ],
        Block::KeyActivities => &[
            "What must your team do well, week after week, to deliver the work: writing, drawing, coding, shooting, composing?",
            "What does it take to finish and release: production, post-production, localisation, testing, mastering?",
            "How will you build and keep your audience between releases: community management, live sessions, updates?",
            "Which activities bring in money: pitching to funders, selling rights, writing grant applications, running a crowdfunding campaign?",
            "Which of these activities could a partner do better or more cheaply than you?",
        ],
        Block::KeyResources => &[
            "Which people and skills are essential, and which are still missing from your team?",
            "What intellectual property do you hold (characters, universe, scripts, masters, code), and are your rights clearly documented?",
            "Which equipment, software and licences do you need: cameras, headsets, a game engine, music software, drawing tablets?",
            "How will you finance the work until it earns money: savings, grants, pre-sales, investors?",
            "What reputation, network or audience do you already have that others lack?",
        ],
        Block::ValuePropositions => &[
            "What experience or emotion does your work give its audience that nothing else gives them?",
            "Which rarely seen stories, voices or places does it bring to the screen, the page or the stage?",
            "What does it offer professional buyers such as broadcasters, publishers, brands or schools?",
            "Why would someone choose it over the free content already on their phone?",
            "How does it fit local realities: language, price, offline use, entry-level phones?",
        ],
        Block::CustomerRelationships => &[
            "How do you talk with your fans and keep them coming back: social media, Discord, WhatsApp groups, newsletters?",
            "What do your most loyal supporters get: early access, behind-the-scenes content, a credit, exclusive merchandise?",
            "How do you follow up with professional buyers and partners after a festival or a market?",
            "Where can your audience take part: feedback, beta tests, fan art, contests, live events?",
            "How much time and money does each of these relationships cost you to keep up?",
        ],
        Block::Channels => &[
            "Where does your audience first hear about your work: social media, word of mouth, radio, festivals, press?",
            "On which platforms or in which stores can people buy, stream or download it?",
            "Which intermediaries reach the territories you cannot reach alone: distributors, sales agents, publishers, aggregators?",
            "How do people pay, and is it easy for them: mobile money, bank cards, phone credit, cash at events?",
            "How much mobile data does it cost your audience to reach the work, and is there an offline option?",
        ],
        Block::CustomerSegments => &[
            "Who exactly is your audience: age, languages, countries, city or countryside, habits?",
            "Which professional buyers matter to you: broadcasters, platforms, publishers, labels, brands, institutions?",
            "Are you aiming at a local audience, the diaspora, an international niche, or several at once?",
            "Are the people who pay the same as those who enjoy the work (parents and children, sponsors and viewers)?",
            "Which segment will you reach first, and why that one?",
        ],
        Block::CostStructure => &[
            "What are your biggest costs to create the work: fees, equipment, studio hire, licences, travel?",
            "What will release and promotion cost: marketing, festival entry fees, store commissions, subtitles or translation?",
            "Which costs are fixed every month, and which grow with each copy, episode or show?",
            "Which costs are often forgotten: rights clearance, insurance, taxes, bank and mobile money fees, accounting?",
            "Which costs could a grant, a co-producer or an in-kind partner cover?",
        ],
        Block::RevenueStreams => &[
            "How will the work earn money: sales, subscriptions, advertising, streaming royalties, in-app purchases?",
            "Which rights can you sell or license, for which territories and how long: broadcast, translation, adaptation, sync?",
            "Which grants, public funds, prizes or crowdfunding campaigns could finance the project, and when?",
            "What else can your universe earn: merchandise, live events, workshops, commissions?",
            "How much are your audience and buyers ready to pay, and how do you know?",
        ],
    }
}

fn questions_fr(block: Block) -> &'static [&'static str] {
    match block {
        Block::KeyPartners => &[
            "Quels éditeurs, distributeurs, diffuseurs ou labels peuvent porter votre œuvre plus loin que vous ne le feriez sans eux\u{a0}?",
            "Qui pourrait coproduire ou cofinancer avec vous\u{a0}: studios, sociétés de production, fonds publics, fondations\u{a0}?",
            "Quels festivals, marchés, résidences ou incubateurs vous ouvrent des portes\u{a0}?",
            "Sur quels prestataires et indépendants comptez-vous\u{a0}: traducteurs, studios son, imprimeurs, développeurs\u{a0}?",
            "Que gagne chaque partenaire à travailler avec vous, et que lui cédez-vous en échange (droits, territoires, part des recettes)\u{a0}?",
        ],
        Block::KeyActivities => &[
            "Que doit bien faire votre équipe, semaine après semaine, pour livrer l’œuvre\u{a0}: écrire, dessiner, coder, tourner, composer\u{a0}?",
            "Que faut-il pour terminer et sortir le projet\u{a0}: production, postproduction, localisation, tests, mastering\u{a0}?",
            "Comment allez-vous construire et garder votre public entre deux sorties\u{a0}: animation de communauté, lives, mises à jour\u{a0}?",
            "Quelles activités font rentrer l’argent\u{a0}: pitchs auprès des financeurs, vente de droits, dossiers de subvention, campagne de financement participatif\u{a0}?",
            "Lesquelles de ces activités un partenaire ferait-il mieux ou à moindre coût que vous\u{a0}?",
        ],
        Block::KeyResources => &[
            "Quelles personnes et compétences sont indispensables, et lesquelles manquent encore à votre équipe\u{a0}?",
            "Quelle propriété intellectuelle détenez-vous (personnages, univers, scénarios, masters, code), et vos droits sont-ils clairement établis\u{a0}?",
            "De quels équipements, logiciels et licences avez-vous besoin\u{a0}: caméras, casques, moteur de jeu, logiciel de MAO, tablettes graphiques\u{a0}?",
            "Comment financerez-vous le travail jusqu’aux premières recettes\u{a0}: épargne, subventions, préventes, investisseurs\u{a0}?",
            "Quelle réputation, quel réseau ou quel public avez-vous déjà, que d’autres n’ont pas\u{a0}?",
        ],
        Block::ValuePropositions => &[
            "Quelle expérience ou quelle émotion votre œuvre offre-t-elle à son public, que rien d’autre ne lui donne\u{a0}?",
            "Quelles histoires, quelles voix ou quels lieux rarement montrés fait-elle découvrir, à l’écran, en page ou sur scène\u{a0}?",
            "Qu’apporte-t-elle aux acheteurs professionnels comme les diffuseurs, les éditeurs, les marques ou les écoles\u{a0}?",
            "Pourquoi la choisirait-on plutôt que les contenus gratuits déjà présents sur son téléphone\u{a0}?",
            "En quoi est-elle adaptée aux réalités locales\u{a0}: langue, prix, usage hors ligne, téléphones d’entrée de gamme\u{a0}?",
        ],
        Block::CustomerRelationships => &[
            "Comment échangez-vous avec vos fans pour qu’ils reviennent\u{a0}: réseaux sociaux, Discord, groupes WhatsApp, lettre d’information\u{a0}?",
            "Que reçoivent vos soutiens les plus fidèles\u{a0}: accès anticipé, coulisses, mention au générique, produits dérivés exclusifs\u{a0}?",
            "Comment assurez-vous le suivi des acheteurs et des partenaires professionnels après un festival ou un marché\u{a0}?",
            "Où votre public peut-il participer\u{a0}: retours, bêta-tests, fan art, concours, événements en direct\u{a0}?",
            "Combien de temps et d’argent vous coûte l’entretien de chacune de ces relations\u{a0}?",
        ],
        Block::Channels => &[
            "Où votre public entend-il parler de votre œuvre pour la première fois\u{a0}: réseaux sociaux, bouche-à-oreille, radio, festivals, presse\u{a0}?",
            "Sur quelles plateformes ou dans quelles boutiques peut-on l’acheter, la découvrir en streaming ou la télécharger\u{a0}?",
            "Quels intermédiaires touchent les territoires hors de votre portée\u{a0}: distributeurs, agents de vente, éditeurs, agrégateurs\u{a0}?",
            "Comment les gens paient-ils, et est-ce simple pour eux\u{a0}: mobile money, carte bancaire, crédit téléphonique, espèces lors des événements\u{a0}?",
            "Combien de données mobiles coûte l’accès à votre œuvre, et existe-t-il une option hors ligne\u{a0}?",
        ],
        Block::CustomerSegments => &[
            "Qui est précisément votre public\u{a0}: âge, langues, pays, ville ou campagne, habitudes\u{a0}?",
            "Quels acheteurs professionnels comptent pour vous\u{a0}: diffuseurs, plateformes, éditeurs, labels, marques, institutions\u{a0}?",
            "Visez-vous un public local, la diaspora, une niche internationale, ou plusieurs à la fois\u{a0}?",
            "Ceux qui paient sont-ils ceux qui profitent de l’œuvre (parents et enfants, annonceurs et spectateurs)\u{a0}?",
            "Quel segment toucherez-vous en premier, et pourquoi celui-là\u{a0}?",
        ],
        Block::CostStructure => &[
            "Quels sont vos plus gros coûts de création\u{a0}: rémunérations, équipement, location de studio, licences, déplacements\u{a0}?",
            "Combien coûteront la sortie et la promotion\u{a0}: marketing, inscriptions aux festivals, commissions des boutiques, sous-titrage ou traduction\u{a0}?",
            "Quels coûts sont fixes chaque mois, et lesquels augmentent à chaque exemplaire, épisode ou représentation\u{a0}?",
            "Quels coûts oublie-t-on souvent\u{a0}: libération des droits, assurance, impôts, frais bancaires et de mobile money, comptabilité\u{a0}?",
            "Quels coûts une subvention, un coproducteur ou un partenaire en nature pourraient-ils prendre en charge\u{a0}?",
        ],
        Block::RevenueStreams => &[
            "Comment l’œuvre gagnera-t-elle de l’argent\u{a0}: ventes, abonnements, publicité, droits de streaming, achats intégrés\u{a0}?",
            "Quels droits pouvez-vous céder ou concéder sous licence, pour quels territoires et quelle durée\u{a0}: diffusion, traduction, adaptation, synchronisation\u{a0}?",
            "Quelles subventions, aides publiques, prix ou campagnes de financement participatif pourraient financer le projet, et à quel moment\u{a0}?",
            "Que peut rapporter d’autre votre univers\u{a0}: produits dérivés, événements, ateliers, commandes\u{a0}?",
            "Combien votre public et vos acheteurs sont-ils prêts à payer, et comment le savez-vous\u{a0}?",
        ],
    }
}

/// (English, French) example note for a block and a discipline.
fn example_pair(block: Block, discipline: Discipline) -> (&'static str, &'static str) {
    use Discipline as D;
    match block {
        Block::KeyPartners => match discipline {
            D::VideoGame => (
                "A local Android publisher, a sound designer, and a telecom for carrier billing",
                "Un éditeur Android local, un sound designer et un opérateur télécom pour le paiement",
            ),
            D::Webtoon => (
                "A webtoon platform for the weekly episodes and a Lagos printer for the volumes",
                "Une plateforme de webtoons pour les épisodes et un imprimeur de Lagos pour les tomes",
            ),
            D::Immersive => (
                "A museum that hosts the VR installation and a supplier that lends headsets",
                "Un musée qui accueille l’installation VR et un fournisseur qui prête les casques",
            ),
            D::Audiovisual => (
                "A co-producer in France, a national film fund, and a pan-African broadcaster",
                "Un coproducteur en France, un fonds national du cinéma et un diffuseur panafricain",
            ),
            D::Music => (
                "A digital distributor for streaming, a booking agent, and a local radio station",
                "Un distributeur numérique pour le streaming, un tourneur et une radio locale",
            ),
            D::DigitalPlatform => (
                "A mobile money provider, a telecom offering free data, and partner schools",
                "Un opérateur de mobile money, un opérateur télécom pour la data offerte, des écoles",
            ),
            D::Other => (
                "A cultural centre that hosts rehearsals and a foundation funding the first year",
                "Un centre culturel qui accueille les répétitions et une fondation pour la 1re année",
            ),
        },
        Block::KeyActivities => match discipline {
            D::VideoGame => (
                "Prototyping, playtests with local players, and monthly updates on Discord",
                "Prototypage, tests avec des joueurs locaux et mises à jour mensuelles sur Discord",
            ),
            D::Webtoon => (
                "Drawing one episode a week, translating it into English, and posting teasers",
                "Dessiner un épisode par semaine, le traduire en anglais et publier des extraits",
            ),
            D::Immersive => (
                "Building the VR scenes, touring the installation, and running festival demos",
                "Créer les scènes VR, faire tourner l’installation et animer des démos en festival",
            ),
            D::Audiovisual => (
                "Writing the series bible, shooting the pilot, and pitching at co-production markets",
                "Écrire la bible de la série, tourner le pilote, pitcher aux marchés de coproduction",
            ),
            D::Music => (
                "Recording the EP, releasing a single a month, and playing live in Dakar and Abidjan",
                "Enregistrer l’EP, sortir un single par mois et jouer en live à Dakar et Abidjan",
            ),
            D::DigitalPlatform => (
                "Curating the catalogue, paying creators, and keeping the app light for slow networks",
                "Choisir le catalogue, payer les créateurs, garder l’appli légère pour les réseaux lents",
            ),
            D::Other => (
                "Making the pieces, documenting the process, and answering calls for projects",
                "Réaliser les œuvres, documenter le processus et répondre aux appels à projets",
            ),
        },
        Block::KeyResources => match discipline {
            D::VideoGame => (
                "Two developers, an artist, engine licences, and the rights to our own characters",
                "Deux développeurs, une artiste, des licences de moteur et les droits de nos personnages",
            ),
            D::Webtoon => (
                "The author-illustrator, a drawing tablet, and the rights to the universe",
                "L’autrice-illustratrice, une tablette graphique et les droits sur l’univers",
            ),
            D::Immersive => (
                "Six VR headsets, a 360° camera, and a developer who knows Unreal Engine",
                "Six casques VR, une caméra 360° et un développeur qui maîtrise Unreal Engine",
            ),
            D::Audiovisual => (
                "A director, a producer known at festivals, the script rights, and a camera kit",
                "Une réalisatrice, un producteur connu des festivals, les droits du scénario, une caméra",
            ),
            D::Music => (
                "The artist's voice and image, a home studio, and ownership of the masters",
                "La voix et l’image de l’artiste, un home studio et la propriété des masters",
            ),
            D::DigitalPlatform => (
                "The app's code, a catalogue of licensed content, and a mobile money merchant account",
                "Le code de l’appli, un catalogue sous licence et un compte marchand mobile money",
            ),
            D::Other => (
                "A workshop space, the founders' skills, and a network of artists in the region",
                "Un atelier, les compétences des fondatrices et un réseau d’artistes dans la région",
            ),
        },
        Block::ValuePropositions => match discipline {
            D::VideoGame => (
                "A fast mobile game drawn from West African myths, playable offline on cheap phones",
                "Un jeu mobile nerveux tiré des mythes ouest-africains, jouable hors ligne",
            ),
            D::Webtoon => (
                "A romance webtoon set in Casablanca, in French and Darija, new episode every Friday",
                "Un webtoon romantique à Casablanca, en français et en darija, un épisode le vendredi",
            ),
            D::Immersive => (
                "Walk through a restored medina in VR, told by the people who live there",
                "Parcourir en VR une médina restaurée, racontée par celles et ceux qui y vivent",
            ),
            D::Audiovisual => (
                "A comedy series about Kinshasa students, in short episodes made for the phone",
                "Une série comique sur des étudiants de Kinshasa, en épisodes courts pour le téléphone",
            ),
            D::Music => (
                "Afro-electro that blends kora with club beats, for the dance floor and for sync",
                "Un afro-électro qui mêle kora et rythmes club, pour danser et pour la synchro",
            ),
            D::DigitalPlatform => (
                "African comics to read on mobile, paid with mobile money, using little data",
                "Des BD africaines à lire sur mobile, payées en mobile money, qui consomment peu de data",
            ),
            D::Other => (
                "Handmade art books that tell Sahel folk tales, for families and gift shops",
                "Des livres d’art faits main qui racontent les contes du Sahel, pour les familles",
            ),
        },
        Block::CustomerRelationships => match discipline {
            D::VideoGame => (
                "A Discord server where players vote on the next level and report bugs",
                "Un serveur Discord où les joueurs votent pour le prochain niveau et signalent les bugs",
            ),
            D::Webtoon => (
                "Comments on every episode and a fan art contest with prizes each month",
                "Des commentaires sur chaque épisode et un concours de fan art chaque mois",
            ),
            D::Immersive => (
                "Sessions guided by a mediator, then a newsletter for visitors",
                "Des séances guidées par un médiateur, puis une lettre d’information aux visiteurs",
            ),
            D::Audiovisual => (
                "Screenings in youth centres and behind-the-scenes clips on Instagram",
                "Des projections en maisons de jeunes et des coulisses du tournage sur Instagram",
            ),
            D::Music => (
                "A WhatsApp fan group, listening sessions before each release, and signed merch",
                "Un groupe WhatsApp de fans, des écoutes avant chaque sortie et du merch dédicacé",
            ),
            D::DigitalPlatform => (
                "In-app help in French and English, and a creators' forum with a monthly call",
                "Une aide dans l’appli en français et en anglais, et un forum pour les créateurs",
            ),
            D::Other => (
                "Open studio days, a newsletter, and a supporters' circle with early access",
                "Des journées portes ouvertes, une lettre d’information et un cercle de soutiens",
            ),
        },
        Block::Channels => match discipline {
            D::VideoGame => (
                "Steam and itch.io first, then Android through a local publisher",
                "D’abord Steam et itch.io, puis Android via un éditeur local",
            ),
            D::Webtoon => (
                "Free episodes on Instagram and a webtoon app, printed volumes at comic cons",
                "Épisodes gratuits sur Instagram et une appli de webtoons, tomes papier en festival BD",
            ),
            D::Immersive => (
                "Immersive sections of film festivals, a museum tour, then the Meta Quest store",
                "Sections immersives des festivals, une tournée des musées, puis la boutique Meta Quest",
            ),
            D::Audiovisual => (
                "Premiere at FESPACO, then a pan-African TV channel and a streaming platform",
                "Première au FESPACO, puis une chaîne panafricaine et une plateforme de streaming",
            ),
            D::Music => (
                "Boomplay, Audiomack and Spotify, local radio, and concerts in cultural centres",
                "Boomplay, Audiomack et Spotify, les radios locales et des concerts en centres culturels",
            ),
            D::DigitalPlatform => (
                "A light Android app, a USSD menu for basic phones, and campus ambassadors",
                "Une appli Android légère, un menu USSD pour petits téléphones, des relais sur les campus",
            ),
            D::Other => (
                "Our own online shop, craft fairs, and concept stores in Dakar and Abidjan",
                "Notre boutique en ligne, les salons d’artisanat et des concept stores à Dakar",
            ),
        },
        Block::CustomerSegments => match discipline {
            D::VideoGame => (
                "Casual mobile gamers aged 16–30 in Nigeria, Ghana and the diaspora",
                "Joueurs mobiles occasionnels de 16 à 30 ans au Nigeria, au Ghana et dans la diaspora",
            ),
            D::Webtoon => (
                "French-speaking readers aged 15–25 who already read manga on their phones",
                "Lecteurs francophones de 15 à 25 ans qui lisent déjà des mangas sur leur téléphone",
            ),
            D::Immersive => (
                "Museums and cultural centres, and tourists looking for something new",
                "Les musées et centres culturels, et les touristes en quête d’une expérience inédite",
            ),
            D::Audiovisual => (
                "Young urban viewers on mobile, and broadcasters buying African series",
                "Jeunes spectateurs urbains sur mobile, et diffuseurs qui achètent des séries africaines",
            ),
            D::Music => (
                "Afrobeats listeners in West Africa, and ad agencies looking for sync tracks",
                "Les fans d’afrobeats en Afrique de l’Ouest et les agences de pub en quête de synchro",
            ),
            D::DigitalPlatform => (
                "Independent creators who want to sell, and readers who pay in small amounts",
                "Créateurs indépendants qui veulent vendre, lecteurs qui paient par petites sommes",
            ),
            D::Other => (
                "Families buying gifts, schools, and cultural institutions with an art budget",
                "Les familles qui offrent des cadeaux, les écoles et les institutions culturelles",
            ),
        },
        Block::CostStructure => match discipline {
            D::VideoGame => (
                "Developer pay, engine and store fees, and a trip to a games showcase",
                "Salaires des développeurs, frais de moteur et de boutique, voyage vers un salon du jeu",
            ),
            D::Webtoon => (
                "Fees for the author and colourist, translation, and printing the first volume",
                "Rémunération de l’autrice et du coloriste, traduction, impression du premier tome",
            ),
            D::Immersive => (
                "Headsets and computers, 3D development, transport and insurance for the tour",
                "Casques et ordinateurs, développement 3D, transport et assurance pour la tournée",
            ),
            D::Audiovisual => (
                "Crew and cast fees, equipment hire, post-production, and subtitles",
                "Cachets de l’équipe et des comédiens, location de matériel, postproduction, sous-titres",
            ),
            D::Music => (
                "Studio time, mixing and mastering, music videos, and the distributor's cut",
                "Heures de studio, mixage et mastering, clips et commission du distributeur",
            ),
            D::DigitalPlatform => (
                "Hosting and bandwidth, mobile money fees, developers, and content licences",
                "Hébergement et bande passante, frais de mobile money, développeurs, licences de contenus",
            ),
            D::Other => (
                "Materials, workshop rent, packaging, and stand fees at fairs",
                "Matériaux, loyer de l’atelier, emballages et frais de stand dans les salons",
            ),
        },
        Block::RevenueStreams => match discipline {
            D::VideoGame => (
                "Paid PC version, free mobile version with ads, and a regional publishing deal",
                "Version PC payante, version mobile gratuite avec pub, contrat d’édition régional",
            ),
            D::Webtoon => (
                "Paid early access to episodes, print sales, and rights for an animated series",
                "Épisodes en avant-première payants, ventes papier, droits d’adaptation en animation",
            ),
            D::Immersive => (
                "Touring fees paid by venues, ticket sales, and a digital creation grant",
                "Cachets de tournée payés par les lieux, billetterie et une aide à la création numérique",
            ),
            D::Audiovisual => (
                "Broadcast rights sold by territory, a streaming licence, and a co-production fund",
                "Droits de diffusion vendus par territoire, licence streaming, fonds de coproduction",
            ),
            D::Music => (
                "Streaming royalties, concert fees, sync deals, and merch sold at shows",
                "Droits de streaming, cachets de concerts, synchronisation et merch vendu aux concerts",
            ),
            D::DigitalPlatform => (
                "Weekly passes paid with mobile money, a commission on sales, and sponsored content",
                "Pass hebdo payés en mobile money, commission sur les ventes, contenus sponsorisés",
            ),
            D::Other => (
                "Direct sales, commissioned pieces, paid workshops, and a crowdfunding campaign",
                "Ventes directes, œuvres sur commande, ateliers payants et un financement participatif",
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NBSP: char = '\u{a0}';

    fn assert_clean(s: &str) {
        assert!(!s.is_empty(), "empty string");
        assert_eq!(s, s.trim(), "leading or trailing whitespace: {s:?}");
        assert!(!s.contains("  "), "double space: {s:?}");
        assert!(!s.contains(['<', '>', '*', '`', '#']), "markup: {s:?}");
    }

    /// French: a non-breaking space before : ; ? ! and never a plain one.
    fn assert_french_typography(s: &str) {
        let chars: Vec<char> = s.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if matches!(c, ':' | ';' | '?' | '!') {
                assert!(
                    i > 0 && chars[i - 1] == NBSP,
                    "missing NBSP before {c:?}: {s:?}"
                );
            }
        }
        assert!(!s.contains('\''), "straight apostrophe in French: {s:?}");
    }

    #[test]
    fn every_block_has_four_or_five_questions_in_each_language() {
        for block in Block::ALL {
            let en = questions(Lang::En, block);
            let fr = questions(Lang::Fr, block);
            for lang in Lang::ALL {
                let n = questions(lang, block).len();
                assert!((4..=5).contains(&n), "{block:?} {lang:?}: {n} questions");
            }
            assert_eq!(en.len(), fr.len(), "{block:?}: counts differ");
        }
    }

    #[test]
    fn questions_are_clean_distinct_and_translated() {
        for block in Block::ALL {
            for lang in Lang::ALL {
                let qs = questions(lang, block);
                for (i, q) in qs.iter().enumerate() {
                    assert_clean(q);
                    assert!(
                        q.ends_with('?'),
                        "{block:?} {lang:?}: not a question: {q:?}"
                    );
                    assert!(!qs[..i].contains(q), "{block:?} {lang:?}: duplicate {q:?}");
                    if lang == Lang::Fr {
                        assert_french_typography(q);
                    } else {
                        assert!(!q.contains(NBSP), "NBSP in English: {q:?}");
                    }
                }
            }
            let en = questions(Lang::En, block);
            let fr = questions(Lang::Fr, block);
            for (e, f) in en.iter().zip(fr) {
                assert_ne!(e, f, "{block:?}: untranslated question");
            }
        }
    }

    #[test]
    fn no_question_repeats_across_blocks() {
        for lang in Lang::ALL {
            let all: Vec<&str> = Block::ALL
                .iter()
                .flat_map(|&b| questions(lang, b).iter().copied())
                .collect();
            for (i, q) in all.iter().enumerate() {
                assert!(!all[..i].contains(q), "{lang:?}: repeated question {q:?}");
            }
        }
    }

    #[test]
    fn every_example_is_short_clean_and_translated() {
        for block in Block::ALL {
            for discipline in Discipline::ALL {
                let en = example(Lang::En, block, discipline);
                let fr = example(Lang::Fr, block, discipline);
                for s in [en, fr] {
                    assert_clean(s);
                    let n = s.chars().count();
                    assert!(n < 90, "{block:?} {discipline:?}: {n} chars: {s:?}");
                    let lower = s.to_lowercase();
                    assert!(
                        !lower.starts_with("e.g")
                            && !lower.starts_with("ex.")
                            && !lower.starts_with("par ex"),
                        "{block:?} {discipline:?}: leading e.g.: {s:?}"
                    );
                }
                assert_french_typography(fr);
                assert!(!en.contains(NBSP), "NBSP in English: {en:?}");
                assert_ne!(en, fr, "{block:?} {discipline:?}: untranslated example");
            }
        }
    }

    #[test]
    fn examples_differ_within_a_block() {
        for block in Block::ALL {
            for lang in Lang::ALL {
                let all: Vec<&str> = Discipline::ALL
                    .iter()
                    .map(|&d| example(lang, block, d))
                    .collect();
                for (i, s) in all.iter().enumerate() {
                    assert!(!all[..i].contains(s), "{block:?} {lang:?}: duplicate {s:?}");
                }
            }
        }
    }
}
