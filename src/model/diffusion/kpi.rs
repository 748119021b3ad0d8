//! Key performance indicators: a target, a date, and the actual value
//! entered later.

use super::{item, Date, Decimal};
use crate::model::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kpi {
    pub id: Id,
    /// What is measured: wishlists, followers, readers per episode...
    pub name: String,
    pub target: Option<Decimal>,
    pub actual: Option<Decimal>,
    /// When the target should be reached.
    pub due: Option<Date>,
}
item!(Kpi { name, target, actual, due } texts { name });

impl Kpi {
    pub fn new(id: Id) -> Kpi {
        Kpi {
            id,
            name: String::new(),
            target: None,
            actual: None,
            due: None,
        }
    }

    /// Actual as a whole percentage of the target (rounded half up; may pass
    /// 100); `None` until both are given and the target is above zero.
    pub fn progress(&self) -> Option<u64> {
        self.actual?.percent_of(self.target?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_needs_a_target_and_an_actual() {
        let d = |s| Decimal::parse_canonical(s);
        let mut k = Kpi::new(Id::parse("k").unwrap());
        assert_eq!(k.progress(), None);
        k.target = d("5000");
        assert_eq!(k.progress(), None);
        k.actual = d("1250");
        assert_eq!(k.progress(), Some(25));
        k.actual = d("2");
        assert_eq!(k.progress(), Some(0), "0.04% is 0%");
        k.actual = d("3333");
        assert_eq!(k.progress(), Some(67), "66.66% is 67%, not 66%");
        k.actual = d("7500");
        assert_eq!(k.progress(), Some(150));
        k.target = d("0");
        assert_eq!(k.progress(), None);
    }
}
