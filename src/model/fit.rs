//! The audience–offer fit worksheet: for each customer segment of the
//! canvas, what that audience wants, what gets in their way and what they
//! hope for, and what the project offers them in answer.
//!
//! Canevas's own worksheet (structure and words written for Canevas, not
//! a copy of any published diagram). A profile belongs to a segment: a
//! note of the canvas, by its id. Offer items link to the audience items
//! they answer, within the same profile.
//!
//! Integrity, kept by every operation here and checked on import: item ids
//! are unique within the project (notes included), a profile's segment is a
//! note of the canvas, at most one profile per segment, and every link
//! points to an audience item of the same profile.

use super::project::truncate_chars;
use super::{Discipline, Id, Timestamp, MAX_TEXT_CHARS};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// Most items one side (audience or offer) of a profile may hold.
pub const MAX_FIT_ITEMS: usize = 200;
/// Importance runs from 1 (minor) to 5 (essential): Canevas's one
/// importance scale, which the feasibility studio's assumptions use too
/// (since format version 3), with the same words for its points.
pub const MIN_IMPORTANCE: u8 = 1;
pub const MAX_IMPORTANCE: u8 = 5;
/// An audience item matters for the fit summary from this importance up.
pub const IMPORTANT: u8 = 4;
/// The importance a new item starts with.
pub const DEFAULT_IMPORTANCE: u8 = 3;

/// The three parts of an audience profile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AudienceKind {
    /// What they want to do (a task, a feeling, a place among others).
    #[default]
    Want,
    /// What gets in their way: frustrations, blocks, risks.
    Obstacle,
    /// What they hope for: gains, pleasures, outcomes.
    Hope,
}

/// The three parts of the offer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferKind {
    /// What we deliver: the work, the episodes, the experience, a service.
    #[default]
    Deliver,
    /// How it removes a frustration.
    Remedy,
    /// How it brings a gain.
    Gain,
}

/// What a want is about: getting something done, how others see them, or
/// how they feel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Facet {
    #[default]
    Functional,
    Social,
    Emotional,
}

/// Whether an audience item is an assumption, or which evidence backs it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    #[default]
    Assumed,
    Interviews,
    Playtests,
    ReaderComments,
    Sales,
    FestivalFeedback,
    Screenings,
    Streams,
    UsageData,
    Other,
}

macro_rules! keyed {
    ($t:ty, [$($v:ident => $k:literal),+ $(,)?]) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];
            /// The name used in files and CSS classes.
            pub fn key(self) -> &'static str {
                match self { $(<$t>::$v => $k),+ }
            }
            pub fn from_key(key: &str) -> Option<$t> {
                Self::ALL.iter().copied().find(|x| x.key() == key)
            }
        }
    };
}
keyed!(AudienceKind, [Want => "want", Obstacle => "obstacle", Hope => "hope"]);
keyed!(OfferKind, [Deliver => "deliver", Remedy => "remedy", Gain => "gain"]);
keyed!(Facet, [Functional => "functional", Social => "social", Emotional => "emotional"]);
keyed!(Evidence, [
    Assumed => "assumed", Interviews => "interviews", Playtests => "playtests",
    ReaderComments => "reader_comments", Sales => "sales",
    FestivalFeedback => "festival_feedback", Screenings => "screenings",
    Streams => "streams", UsageData => "usage_data", Other => "other",
]);

impl Evidence {
    pub fn is_backed(self) -> bool {
        self != Evidence::Assumed
    }

    /// Whether this kind of evidence belongs to the practice of a
    /// discipline: the generic kinds (assumed, interviews, sales, other)
    /// to every one, the others where that evidence is gathered (playtests
    /// for games and XR, reader comments for webtoons and comics,
    /// screenings for film and series, streams for music, usage data for
    /// platforms). A project of another discipline is offered every kind.
    pub fn fits(self, discipline: Discipline) -> bool {
        use Discipline as D;
        use Evidence as E;
        match self {
            E::Assumed | E::Interviews | E::Sales | E::Other => true,
            _ if discipline == D::Other => true,
            E::Playtests => matches!(discipline, D::VideoGame | D::Immersive),
            E::ReaderComments => discipline == D::Webtoon,
            E::Screenings => matches!(discipline, D::Audiovisual | D::Immersive),
            E::Streams => discipline == D::Music,
            E::UsageData => discipline == D::DigitalPlatform,
            E::FestivalFeedback => discipline != D::DigitalPlatform,
        }
    }

