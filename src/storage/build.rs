//! Which build of Canevas this browser opened last, kept under
//! `canevas.build` as the build's name (scripts/stamp.mjs), so the app can
//! say it was updated the first time a new build opens.

use super::Backend;

pub const BUILD_KEY: &str = "canevas.build";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opened {
    /// No build was recorded: a first visit, or one from before builds were.
    First,
    /// The same build as last time.
    Same,
    /// Another build than last time: the app was updated.
    Updated,
}

/// Records that `build` is open and says how it compares with the last one.
/// A build with no name (a development build that was not stamped) is
/// never recorded. Failing to record is harmless: the message may repeat.
pub fn opened(backend: &mut impl Backend, build: &str) -> Opened {
    if build.is_empty() || build.starts_with("__") {
        return Opened::Same;
    }
    let last = backend.get(BUILD_KEY).ok().flatten();
    if last.as_deref() == Some(build) {
        return Opened::Same;
    }
    let _ = backend.set(BUILD_KEY, build);
    match last {
        None => Opened::First,
        Some(_) => Opened::Updated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryBackend;

    #[test]
    fn a_first_visit_then_the_same_build_then_a_new_one() {
        let mut b = MemoryBackend::default();
        assert_eq!(opened(&mut b, "a1"), Opened::First);
        assert_eq!(opened(&mut b, "a1"), Opened::Same);
        assert_eq!(opened(&mut b, "b2"), Opened::Updated);
        assert_eq!(opened(&mut b, "b2"), Opened::Same);
        assert_eq!(b.get(BUILD_KEY).unwrap().as_deref(), Some("b2"));
    }

    #[test]
    fn an_unstamped_build_is_not_recorded() {
        let mut b = MemoryBackend::default();
        assert_eq!(opened(&mut b, "__CANEVAS_BUILD__"), Opened::Same);
        assert_eq!(opened(&mut b, ""), Opened::Same);
        assert_eq!(b.get(BUILD_KEY).unwrap(), None);
    }
}
