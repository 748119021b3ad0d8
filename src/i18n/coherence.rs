//! The words of the coherence panel (`ui/coherence/`, `model::coherence`).

use super::Count;
use crate::model::coherence::Rule;

pub struct CoherenceStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub gaps: &'static str,
    pub warnings: &'static str,
    pub tips: &'static str,
    /// Nothing applies yet: the project is too empty to check.
    pub nothing_to_check: &'static str,
    pub all_hold: &'static str,
    /// "Checks that hold: 7 of 9".
    pub score: fn(usize, usize) -> String,
    /// The canvas's line (see [`summary`]): the words for gaps, warnings
    /// and tips (one, other), the space between a number and its word,
    /// "Coherence: {}" and the line when nothing is found.
    pub counted: [(&'static str, &'static str); 3],
    pub number_space: &'static str,
    pub line: &'static str,
    pub line_holds: &'static str,
    pub see_all: &'static str,
    /// The link to the place to fix it: "Go to Value Propositions".
    pub fix: fn(&str) -> String,
    pub why: &'static str,
    /// A finding's button that sets its check aside for the project.
    pub dismiss: &'static str,
    /// The checks set aside, each with a button to check it again.
    pub dismissed_title: &'static str,
    pub dismissed_intro: &'static str,
    pub restore: &'static str,
    /// Said after setting a check aside and after checking it again.
    pub dismissed_said: &'static str,
    pub restored_said: &'static str,
    /// The home screen's card: "Coherence: 7 of 9 checks hold".
    pub card: fn(usize, usize) -> String,
    /// The cohort board's map of the checks projects break.
    pub cohort_title: &'static str,
    pub cohort_intro: &'static str,
    pub check: &'static str,
    pub projects: &'static str,
    /// "9 of 14 projects".
    pub of_projects: fn(Count, usize) -> String,
    /// What a finding says; `{}` stands for the user's text it is about
    /// (one sentence per rule, with no code in it: see [`finding`]).
    pub finding: fn(Rule) -> &'static str,
    /// Why it matters for a creative project.
    pub reason: fn(Rule) -> &'static str,
}