    /// The kinds a select offers for a discipline, in order: those that
    /// fit it, and `current` too if it does not (an item keeps its kind).
    pub fn offered(discipline: Discipline, current: Evidence) -> Vec<Evidence> {
        Evidence::ALL
            .iter()
            .copied()
            .filter(|e| e.fits(discipline) || *e == current)
            .collect()
    }
}

/// Something that matters to the audience.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AudienceItem {
    pub id: Id,
    pub kind: AudienceKind,
    pub text: String,
    /// Meaningful for wants only; kept as is for the other kinds.
    pub facet: Facet,
    pub importance: u8,
    pub evidence: Evidence,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Something the project offers that audience.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OfferItem {
    pub id: Id,
    pub kind: OfferKind,
    pub text: String,
    /// The audience items (of the same profile) this item answers.
    pub answers: Vec<Id>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// One segment's audience profile and the offer made to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Profile {
    /// The id of the canvas note naming the segment.
    pub segment: Id,
    pub audience: Vec<AudienceItem>,
    pub offer: Vec<OfferItem>,
}

impl Profile {
    pub fn new(segment: Id) -> Profile {
        Profile {
            segment,
            audience: Vec::new(),
            offer: Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.audience.is_empty() && self.offer.is_empty()
    }

    /// The offer items that answer an audience item.
    pub fn answered_by<'a>(&'a self, audience: &'a Id) -> impl Iterator<Item = &'a OfferItem> {
        self.offer
            .iter()
            .filter(move |o| o.answers.contains(audience))
    }

    /// How well the offer covers what matters to this audience.
    pub fn summary(&self) -> FitSummary {
        let answered: HashSet<&Id> = self.offer.iter().flat_map(|o| &o.answers).collect();
        let important: Vec<&AudienceItem> = self
            .audience
            .iter()
            .filter(|a| a.importance >= IMPORTANT)
            .collect();
        let covered: Vec<&&AudienceItem> = important
            .iter()
            .filter(|a| answered.contains(&a.id))
            .collect();
        FitSummary {
            important: important.len(),
            answered: covered.len(),
            backed: covered.iter().filter(|a| a.evidence.is_backed()).count(),
            unanswered: important
                .iter()
                .filter(|a| !answered.contains(&a.id))
                .map(|a| a.id.clone())
                .collect(),
            idle: self
                .offer
                .iter()
                .filter(|o| o.kind != OfferKind::Deliver && o.answers.is_empty())
                .map(|o| o.id.clone())
                .collect(),
        }
    }
}

/// The fit of one profile, at a glance.
///
/// *Important* audience items are those of importance [`IMPORTANT`] (4) or
/// more. `answered` of them are answered by at least one offer item, and
/// `backed` of those answered rest on evidence rather than assumption.
/// `unanswered` lists the important items with no answer, in order;
/// `idle` the offer items that answer nothing. What we deliver (the work
/// itself) may stand without links, so only remedies and gains count as
/// idle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FitSummary {
    pub important: usize,
    pub answered: usize,
    pub backed: usize,
    pub unanswered: Vec<Id>,
    pub idle: Vec<Id>,
}

impl FitSummary {
    /// Share of important items answered, in whole percent (None when
    /// nothing is important yet).
    pub fn coverage(&self) -> Option<u8> {
        percent(self.answered, self.important)
    }

    /// Share of the answered important items backed by evidence.
    pub fn evidence(&self) -> Option<u8> {
        percent(self.backed, self.answered)
    }
}

/// `part` of `whole` (at most `whole`) as a whole percentage, rounded half
/// up (7 of 9 is 78); `None` for an empty whole.
pub(crate) fn percent(part: usize, whole: usize) -> Option<u8> {
    (whole > 0).then(|| ((part * 100 + whole / 2) / whole) as u8)
}

/// What is wrong with a worksheet read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FitProblem {
    /// The same id twice (among notes and items, or two profiles for one
    /// segment).
    DuplicateId(Id),
    /// A profile for a segment note that is not on the canvas.
    MissingSegment(Id),
    /// An offer item links to something that is not an audience item of
    /// its profile.
    DanglingLink {
        item: Id,
        target: Id,
    },
    TooManyItems,
    TextTooLong,
}

/// The worksheet: one profile per segment that has one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Fit {
    pub profiles: Vec<Profile>,
}

/// Read by hand from a JSON value (files are parsed from text or, once
/// migrated, from a value): one small reader instead of serde's derived
/// ones for every type keeps the app small, and it takes only the shapes
/// the format has (objects as objects, names as strings). Members other
/// than those of the format are ignored, as for projects and notes.
impl<'de> Deserialize<'de> for Fit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fit, D::Error> {
        let value = Value::deserialize(d)?;
        read::fit(&value, "fit").map_err(serde::de::Error::custom)
    }
}

