//! A starting plan per discipline, in English or French, which the user
//! then edits. Dates are relative to the day the plan is started.

use super::{
    Audience, BudgetGroup as B, BudgetLine, Channel, ChannelKind as C, Date, Decimal, Funding,
    Goal, GoalKind as G, Kpi, Milestone, MilestoneKind as M, Plan, Revenue, RevenueKind as V,
    Right,
};
use crate::model::{Discipline, Id};

/// A text in English and French.
type T = (&'static str, &'static str);

struct Template {
    goals: &'static [(G, T)],
    audiences: &'static [T],
    channels: &'static [(C, &'static str)],
    /// Kind, days from today, title.
    timeline: &'static [(M, i64, T)],
    kpis: &'static [(T, &'static str, i64)],
    revenues: &'static [(V, T)],
}

const BUDGET: &[(B, T)] = &[
    (
        B::Materials,
        (
            "Trailer and press kit",
            "Bande-annonce et dossier de presse",
        ),
    ),
    (
        B::Fees,
        (
            "Festival and platform fees",
            "Frais d’inscription aux festivals et plateformes",
        ),
    ),
    (
        B::Travel,
        ("Travel to a market", "Déplacement vers un marché"),
    ),
    (B::Ads, ("Sponsored posts", "Publications sponsorisées")),
    (B::Events, ("Launch event", "Événement de lancement")),
];

const FUNDING: &[T] = &[
    ("Own funds", "Fonds propres"),
    ("Grant (to apply for)", "Subvention (à demander)"),
];

const RIGHTS: &[(T, T, T, T, T)] = &[
    (
        ("Distribution", "Distribution"),
        ("Our studio", "Notre studio"),
        ("Worldwide", "Monde"),
        ("All media", "Tous supports"),
        ("Kept", "Conservés"),
    ),
    (
        ("Translation", "Traduction"),
        (
            "To negotiate with a publisher",
            "À négocier avec un éditeur",
        ),
        ("Outside Africa", "Hors Afrique"),
        ("Print and digital", "Papier et numérique"),
        ("5 years", "5 ans"),
    ),
];

const GAME: Template = Template {
    goals: &[
        (
            G::Reach,
            (
                "10,000 wishlists before launch",
                "10 000 souhaits (wishlists) avant la sortie",
            ),
        ),
        (
            G::Revenue,
            (
                "Recover the production costs in the first year",
                "Rentrer dans les frais de production la première année",
            ),
        ),
        (
            G::Recognition,
            (
                "Be selected at an African games event",
                "Être sélectionné dans un événement jeu vidéo africain",
            ),
        ),
    ],
    audiences: &[
        (
            "Mobile players aged 15–30 in West Africa",
            "Joueurs mobiles de 15 à 30 ans en Afrique de l’Ouest",
        ),
        (
            "PC players curious about African stories",
            "Joueurs PC curieux d’histoires africaines",
        ),
    ],
    channels: &[
        (C::Platform, "Steam"),
        (C::Platform, "Google Play"),
        (C::Platform, "itch.io"),
        (C::Festival, "Africa Games Week"),
        (C::Social, "Discord"),
        (C::Social, "TikTok"),
    ],
    timeline: &[
        (M::Announcement, 14, ("Announce the game", "Annonce du jeu")),
        (M::Trailer, 45, ("First trailer", "Première bande-annonce")),
        (M::Demo, 90, ("Playable demo", "Démo jouable")),
        (
            M::Premiere,
            120,
            ("Festival showcase", "Présentation en festival"),
        ),
        (M::Launch, 180, ("Launch", "Sortie")),
        (M::Update, 240, ("First update", "Première mise à jour")),
    ],
    kpis: &[
        (("Wishlists", "Souhaits (wishlists)"), "10000", 180),
        (("Discord members", "Membres Discord"), "1000", 120),
        (
            ("Sales in the first month", "Ventes le premier mois"),
            "2000",
            210,
        ),
    ],
    revenues: &[
        (
            V::Merchandise,
            ("Stickers and T-shirts", "Autocollants et t-shirts"),
        ),
        (V::Adaptation, ("Animated series", "Série animée")),
    ],
};

