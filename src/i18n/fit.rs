//! The words of the audience–offer fit worksheet. The worksheet's
//! structure and wording are Canevas's own.
//!
//! French typography: a no-break space (\u{a0}) before : ; ? ! and inside
//! « », and a typographic apostrophe (’).

use super::Count;
use crate::model::fit::{AudienceKind, Evidence, Facet, OfferKind};

/// The words of Canevas's one importance scale, 1 to 5 (issue 10): the fit
/// worksheet and the feasibility studio both name its points with these.
pub const IMPORTANCE_EN: [&str; 5] = [
    "1 – minor",
    "2 – useful",
    "3 – moderate",
    "4 – important",
    "5 – essential",
];
pub const IMPORTANCE_FR: [&str; 5] = [
    "1 – mineure",
    "2 – utile",
    "3 – moyenne",
    "4 – importante",
    "5 – essentielle",
];

/// A point of the importance scale by its words (1 to 5, clamped).
fn level(words: &'static [&'static str; 5], n: u8) -> &'static str {
    words[usize::from(n.clamp(1, 5)) - 1]
}

pub struct FitStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub licence: &'static str,
    pub glance: &'static str,
    pub important_rule: &'static str,
    pub no_segments: &'static str,
    pub add_segment: &'static str,
    pub segment_name: &'static str,
    pub unnamed_segment: &'static str,
    pub audience: &'static str,
    pub offer: &'static str,
    pub add_item: &'static str,
    pub facet: &'static str,
    pub importance: &'static str,
    pub evidence: &'static str,
    pub delete_item: &'static str,
    pub item_deleted: &'static str,
    pub answers: &'static str,
    pub nothing_to_answer: &'static str,
    pub no_answer: &'static str,
    pub gap: &'static str,
    pub glance_answered: &'static str,
    pub glance_backed: &'static str,
    pub unanswered_heading: &'static str,
    pub idle_heading: &'static str,
    pub none: &'static str,
    pub no_important: &'static str,
    pub example_title: &'static str,
    pub note_and_profile_deleted: &'static str,
    // present: the worksheet presented in projector view
    pub present_empty: &'static str,

    pub audience_kind: fn(AudienceKind) -> &'static str,
    pub offer_kind: fn(OfferKind) -> &'static str,
    pub facet_name: fn(Facet) -> &'static str,
    pub evidence_name: fn(Evidence) -> &'static str,
    pub importance_name: fn(u8) -> &'static str,
    pub item_label: fn(usize) -> String,
    pub answered_by: fn(&str) -> String,
    /// Counts, then the percentage as `Intl` writes it ("75%", "75 %").
    pub fraction: fn(usize, usize, &str) -> String,
    pub coverage: fn(usize, Count, &str) -> String,
    pub backed: fn(usize, Count, &str) -> String,
    pub detached: fn(&str) -> String,
    pub broken_link: fn(&str) -> String,
}