pub const EN: CoherenceStrings = CoherenceStrings {
    title: "Coherence",
    intro: "Where the parts of your business model do not hold together yet: the canvas, the fit worksheet, the feasibility studio and the diffusion plan checked against each other. Notes are tied to a customer segment by colour.",
    gaps: "Gaps",
    warnings: "Warnings",
    tips: "Tips",
    nothing_to_check: "Nothing to check yet: add customer segments, value propositions and the other blocks, and the checks begin.",
    all_hold: "Every check that applies holds.",
    score: |held, of| format!("Checks that hold: {held} of {of}"),
    counted: [("gap", "gaps"), ("warning", "warnings"), ("tip", "tips")],
    number_space: " ",
    line: "Coherence: {}",
    line_holds: "Coherence: every check that applies holds",
    see_all: "See what does not hold",
    fix: |place| format!("Go to {place}"),
    why: "Why it matters:",
    dismiss: "Not relevant for us",
    dismissed_title: "Checks set aside",
    dismissed_intro: "Your team found these checks not relevant for this project: they are not shown above and not counted in the score.",
    restore: "Check again",
    dismissed_said: "Check set aside for this project. Undo brings it back.",
    restored_said: "Check back in the list.",
    card: |held, of| format!("Coherence: {held} of {of} checks hold"),
    cohort_title: "Coherence across the cohort",
    cohort_intro: "The checks most projects do not pass yet, to plan the next session on the gaps they share.",
    check: "Check",
    projects: "Projects",
    of_projects: |n, of| format!("{n} of {of} {}", if of == 1 { "project" } else { "projects" }),
    finding: |rule| match rule {
        Rule::SegmentsUntied => "No customer segment has a colour (“{}”…)",
        Rule::SegmentWithoutValue => "No value proposition serves “{}”",
        Rule::SegmentWithoutChannel => "No channel reaches “{}”",
        Rule::SegmentWithoutRelationship => "“{}” has no customer relationship and no revenue stream",
        Rule::ValueWithoutSegment => "“{}” serves no customer segment",
        Rule::RevenueWithoutSegment => "No customer segment pays “{}”",
        Rule::ChannelWithoutSegment => "The channel “{}” reaches no customer segment",
        Rule::ActivitiesWithoutCost => "Key activities and resources (“{}”…) but no cost structure",
        Rule::CostWithoutActivity => "Costs (“{}”…) but no key activity or resource",
        Rule::NeedWithoutAnswer => "Nothing in the offer answers “{}”",
        Rule::OfferAnswersNothing => "“{}” answers no need of the audience",
        Rule::AssumptionUntested => "“{}” is risky and has no test",
        Rule::TestWithoutDecision => "The test “{}” ran and has no decision",
        Rule::AudienceWithoutSegment => "No diffusion audience (“{}”…) is one of the canvas's segments",
        Rule::BudgetLineUnfunded => "Nothing funds the budget line “{}”",
        Rule::KpiWithoutTarget => "The KPI “{}” has no target or no date",
        Rule::DeadlinePassed => "The deadline of “{}” has passed and it is still planned",
        Rule::MilestoneAfterLaunch => "The MVP milestone “{}” comes after the launch",
    },
    reason: |rule| match rule {
        Rule::SegmentsUntied => "Give each segment a colour, then colour the notes that serve it: Canevas can then show which audience each proposition, channel and revenue is for.",
        Rule::SegmentWithoutValue => "An audience with nothing made for it is not yet a market: say what this work gives them.",
        Rule::SegmentWithoutChannel => "A work no one can find does not reach its audience: a festival, a platform, a shop or a community has to carry it.",
        Rule::SegmentWithoutRelationship => "How you keep this audience and what it brings in decide whether the project lasts beyond its launch.",
        Rule::ValueWithoutSegment => "A proposition no audience is named for is hard to test: say who it is for, or give it that segment's colour.",
        Rule::RevenueWithoutSegment => "Money comes from someone: a viewer, a player, a platform, a funder. Name who pays for this.",
        Rule::ChannelWithoutSegment => "Each channel costs time and money: keep those that reach an audience you chose.",
        Rule::ActivitiesWithoutCost => "Making, promoting and touring cost money even when the team is unpaid: count it before funders ask.",
        Rule::CostWithoutActivity => "A cost with no activity or resource behind it is hard to defend in a budget: say what it pays for.",
        Rule::NeedWithoutAnswer => "This matters to the audience and nothing in the offer meets it: the first thing a test will show.",
        Rule::OfferAnswersNothing => "A feature that answers no need is work to cut or to justify: link it to the need it meets.",
        Rule::AssumptionUntested => "The whole plan leans on it and nothing shows it is true yet: plan a small, cheap test first.",
        Rule::TestWithoutDecision => "A test is worth what you decide from it: persevere, pivot or drop.",
        Rule::AudienceWithoutSegment => "The diffusion plan should reach the audiences the canvas is built for: tie each audience to its segment.",
        Rule::BudgetLineUnfunded => "An expense with no funding source is a hole in the budget: name a grant, a sale or your own funds.",
        Rule::KpiWithoutTarget => "A number to watch needs a target and a date, or no one can say whether the launch worked.",
        Rule::DeadlinePassed => "Festivals and markets do not wait: mark it submitted, or plan the next edition.",
        Rule::MilestoneAfterLaunch => "The MVP has to be ready before it is launched: move the milestone or the launch.",
    },
};

