//! Channels: festivals and markets, platforms and stores, publishers and
//! distributors, social media and communities, press; with their terms,
//! and suggestions per discipline.

use super::{item, keyed_enum, Date};
use crate::model::{Discipline, Id};

keyed_enum! {
    ChannelKind {
        Festival = "festival",
        Platform = "platform",
        Publisher = "publisher",
        Social = "social",
        Press = "press",
        Other = "other",
    }
}

keyed_enum! {
    /// The premiere status a festival requires.
    Premiere {
        None = "none",
        World = "world",
        International = "international",
        Continental = "continental",
        National = "national",
    }
}

keyed_enum! {
    Submission {
        Planned = "planned",
        Submitted = "submitted",
        Selected = "selected",
        NotSelected = "not_selected",
    }
}

/// A channel the plan uses. The name and kind are copied from a suggestion
/// (or typed), never a reference to a list, so lists can change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    pub id: Id,
    pub kind: ChannelKind,
    pub name: String,
    pub revenue_share: String,
    pub fee: String,
    pub exclusive: bool,
    pub territory: String,
    /// Festivals and markets: submission deadline, premiere required,
    /// category, status and result.
    pub deadline: Option<Date>,
    pub premiere: Premiere,
    pub category: String,
    pub submission: Submission,
    pub result: String,
}
item!(Channel { kind, name, revenue_share, fee, exclusive, territory, deadline, premiere, category, submission, result } texts { name, revenue_share, fee, territory, category, result });

impl Channel {
    pub fn new(id: Id, kind: ChannelKind, name: impl Into<String>) -> Channel {
        Channel {
            id,
            kind,
            name: name.into(),
            revenue_share: String::new(),
            fee: String::new(),
            exclusive: false,
            territory: String::new(),
            deadline: None,
            premiere: Premiere::None,
            category: String::new(),
            submission: Submission::Planned,
            result: String::new(),
        }
    }
}

use ChannelKind::{Festival as F, Platform as P, Press as R, Publisher as D, Social as S};

const FOR_ALL: &[(ChannelKind, &str)] = &[
    (S, "Instagram"),
    (S, "TikTok"),
    (S, "Facebook"),
    (S, "X (Twitter)"),
    (S, "LinkedIn"),
    (S, "Discord"),
    (S, "WhatsApp"),
    (P, "YouTube"),
    (R, "RFI"),
    (R, "Jeune Afrique"),
    (R, "TV5Monde"),
    (R, "BBC Africa"),
    (F, "MASA (Abidjan)"),
    (F, "Dak'Art, Biennale de Dakar"),
];

const GAME: &[(ChannelKind, &str)] = &[
    (P, "Steam"),
    (P, "itch.io"),
    (P, "Google Play"),
    (P, "App Store"),
    (P, "Nintendo eShop"),
    (P, "PlayStation Store"),
    (P, "Xbox Store"),
    (P, "Epic Games Store"),
    (F, "Africa Games Week"),
    (F, "Lagos Games Week"),
    (F, "Gamescom"),
    (F, "Game Developers Conference (GDC)"),
    (F, "Casual Connect"),
    (D, "Kucheza Gaming"),
    (S, "Twitch"),
];

const WEBTOON: &[(ChannelKind, &str)] = &[
    (P, "Webtoon"),
    (P, "Tapas"),
    (P, "Kugali"),
    (P, "Comixology"),
    (F, "Festival d'Angoulême"),
    (F, "Lagos Comic Con"),
    (F, "Fibda (Alger)"),
    (F, "Coco Bulles (Grand-Bassam)"),
    (D, "Glénat"),
    (D, "Dark Horse"),
    (S, "Patreon"),
];

const XR: &[(ChannelKind, &str)] = &[
    (P, "Meta Quest Store"),
    (P, "Steam"),
    (P, "Apple Vision Pro App Store"),
    (F, "Cannes XR"),
    (F, "Venice Immersive"),
    (F, "SXSW"),
    (F, "Tribeca Immersive"),
    (F, "NewImages Festival"),
    (F, "FESPACO"),
    (D, "Diversion cinema"),
    (P, "Museums and galleries"),
];

const AUDIOVISUAL: &[(ChannelKind, &str)] = &[
    (F, "FESPACO"),
    (F, "Annecy / MIFA"),
    (F, "MIPCOM"),
    (F, "MIPAfrica"),
    (F, "Discop"),
    (F, "Durban FilmMart"),
    (F, "Carthage Film Festival (JCC)"),
    (F, "Marrakech International Film Festival"),
    (P, "Canal+ Afrique"),
    (P, "TV5Monde"),
    (P, "A+ Ivoire"),
    (P, "Showmax"),
    (P, "Netflix"),
    (P, "Prime Video"),
    (P, "Cinemas"),
    (D, "Sales agent"),
];

const MUSIC: &[(ChannelKind, &str)] = &[
    (P, "Boomplay"),
    (P, "Audiomack"),
    (P, "Spotify"),
    (P, "Apple Music"),
    (P, "Deezer"),
    (P, "YouTube Music"),
    (F, "MASA (Abidjan)"),
    (F, "Visa for Music (Rabat)"),
    (F, "Atlantic Music Expo"),
    (F, "AFRIMA"),
    (D, "Digital distributor (aggregator)"),
    (D, "Label"),
    (R, "Local radio"),
];

const PLATFORM: &[(ChannelKind, &str)] = &[
    (P, "Google Play"),
    (P, "App Store"),
    (P, "Web"),
    (F, "AfricArena"),
    (F, "VivaTech"),
    (F, "GITEX Africa"),
    (F, "Africa Tech Summit"),
    (D, "Mobile operator partnership"),
    (R, "TechCabal"),
    (R, "Disrupt Africa"),
];

/// Channels to pick from for a discipline: its own, then those every
/// project may use. The user may also type any other.
pub fn suggestions(d: Discipline) -> impl Iterator<Item = (ChannelKind, &'static str)> {
    let own: &[(ChannelKind, &str)] = match d {
        Discipline::VideoGame => GAME,
        Discipline::Webtoon => WEBTOON,
        Discipline::Immersive => XR,
        Discipline::Audiovisual => AUDIOVISUAL,
        Discipline::Music => MUSIC,
        Discipline::DigitalPlatform => PLATFORM,
        Discipline::Other => &[],
    };
    let mut seen = std::collections::HashSet::new();
    own.iter()
        .chain(FOR_ALL)
        .copied()
        .filter(move |(_, n)| seen.insert(*n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_discipline_has_its_own_channels_first() {
        assert_eq!(
            suggestions(Discipline::VideoGame).next(),
            Some((P, "Steam"))
        );
        assert!(suggestions(Discipline::Music).any(|(_, n)| n == "Boomplay"));
        assert!(suggestions(Discipline::Audiovisual).any(|(k, n)| k == F && n == "FESPACO"));
        for d in Discipline::ALL {
            let names: Vec<&str> = suggestions(d).map(|(_, n)| n).collect();
            let unique: std::collections::HashSet<_> = names.iter().collect();
            assert_eq!(unique.len(), names.len(), "{d:?}");
            assert!(names.contains(&"Instagram"));
        }
    }
}
