use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// A stable identifier for a project or a note. It never changes once made,
/// so that copies of a project passed between teammates can later be merged
/// note by note.
///
/// Ids are 1–64 characters of `[A-Za-z0-9_-]`: safe in storage keys, URLs
/// and file names, and checked on every import.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    pub const MAX_LEN: usize = 64;

    /// Parses an id, refusing anything that is not a well-formed id.
    pub fn parse(s: &str) -> Option<Id> {
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| Id(s.to_owned()))
    }

    /// Makes an id from 64 random bits (the UI draws them from the browser's
    /// cryptographic generator).
    pub fn from_random(bits: u64) -> Id {
        Id(format!("{bits:016x}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Id::parse(&s).ok_or_else(|| {
            serde::de::Error::custom("an id must be 1 to 64 letters, digits, '-' or '_'")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_only_safe_ids() {
        assert!(Id::parse("a1-_Z").is_some());
        assert!(Id::parse("").is_none());
        assert!(Id::parse("has space").is_none());
        assert!(Id::parse("<img>").is_none());
        assert!(Id::parse("é").is_none());
        assert!(Id::parse(&"a".repeat(64)).is_some());
        assert!(Id::parse(&"a".repeat(65)).is_none());
    }

    #[test]
    fn random_ids_are_16_hex_digits() {
        assert_eq!(Id::from_random(255).as_str(), "00000000000000ff");
        assert_eq!(Id::from_random(u64::MAX).as_str(), "ffffffffffffffff");
    }

    #[test]
    fn deserialising_rejects_a_bad_id() {
        assert!(serde_json::from_str::<Id>("\"ok-1\"").is_ok());
        assert!(serde_json::from_str::<Id>("\"../etc\"").is_err());
    }
}