mod read {
    use super::*;
    use serde_json::Map;

    type Obj = Map<String, Value>;

    fn object<'a>(v: &'a Value, at: &str) -> Result<&'a Obj, String> {
        v.as_object()
            .ok_or_else(|| format!("{at} must be an object"))
    }

    fn list<'a>(o: &'a Obj, key: &str, at: &str) -> Result<&'a [Value], String> {
        match o.get(key) {
            None => Ok(&[]),
            Some(v) => v
                .as_array()
                .map(Vec::as_slice)
                .ok_or_else(|| format!("{at}.{key} must be an array")),
        }
    }

    fn required<'a>(o: &'a Obj, key: &str, at: &str) -> Result<&'a Value, String> {
        o.get(key)
            .ok_or_else(|| format!("{at}: missing field `{key}`"))
    }

    fn id(v: &Value, at: &str) -> Result<Id, String> {
        v.as_str()
            .and_then(Id::parse)
            .ok_or_else(|| format!("{at}: an id must be 1 to 64 letters, digits, '-' or '_'"))
    }

    fn time(o: &Obj, key: &str, at: &str) -> Result<Timestamp, String> {
        required(o, key, at)?
            .as_u64()
            .map(Timestamp)
            .ok_or_else(|| format!("{at}.{key} must be a whole number from 0"))
    }

    fn text(o: &Obj, at: &str) -> Result<String, String> {
        match o.get("text") {
            None => Ok(String::new()),
            Some(v) => v
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("{at}.text must be a string")),
        }
    }

    /// A name from a fixed list (`None` for no default: required).
    fn name<T>(
        o: &Obj,
        key: &str,
        at: &str,
        from_key: fn(&str) -> Option<T>,
        default: Option<T>,
    ) -> Result<T, String> {
        match (o.get(key), default) {
            (None, Some(d)) => Ok(d),
            (v, _) => v
                .and_then(Value::as_str)
                .and_then(from_key)
                .ok_or_else(|| format!("{at}.{key} is missing or not one of its names")),
        }
    }

    fn importance(o: &Obj, at: &str) -> Result<u8, String> {
        match o.get("importance") {
            None => Ok(DEFAULT_IMPORTANCE),
            Some(v) => v
                .as_u64()
                .filter(|n| (u64::from(MIN_IMPORTANCE)..=u64::from(MAX_IMPORTANCE)).contains(n))
                .map(|n| n as u8)
                .ok_or_else(|| format!("{at}.importance must be a whole number from 1 to 5")),
        }
    }

    fn audience(v: &Value, at: &str) -> Result<AudienceItem, String> {
        let o = object(v, at)?;
        Ok(AudienceItem {
            id: id(required(o, "id", at)?, at)?,
            kind: name(o, "kind", at, AudienceKind::from_key, None)?,
            text: text(o, at)?,
            facet: name(o, "facet", at, Facet::from_key, Some(Facet::default()))?,
            importance: importance(o, at)?,
            evidence: name(
                o,
                "evidence",
                at,
                Evidence::from_key,
                Some(Evidence::default()),
            )?,
            created_at: time(o, "created_at", at)?,
            updated_at: time(o, "updated_at", at)?,
        })
    }

    fn offer(v: &Value, at: &str) -> Result<OfferItem, String> {
        let o = object(v, at)?;
        Ok(OfferItem {
            id: id(required(o, "id", at)?, at)?,
            kind: name(o, "kind", at, OfferKind::from_key, None)?,
            text: text(o, at)?,
            answers: list(o, "answers", at)?
                .iter()
                .map(|a| id(a, &format!("{at}.answers")))
                .collect::<Result<_, _>>()?,
            created_at: time(o, "created_at", at)?,
            updated_at: time(o, "updated_at", at)?,
        })
    }

    pub(super) fn fit(v: &Value, at: &str) -> Result<Fit, String> {
        let mut profiles = Vec::new();
        for (i, p) in list(object(v, at)?, "profiles", at)?.iter().enumerate() {
            let at = format!("{at}.profiles[{i}]");
            let o = object(p, &at)?;
            let items = |side: &str| list(o, side, &at).map(|l| l.iter().enumerate());
            profiles.push(Profile {
                segment: id(required(o, "segment", &at)?, &at)?,
                audience: items("audience")?
                    .map(|(j, a)| audience(a, &format!("{at}.audience[{j}]")))
                    .collect::<Result<_, _>>()?,
                offer: items("offer")?
                    .map(|(j, x)| offer(x, &format!("{at}.offer[{j}]")))
                    .collect::<Result<_, _>>()?,
            });
        }
        Ok(Fit { profiles })
    }
}