pub const EN: FitStrings = FitStrings {
    title: "Audience–offer fit",
    intro: "For each customer segment of the canvas: what these people want to do, what gets in their way, what they hope for; then what you offer them, and which of their needs each part of the offer answers. Segments are the notes of the canvas's Customer Segments block: add or rename one here or there.",
    licence: "This worksheet, its questions and its examples are Canevas's own; you may reuse and adapt them under Creative Commons Attribution 4.0 (CC BY 4.0).",
    glance: "Fit at a glance",
    important_rule: "Important means importance 4 or 5. Answered means at least one part of the offer answers it; backed means evidence supports it rather than an assumption.",
    no_segments: "No customer segment yet. Add one here or on the canvas: each segment gets its own profile.",
    add_segment: "Add segment",
    segment_name: "Segment name",
    unnamed_segment: "Unnamed segment",
    audience: "The audience",
    offer: "Our offer",
    add_item: "Add item",
    facet: "Kind",
    importance: "Importance",
    evidence: "Evidence",
    delete_item: "Delete item",
    item_deleted: "Item deleted, with its links. Undo brings them back.",
    answers: "Answers",
    nothing_to_answer: "Add what the audience wants, what gets in their way and what they hope for, then tick here what this answers.",
    no_answer: "No answer yet",
    gap: "Important, and no answer yet",
    glance_answered: "Important items answered",
    glance_backed: "Answered items backed by evidence",
    unanswered_heading: "Important and unanswered",
    idle_heading: "Answers nothing yet",
    none: "None",
    no_important: "No important item yet (importance 4 or 5).",
    example_title: "An example for your discipline",
    note_and_profile_deleted: "Note deleted, with its audience–offer fit profile. Undo brings both back.",
    present_empty: "No segment has a profile or an offer yet.",

    audience_kind: |k| match k {
        AudienceKind::Want => "What they want to do",
        AudienceKind::Obstacle => "What gets in their way",
        AudienceKind::Hope => "What they hope for",
    },
    offer_kind: |k| match k {
        OfferKind::Deliver => "What we deliver",
        OfferKind::Remedy => "How it removes a frustration",
        OfferKind::Gain => "How it brings a gain",
    },
    facet_name: |f| match f {
        Facet::Functional => "Functional (a task)",
        Facet::Social => "Social (how others see them)",
        Facet::Emotional => "Emotional (how they feel)",
    },
    evidence_name: |e| match e {
        Evidence::Assumed => "Assumed, no evidence yet",
        Evidence::Interviews => "Interviews",
        Evidence::Playtests => "Playtests",
        Evidence::ReaderComments => "Reader comments",
        Evidence::Sales => "Sales",
        Evidence::FestivalFeedback => "Festival feedback",
        Evidence::Screenings => "Test screenings",
        Evidence::Streams => "Streams and listens",
        Evidence::UsageData => "Usage data",
        Evidence::Other => "Other evidence",
    },
    importance_name: |n| level(&IMPORTANCE_EN, n),
    item_label: |n| format!("Item {n}"),
    fraction: |part, whole, pct| format!("{part} of {whole} ({pct})"),
    answered_by: |list| format!("Answered by: {list}"),
    coverage: |answered, important, pct| {
        let items = important.pick("item", "items");
        format!("{answered} of {important} important {items} answered ({pct})")
    },
    backed: |backed, answered, pct| {
        let items = answered.pick("item", "items");
        format!("{backed} of {answered} answered important {items} backed by evidence ({pct})")
    },
    detached: |block| format!("This segment’s note is now in {block} on the canvas; its profile is kept here. Move the note back to Customer Segments, or delete it, on the canvas."),
    broken_link: |project| format!(
        "the audience–offer fit worksheet of the project “{project}” refers to a segment or an item that is not in the file, so the file was altered."
    ),
};

