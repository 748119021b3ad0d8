//! Migrations from every earlier format version to the current one.
//!
//! `MIGRATIONS[i]` turns a file of version `i + 1` into version `i + 2`, on
//! the JSON value, before it is checked against the current model. Adding a
//! version means: bump `VERSION`, append a migration here, add a fixture of
//! the old version under `tests/fixtures/format/`, update the schema.
//! Fixtures are never deleted: every file ever written must keep opening.

use crate::model::feasibility::importance_from_v2;
use serde_json::Value;

pub type Migration = fn(Value) -> Result<Value, String>;

pub const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3];

/// Version 2 gives each project the sections of the workshop's later tools
/// (the audience–offer fit worksheet, the feasibility studio, the diffusion
/// and valorisation plan). A version 1 project has none of them yet, and
/// an absent section reads as an empty one, so the projects carry over
/// as they are; only the version number changes.
fn v1_to_v2(file: Value) -> Result<Value, String> {
    Ok(file)
}

/// Version 3 changes two meanings, so that nothing is lost:
/// - a note written without a colour was yellow; now it has no colour (and
///   belongs to no segment), so each such note is given `"colour":
///   "yellow"` explicitly;
/// - the feasibility studio's importance ran 1–4; it now uses Canevas's one
///   importance scale, 1–5, like the fit worksheet: 1→1, 2→2, 3→4, 4→5
///   (the grid's high half, 3–4 before, is 4–5 now). An assumption without
///   importance read as 3 and now reads as 4, so it is left as it is; a
///   number off the old scale was refused and still is.
///
/// Anything not of the expected shape is left for the checks that follow.
fn v2_to_v3(mut file: Value) -> Result<Value, String> {
    let projects = file.get_mut("projects").and_then(Value::as_array_mut);
    for p in projects.into_iter().flatten() {
        let blocks = p.get_mut("canvas").and_then(Value::as_object_mut);
        for notes in blocks.into_iter().flat_map(|b| b.values_mut()) {
            for n in notes.as_array_mut().into_iter().flatten() {
                if let Some(n) = n.as_object_mut() {
                    n.entry("colour").or_insert_with(|| "yellow".into());
                }
            }
        }
        let assumptions = p
            .pointer_mut("/feasibility/assumptions")
            .and_then(Value::as_array_mut);
        for a in assumptions.into_iter().flatten() {
            let Some(importance) = a.get_mut("importance") else {
                continue;
            };
            if let Some(old) = importance.as_u64() {
                let new = importance_from_v2(old).ok_or(
                    "feasibility: an assumption's importance is out of range (1 to 4 before version 3)",
                )?;
                *importance = new.into();
            }
        }
    }
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
    fn version_2_notes_keep_their_colour_and_importance_moves_to_the_one_scale() {
        let note = |colour: Option<&str>| {
            let mut n =
                serde_json::json!({"id": "n", "text": "x", "created_at": 0, "updated_at": 0});
            if let Some(c) = colour {
                n["colour"] = c.into();
            }
            n
        };
        let a = |importance: Option<u64>| {
            let mut a = serde_json::json!({"id": "a", "block": "channels"});
            if let Some(i) = importance {
                a["importance"] = i.into();
            }
            a
        };
        let v2 = serde_json::json!({"format": "canevas", "version": 2, "projects": [{
            "canvas": {"channels": [note(None), note(Some("pink"))], "key_partners": []},
            "feasibility": {"assumptions": [a(Some(1)), a(Some(2)), a(Some(3)), a(Some(4)), a(None)]}
        }, {"id": "bare"}]});
        let v3 = migrate(v2, 2).unwrap();
        assert_eq!(v3["version"], 3);
        let p = &v3["projects"][0];
        assert_eq!(
            p["canvas"]["channels"][0]["colour"], "yellow",
            "absent was yellow"
        );
        assert_eq!(p["canvas"]["channels"][1]["colour"], "pink");
        let importances: Vec<&Value> = p["feasibility"]["assumptions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| &a["importance"])
            .collect();
        assert_eq!(
            importances,
            [&1.into(), &2.into(), &4.into(), &5.into(), &Value::Null]
        );
        assert_eq!(v3["projects"][1], serde_json::json!({"id": "bare"}));
        // Off the old scale: refused, as version 2 refused it.
        for bad in [0, 5] {
            let v2 = serde_json::json!({"format": "canevas", "version": 2,
                "projects": [{"feasibility": {"assumptions": [a(Some(bad))]}}]});
            assert!(migrate(v2, 2).is_err(), "{bad}");
        }
        // A version 1 file goes through both steps.
        let v1 = serde_json::json!({"format": "canevas", "version": 1,
            "projects": [{"canvas": {"channels": [note(None)]}}]});
        assert_eq!(
            migrate(v1, 1).unwrap()["projects"][0]["canvas"]["channels"][0]["colour"],
            "yellow"
        );
    }

    #[test]
    fn a_current_file_passes_through_unchanged_but_for_its_version() {
        let v = serde_json::json!({"format": "canevas", "version": super::super::VERSION, "projects": []});
        assert_eq!(migrate(v.clone(), super::super::VERSION).unwrap(), v);
    }
}
