//! Guiding questions for the six parts of the audience–offer fit
//! worksheet, and one worked example per discipline. All wording is
//! original to Canevas.

use super::Lang;
use crate::model::fit::{AudienceKind, OfferKind};
use crate::model::Discipline;

/// A part of the worksheet: one side's kind of item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Audience(AudienceKind),
    Offer(OfferKind),
}

/// A worked example: one segment and one item for each part, in the order
/// want, obstacle, hope, deliver, remedy, gain.
pub struct FitExample {
    pub segment: &'static str,
    pub items: [&'static str; 6],
}

impl Part {
    /// The six parts in worksheet order: the audience's, then the offer's.
    pub const ALL: [Part; 6] = [
        Part::Audience(AudienceKind::Want),
        Part::Audience(AudienceKind::Obstacle),
        Part::Audience(AudienceKind::Hope),
        Part::Offer(OfferKind::Deliver),
        Part::Offer(OfferKind::Remedy),
        Part::Offer(OfferKind::Gain),
    ];
}

impl FitExample {
    pub fn item(&self, part: Part) -> &'static str {
        let i = match part {
            Part::Audience(AudienceKind::Want) => 0,
            Part::Audience(AudienceKind::Obstacle) => 1,
            Part::Audience(AudienceKind::Hope) => 2,
            Part::Offer(OfferKind::Deliver) => 3,
            Part::Offer(OfferKind::Remedy) => 4,
            Part::Offer(OfferKind::Gain) => 5,
        };
        self.items[i]
    }
}

pub fn fit_questions(lang: Lang, part: Part) -> &'static [&'static str] {
    use AudienceKind as A;
    use OfferKind as O;
    match (lang, part) {
        (Lang::En, Part::Audience(A::Want)) => &[
            "What are these people trying to do when they might come across your work: pass time on the bus, learn, share something with friends, feel proud of where they come from?",
            "Which of these are practical tasks, which are about how others see them, which are about how they feel?",
            "Which would they do anyway, with or without you?",
        ],
        (Lang::Fr, Part::Audience(A::Want)) => &[
            "Que cherchent à faire ces personnes quand elles pourraient croiser votre œuvre\u{a0}: passer le temps dans le bus, apprendre, partager avec des amis, être fières d’où elles viennent\u{a0}?",
            "Lesquelles sont des tâches pratiques, lesquelles touchent au regard des autres, lesquelles à ce qu’elles ressentent\u{a0}?",
            "Lesquelles feraient-elles de toute façon, avec ou sans vous\u{a0}?",
        ],
        (Lang::En, Part::Audience(A::Obstacle)) => &[
            "What annoys, blocks or worries them today: price, mobile data, language, stories that do not look like them, no way to pay?",
            "What makes them give up halfway: a slow app, a long wait between episodes, a device they do not have?",
            "What risk do they take by choosing your work, and what would they lose?",
        ],
        (Lang::Fr, Part::Audience(A::Obstacle)) => &[
            "Qu’est-ce qui les agace, les bloque ou les inquiète aujourd’hui\u{a0}: le prix, les données mobiles, la langue, des histoires qui ne leur ressemblent pas, aucun moyen de payer\u{a0}?",
            "Qu’est-ce qui les fait abandonner en route\u{a0}: une appli lente, une longue attente entre deux épisodes, un appareil qu’ils n’ont pas\u{a0}?",
            "Quel risque prennent-ils en choisissant votre œuvre, et que perdraient-ils\u{a0}?",
        ],
        (Lang::En, Part::Audience(A::Hope)) => &[
            "What would delight them, beyond what they expect?",
            "What would they tell their friends about, or post online?",
            "How would they know it was worth their time and money?",
        ],
        (Lang::Fr, Part::Audience(A::Hope)) => &[
            "Qu’est-ce qui les enchanterait, au-delà de ce qu’ils attendent\u{a0}?",
            "De quoi parleraient-ils à leurs amis, que publieraient-ils en ligne\u{a0}?",
            "À quoi verraient-ils que cela valait leur temps et leur argent\u{a0}?",
        ],
        (Lang::En, Part::Offer(O::Deliver)) => &[
            "What exactly do they get: the game, the episodes, the experience, a service, an object?",
            "In which form, language, length and price, and on which devices?",
        ],
        (Lang::Fr, Part::Offer(O::Deliver)) => &[
            "Que reçoivent-ils exactement\u{a0}: le jeu, les épisodes, l’expérience, un service, un objet\u{a0}?",
            "Sous quelle forme, dans quelle langue, quelle durée, à quel prix, sur quels appareils\u{a0}?",
        ],
        (Lang::En, Part::Offer(O::Remedy)) => &[
            "Which of their frustrations does your offer remove or soften, and how precisely?",
            "Which important frustration is still left without an answer?",
        ],
        (Lang::Fr, Part::Offer(O::Remedy)) => &[
            "Quels freins votre offre lève-t-elle ou atténue-t-elle, et comment précisément\u{a0}?",
            "Quel frein important reste encore sans réponse\u{a0}?",
        ],
        (Lang::En, Part::Offer(O::Gain)) => &[
            "Which of their hopes does your offer fulfil, and what proves it?",
            "What do you give them that the free content on their phone does not?",
        ],
        (Lang::Fr, Part::Offer(O::Gain)) => &[
            "Quels espoirs votre offre comble-t-elle, et qu’est-ce qui le prouve\u{a0}?",
            "Que leur donnez-vous que les contenus gratuits de leur téléphone ne donnent pas\u{a0}?",
        ],
    }
}