impl Fit {
    /// Share of the important audience items, across every profile, that
    /// the offer answers, in whole percent (None when nothing is important
    /// yet): the worksheet's fit in one figure, for the cohort board.
    pub fn coverage(&self) -> Option<u8> {
        let (answered, important) = self
            .profiles
            .iter()
            .map(Profile::summary)
            .fold((0, 0), |(a, i), s| (a + s.answered, i + s.important));
        percent(answered, important)
    }

    pub fn profile(&self, segment: &Id) -> Option<&Profile> {
        self.profiles.iter().find(|p| &p.segment == segment)
    }

    fn profile_mut(&mut self, segment: &Id) -> &mut Profile {
        match self.profiles.iter().position(|p| &p.segment == segment) {
            Some(i) => &mut self.profiles[i],
            None => {
                self.profiles.push(Profile::new(segment.clone()));
                self.profiles.last_mut().expect("just pushed")
            }
        }
    }

    fn containing_mut(&mut self, item: &Id) -> Option<&mut Profile> {
        self.profiles.iter_mut().find(|p| {
            p.audience.iter().any(|a| &a.id == item) || p.offer.iter().any(|o| &o.id == item)
        })
    }

    /// Adds an audience item at the end of its part; false when full.
    pub fn add_audience(
        &mut self,
        segment: &Id,
        id: Id,
        kind: AudienceKind,
        now: Timestamp,
    ) -> bool {
        let p = self.profile_mut(segment);
        if p.audience.len() >= MAX_FIT_ITEMS {
            return false;
        }
        p.audience.push(AudienceItem {
            id,
            kind,
            text: String::new(),
            facet: Facet::default(),
            importance: DEFAULT_IMPORTANCE,
            evidence: Evidence::default(),
            created_at: now,
            updated_at: now,
        });
        true
    }

    /// Adds an offer item at the end of its part; false when full.
    pub fn add_offer(&mut self, segment: &Id, id: Id, kind: OfferKind, now: Timestamp) -> bool {
        let p = self.profile_mut(segment);
        if p.offer.len() >= MAX_FIT_ITEMS {
            return false;
        }
        p.offer.push(OfferItem {
            id,
            kind,
            text: String::new(),
            answers: Vec::new(),
            created_at: now,
            updated_at: now,
        });
        true
    }

    pub fn audience_item(&self, id: &Id) -> Option<&AudienceItem> {
        self.profiles
            .iter()
            .flat_map(|p| &p.audience)
            .find(|a| &a.id == id)
    }

    pub fn offer_item(&self, id: &Id) -> Option<&OfferItem> {
        self.profiles
            .iter()
            .flat_map(|p| &p.offer)
            .find(|o| &o.id == id)
    }

    /// Changes an audience item; false when it is not there or `f` changed
    /// nothing.
    pub fn edit_audience(
        &mut self,
        id: &Id,
        now: Timestamp,
        f: impl FnOnce(&mut AudienceItem),
    ) -> bool {
        let Some(item) = self
            .profiles
            .iter_mut()
            .flat_map(|p| &mut p.audience)
            .find(|a| &a.id == id)
        else {
            return false;
        };
        let before = item.clone();
        f(item);
        item.importance = item.importance.clamp(MIN_IMPORTANCE, MAX_IMPORTANCE);
        if *item == before {
            return false;
        }
        item.updated_at = now;
        true
    }

    /// The text of an audience or offer item.
    pub fn text(&self, id: &Id) -> Option<&str> {
        self.audience_item(id)
            .map(|a| a.text.as_str())
            .or_else(|| self.offer_item(id).map(|o| o.text.as_str()))
    }

    /// Replaces the text of an audience or offer item; false when there is
    /// no such item or the text is unchanged.
    pub fn set_text(&mut self, id: &Id, text: &str, now: Timestamp) -> bool {
        if self.edit_audience(id, now, |a| text.clone_into(&mut a.text)) {
            return true;
        }
        match self
            .profiles
            .iter_mut()
            .flat_map(|p| &mut p.offer)
            .find(|o| &o.id == id)
        {
            Some(o) if o.text != text => {
                o.text = text.to_owned();
                o.updated_at = now;
                true
            }
            _ => false,
        }
    }

    /// Links (or unlinks) an offer item to an audience item of the same
    /// profile. False when nothing changed or the two are not in one
    /// profile.
    pub fn set_link(&mut self, offer: &Id, audience: &Id, linked: bool, now: Timestamp) -> bool {
        let Some(p) = self.containing_mut(offer) else {
            return false;
        };
        if !p.audience.iter().any(|a| &a.id == audience) {
            return false;
        }
        let Some(o) = p.offer.iter_mut().find(|o| &o.id == offer) else {
            return false;
        };
        let has = o.answers.contains(audience);
        match (has, linked) {
            (false, true) => o.answers.push(audience.clone()),
            (true, false) => o.answers.retain(|a| a != audience),
            _ => return false,
        }
        o.updated_at = now;
        true
    }

