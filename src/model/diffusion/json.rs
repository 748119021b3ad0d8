//! How a plan is read from and written to files, by hand over
//! `serde_json::Value`: the derived readers of ten kinds of entries cost
//! the browser build far more code than these few lines.

use super::{Currency, Date, Decimal, Plan};
use crate::model::Id;
use serde_json::{Map, Value};

/// A member of an entry as written in files.
pub trait Field: Sized {
    /// Reads the member (`None`: absent).
    fn read(v: Option<&Value>) -> Result<Self, String>;
    fn write(&self) -> Value;
}

fn string(v: Option<&Value>) -> Result<&str, String> {
    match v {
        None => Ok(""),
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err("must be a string".into()),
    }
}

impl Field for String {
    fn read(v: Option<&Value>) -> Result<Self, String> {
        string(v).map(str::to_owned)
    }
    fn write(&self) -> Value {
        Value::String(self.clone())
    }
}

impl Field for bool {
    fn read(v: Option<&Value>) -> Result<Self, String> {
        match v {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err("must be true or false".into()),
        }
    }
    fn write(&self) -> Value {
        Value::Bool(*self)
    }
}

/// A value written as a string: a date, an amount, an id.
pub trait Text: Sized {
    fn parse(s: &str) -> Option<Self>;
    fn show(&self) -> String;
}

impl Text for Date {
    fn parse(s: &str) -> Option<Self> {
        Date::parse(s)
    }
    fn show(&self) -> String {
        self.to_string()
    }
}

impl Text for Decimal {
    fn parse(s: &str) -> Option<Self> {
        Decimal::parse_canonical(s)
    }
    fn show(&self) -> String {
        self.to_string()
    }
}

impl Text for Id {
    fn parse(s: &str) -> Option<Self> {
        Id::parse(s)
    }
    fn show(&self) -> String {
        self.to_string()
    }
}

/// Optional: the empty string when absent.
impl<T: Text> Field for Option<T> {
    fn read(v: Option<&Value>) -> Result<Self, String> {
        match string(v)? {
            "" => Ok(None),
            s => T::parse(s)
                .map(Some)
                .ok_or_else(|| format!("{s:?} is not valid here")),
        }
    }
    fn write(&self) -> Value {
        Value::String(self.as_ref().map(Text::show).unwrap_or_default())
    }
}

/// A required date.
impl Field for Date {
    fn read(v: Option<&Value>) -> Result<Self, String> {
        match v {
            None => Err("is missing".into()),
            v => Option::<Date>::read(v)?.ok_or_else(|| "is missing".into()),
        }
    }
    fn write(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl Field for Currency {
    fn read(v: Option<&Value>) -> Result<Self, String> {
        match string(v)? {
            "" if v.is_none() => Ok(Currency::default()),
            s if s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) => {
                Ok(Currency::parse(s).expect("three capitals"))
            }
            s => Err(format!("{s:?} is not a 3-letter ISO 4217 code")),
        }
    }
    fn write(&self) -> Value {
        Value::String(self.code().to_owned())
    }
}

/// An entry of a list, read from an object with exactly its members.
pub trait Entry: Sized {
    fn read(o: &Map<String, Value>) -> Result<Self, String>;
    fn write(&self) -> Value;
}

/// Refuses members other than `keys`.
pub fn only(o: &Map<String, Value>, keys: &[&str]) -> Result<(), String> {
    match o.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(format!("unknown member `{k}`")),
        None => Ok(()),
    }
}

/// Reads one member, saying which on error.
pub fn member<F: Field>(o: &Map<String, Value>, key: &str) -> Result<F, String> {
    F::read(o.get(key)).map_err(|e| format!("`{key}` {e}"))
}

/// Implements [`super::Item`] and [`Entry`] for a struct with an `id`, its
/// other members, and which of them are texts.
macro_rules! item {
    ($t:ty { $($f:ident),* } texts { $($tf:ident),* }) => {
        impl $crate::model::diffusion::Item for $t {
            fn id(&self) -> &$crate::model::Id {
                &self.id
            }
            fn id_mut(&mut self) -> &mut $crate::model::Id {
                &mut self.id
            }
            fn texts_mut(&mut self) -> Vec<&mut String> {
                vec![$(&mut self.$tf),*]
            }
        }

        impl $crate::model::diffusion::json::Entry for $t {
            fn read(o: &serde_json::Map<String, serde_json::Value>) -> Result<Self, String> {
                use $crate::model::diffusion::json::{member, only};
                only(o, &["id", $(stringify!($f)),*])?;
                let id = match o.get("id") {
                    Some(serde_json::Value::String(s)) => $crate::model::Id::parse(s),
                    _ => None,
                }
                .ok_or("`id` must be 1 to 64 letters, digits, '-' or '_'")?;
                Ok(Self { id, $($f: member(o, stringify!($f))?),* })
            }

            fn write(&self) -> serde_json::Value {
                use $crate::model::diffusion::json::Field;
                let mut m = serde_json::Map::new();
                m.insert("id".into(), serde_json::Value::String(self.id.to_string()));
                $(m.insert(stringify!($f).into(), self.$f.write());)*
                serde_json::Value::Object(m)
            }
        }
    };
}
pub(crate) use item;

fn list<T: Entry>(o: &Map<String, Value>, key: &str) -> Result<Vec<T>, String> {
    let mut out = Vec::new();
    let Some(v) = o.get(key) else {
        return Ok(out);
    };
    let items = v
        .as_array()
        .ok_or_else(|| format!("`{key}` must be an array"))?;
    for (i, item) in items.iter().enumerate() {
        let read = match item.as_object() {
            Some(o) => T::read(o),
            None => Err("must be an object".into()),
        };
        out.push(read.map_err(|e| format!("{key}[{i}]: {e}"))?);
    }
    Ok(out)
}

fn write_list<T: Entry>(items: &[T]) -> Value {
    Value::Array(items.iter().map(Entry::write).collect())
}

impl TryFrom<Value> for Plan {
    type Error = String;

    fn try_from(v: Value) -> Result<Plan, String> {
        let o = v
            .as_object()
            .ok_or("the diffusion plan must be an object")?;
        let at = |e: String| format!("diffusion: {e}");
        only(o, &KEYS).map_err(at)?;
        Ok(Plan {
            started: member(o, "started").map_err(at)?,
            currency: member(o, "currency").map_err(at)?,
            goals: list(o, "goals").map_err(at)?,
            audiences: list(o, "audiences").map_err(at)?,
            channels: list(o, "channels").map_err(at)?,
            timeline: list(o, "timeline").map_err(at)?,
            budget: list(o, "budget").map_err(at)?,
            funding: list(o, "funding").map_err(at)?,
            kpis: list(o, "kpis").map_err(at)?,
            rights: list(o, "rights").map_err(at)?,
            revenues: list(o, "revenues").map_err(at)?,
        })
    }
}

const KEYS: [&str; 11] = [
    "started",
    "currency",
    "goals",
    "audiences",
    "channels",
    "timeline",
    "budget",
    "funding",
    "kpis",
    "rights",
    "revenues",
];

impl From<Plan> for Value {
    fn from(p: Plan) -> Value {
        let values = [
            p.started.write(),
            p.currency.write(),
            write_list(&p.goals),
            write_list(&p.audiences),
            write_list(&p.channels),
            write_list(&p.timeline),
            write_list(&p.budget),
            write_list(&p.funding),
            write_list(&p.kpis),
            write_list(&p.rights),
            write_list(&p.revenues),
        ];
        Value::Object(KEYS.iter().map(|k| k.to_string()).zip(values).collect())
    }
}