pub fn fit_example(lang: Lang, discipline: Discipline) -> &'static FitExample {
    use Discipline as D;
    match (lang, discipline) {
        (Lang::En, D::Webtoon) => &FitExample {
            segment: "Readers aged 15–25 in Abidjan and Dakar, reading on their phones",
            items: [
                "Follow a story on the way to school, a few minutes at a time",
                "Comics apps are in English and cost mobile data",
                "Heroes who look and talk like them",
                "A weekly webtoon in French, one short episode every Friday",
                "Episodes light enough to download on wifi and read offline",
                "A cast from Grand-Bassam, with Nouchi slang in the dialogue",
            ],
        },
        (Lang::Fr, D::Webtoon) => &FitExample {
            segment: "Lecteurs de 15 à 25 ans à Abidjan et Dakar, qui lisent sur téléphone",
            items: [
                "Suivre une histoire sur le trajet de l’école, quelques minutes à la fois",
                "Les applis de BD sont en anglais et coûtent des données mobiles",
                "Des héros qui leur ressemblent et parlent comme eux",
                "Un webtoon hebdomadaire en français, un court épisode chaque vendredi",
                "Des épisodes assez légers pour être téléchargés en wifi et lus hors ligne",
                "Des personnages de Grand-Bassam, avec du nouchi dans les dialogues",
            ],
        },
        (Lang::En, D::VideoGame) => &FitExample {
            segment: "Casual mobile players in Lagos and Accra with entry-level Android phones",
            items: [
                "Play a quick round while waiting, and beat their friends' scores",
                "Big games do not fit on their phone and ads interrupt play",
                "A game that shows their city and their music",
                "A 40 MB puzzle game set in a Lagos market, free with one paid pack",
                "Runs offline on 2 GB phones; no ads in the middle of a level",
                "Weekly challenges shared on WhatsApp",
            ],
        },
        (Lang::Fr, D::VideoGame) => &FitExample {
            segment: "Joueurs occasionnels sur mobile à Lagos et Accra, avec des Android d’entrée de gamme",
            items: [
                "Jouer une partie rapide en attendant, et battre le score des amis",
                "Les gros jeux ne tiennent pas sur leur téléphone et les pubs coupent le jeu",
                "Un jeu qui montre leur ville et leur musique",
                "Un jeu de réflexion de 40 Mo dans un marché de Lagos, gratuit avec un pack payant",
                "Fonctionne hors ligne sur 2 Go de mémoire\u{a0}; aucune pub au milieu d’un niveau",
                "Des défis hebdomadaires partagés sur WhatsApp",
            ],
        },
        (Lang::En, D::Immersive) => &FitExample {
            segment: "Visitors of a heritage museum in Rabat, families and school groups",
            items: [
                "Discover the history of the medina together, not just read panels",
                "Headsets are intimidating and queues are long",
                "Feel they have walked the old streets themselves",
                "A 12-minute XR installation walking through the 18th-century medina",
                "Guided sessions for six, with staff helping to put on headsets",
                "A recorded voice in Darija, French or English, for each visitor",
            ],
        },
        (Lang::Fr, D::Immersive) => &FitExample {
            segment: "Visiteurs d’un musée du patrimoine à Rabat, familles et groupes scolaires",
            items: [
                "Découvrir ensemble l’histoire de la médina, pas seulement lire des panneaux",
                "Les casques intimident et les files d’attente sont longues",
                "Avoir l’impression d’avoir marché eux-mêmes dans les vieilles rues",
                "Une installation XR de 12 minutes dans la médina du XVIIIe siècle",
                "Des séances guidées par six, avec un médiateur pour mettre les casques",
                "Une voix enregistrée en darija, en français ou en anglais, au choix",
            ],
        },
        (Lang::En, D::Audiovisual) => &FitExample {
            segment: "Viewers aged 25–45 of documentary series on public TV and YouTube, in Senegal and the diaspora",
            items: [
                "Understand what is changing in their country, beyond the news",
                "Documentaries about Africa are made from the outside, and rarely in Wolof",
                "Stories they are proud to share with their children",
                "A documentary series of six 26-minute episodes on young fishermen of Saint-Louis",
                "Shot by a local crew, in Wolof with French and English subtitles",
                "Short clips for social media and a screening tour in the towns filmed",
            ],
        },
        (Lang::Fr, D::Audiovisual) => &FitExample {
            segment: "Spectateurs de 25 à 45 ans de séries documentaires sur la télévision publique et YouTube, au Sénégal et dans la diaspora",
            items: [
                "Comprendre ce qui change dans leur pays, au-delà des informations",
                "Les documentaires sur l’Afrique sont faits de l’extérieur, et rarement en wolof",
                "Des histoires qu’ils sont fiers de partager avec leurs enfants",
                "Une série documentaire de six épisodes de 26 minutes sur les jeunes pêcheurs de Saint-Louis",
                "Tournée par une équipe locale, en wolof sous-titré en français et en anglais",
                "Des extraits courts pour les réseaux sociaux et une tournée de projections dans les villes filmées",
            ],
        },
        (Lang::En, D::Music) => &FitExample {
            segment: "Afro-pop fans aged 18–30 who stream on their phones",
            items: [
                "Find new songs to share with friends and dance to",
                "Streaming subscriptions are expensive and need a bank card",
                "Meet the artist and feel part of the scene",
                "An EP of five tracks on streaming platforms and local download kiosks",
                "Payment by mobile money; free previews on WhatsApp",
                "Live sessions in neighbourhood venues for subscribers",
            ],
        },
        (Lang::Fr, D::Music) => &FitExample {
            segment: "Fans d’afro-pop de 18 à 30 ans qui écoutent en streaming sur téléphone",
            items: [
                "Trouver de nouveaux morceaux à partager et sur lesquels danser",
                "Les abonnements de streaming sont chers et demandent une carte bancaire",
                "Rencontrer l’artiste et se sentir partie prenante de la scène",
                "Un EP de cinq titres sur les plateformes et dans les kiosques de téléchargement locaux",
                "Paiement par mobile money\u{a0}; extraits gratuits sur WhatsApp",
                "Des concerts dans des salles de quartier pour les abonnés",
            ],
        },
        (Lang::En, D::DigitalPlatform) => &FitExample {
            segment: "Independent illustrators in Tunis and Casablanca looking for paid work",
            items: [
                "Show their portfolio to clients and get commissions",
                "International platforms take a large share and pay in dollars only",
                "A steady income from their art",
                "A portfolio and commission platform in French and Arabic",
                "Payment in local currency, with a low, fixed fee",
                "Monthly calls for work from regional publishers and brands",
            ],
        },
        (Lang::Fr, D::DigitalPlatform) => &FitExample {
            segment: "Illustrateurs indépendants à Tunis et Casablanca qui cherchent des commandes",
            items: [
                "Montrer leur portfolio à des clients et obtenir des commandes",
                "Les plateformes internationales prennent une grosse part et ne paient qu’en dollars",
                "Un revenu régulier grâce à leur art",
                "Une plateforme de portfolios et de commandes en français et en arabe",
                "Paiement en monnaie locale, avec une commission faible et fixe",
                "Des appels à projets mensuels d’éditeurs et de marques de la région",
            ],
        },
        (Lang::En, D::Other) => &FitExample {
            segment: "Young creators at a residency in Ouagadougou",
            items: [
                "Turn their project into a plan they can pitch",
                "Templates are in English and made for tech start-ups",
                "Leave with a clear next step and a mentor's feedback",
                "A two-week residency with workshops and one-to-one mentoring",
                "Materials in French, with examples from creative industries",
                "A public pitch day with festivals and funders in the room",
            ],
        },
        (Lang::Fr, D::Other) => &FitExample {
            segment: "Jeunes créateurs en résidence à Ouagadougou",
            items: [
                "Transformer leur projet en un plan qu’ils peuvent présenter",
                "Les modèles sont en anglais et pensés pour les start-up technologiques",
                "Repartir avec une prochaine étape claire et l’avis d’un mentor",
                "Une résidence de deux semaines avec ateliers et mentorat individuel",
                "Des supports en français, avec des exemples des industries créatives",
                "Une journée de pitch publique devant des festivals et des financeurs",
            ],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARTS: [Part; 6] = Part::ALL;

    #[test]
    fn every_part_and_discipline_has_words_in_both_languages() {
        for part in PARTS {
            assert!(!fit_questions(Lang::En, part).is_empty());
            assert_eq!(
                fit_questions(Lang::En, part).len(),
                fit_questions(Lang::Fr, part).len()
            );
        }
        for d in Discipline::ALL {
            let (en, fr) = (fit_example(Lang::En, d), fit_example(Lang::Fr, d));
            for part in PARTS {
                assert!(!en.item(part).is_empty() && en.item(part) != fr.item(part));
            }
        }
    }

    #[test]
    fn french_questions_end_with_a_no_break_space_before_the_mark() {
        for part in PARTS {
            for q in fit_questions(Lang::Fr, part) {
                assert!(q.ends_with("\u{a0}?"), "{q}");
                assert!(!q.contains(" :") && !q.contains(" ?"), "{q}");
            }
        }
    }
}