const WEBTOON: Template = Template {
    goals: &[
        (
            G::Reach,
            ("5,000 readers per episode", "5 000 lecteurs par épisode"),
        ),
        (
            G::Revenue,
            (
                "Paid episodes or a print edition",
                "Épisodes payants ou édition papier",
            ),
        ),
        (
            G::Impact,
            (
                "Stories that look like their readers",
                "Des histoires qui ressemblent à leurs lecteurs",
            ),
        ),
    ],
    audiences: &[(
        "Readers aged 13–25 on their phones",
        "Lecteurs de 13 à 25 ans sur mobile",
    )],
    channels: &[
        (C::Platform, "Webtoon"),
        (C::Platform, "Kugali"),
        (C::Platform, "Tapas"),
        (C::Festival, "Lagos Comic Con"),
        (C::Social, "Instagram"),
    ],
    timeline: &[
        (
            M::Announcement,
            14,
            ("Announce the series", "Annonce de la série"),
        ),
        (
            M::Trailer,
            30,
            ("Teaser on social media", "Teaser sur les réseaux"),
        ),
        (M::Launch, 60, ("Episode 1", "Épisode 1")),
        (M::Episode, 67, ("Episode 2", "Épisode 2")),
        (M::Episode, 74, ("Episode 3", "Épisode 3")),
        (M::Premiere, 150, ("Comics festival", "Festival de BD")),
    ],
    kpis: &[
        (("Readers per episode", "Lecteurs par épisode"), "5000", 120),
        (("Subscribers", "Abonnés"), "2000", 120),
    ],
    revenues: &[
        (
            V::Translation,
            (
                "English and Arabic editions",
                "Éditions en anglais et en arabe",
            ),
        ),
        (
            V::Merchandise,
            ("Prints and posters", "Tirages et affiches"),
        ),
    ],
};

const XR: Template = Template {
    goals: &[
        (
            G::Recognition,
            (
                "Selection at an immersive festival",
                "Sélection dans un festival immersif",
            ),
        ),
        (
            G::Impact,
            (
                "Exhibit in museums across the continent",
                "Exposer dans des musées du continent",
            ),
        ),
    ],
    audiences: &[(
        "Festival and museum visitors",
        "Publics des festivals et des musées",
    )],
    channels: &[
        (C::Festival, "Cannes XR"),
        (C::Festival, "Venice Immersive"),
        (C::Festival, "FESPACO"),
        (C::Platform, "Meta Quest Store"),
        (C::Platform, "Museums and galleries"),
    ],
    timeline: &[
        (
            M::Demo,
            30,
            (
                "Prototype shown to partners",
                "Prototype montré aux partenaires",
            ),
        ),
        (
            M::Trailer,
            60,
            ("Capture trailer", "Bande-annonce en captation"),
        ),
        (
            M::Premiere,
            120,
            ("Festival premiere", "Première en festival"),
        ),
        (M::Launch, 200, ("Museum tour", "Tournée des musées")),
    ],
    kpis: &[
        (("Festival selections", "Sélections en festival"), "3", 240),
        (("Visitors", "Visiteurs"), "5000", 300),
    ],
    revenues: &[
        (
            V::Licensing,
            ("Exhibition licences", "Licences d’exposition"),
        ),
        (V::LiveEvents, ("Guided sessions", "Séances accompagnées")),
    ],
};

const AUDIOVISUAL: Template = Template {
    goals: &[
        (
            G::Recognition,
            ("World premiere at FESPACO", "Première mondiale au FESPACO"),
        ),
        (
            G::Revenue,
            ("Pre-sale to a broadcaster", "Prévente à un diffuseur"),
        ),
        (
            G::Reach,
            (
                "Broadcast in at least 5 countries",
                "Diffusion dans au moins 5 pays",
            ),
        ),
    ],
    audiences: &[
        (
            "Families watching TV in francophone Africa",
            "Familles devant la télévision en Afrique francophone",
        ),
        ("The diaspora on streaming", "La diaspora en streaming"),
    ],
    channels: &[
        (C::Festival, "FESPACO"),
        (C::Festival, "MIPAfrica"),
        (C::Festival, "Discop"),
        (C::Platform, "Canal+ Afrique"),
        (C::Platform, "TV5Monde"),
        (C::Platform, "Showmax"),
    ],
    timeline: &[
        (
            M::Announcement,
            14,
            ("Announce the project", "Annonce du projet"),
        ),
        (M::Demo, 60, ("Pilot ready", "Pilote terminé")),
        (M::Trailer, 90, ("Trailer", "Bande-annonce")),
        (
            M::Premiere,
            150,
            ("Festival premiere", "Première en festival"),
        ),
        (M::Launch, 240, ("Broadcast", "Diffusion")),
        (M::Episode, 247, ("Episode 2", "Épisode 2")),
    ],
    kpis: &[
        (("Festival selections", "Sélections en festival"), "2", 180),
        (("Views", "Vues"), "100000", 300),
        (("Broadcasters signed", "Diffuseurs signés"), "2", 240),
    ],
    revenues: &[
        (
            V::Licensing,
            (
                "Catalogue sales to other channels",
                "Ventes du catalogue à d’autres chaînes",
            ),
        ),
        (
            V::Adaptation,
            ("Comic book adaptation", "Adaptation en bande dessinée"),
        ),
    ],
};

