//! Helpers the format tests share (each `tests/*.rs` file is its own crate
//! and includes this module). Not every file uses every helper.
#![allow(dead_code)]

use canevas::format::{export, import, Kind};
use canevas::model::{Id, Timestamp};
use serde_json::{json, Value};
use std::collections::BTreeSet;

pub fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

/// An object's member names.
pub fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

/// An array of strings, in order.
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

/// Checks a schema definition `def` against the object at `pointer` in
/// `file`, as Canevas writes it: the schema lists exactly the members
/// written; a member is required in the schema if and only if import
/// refuses the file without it; the default the schema states is what
/// import assumes when it is left out; other members are allowed if and
/// only if import ignores them. `fix` mends what else a removal breaks
/// (a reference to what was removed) before the file is read.
pub fn check_members(def: &Value, file: &Value, pointer: &str, fix: impl Fn(&mut Value, &str)) {
    let written = file.pointer(pointer).unwrap();
    assert_eq!(keys(&def["properties"]), keys(written), "{pointer}");
    let required: BTreeSet<String> = def
        .get("required")
        .map(|r| strings(r).into_iter().collect())
        .unwrap_or_default();
    for member in keys(written) {
        let mut without = file.clone();
        without
            .pointer_mut(pointer)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(&member);
        fix(&mut without, &member);
        let read = import(without.to_string().as_bytes());
        assert_eq!(
            read.is_err(),
            required.contains(&member),
            "{pointer}/{member}: required in the schema iff import needs it"
        );
        if let Ok(projects) = read {
            let again: Value =
                serde_json::from_str(&export(&projects, Kind::Project, Timestamp(3))).unwrap();
            assert_eq!(
                again.pointer(pointer).unwrap().get(&member),
                def["properties"][&member].get("default"),
                "{pointer}/{member}: the default is what import assumes"
            );
        }
    }
    let mut extra = file.clone();
    extra
        .pointer_mut(pointer)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert("zz_unknown".into(), json!(1));
    assert_eq!(
        def["additionalProperties"],
        json!(import(extra.to_string().as_bytes()).is_ok()),
        "{pointer}: other members allowed iff import ignores them"
    );
}

/// Every list of a diffusion plan, by name, with its length: what the
/// tests of fully filled projects (examples, look seeds) check one by one.
pub fn diffusion_lists(d: &canevas::model::diffusion::Plan) -> [(&'static str, usize); 9] {
    [
        ("goals", d.goals.len()),
        ("audiences", d.audiences.len()),
        ("channels", d.channels.len()),
        ("timeline", d.timeline.len()),
        ("budget", d.budget.len()),
        ("funding", d.funding.len()),
        ("kpis", d.kpis.len()),
        ("rights", d.rights.len()),
        ("revenues", d.revenues.len()),
    ]
}
