//! Migrations from every earlier format version to the current one.
//!
//! `MIGRATIONS[i]` turns a file of version `i + 1` into version `i + 2`, on
//! the JSON value, before it is checked against the current model. Adding a
//! version means: bump `VERSION`, append a migration here, add a fixture of
//! the old version under `tests/fixtures/format/`, update the schema.
//! Fixtures are never deleted: every file ever written must keep opening.

use serde_json::Value;

pub type Migration = fn(Value) -> Result<Value, String>;

pub const MIGRATIONS: &[Migration] = &[v1_to_v2];

/// Version 2 gives each project the sections of the workshop's later tools
/// (the audience–offer fit worksheet, the feasibility studio, the diffusion
/// and valorisation plan). A version 1 project has none of them yet, and
/// an absent section reads as an empty one, so the projects carry over
/// as they are; only the version number changes.
fn v1_to_v2(file: Value) -> Result<Value, String> {
    Ok(file)
}

/// Runs the migrations from `from` up to the current version.
pub(crate) fn migrate(mut file: Value, from: u32) -> Result<Value, String> {
    let start = from.saturating_sub(1) as usize;
    for step in MIGRATIONS.iter().skip(start) {
        file = step(file)?;
    }
    if let Some(obj) = file.as_object_mut() {
        obj.insert("version".into(), super::VERSION.into());
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_one_migration_per_earlier_version() {
        assert_eq!(MIGRATIONS.len() as u32, super::super::VERSION - 1);
    }

    #[test]
    fn a_current_file_passes_through_unchanged_but_for_its_version() {
        let v = serde_json::json!({"format": "canevas", "version": super::super::VERSION, "projects": []});
        assert_eq!(migrate(v.clone(), super::super::VERSION).unwrap(), v);
    }
}