const MUSIC: Template = Template {
    goals: &[
        (
            G::Reach,
            (
                "100,000 streams in three months",
                "100 000 écoutes en trois mois",
            ),
        ),
        (G::Revenue, ("Paid concerts", "Des concerts rémunérés")),
    ],
    audiences: &[(
        "Afrobeats and rap listeners aged 16–30",
        "Auditeurs d’afrobeats et de rap de 16 à 30 ans",
    )],
    channels: &[
        (C::Platform, "Boomplay"),
        (C::Platform, "Audiomack"),
        (C::Platform, "Spotify"),
        (C::Festival, "Visa for Music (Rabat)"),
        (C::Social, "TikTok"),
        (C::Press, "Local radio"),
    ],
    timeline: &[
        (
            M::Announcement,
            7,
            ("Announce the single", "Annonce du single"),
        ),
        (M::Launch, 30, ("Single release", "Sortie du single")),
        (M::Trailer, 35, ("Music video", "Clip")),
        (M::Launch, 120, ("EP release", "Sortie de l’EP")),
        (
            M::Premiere,
            150,
            (
                "Showcase at a music market",
                "Showcase dans un marché de la musique",
            ),
        ),
    ],
    kpis: &[
        (("Streams", "Écoutes"), "100000", 120),
        (("Followers", "Abonnés"), "5000", 120),
    ],
    revenues: &[
        (V::LiveEvents, ("Concerts", "Concerts")),
        (
            V::Licensing,
            (
                "Sync for films and ads",
                "Synchronisation pour films et publicités",
            ),
        ),
    ],
};

const PLATFORM: Template = Template {
    goals: &[
        (
            G::Reach,
            ("1,000 active users", "1 000 utilisateurs actifs"),
        ),
        (
            G::Revenue,
            ("First paying customers", "Premiers clients payants"),
        ),
        (
            G::Impact,
            ("Creators paid fairly", "Des créateurs payés équitablement"),
        ),
    ],
    audiences: &[(
        "Young creators who sell online",
        "Jeunes créateurs qui vendent en ligne",
    )],
    channels: &[
        (C::Platform, "Google Play"),
        (C::Platform, "Web"),
        (C::Festival, "AfricArena"),
        (C::Press, "TechCabal"),
        (C::Social, "WhatsApp"),
    ],
    timeline: &[
        (
            M::Announcement,
            14,
            ("Waiting list opens", "Ouverture de la liste d’attente"),
        ),
        (
            M::Demo,
            45,
            ("Beta with 50 users", "Bêta avec 50 utilisateurs"),
        ),
        (M::Launch, 90, ("Public launch", "Lancement public")),
        (M::Update, 150, ("First update", "Première mise à jour")),
    ],
    kpis: &[
        (("Active users", "Utilisateurs actifs"), "1000", 150),
        (("Paying customers", "Clients payants"), "100", 180),
    ],
    revenues: &[
        (
            V::Licensing,
            ("White-label licences", "Licences en marque blanche"),
        ),
        (V::LiveEvents, ("Workshops", "Ateliers")),
    ],
};

const OTHER: Template = Template {
    goals: &[
        (
            G::Reach,
            (
                "Who should discover the work, and how many",
                "Qui doit découvrir l’œuvre, et combien",
            ),
        ),
        (
            G::Revenue,
            ("What income, from what", "Quels revenus, et d’où"),
        ),
    ],
    audiences: &[("Our first audience", "Notre premier public")],
    channels: &[
        (C::Social, "Instagram"),
        (C::Platform, "YouTube"),
        (C::Press, "RFI"),
    ],
    timeline: &[
        (M::Announcement, 14, ("Announcement", "Annonce")),
        (M::Trailer, 45, ("Teaser", "Teaser")),
        (M::Launch, 90, ("Launch", "Lancement")),
    ],
    kpis: &[(("Followers", "Abonnés"), "1000", 90)],
    revenues: &[(V::Merchandise, ("Merchandise", "Produits dérivés"))],
};