pub const FR: FitStrings = FitStrings {
    title: "Adéquation public–offre",
    intro: "Pour chaque segment de clientèle du canevas\u{a0}: ce que ces personnes veulent faire, ce qui les freine, ce qu’elles espèrent\u{a0}; puis ce que vous leur offrez, et à quels besoins répond chaque élément de l’offre. Les segments sont les notes du bloc Segments de clientèle du canevas\u{a0}: ajoutez-en ou renommez-les ici ou là-bas.",
    licence: "Cette fiche, ses questions et ses exemples sont propres à Canevas\u{a0}; vous pouvez les réutiliser et les adapter sous licence Creative Commons Attribution 4.0 (CC BY 4.0).",
    glance: "L’adéquation en un coup d’œil",
    important_rule: "Important veut dire d’importance 4 ou 5. Avec réponse veut dire qu’au moins un élément de l’offre y répond\u{a0}; étayé veut dire qu’une preuve le soutient plutôt qu’une supposition.",
    no_segments: "Aucun segment de clientèle pour l’instant. Ajoutez-en un ici ou sur le canevas\u{a0}: chaque segment a son propre profil.",
    add_segment: "Ajouter un segment",
    segment_name: "Nom du segment",
    unnamed_segment: "Segment sans nom",
    audience: "Le public",
    offer: "Notre offre",
    add_item: "Ajouter un élément",
    facet: "Nature",
    importance: "Importance",
    evidence: "Preuve",
    delete_item: "Supprimer l’élément",
    item_deleted: "Élément supprimé, avec ses liens. Annuler les rétablit.",
    answers: "Répond à",
    nothing_to_answer: "Ajoutez ce que le public veut faire, ce qui le freine et ce qu’il espère, puis cochez ici ce à quoi cet élément répond.",
    no_answer: "Sans réponse pour l’instant",
    gap: "Important, et sans réponse pour l’instant",
    glance_answered: "Éléments importants avec réponse",
    glance_backed: "Éléments avec réponse étayés par une preuve",
    unanswered_heading: "Important et sans réponse",
    idle_heading: "Ne répond encore à rien",
    none: "Aucun",
    no_important: "Aucun élément important pour l’instant (importance 4 ou 5).",
    example_title: "Un exemple pour votre discipline",
    note_and_profile_deleted: "Note supprimée, avec son profil d’adéquation public–offre. Annuler rétablit les deux.",
    present_empty: "Aucun segment n’a encore de profil ni d’offre.",

    audience_kind: |k| match k {
        AudienceKind::Want => "Ce qu’ils veulent faire",
        AudienceKind::Obstacle => "Ce qui les freine",
        AudienceKind::Hope => "Ce qu’ils espèrent",
    },
    offer_kind: |k| match k {
        OfferKind::Deliver => "Ce que nous proposons",
        OfferKind::Remedy => "Comment elle lève un frein",
        OfferKind::Gain => "Comment elle apporte un gain",
    },
    facet_name: |f| match f {
        Facet::Functional => "Pratique (une tâche)",
        Facet::Social => "Sociale (le regard des autres)",
        Facet::Emotional => "Émotionnelle (ce qu’ils ressentent)",
    },
    evidence_name: |e| match e {
        Evidence::Assumed => "Supposé, pas encore de preuve",
        Evidence::Interviews => "Entretiens",
        Evidence::Playtests => "Tests de jeu",
        Evidence::ReaderComments => "Commentaires de lecteurs",
        Evidence::Sales => "Ventes",
        Evidence::FestivalFeedback => "Retours de festival",
        Evidence::Screenings => "Projections tests",
        Evidence::Streams => "Écoutes en streaming",
        Evidence::UsageData => "Données d’usage",
        Evidence::Other => "Autre preuve",
    },
    importance_name: |n| level(&IMPORTANCE_FR, n),
    item_label: |n| format!("Élément {n}"),
    fraction: |part, whole, pct| format!("{part} sur {whole} ({pct})"),
    answered_by: |list| format!("Y répond\u{a0}: {list}"),
    coverage: |answered, important, pct| {
        format!("Éléments importants avec réponse\u{a0}: {answered} sur {important} ({pct})")
    },
    backed: |backed, answered, pct| {
        format!("Parmi eux, étayés par une preuve\u{a0}: {backed} sur {answered} ({pct})")
    },
    detached: |block| format!("La note de ce segment est maintenant dans {block} sur le canevas\u{a0}; son profil est gardé ici. Remettez la note dans Segments de clientèle, ou supprimez-la, sur le canevas."),
    broken_link: |project| format!(
        "la fiche d’adéquation public–offre du projet «\u{a0}{project}\u{a0}» renvoie à un segment ou à un élément absent du fichier, qui a donc été modifié."
    ),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Plural;

    #[test]
    fn both_languages_name_every_choice_differently() {
        for s in [&EN, &FR] {
            let mut seen = std::collections::HashSet::new();
            for k in AudienceKind::ALL {
                assert!(seen.insert((s.audience_kind)(*k)));
            }
            for k in OfferKind::ALL {
                assert!(seen.insert((s.offer_kind)(*k)));
            }
            for f in Facet::ALL {
                assert!(seen.insert((s.facet_name)(*f)));
            }
            for e in Evidence::ALL {
                assert!(seen.insert((s.evidence_name)(*e)));
            }
            for n in 1..=5 {
                assert!(seen.insert((s.importance_name)(n)));
            }
        }
        let four = Count {
            n: 4,
            form: Plural::Other,
        };
        assert!((FR.coverage)(3, four, "75\u{a0}%").contains("3 sur 4 (75\u{a0}%)"));
        assert_eq!(
            (EN.coverage)(3, four, "75%"),
            "3 of 4 important items answered (75%)"
        );
        let one = Count {
            n: 1,
            form: Plural::One,
        };
        assert_eq!(
            (EN.coverage)(1, one, "100%"),
            "1 of 1 important item answered (100%)"
        );
        assert_eq!(
            (EN.backed)(0, one, "0%"),
            "0 of 1 answered important item backed by evidence (0%)"
        );
    }

    #[test]
    fn importance_has_the_same_words_in_both_tools() {
        use crate::i18n::feasibility;
        for (fit, studio) in [(&EN, &feasibility::EN), (&FR, &feasibility::FR)] {
            for n in 1..=5u8 {
                assert_eq!(
                    (fit.importance_name)(n),
                    studio.importance_levels[usize::from(n) - 1]
                );
            }
        }
        assert_eq!((EN.importance_name)(4), "4 – important");
        assert_eq!((FR.importance_name)(5), "5 – essentielle");
        assert_ne!(IMPORTANCE_EN, IMPORTANCE_FR);
    }

    #[test]
    fn french_puts_a_no_break_space_before_high_punctuation() {
        let texts = [FR.intro, FR.licence, FR.important_rule, FR.no_segments];
        for t in texts {
            for (i, c) in t.char_indices() {
                if matches!(c, ':' | ';' | '?' | '!') {
                    assert!(t[..i].ends_with('\u{a0}'), "{t}");
                }
            }
        }
    }
}
