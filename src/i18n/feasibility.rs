//! The feasibility studio's words, in English and French. Readiness levels
//! and criteria are described in our own words for creative projects.

use super::Count;
use crate::model::feasibility::{
    Addable, CardField, Confidence, Criterion, Decision, Group, Lens, Method, Quadrant,
};

pub struct FeasibilityStrings {
    pub title: &'static str,
    pub intro: &'static str,
    pub deleted: &'static str,
    pub delete: &'static str,
    pub not_set: &'static str,
    /// Between a name and what follows (French puts a no-break space before).
    pub colon: &'static str,

    pub summary_title: &'static str,
    pub radar_title: &'static str,
    pub group: &'static str,
    pub average: &'static str,
    pub overall: &'static str,
    pub top_risks: &'static str,
    pub no_risks: &'static str,
    pub next_tests: &'static str,
    pub none_to_test: &'static str,
    pub readiness_title: &'static str,
    pub product_readiness: &'static str,
    pub market_readiness: &'static str,
    pub product_levels: [&'static str; 10],
    pub market_levels: [&'static str; 10],

    pub assumptions_title: &'static str,
    pub assumptions_help: &'static str,
    pub grid_title: &'static str,
    pub grid_help: &'static str,
    pub more_important: &'static str,
    pub more_evidence: &'static str,
    pub add_assumption: &'static str,
    pub assumption: &'static str,
    pub test_card: &'static str,
    pub belief: &'static str,
    pub lens: &'static str,
    pub comes_from: &'static str,
    pub note: &'static str,
    pub whole_block: &'static str,
    pub importance: &'static str,
    pub evidence: &'static str,
    /// Canevas's one importance scale (1–5), the fit worksheet's words.
    pub importance_levels: [&'static str; 5],
    pub evidence_levels: [&'static str; 4],
    pub no_text: &'static str,
    pub dropped: &'static str,

    pub tests_title: &'static str,
    pub tests_help: &'static str,
    pub no_assumptions: &'static str,
    pub add_test: &'static str,
    pub method: &'static str,
    pub learning: &'static str,
    pub decision: &'static str,
    pub not_decided: &'static str,

    pub scorecard_title: &'static str,
    pub scorecard_help: &'static str,
    pub score: &'static str,
    pub confidence: &'static str,
    pub evidence_note: &'static str,
    pub add_criterion: &'static str,
    pub criterion: &'static str,

    pub risks_title: &'static str,
    pub add_risk: &'static str,
    pub risk: &'static str,
    pub likelihood: &'static str,
    pub impact: &'static str,
    pub owner: &'static str,
    pub mitigation: &'static str,
    pub heat_map: &'static str,
    pub likelihood_levels: [&'static str; 5],
    pub impact_levels: [&'static str; 5],

    pub mvp_title: &'static str,
    pub includes: &'static str,
    pub excludes: &'static str,
    pub one_a_line: &'static str,
    pub milestones: &'static str,
    pub add_milestone: &'static str,
    pub milestone: &'static str,
    pub date: &'static str,
    pub needs_team: &'static str,
    pub budget: &'static str,
    pub currency: &'static str,
    // present: the studio presented in projector view
    pub no_assumption_yet: &'static str,
    pub no_tests: &'static str,
    pub mvp_empty: &'static str,

    pub lens_name: fn(Lens) -> &'static str,
    pub quadrant_name: fn(Quadrant) -> &'static str,
    pub method_name: fn(Method) -> &'static str,
    pub decision_name: fn(Decision) -> &'static str,
    pub card_field: fn(CardField) -> &'static str,
    pub group_name: fn(Group) -> &'static str,
    pub criterion_name: fn(Criterion) -> &'static str,
    pub confidence_name: fn(Confidence) -> &'static str,
    /// "Assumption 2", "Test card 1"...: what, and its number.
    pub numbered: fn(&str, usize) -> String,
    /// Announced when a card moves on the grid: text, importance, evidence,
    /// quadrant.
    pub placed: fn(&str, &str, &str, &str) -> String,
    pub level: fn(u8, &str) -> String,
    /// An average, written by `Intl` (`None`: not scored yet).
    pub mean: fn(Option<&str>) -> String,
    pub exposure: fn(u8) -> String,
    pub repaired: fn(&str, Count, Count) -> String,
    /// Why nothing more can be added to a list: it is at its cap.
    pub limit_reached: fn(Addable) -> String,
}

pub const EN: FeasibilityStrings = FeasibilityStrings {
    title: "Feasibility",
    intro: "Test the concept before you build it all: list what must be true, test the riskiest beliefs first, score the project honestly, and keep the MVP small.",
    deleted: "Deleted. Undo brings it back.",
    delete: "Delete",
    not_set: "Not set",
    colon: ": ",

    summary_title: "Summary",
    radar_title: "Scorecard by group",
    group: "Group",
    average: "Average (1–5)",
    overall: "Overall",
    top_risks: "Top risks",
    no_risks: "No risk recorded yet.",
    next_tests: "Assumptions to test next",
    none_to_test: "No important assumption is waiting for evidence.",
    readiness_title: "Readiness",
    product_readiness: "Product readiness",
    market_readiness: "Market readiness",
    product_levels: [
        "An idea: nothing made yet.",
        "Written down: a concept, synopsis, pitch or moodboard.",
        "Sketched: first drafts, storyboard, demo track or paper prototype.",
        "A first piece works: a scene, a level, an episode or a track proves the core idea.",
        "A rough prototype, made with the team's own means, shown to a few people.",
        "A prototype tried by real audience members outside the team.",
        "A complete demo or pilot: vertical slice, pilot episode, EP, trailer.",
        "A near-final version tried in real conditions: festival, beta, preview.",
        "Finished and ready to release: mastered, certified, delivered to the platform.",
        "Out and kept alive: released, updated, with a plan for what comes next.",
    ],
    market_levels: [
        "A guess: we have not yet said who it is for.",
        "An audience named: we know who we think it is for.",
        "People heard: we have talked with some of them.",
        "A wish or a problem confirmed by several conversations.",
        "Interest shown: sign-ups, followers, comments, people asking for more.",
        "A partner or buyer in talks: publisher, broadcaster, platform, label, festival.",
        "A commitment: letter of intent, pre-sales, a crowdfunding goal or a grant won.",
        "First income, or first screenings and plays for a paying audience.",
        "Regular sales or a growing audience through channels we know.",
        "A market that pays again and again: repeat buyers, renewals, a loyal audience.",
    ],

    assumptions_title: "Assumptions map",
    assumptions_help: "What must be true for the project to work? Write each belief, say where on the canvas it comes from, and place it by how important it is and how much evidence you have.",
    grid_title: "Importance and evidence",
    grid_help: "Drag a card to a cell, or focus it and use the arrow keys: Up and Down change its importance, Left and Right its evidence. Test the top-left corner first.",
    more_important: "More important",
    more_evidence: "More evidence",
    add_assumption: "Add an assumption",
    assumption: "Assumption",
    test_card: "Test card",
    belief: "Belief",
    lens: "Kind",
    comes_from: "Comes from",
    note: "Note",
    whole_block: "The whole block",
    importance: "Importance",
    evidence: "Evidence",
    importance_levels: super::fit::IMPORTANCE_EN,
    evidence_levels: ["1 – none yet", "2 – a few signs", "3 – some data", "4 – strong proof"],
    no_text: "(no text yet)",
    dropped: "Dropped",

    tests_title: "Test cards and learning cards",
    tests_help: "For each belief, plan a test: what you expect, how you will test it, what you will measure and what result counts as success. Once it has run, say what you saw, what you learned and what you decide. A decision adds one step of evidence to the belief.",
    no_assumptions: "Add an assumption first: tests are planned for a belief.",
    add_test: "Add a test card",
    method: "Test",
    learning: "Learning card",
    decision: "Decision",
    not_decided: "Not decided yet",

    scorecard_title: "Feasibility scorecard",
    scorecard_help: "Score each criterion from 1 (weak) to 5 (strong), say what the score rests on and how sure you are. Leave a criterion unscored rather than guess. The criteria follow the project's discipline; add your own.",
    score: "Score",
    confidence: "Confidence",
    evidence_note: "Evidence",
    add_criterion: "Add a criterion",
    criterion: "Criterion",

    risks_title: "Risk register",
    add_risk: "Add a risk",
    risk: "Risk",
    likelihood: "Likelihood",
    impact: "Impact",
    owner: "Owner",
    mitigation: "Mitigation",
    heat_map: "Heat map: risks by likelihood and impact",
    likelihood_levels: ["1 – rare", "2 – unlikely", "3 – possible", "4 – likely", "5 – almost certain"],
    impact_levels: ["1 – minor", "2 – noticeable", "3 – serious", "4 – major", "5 – fatal"],

    mvp_title: "MVP scope",
    includes: "What the MVP includes",
    excludes: "What it leaves out",
    one_a_line: "One item a line.",
    milestones: "Milestones",
    add_milestone: "Add a milestone",
    milestone: "Milestone",
    date: "Date",
    needs_team: "Team it needs",
    budget: "Budget it needs",
    currency: "Currency",
    no_assumption_yet: "No assumption yet.",
    no_tests: "No test card yet.",
    mvp_empty: "The MVP’s scope is not written yet.",

    lens_name: |l| match l {
        Lens::Desirability => "Desirability: will people want it?",
        Lens::Viability => "Viability: can it pay its way?",
        Lens::Feasibility => "Feasibility: can we make it?",
    },
    quadrant_name: |q| match q {
        Quadrant::TestFirst => "Test first",
        Quadrant::Proven => "Backed by evidence",
        Quadrant::Later => "Test later",
        Quadrant::Settled => "Settled",
    },
    method_name: |m| match m {
        Method::Interview => "Interviews",
        Method::Playtest => "Prototype playtest",
        Method::LandingPage => "Landing page",
        Method::PreSale => "Pre-sale",
        Method::Crowdfunding => "Crowdfunding page",
        Method::Screening => "Festival or test screening",
        Method::Survey => "Survey",
        Method::Pilot => "Pilot with a partner",
        Method::Other => "Other",
    },
    decision_name: |d| match d {
        Decision::Persevere => "Persevere",
        Decision::Pivot => "Pivot",
        Decision::Drop => "Drop",
    },
    card_field: |f| match f {
        CardField::Hypothesis => "We believe that",
        CardField::Metric => "We will measure",
        CardField::Threshold => "Success if",
        CardField::Cost => "Cost",
        CardField::Duration => "Duration",
        CardField::Observed => "What we observed",
        CardField::Learned => "What we learned",
    },
    group_name: |g| match g {
        Group::Technical => "Technical",
        Group::Commercial => "Commercial",
        Group::Financial => "Financial",
        Group::Legal => "Legal",
        Group::Team => "Team",
    },
    criterion_name: |c| match c {
        Criterion::TeamSkills => "Skills in the team",
        Criterion::ToolsPipeline => "Tools and pipeline",
        Criterion::ProductionTime => "Production time",
        Criterion::TechnicalRisk => "Technical risk under control",
        Criterion::EnginePlatform => "Engine and platform certification",
        Criterion::HardwareAccess => "Access to headsets and devices",
        Criterion::Hosting => "Hosting and growth in users",
        Criterion::AudienceSize => "Audience size",
        Criterion::WillingnessToPay => "Willingness to pay",
        Criterion::Competition => "Room among competitors",
        Criterion::ChannelAccess => "Access to channels",
        Criterion::BroadcasterInterest => "Broadcaster or distributor interest",
        Criterion::PublisherInterest => "Publisher or platform interest",
        Criterion::StoreVisibility => "Visibility on stores and streaming platforms",
        Criterion::Budget => "Budget",
        Criterion::Grants => "Grants secured",
        Criterion::CoProduction => "Co-production secured",
        Criterion::PreSales => "Pre-sales",
        Criterion::Crowdfunding => "Crowdfunding",
        Criterion::Rights => "Rights to the story and characters",
        Criterion::Licences => "Licences for tools and assets",
        Criterion::MusicIpClearance => "Music and image clearance",
        Criterion::CollectingSociety => "Registration with a collecting society",
        Criterion::TeamCommitment => "Time the team can give",
        Criterion::TeamRoles => "Key roles filled",
    },
    confidence_name: |c| match c {
        Confidence::Low => "Low",
        Confidence::Medium => "Medium",
        Confidence::High => "High",
    },
    numbered: |what, n| format!("{what} {n}"),
    placed: |text, importance, evidence, quadrant| {
        format!("“{text}”: importance {importance}, evidence {evidence}. {quadrant}.")
    },
    level: |n, text| format!("{n} – {text}"),
    mean: |v| v.map_or_else(|| "not scored".into(), str::to_owned),
    exposure: |n| format!("exposure {n} of 25"),
    limit_reached: |what| {
        let items = match what {
            Addable::Assumption => "assumptions",
            Addable::Test => "test cards for one assumption",
            Addable::Criterion => "criteria of your own",
            Addable::Risk => "risks",
            Addable::Milestone => "milestones",
        };
        format!("You have reached the limit of {} {items}.", what.cap())
    },
    repaired: |project, notes, dates| {
        let mut parts = Vec::new();
        if notes.n > 0 {
            parts.push(notes.pick(
                format!("{notes} assumption pointed to a note no longer on the canvas; it now points to its block"),
                format!("{notes} assumptions pointed to notes no longer on the canvas; they now point to their blocks"),
            ));
        }
        if dates.n > 0 {
            parts.push(dates.pick(
                format!("{dates} milestone date that was not a real date was cleared"),
                format!("{dates} milestone dates that were not real dates were cleared"),
            ));
        }
        format!("In “{project}”, {}.", parts.join(", and "))
    },
};

pub const FR: FeasibilityStrings = FeasibilityStrings {
    title: "Faisabilité",
    intro: "Testez le concept avant de tout construire\u{a0}: listez ce qui doit être vrai, testez d’abord les croyances les plus risquées, notez le projet honnêtement et gardez un MVP petit.",
    deleted: "Supprimé. «\u{a0}Annuler\u{a0}» le rétablit.",
    delete: "Supprimer",
    not_set: "Non renseigné",
    colon: "\u{a0}: ",

    summary_title: "En bref",
    radar_title: "Grille de faisabilité par groupe",
    group: "Groupe",
    average: "Moyenne (1–5)",
    overall: "Ensemble",
    top_risks: "Risques principaux",
    no_risks: "Aucun risque noté pour l’instant.",
    next_tests: "Hypothèses à tester ensuite",
    none_to_test: "Aucune hypothèse importante n’attend de preuves.",
    readiness_title: "Maturité",
    product_readiness: "Maturité du produit",
    market_readiness: "Maturité du marché",
    product_levels: [
        "Une idée\u{a0}: rien n’est encore fait.",
        "Mis par écrit\u{a0}: un concept, un synopsis, un pitch ou une planche d’ambiance.",
        "Esquissé\u{a0}: premières ébauches, storyboard, maquette sonore ou prototype papier.",
        "Un premier morceau marche\u{a0}: une scène, un niveau, un épisode ou un titre prouve l’idée.",
        "Un prototype brut, fait avec les moyens de l’équipe, montré à quelques personnes.",
        "Un prototype essayé par de vrais membres du public, hors de l’équipe.",
        "Une démo ou un pilote complet\u{a0}: tranche verticale, épisode pilote, EP, bande-annonce.",
        "Une version presque finale essayée en conditions réelles\u{a0}: festival, bêta, avant-première.",
        "Fini et prêt à sortir\u{a0}: masterisé, certifié, livré à la plateforme.",
        "Sorti et entretenu\u{a0}: publié, mis à jour, avec un plan pour la suite.",
    ],
    market_levels: [
        "Une supposition\u{a0}: nous n’avons pas encore dit pour qui c’est.",
        "Un public nommé\u{a0}: nous savons pour qui nous pensons le faire.",
        "Des personnes écoutées\u{a0}: nous avons parlé avec certaines d’entre elles.",
        "Une envie ou un problème confirmé par plusieurs conversations.",
        "Un intérêt visible\u{a0}: inscriptions, abonnés, commentaires, demandes de suite.",
        "Un partenaire ou acheteur en discussion\u{a0}: éditeur, diffuseur, plateforme, label, festival.",
        "Un engagement\u{a0}: lettre d’intention, préventes, objectif de financement participatif ou subvention obtenus.",
        "Premiers revenus, ou premières projections et parties pour un public payant.",
        "Des ventes régulières ou un public qui grandit par des canaux connus.",
        "Un marché qui paie encore et encore\u{a0}: acheteurs fidèles, renouvellements, public attaché.",
    ],

    assumptions_title: "Carte des hypothèses",
    assumptions_help: "Que faut-il qui soit vrai pour que le projet marche\u{a0}? Écrivez chaque croyance, dites de quel endroit du canevas elle vient, et placez-la selon son importance et les preuves dont vous disposez.",
    grid_title: "Importance et preuves",
    grid_help: "Faites glisser une carte dans une case, ou donnez-lui le focus et utilisez les flèches\u{a0}: Haut et Bas changent son importance, Gauche et Droite ses preuves. Testez d’abord le coin en haut à gauche.",
    more_important: "Plus important",
    more_evidence: "Plus de preuves",
    add_assumption: "Ajouter une hypothèse",
    assumption: "Hypothèse",
    test_card: "Carte de test",
    belief: "Croyance",
    lens: "Nature",
    comes_from: "Vient de",
    note: "Note",
    whole_block: "Tout le bloc",
    importance: "Importance",
    evidence: "Preuves",
    importance_levels: super::fit::IMPORTANCE_FR,
    evidence_levels: ["1 – aucune", "2 – quelques signes", "3 – des données", "4 – preuve solide"],
    no_text: "(pas encore de texte)",
    dropped: "Abandonnée",

    tests_title: "Cartes de test et cartes d’apprentissage",
    tests_help: "Pour chaque croyance, préparez un test\u{a0}: ce que vous attendez, comment vous testez, ce que vous mesurez et quel résultat compte comme un succès. Une fois le test fait, dites ce que vous avez vu, appris et décidé. Une décision ajoute un cran de preuves à la croyance.",
    no_assumptions: "Ajoutez d’abord une hypothèse\u{a0}: un test se prépare pour une croyance.",
    add_test: "Ajouter une carte de test",
    method: "Test",
    learning: "Carte d’apprentissage",
    decision: "Décision",
    not_decided: "Pas encore décidé",

    scorecard_title: "Grille de faisabilité",
    scorecard_help: "Notez chaque critère de 1 (faible) à 5 (solide), dites sur quoi repose la note et à quel point vous en êtes sûrs. Mieux vaut laisser un critère sans note que deviner. Les critères suivent la discipline du projet\u{a0}; ajoutez les vôtres.",
    score: "Note",
    confidence: "Confiance",
    evidence_note: "Preuves",
    add_criterion: "Ajouter un critère",
    criterion: "Critère",

    risks_title: "Registre des risques",
    add_risk: "Ajouter un risque",
    risk: "Risque",
    likelihood: "Probabilité",
    impact: "Impact",
    owner: "Responsable",
    mitigation: "Parade",
    heat_map: "Carte de chaleur\u{a0}: les risques par probabilité et impact",
    likelihood_levels: ["1 – rare", "2 – peu probable", "3 – possible", "4 – probable", "5 – presque certain"],
    impact_levels: ["1 – mineur", "2 – sensible", "3 – sérieux", "4 – majeur", "5 – fatal"],

    mvp_title: "Périmètre du MVP",
    includes: "Ce que le MVP comprend",
    excludes: "Ce qu’il laisse de côté",
    one_a_line: "Un élément par ligne.",
    milestones: "Jalons",
    add_milestone: "Ajouter un jalon",
    milestone: "Jalon",
    date: "Date",
    needs_team: "Équipe nécessaire",
    budget: "Budget nécessaire",
    currency: "Devise",
    no_assumption_yet: "Aucune hypothèse pour l’instant.",
    no_tests: "Aucune carte de test pour l’instant.",
    mvp_empty: "Le périmètre du MVP n’est pas encore écrit.",

    lens_name: |l| match l {
        Lens::Desirability => "Désirabilité\u{a0}: le public en voudra-t-il\u{a0}?",
        Lens::Viability => "Viabilité\u{a0}: le projet peut-il vivre de ses revenus\u{a0}?",
        Lens::Feasibility => "Faisabilité\u{a0}: pouvons-nous le faire\u{a0}?",
    },
    quadrant_name: |q| match q {
        Quadrant::TestFirst => "À tester d’abord",
        Quadrant::Proven => "Appuyée par des preuves",
        Quadrant::Later => "À tester plus tard",
        Quadrant::Settled => "Réglée",
    },
    method_name: |m| match m {
        Method::Interview => "Entretiens",
        Method::Playtest => "Test de prototype",
        Method::LandingPage => "Page d’atterrissage",
        Method::PreSale => "Prévente",
        Method::Crowdfunding => "Page de financement participatif",
        Method::Screening => "Projection en festival ou test",
        Method::Survey => "Questionnaire",
        Method::Pilot => "Pilote avec un partenaire",
        Method::Other => "Autre",
    },
    decision_name: |d| match d {
        Decision::Persevere => "Persévérer",
        Decision::Pivot => "Pivoter",
        Decision::Drop => "Abandonner",
    },
    card_field: |f| match f {
        CardField::Hypothesis => "Nous pensons que",
        CardField::Metric => "Nous mesurerons",
        CardField::Threshold => "Succès si",
        CardField::Cost => "Coût",
        CardField::Duration => "Durée",
        CardField::Observed => "Ce que nous avons observé",
        CardField::Learned => "Ce que nous avons appris",
    },
    group_name: |g| match g {
        Group::Technical => "Technique",
        Group::Commercial => "Commercial",
        Group::Financial => "Financier",
        Group::Legal => "Juridique",
        Group::Team => "Équipe",
    },
    criterion_name: |c| match c {
        Criterion::TeamSkills => "Compétences dans l’équipe",
        Criterion::ToolsPipeline => "Outils et chaîne de production",
        Criterion::ProductionTime => "Temps de production",
        Criterion::TechnicalRisk => "Risque technique maîtrisé",
        Criterion::EnginePlatform => "Moteur et certification des plateformes",
        Criterion::HardwareAccess => "Accès aux casques et appareils",
        Criterion::Hosting => "Hébergement et montée en charge",
        Criterion::AudienceSize => "Taille du public",
        Criterion::WillingnessToPay => "Disposition à payer",
        Criterion::Competition => "Place face à la concurrence",
        Criterion::ChannelAccess => "Accès aux canaux",
        Criterion::BroadcasterInterest => "Intérêt d’un diffuseur ou distributeur",
        Criterion::PublisherInterest => "Intérêt d’un éditeur ou d’une plateforme",
        Criterion::StoreVisibility => "Visibilité sur les boutiques et plateformes d’écoute",
        Criterion::Budget => "Budget",
        Criterion::Grants => "Subventions obtenues",
        Criterion::CoProduction => "Coproduction obtenue",
        Criterion::PreSales => "Préventes",
        Criterion::Crowdfunding => "Financement participatif",
        Criterion::Rights => "Droits sur l’histoire et les personnages",
        Criterion::Licences => "Licences des outils et ressources",
        Criterion::MusicIpClearance => "Droits de la musique et des images",
        Criterion::CollectingSociety => "Inscription à une société de gestion collective",
        Criterion::TeamCommitment => "Temps que l’équipe peut donner",
        Criterion::TeamRoles => "Rôles clés pourvus",
    },
    confidence_name: |c| match c {
        Confidence::Low => "Faible",
        Confidence::Medium => "Moyenne",
        Confidence::High => "Élevée",
    },
    numbered: |what, n| format!("{what} {n}"),
    placed: |text, importance, evidence, quadrant| {
        format!("«\u{a0}{text}\u{a0}»\u{a0}: importance {importance}, preuves {evidence}. {quadrant}.")
    },
    level: |n, text| format!("{n} – {text}"),
    mean: |v| v.map_or_else(|| "sans note".into(), str::to_owned),
    exposure: |n| format!("exposition {n} sur 25"),
    limit_reached: |what| {
        let items = match what {
            Addable::Assumption => "hypothèses",
            Addable::Test => "cartes de test par hypothèse",
            Addable::Criterion => "critères ajoutés",
            Addable::Risk => "risques",
            Addable::Milestone => "jalons",
        };
        format!("Vous avez atteint la limite de {} {items}.", what.cap())
    },
    repaired: |project, notes, dates| {
        let mut parts = Vec::new();
        if notes.n > 0 {
            parts.push(notes.pick(
                format!("{notes} hypothèse renvoyait à une note qui n’est plus sur le canevas\u{a0}; elle renvoie maintenant à son bloc"),
                format!("{notes} hypothèses renvoyaient à des notes qui ne sont plus sur le canevas\u{a0}; elles renvoient maintenant à leur bloc"),
            ));
        }
        if dates.n > 0 {
            parts.push(dates.pick(
                format!("{dates} date de jalon qui n’était pas une vraie date a été effacée"),
                format!("{dates} dates de jalons qui n’étaient pas de vraies dates ont été effacées"),
            ));
        }
        format!("Dans «\u{a0}{project}\u{a0}», {}.", parts.join(", et "))
    },
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Discipline;

    #[test]
    fn both_languages_name_everything() {
        for s in [&EN, &FR] {
            for c in Criterion::ALL {
                assert!(!(s.criterion_name)(*c).is_empty());
            }
            for l in s.product_levels.iter().chain(&s.market_levels) {
                assert!(l.len() > 10);
            }
            assert_eq!((s.numbered)(s.risk, 2), format!("{} 2", s.risk));
        }
        assert_ne!(EN.product_levels[4], FR.product_levels[4]);
        let _ = Discipline::ALL;
    }

    #[test]
    fn means_are_shown_as_intl_wrote_them() {
        assert_eq!((FR.mean)(Some("3,5")), "3,5");
        assert_eq!((EN.mean)(None), "not scored");
        assert_eq!((FR.mean)(None), "sans note");
    }

    #[test]
    fn limits_are_explained() {
        assert_eq!(
            (EN.limit_reached)(Addable::Risk),
            "You have reached the limit of 200 risks."
        );
        assert_eq!(
            (FR.limit_reached)(Addable::Milestone),
            "Vous avez atteint la limite de 100 jalons."
        );
    }

    #[test]
    fn repairs_are_explained() {
        use crate::i18n::Plural::{One, Other};
        let c = |n, form| Count { n, form };
        assert_eq!(
            (EN.repaired)("Kola", c(1, One), c(0, Other)),
            "In “Kola”, 1 assumption pointed to a note no longer on the canvas; it now points to its block."
        );
        assert_eq!(
            (EN.repaired)("Kola", c(3, Other), c(1, One)),
            "In “Kola”, 3 assumptions pointed to notes no longer on the canvas; they now point to their blocks, and 1 milestone date that was not a real date was cleared."
        );
        assert_eq!(
            (EN.repaired)("Kola", c(0, Other), c(2, Other)),
            "In “Kola”, 2 milestone dates that were not real dates were cleared."
        );
        assert_eq!(
            (FR.repaired)("Kola", c(2, Other), c(1, One)),
            "Dans «\u{a0}Kola\u{a0}», 2 hypothèses renvoyaient à des notes qui ne sont plus sur le canevas\u{a0}; elles renvoient maintenant à leur bloc, et 1 date de jalon qui n’était pas une vraie date a été effacée."
        );
        assert_eq!(
            (FR.repaired)("Kola", c(1, One), c(3, Other)),
            "Dans «\u{a0}Kola\u{a0}», 1 hypothèse renvoyait à une note qui n’est plus sur le canevas\u{a0}; elle renvoie maintenant à son bloc, et 3 dates de jalons qui n’étaient pas de vraies dates ont été effacées."
        );
        assert_eq!(FR.colon, "\u{a0}: ");
    }

    #[test]
    fn french_punctuation_has_its_no_break_spaces() {
        let texts = [
            FR.intro,
            FR.assumptions_help,
            FR.grid_help,
            FR.tests_help,
            FR.heat_map,
        ]
        .into_iter()
        .chain(FR.product_levels)
        .chain(FR.market_levels);
        for t in texts {
            for p in [" :", " ;", " ?", " !"] {
                assert!(!t.contains(p), "{t}");
            }
        }
    }
}