fn of(d: Discipline) -> &'static Template {
    match d {
        Discipline::VideoGame => &GAME,
        Discipline::Webtoon => &WEBTOON,
        Discipline::Immersive => &XR,
        Discipline::Audiovisual => &AUDIOVISUAL,
        Discipline::Music => &MUSIC,
        Discipline::DigitalPlatform => &PLATFORM,
        Discipline::Other => &OTHER,
    }
}

/// A started plan for a discipline, in French when `french`, with ids from
/// `fresh` and dates counted from `today`. The currency is kept.
pub fn template(d: Discipline, french: bool, today: Date, fresh: &mut dyn FnMut() -> Id) -> Plan {
    let t = of(d);
    let s = |x: &T| if french { x.1 } else { x.0 }.to_owned();
    Plan {
        started: true,
        goals: t
            .goals
            .iter()
            .map(|(kind, text)| Goal {
                id: fresh(),
                kind: *kind,
                text: s(text),
            })
            .collect(),
        audiences: t
            .audiences
            .iter()
            .map(|a| Audience {
                id: fresh(),
                text: s(a),
                segment: None,
            })
            .collect(),
        channels: t
            .channels
            .iter()
            .map(|(k, n)| Channel::new(fresh(), *k, *n))
            .collect(),
        timeline: t
            .timeline
            .iter()
            .map(|(kind, days, title)| Milestone {
                id: fresh(),
                kind: *kind,
                title: s(title),
                date: today.add_days(*days),
            })
            .collect(),
        budget: BUDGET
            .iter()
            .map(|(group, label)| BudgetLine {
                id: fresh(),
                group: *group,
                label: s(label),
                amount: None,
                funding: None,
            })
            .collect(),
        funding: FUNDING
            .iter()
            .map(|n| Funding {
                id: fresh(),
                name: s(n),
                amount: None,
            })
            .collect(),
        kpis: t
            .kpis
            .iter()
            .map(|(name, target, days)| Kpi {
                name: s(name),
                target: Decimal::parse_canonical(target),
                due: Some(today.add_days(*days)),
                ..Kpi::new(fresh())
            })
            .collect(),
        rights: RIGHTS
            .iter()
            .map(|(r, h, t, m, du)| Right {
                right: s(r),
                holder: s(h),
                territory: s(t),
                medium: s(m),
                duration: s(du),
                ..Right::new(fresh())
            })
            .collect(),
        revenues: t
            .revenues
            .iter()
            .map(|(kind, text)| Revenue {
                id: fresh(),
                kind: *kind,
                text: s(text),
            })
            .collect(),
        ..Plan::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Canvas;

    #[test]
    fn every_template_instantiates_validly_in_both_languages() {
        let today = Date::parse("2026-11-27").unwrap();
        let mut n = 0;
        let mut fresh = || {
            n += 1;
            Id::from_random(n)
        };
        for d in Discipline::ALL {
            let en = template(d, false, today, &mut fresh);
            let fr = template(d, true, today, &mut fresh);
            for (p, lang) in [(&en, "en"), (&fr, "fr")] {
                assert!(p.started);
                assert_eq!(p.check(&Canvas::default()), Ok(()), "{d:?} {lang}");
                assert!(
                    !p.goals.is_empty() && !p.channels.is_empty() && p.timeline.len() >= 3,
                    "{d:?}"
                );
                assert!(
                    !p.budget.is_empty()
                        && !p.kpis.is_empty()
                        && !p.rights.is_empty()
                        && !p.revenues.is_empty()
                );
                assert!(
                    p.timeline.iter().all(|m| m.date > today),
                    "{d:?}: dates lie ahead"
                );
                let mut all = String::new();
                for g in &p.goals {
                    all += &g.text;
                }
                for m in &p.timeline {
                    assert!(!m.title.trim().is_empty());
                    all += &m.title;
                }
                assert!(!all.is_empty());
                // French typography: no plain space before a colon.
                assert!(!all.contains(" :") && !all.contains(" ?"), "{d:?} {lang}");
                // Serialised and read back, it is the same plan.
                let back: Plan = serde_json::from_value(serde_json::to_value(p).unwrap()).unwrap();
                assert_eq!(&back, p);
            }
            assert_ne!(en.goals[0].text, fr.goals[0].text, "{d:?} is translated");
            assert_eq!(en.timeline.len(), fr.timeline.len());
            assert_ne!(en.goals[0].id, fr.goals[0].id, "fresh ids each time");
        }
        let later = template(
            Discipline::Music,
            false,
            Date::parse("2027-01-01").unwrap(),
            &mut fresh,
        );
        assert_eq!(
            later.timeline[0].date.to_string(),
            "2027-01-08",
            "relative to today"
        );
    }
}