pub const FR: CoherenceStrings = CoherenceStrings {
    title: "Cohérence",
    intro: "Là où les parties de votre modèle économique ne tiennent pas encore ensemble\u{a0}: le canevas, la grille d’adéquation, le studio de faisabilité et le plan de diffusion vérifiés les uns par rapport aux autres. Les notes sont liées à un segment de clientèle par leur couleur.",
    gaps: "Manques",
    warnings: "Incohérences",
    tips: "Conseils",
    nothing_to_check: "Rien à vérifier pour l’instant\u{a0}: ajoutez des segments de clientèle, des propositions de valeur et les autres blocs, et les vérifications commencent.",
    all_hold: "Toutes les vérifications qui s’appliquent tiennent.",
    score: |held, of| format!("Vérifications qui tiennent\u{a0}: {held} sur {of}"),
    counted: [
        ("manque", "manques"),
        ("incohérence", "incohérences"),
        ("conseil", "conseils"),
    ],
    number_space: "\u{a0}",
    line: "Cohérence\u{a0}: {}",
    line_holds: "Cohérence\u{a0}: toutes les vérifications qui s’appliquent tiennent",
    see_all: "Voir ce qui ne tient pas",
    fix: |place| format!("Aller à {place}"),
    why: "Pourquoi c’est important\u{a0}:",
    dismiss: "Pas pertinent pour nous",
    dismissed_title: "Vérifications écartées",
    dismissed_intro: "Votre équipe a jugé ces vérifications sans objet pour ce projet\u{a0}: elles ne sont ni affichées plus haut ni comptées dans le score.",
    restore: "Vérifier à nouveau",
    dismissed_said: "Vérification écartée pour ce projet. Annuler la rétablit.",
    restored_said: "Vérification de retour dans la liste.",
    card: |held, of| {
        let (s, verb) = if held > 1 { ("s", "tiennent") } else { ("", "tient") };
        format!("Cohérence\u{a0}: {held} vérification{s} sur {of} {verb}")
    },
    cohort_title: "La cohérence dans la cohorte",
    cohort_intro: "Les vérifications que la plupart des projets ne passent pas encore, pour préparer la prochaine séance sur les manques qu’ils partagent.",
    check: "Vérification",
    projects: "Projets",
    of_projects: |n, of| format!("{n} projet{} sur {of}", n.pick("", "s")),
    finding: |rule| match rule {
        Rule::SegmentsUntied => "Aucun segment de clientèle n’a de couleur («\u{a0}{}\u{a0}»…)",
        Rule::SegmentWithoutValue => "Aucune proposition de valeur ne sert «\u{a0}{}\u{a0}»",
        Rule::SegmentWithoutChannel => "Aucun canal n’atteint «\u{a0}{}\u{a0}»",
        Rule::SegmentWithoutRelationship => "«\u{a0}{}\u{a0}» n’a ni relation client ni source de revenus",
        Rule::ValueWithoutSegment => "«\u{a0}{}\u{a0}» ne sert aucun segment de clientèle",
        Rule::RevenueWithoutSegment => "Aucun segment de clientèle ne paie «\u{a0}{}\u{a0}»",
        Rule::ChannelWithoutSegment => "Le canal «\u{a0}{}\u{a0}» n’atteint aucun segment de clientèle",
        Rule::ActivitiesWithoutCost => "Des activités et ressources clés («\u{a0}{}\u{a0}»…) mais aucune structure de coûts",
        Rule::CostWithoutActivity => "Des coûts («\u{a0}{}\u{a0}»…) mais aucune activité ni ressource clé",
        Rule::NeedWithoutAnswer => "Rien dans l’offre ne répond à «\u{a0}{}\u{a0}»",
        Rule::OfferAnswersNothing => "«\u{a0}{}\u{a0}» ne répond à aucun besoin du public",
        Rule::AssumptionUntested => "«\u{a0}{}\u{a0}» est risquée et n’a pas de test",
        Rule::TestWithoutDecision => "Le test «\u{a0}{}\u{a0}» a eu lieu et n’a pas de décision",
        Rule::AudienceWithoutSegment => "Aucun public de diffusion («\u{a0}{}\u{a0}»…) n’est un segment du canevas",
        Rule::BudgetLineUnfunded => "Rien ne finance la ligne de budget «\u{a0}{}\u{a0}»",
        Rule::KpiWithoutTarget => "L’indicateur «\u{a0}{}\u{a0}» n’a pas d’objectif ou pas de date",
        Rule::DeadlinePassed => "La date limite de «\u{a0}{}\u{a0}» est passée et la candidature est encore prévue",
        Rule::MilestoneAfterLaunch => "L’étape du MVP «\u{a0}{}\u{a0}» vient après le lancement",
    },
    reason: |rule| match rule {
        Rule::SegmentsUntied => "Donnez une couleur à chaque segment, puis colorez les notes qui le servent\u{a0}: Canevas peut alors montrer à quel public s’adresse chaque proposition, canal et revenu.",
        Rule::SegmentWithoutValue => "Un public pour qui rien n’est fait n’est pas encore un marché\u{a0}: dites ce que l’œuvre lui apporte.",
        Rule::SegmentWithoutChannel => "Une œuvre que personne ne trouve n’atteint pas son public\u{a0}: un festival, une plateforme, une boutique ou une communauté doit la porter.",
        Rule::SegmentWithoutRelationship => "La façon de garder ce public et ce qu’il rapporte décident si le projet dure après son lancement.",
        Rule::ValueWithoutSegment => "Une proposition sans public nommé est difficile à tester\u{a0}: dites pour qui elle est, ou donnez-lui la couleur de ce segment.",
        Rule::RevenueWithoutSegment => "L’argent vient de quelqu’un\u{a0}: un spectateur, un joueur, une plateforme, un financeur. Nommez qui paie.",
        Rule::ChannelWithoutSegment => "Chaque canal coûte du temps et de l’argent\u{a0}: gardez ceux qui atteignent un public choisi.",
        Rule::ActivitiesWithoutCost => "Créer, promouvoir et tourner coûtent de l’argent même quand l’équipe n’est pas payée\u{a0}: comptez-le avant que les financeurs ne le demandent.",
        Rule::CostWithoutActivity => "Un coût sans activité ni ressource derrière lui est difficile à défendre dans un budget\u{a0}: dites ce qu’il paie.",
        Rule::NeedWithoutAnswer => "Cela compte pour le public et rien dans l’offre n’y répond\u{a0}: c’est la première chose qu’un test montrera.",
        Rule::OfferAnswersNothing => "Une fonction qui ne répond à aucun besoin est du travail à couper ou à justifier\u{a0}: reliez-la au besoin qu’elle sert.",
        Rule::AssumptionUntested => "Tout le plan repose sur elle et rien ne montre encore qu’elle est vraie\u{a0}: prévoyez d’abord un petit test peu coûteux.",
        Rule::TestWithoutDecision => "Un test vaut ce que l’on en décide\u{a0}: persévérer, pivoter ou abandonner.",
        Rule::AudienceWithoutSegment => "Le plan de diffusion doit atteindre les publics pour lesquels le canevas est construit\u{a0}: liez chaque public à son segment.",
        Rule::BudgetLineUnfunded => "Une dépense sans source de financement est un trou dans le budget\u{a0}: nommez une subvention, une vente ou vos fonds propres.",
        Rule::KpiWithoutTarget => "Un chiffre à suivre a besoin d’un objectif et d’une date, sinon personne ne peut dire si le lancement a réussi.",
        Rule::DeadlinePassed => "Les festivals et les marchés n’attendent pas\u{a0}: marquez la candidature envoyée, ou prévoyez la prochaine édition.",
        Rule::MilestoneAfterLaunch => "Le MVP doit être prêt avant d’être lancé\u{a0}: déplacez l’étape ou le lancement.",
    },
};

