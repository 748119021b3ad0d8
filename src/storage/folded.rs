//! Which parts of the long screens the user folded, kept under
//! `canevas.folded` as a JSON list of `<screen>:<part>` names, so a screen
//! opens as it was left. A preference, not work: a record that cannot be
//! read counts as nothing folded and is written over.

use super::Backend;
use std::collections::BTreeSet;

pub const FOLDED_KEY: &str = "canevas.folded";

pub fn read(backend: &impl Backend) -> BTreeSet<String> {
    backend
        .get(FOLDED_KEY)
        .ok()
        .flatten()
        .and_then(|raw| crate::format::read_record(&raw).ok())
        .unwrap_or_default()
}

/// Folds or unfolds one part. Failing to write (a full storage) only
/// forgets the preference.
pub fn set(backend: &mut impl Backend, part: &str, folded: bool) {
    let mut all = read(backend);
    let changed = if folded {
        all.insert(part.to_owned())
    } else {
        all.remove(part)
    };
    if changed {
        if let Ok(raw) = serde_json::to_string(&all) {
            let _ = backend.set(FOLDED_KEY, &raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryBackend;

    #[test]
    fn folds_and_unfolds_parts_and_survives_a_bad_record() {
        let mut b = MemoryBackend::default();
        assert!(read(&b).is_empty());
        set(&mut b, "feasibility:risks", true);
        set(&mut b, "diffusion:budget", true);
        set(&mut b, "feasibility:risks", false);
        assert_eq!(
            read(&b).into_iter().collect::<Vec<_>>(),
            ["diffusion:budget"]
        );
        b.set(FOLDED_KEY, "{not a list").unwrap();
        assert!(read(&b).is_empty());
        set(&mut b, "fit:x", true);
        assert_eq!(b.get(FOLDED_KEY).unwrap().as_deref(), Some(r#"["fit:x"]"#));
    }
}