    /// Removes an audience or offer item, and every link to it. Returns
    /// false when there is no such item.
    pub fn remove_item(&mut self, id: &Id) -> bool {
        let Some(p) = self.containing_mut(id) else {
            return false;
        };
        p.audience.retain(|a| &a.id != id);
        p.offer.retain(|o| &o.id != id);
        for o in &mut p.offer {
            o.answers.retain(|a| a != id);
        }
        self.profiles.retain(|p| !p.is_empty());
        true
    }

    /// Removes the profile of a segment (its note was deleted); returns it.
    pub fn remove_profile(&mut self, segment: &Id) -> Option<Profile> {
        let i = self.profiles.iter().position(|p| &p.segment == segment)?;
        Some(self.profiles.remove(i))
    }

    /// Every item id of the worksheet.
    pub fn item_ids(&self) -> impl Iterator<Item = &Id> {
        self.profiles.iter().flat_map(|p| {
            p.audience
                .iter()
                .map(|a| &a.id)
                .chain(p.offer.iter().map(|o| &o.id))
        })
    }

    /// Checks what a file may get wrong: ids unique among the notes
    /// (`note_ids`) and items, one profile per segment, segments that are
    /// notes, links within their profile, limits.
    pub fn check(&self, note_ids: &HashSet<&Id>) -> Result<(), FitProblem> {
        let mut seen: HashSet<&Id> = note_ids.clone();
        let mut segments = HashSet::new();
        for p in &self.profiles {
            if !note_ids.contains(&p.segment) {
                return Err(FitProblem::MissingSegment(p.segment.clone()));
            }
            if !segments.insert(&p.segment) {
                return Err(FitProblem::DuplicateId(p.segment.clone()));
            }
            if p.audience.len() > MAX_FIT_ITEMS || p.offer.len() > MAX_FIT_ITEMS {
                return Err(FitProblem::TooManyItems);
            }
            let too_long = |s: &str| s.chars().count() > MAX_TEXT_CHARS;
            if p.audience.iter().any(|a| too_long(&a.text))
                || p.offer.iter().any(|o| too_long(&o.text))
            {
                return Err(FitProblem::TextTooLong);
            }
            for id in p
                .audience
                .iter()
                .map(|a| &a.id)
                .chain(p.offer.iter().map(|o| &o.id))
            {
                if !seen.insert(id) {
                    return Err(FitProblem::DuplicateId(id.clone()));
                }
            }
            let audience: HashSet<&Id> = p.audience.iter().map(|a| &a.id).collect();
            for o in &p.offer {
                let mut links = HashSet::new();
                for target in &o.answers {
                    if !audience.contains(target) || !links.insert(target) {
                        return Err(FitProblem::DanglingLink {
                            item: o.id.clone(),
                            target: target.clone(),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    /// Cuts texts and lists to their limits, and drops any link that does
    /// not point to an audience item of its profile (a safety net: every
    /// operation above keeps links whole).
    pub(crate) fn enforce_limits(&mut self) {
        for p in &mut self.profiles {
            p.audience.truncate(MAX_FIT_ITEMS);
            p.offer.truncate(MAX_FIT_ITEMS);
            for a in &mut p.audience {
                truncate_chars(&mut a.text, MAX_TEXT_CHARS);
                a.importance = a.importance.clamp(MIN_IMPORTANCE, MAX_IMPORTANCE);
            }
            let audience: HashSet<Id> = p.audience.iter().map(|a| a.id.clone()).collect();
            for o in &mut p.offer {
                truncate_chars(&mut o.text, MAX_TEXT_CHARS);
                let mut seen = HashSet::new();
                o.answers
                    .retain(|a| audience.contains(a) && seen.insert(a.clone()));
            }
        }
    }

    /// Gives every item a fresh id and follows the segments' new ids
    /// (`notes`: old note id to new), links included.
    pub(crate) fn reissue_ids(&mut self, notes: &HashMap<Id, Id>, mut fresh: impl FnMut() -> Id) {
        self.profiles.retain(|p| notes.contains_key(&p.segment));
        for p in &mut self.profiles {
            p.segment = notes[&p.segment].clone();
            let mut map = HashMap::new();
            for a in &mut p.audience {
                let new = fresh();
                map.insert(std::mem::replace(&mut a.id, new.clone()), new);
            }
            for o in &mut p.offer {
                o.id = fresh();
                for a in &mut o.answers {
                    if let Some(new) = map.get(a) {
                        *a = new.clone();
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::parse(s).unwrap()
    }

    /// Segment "s" with wants w1 (importance 5, interviews), w2 (4,
    /// assumed), w3 (2); obstacle o1 (5, assumed); offer d1 (deliver), r1
    /// answering w1 and o1, g1 answering nothing.
    fn fit() -> Fit {
        let mut f = Fit::default();
        let s = id("s");
        let t = Timestamp(1);
        for (i, k) in [
            ("w1", AudienceKind::Want),
            ("w2", AudienceKind::Want),
            ("w3", AudienceKind::Want),
            ("o1", AudienceKind::Obstacle),
        ] {
            assert!(f.add_audience(&s, id(i), k, t));
        }
        for (i, imp, ev) in [
            ("w1", 5, Evidence::Interviews),
            ("w2", 4, Evidence::Assumed),
            ("w3", 2, Evidence::Sales),
            ("o1", 5, Evidence::Assumed),
        ] {
            f.edit_audience(&id(i), t, |a| {
                a.importance = imp;
                a.evidence = ev;
            });
        }
        f.add_offer(&s, id("d1"), OfferKind::Deliver, t);
        f.add_offer(&s, id("r1"), OfferKind::Remedy, t);
        f.add_offer(&s, id("g1"), OfferKind::Gain, t);
        assert!(f.set_link(&id("r1"), &id("w1"), true, t));
        assert!(f.set_link(&id("r1"), &id("o1"), true, t));
        f
    }

    fn notes(ids: &[&str]) -> Vec<Id> {
        ids.iter().map(|s| id(s)).collect()
    }

    #[test]
    fn percentages_are_rounded_half_up() {
        assert_eq!(percent(7, 9), Some(78), "77.8% is 78%");
        assert_eq!(percent(1, 8), Some(13), "12.5% is 13%");
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(199, 200), Some(100), "99.5% rounds to 100%");
        assert_eq!(percent(0, 0), None);
    }

    #[test]
    fn the_summary_counts_what_matters_and_what_is_backed() {
        let f = fit();
        let s = f.profile(&id("s")).unwrap().summary();
        assert_eq!((s.important, s.answered, s.backed), (3, 2, 1));
        assert_eq!(s.unanswered, notes(&["w2"]));
        assert_eq!(s.idle, notes(&["g1"]), "what we deliver may stand alone");
        assert_eq!(s.coverage(), Some(67));
        assert_eq!(s.evidence(), Some(50));
        assert_eq!(FitSummary::default().coverage(), None);
        assert_eq!(FitSummary::default().evidence(), None);
    }

    #[test]
    fn links_stay_within_a_profile_and_are_not_doubled() {
        let mut f = fit();
        let t = Timestamp(2);
        assert!(!f.set_link(&id("r1"), &id("w1"), true, t), "already linked");
        assert!(f.add_audience(&id("other"), id("x1"), AudienceKind::Hope, t));
        assert!(
            !f.set_link(&id("r1"), &id("x1"), true, t),
            "another segment's item"
        );
        assert!(!f.set_link(&id("nope"), &id("w1"), true, t));
        assert!(f.set_link(&id("r1"), &id("w1"), false, t));
        assert_eq!(f.offer_item(&id("r1")).unwrap().answers, notes(&["o1"]));
        assert_eq!(f.offer_item(&id("r1")).unwrap().updated_at, t);
    }

    #[test]
    fn deleting_an_item_removes_its_links() {
        let mut f = fit();
        assert!(f.remove_item(&id("o1")));
        assert_eq!(f.offer_item(&id("r1")).unwrap().answers, notes(&["w1"]));
        assert!(f.audience_item(&id("o1")).is_none());
        assert!(f.remove_item(&id("r1")));
        let s = f.profile(&id("s")).unwrap().summary();
        assert_eq!((s.important, s.answered), (2, 0));
        assert!(!f.remove_item(&id("r1")));
    }

    #[test]
    fn a_profile_emptied_of_items_goes() {
        let mut f = Fit::default();
        f.add_offer(&id("s"), id("d"), OfferKind::Deliver, Timestamp(0));
        assert!(f.remove_item(&id("d")));
        assert!(f.profiles.is_empty());
    }

    #[test]
    fn edits_clamp_importance_and_skip_no_ops() {
        let mut f = fit();
        assert!(!f.edit_audience(&id("w1"), Timestamp(5), |a| a.importance = 5));
        assert!(f.edit_audience(&id("w3"), Timestamp(5), |a| a.importance = 9));
        assert_eq!(f.audience_item(&id("w3")).unwrap().importance, 5);
        assert!(!f.edit_audience(&id("zz"), Timestamp(5), |a| a.text = "x".into()));
        assert!(f.set_text(&id("g1"), "Free first episode", Timestamp(6)));
        assert!(!f.set_text(&id("g1"), "Free first episode", Timestamp(7)));
        assert!(f.set_text(&id("w1"), "Read on the bus", Timestamp(8)));
        assert_eq!(f.text(&id("w1")), Some("Read on the bus"));
        assert_eq!(f.text(&id("g1")), Some("Free first episode"));
        assert!(!f.set_text(&id("w1"), "Read on the bus", Timestamp(9)));
        assert!(!f.set_text(&id("zz"), "x", Timestamp(9)));
    }

    #[test]
    fn check_finds_every_broken_reference() {
        let f = fit();
        let segment = id("s");
        let known: HashSet<&Id> = [&segment].into_iter().collect();
        assert_eq!(f.check(&known), Ok(()));
        assert_eq!(
            f.check(&HashSet::new()),
            Err(FitProblem::MissingSegment(id("s")))
        );

        let mut dangling = f.clone();
        dangling.profiles[0].offer[1].answers.push(id("gone"));
        assert_eq!(
            dangling.check(&known),
            Err(FitProblem::DanglingLink {
                item: id("r1"),
                target: id("gone")
            })
        );
        let mut doubled = f.clone();
        doubled.profiles[0].offer[1].answers.push(id("w1"));
        assert!(matches!(
            doubled.check(&known),
            Err(FitProblem::DanglingLink { .. })
        ));

        let mut twice = f.clone();
        twice.profiles[0].offer[0].id = id("w1");
        assert_eq!(twice.check(&known), Err(FitProblem::DuplicateId(id("w1"))));
        let w2 = id("w2");
        let note_named_like_an_item: HashSet<&Id> = [&segment, &w2].into_iter().collect();
        assert_eq!(
            f.check(&note_named_like_an_item),
            Err(FitProblem::DuplicateId(id("w2")))
        );
        let mut two_profiles = f.clone();
        two_profiles.profiles.push(Profile::new(id("s")));
        assert_eq!(
            two_profiles.check(&known),
            Err(FitProblem::DuplicateId(id("s")))
        );

        let mut long = f.clone();
        long.profiles[0].audience[0].text = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(long.check(&known), Err(FitProblem::TextTooLong));
        let mut many = f;
        many.profiles[0].offer = (0..=MAX_FIT_ITEMS)
            .map(|i| OfferItem {
                id: Id::from_random(i as u64),
                kind: OfferKind::Deliver,
                text: String::new(),
                answers: vec![],
                created_at: Timestamp(0),
                updated_at: Timestamp(0),
            })
            .collect();
        assert_eq!(many.check(&known), Err(FitProblem::TooManyItems));
    }

    #[test]
    fn limits_repair_links_as_a_safety_net() {
        let mut f = fit();
        f.profiles[0].offer[2].answers = notes(&["w2", "w2", "gone"]);
        f.profiles[0].audience[0].importance = 0;
        f.profiles[0].offer[0].text = "é".repeat(MAX_TEXT_CHARS + 3);
        f.enforce_limits();
        assert_eq!(f.profiles[0].offer[2].answers, notes(&["w2"]));
        assert_eq!(f.profiles[0].audience[0].importance, MIN_IMPORTANCE);
        assert_eq!(f.profiles[0].offer[0].text.chars().count(), MAX_TEXT_CHARS);
    }

    #[test]
    fn reissued_ids_keep_segments_and_links_together() {
        let mut f = fit();
        let notes_map: HashMap<Id, Id> = [(id("s"), id("s2"))].into_iter().collect();
        let mut n = 0;
        f.reissue_ids(&notes_map, || {
            n += 1;
            Id::from_random(n)
        });
        let p = &f.profiles[0];
        assert_eq!(p.segment, id("s2"));
        assert!(f.item_ids().all(|i| i.as_str().starts_with("0000")));
        assert_eq!(
            p.offer[1].answers,
            [p.audience[0].id.clone(), p.audience[3].id.clone()]
        );
        let known: HashSet<&Id> = [&p.segment].into_iter().collect();
        assert_eq!(f.check(&known), Ok(()));
    }

    #[test]
    fn keys_match_serde_names() {
        fn same<T: Serialize>(x: T, key: &str) {
            assert_eq!(serde_json::to_string(&x).unwrap(), format!("\"{key}\""));
        }
        for k in AudienceKind::ALL {
            same(k, k.key());
            assert_eq!(AudienceKind::from_key(k.key()), Some(*k));
        }
        for k in OfferKind::ALL {
            same(k, k.key());
        }
        for k in Facet::ALL {
            same(k, k.key());
        }
        for k in Evidence::ALL {
            same(k, k.key());
            assert_eq!(Evidence::from_key(k.key()), Some(*k));
        }
        assert!(!Evidence::Assumed.is_backed() && Evidence::Playtests.is_backed());
    }

    #[test]
    fn evidence_kinds_follow_the_discipline() {
        use Discipline as D;
        use Evidence as E;
        let keys = |d, current| -> Vec<&str> {
            Evidence::offered(d, current)
                .iter()
                .map(|e| e.key())
                .collect()
        };
        assert_eq!(
            keys(D::Webtoon, E::Assumed),
            [
                "assumed",
                "interviews",
                "reader_comments",
                "sales",
                "festival_feedback",
                "other"
            ]
        );
        assert_eq!(
            keys(D::VideoGame, E::Assumed),
            [
                "assumed",
                "interviews",
                "playtests",
                "sales",
                "festival_feedback",
                "other"
            ]
        );
        assert!(keys(D::Immersive, E::Assumed).contains(&"playtests"));
        assert!(keys(D::Audiovisual, E::Assumed).contains(&"screenings"));
        assert!(keys(D::Music, E::Assumed).contains(&"streams"));
        assert!(keys(D::DigitalPlatform, E::Assumed).contains(&"usage_data"));
        assert_eq!(Evidence::offered(D::Other, E::Assumed), Evidence::ALL);
        for d in Discipline::ALL {
            let offered = Evidence::offered(d, E::Assumed);
            for generic in [E::Assumed, E::Interviews, E::Sales, E::Other] {
                assert!(offered.contains(&generic), "{d:?}");
            }
            // Each discipline gets a kind of its own, and no other's.
            if d != D::Other {
                assert!(offered.len() < Evidence::ALL.len(), "{d:?}");
                assert!(offered.len() > 4, "{d:?}");
            }
        }
        assert!(!E::Playtests.fits(D::Webtoon));
        assert!(!E::ReaderComments.fits(D::Music));
        // An item that has a kind outside the list keeps it, shown in its
        // place among the others.
        assert_eq!(
            keys(D::Webtoon, E::Playtests),
            [
                "assumed",
                "interviews",
                "playtests",
                "reader_comments",
                "sales",
                "festival_feedback",
                "other"
            ]
        );
    }

    #[test]
    fn importance_outside_1_to_5_is_refused_when_read() {
        let fit = |item: serde_json::Value| {
            serde_json::from_value::<Fit>(
                serde_json::json!({"profiles": [{"segment": "s", "audience": [item]}]}),
            )
        };
        let item = |imp: serde_json::Value| serde_json::json!({"id": "a", "kind": "want", "importance": imp, "created_at": 0, "updated_at": 0});
        assert!(fit(item(5.into())).is_ok());
        for bad in [
            0.into(),
            6.into(),
            serde_json::json!(2.5),
            serde_json::json!("4"),
        ] {
            assert!(fit(item(bad)).is_err());
        }
        let bare =
            fit(serde_json::json!({"id": "a", "kind": "hope", "created_at": 0, "updated_at": 0}))
                .unwrap();
        let a = &bare.profiles[0].audience[0];
        assert_eq!(
            (a.importance, a.evidence, a.facet, a.text.as_str()),
            (DEFAULT_IMPORTANCE, Evidence::Assumed, Facet::Functional, "")
        );
    }

    #[test]
    fn only_the_shapes_of_the_format_are_read() {
        let fit = |v: serde_json::Value| serde_json::from_value::<Fit>(v);
        assert_eq!(fit(serde_json::json!({})).unwrap(), Fit::default());
        assert!(fit(serde_json::json!([[]])).is_err());
        assert!(fit(serde_json::json!({"profiles": [["s", [], []]]})).is_err());
        assert!(
            fit(serde_json::json!({"profiles": [{"audience": []}]})).is_err(),
            "no segment"
        );
        let item = serde_json::json!({"id": "a", "kind": {"want": null}, "created_at": 0, "updated_at": 0});
        assert!(
            fit(serde_json::json!({"profiles": [{"segment": "s", "audience": [item]}]})).is_err()
        );
        let item = serde_json::json!({"id": "a", "kind": "gain", "answers": ["../x"], "created_at": 0, "updated_at": 0});
        assert!(fit(serde_json::json!({"profiles": [{"segment": "s", "offer": [item]}]})).is_err());
    }
}