/// The canvas's line for these numbers of gaps, warnings and tips:
/// "Coherence: 1 gap, 2 warnings".
pub fn summary(s: &CoherenceStrings, counts: [Count; 3]) -> String {
    let parts: Vec<String> = counts
        .into_iter()
        .zip(s.counted)
        .filter(|(n, _)| n.n > 0)
        .map(|(n, (one, other))| format!("{n}{}{}", s.number_space, n.pick(one, other)))
        .collect();
    if parts.is_empty() {
        s.line_holds.to_owned()
    } else {
        s.line.replacen("{}", &parts.join(", "), 1)
    }
}

/// A finding's sentence about `about`, the user's own text.
pub fn finding(s: &CoherenceStrings, rule: Rule, about: &str) -> String {
    (s.finding)(rule).replacen("{}", about, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Plural;

    #[test]
    fn every_rule_is_said_and_explained_in_both_languages() {
        for rule in Rule::ALL {
            for s in [&EN, &FR] {
                assert_eq!((s.finding)(rule).matches("{}").count(), 1, "{rule:?}");
                assert!(finding(s, rule, "Kola").contains("Kola"), "{rule:?}");
                assert!((s.reason)(rule).len() > 40, "{rule:?}");
            }
            assert_ne!((EN.finding)(rule), (FR.finding)(rule));
            assert_ne!((EN.reason)(rule), (FR.reason)(rule));
        }
    }

    fn count(n: usize) -> Count {
        let form = if n == 1 { Plural::One } else { Plural::Other };
        Count { n, form }
    }

    #[test]
    fn the_summary_counts_in_words() {
        let line = summary(&EN, [count(1), count(2), count(0)]);
        assert_eq!(line, "Coherence: 1 gap, 2 warnings");
        let line = summary(&FR, [count(0), count(0), count(1)]);
        assert_eq!(line, "Cohérence\u{a0}: 1\u{a0}conseil");
        let line = summary(&EN, [count(0), count(0), count(0)]);
        assert_eq!(line, "Coherence: every check that applies holds");
        assert_eq!((EN.score)(1, 4), "Checks that hold: 1 of 4");
        assert_eq!((EN.card)(7, 9), "Coherence: 7 of 9 checks hold");
        assert_eq!(
            (FR.card)(1, 9),
            "Cohérence\u{a0}: 1 vérification sur 9 tient"
        );
        assert_eq!(
            (FR.card)(7, 9),
            "Cohérence\u{a0}: 7 vérifications sur 9 tiennent"
        );
    }
}
