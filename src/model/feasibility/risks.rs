//! Part 4: the risk register, with likelihood × impact on a heat map.

use crate::model::Id;
use serde::Serialize;

/// Likelihood and impact run 1–5.
pub const RISK_MAX: u8 = 5;

fn middle() -> u8 {
    3
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Risk {
    pub id: Id,
    pub text: String,
    pub likelihood: u8,
    pub impact: u8,
    pub owner: String,
    pub mitigation: String,
}

impl Risk {
    pub fn new(id: Id) -> Risk {
        Risk {
            id,
            text: String::new(),
            likelihood: middle(),
            impact: middle(),
            owner: String::new(),
            mitigation: String::new(),
        }
    }

    /// Likelihood × impact, 1–25.
    pub fn exposure(&self) -> u8 {
        self.likelihood * self.impact
    }
}

/// The risks in each cell of the heat map: `map[impact - 1][likelihood - 1]`.
pub fn heat_map(risks: &[Risk]) -> Vec<Vec<Vec<&Risk>>> {
    let n = RISK_MAX as usize;
    let mut map = vec![vec![Vec::new(); n]; n];
    for r in risks {
        let (i, l) = (r.impact.clamp(1, RISK_MAX), r.likelihood.clamp(1, RISK_MAX));
        map[i as usize - 1][l as usize - 1].push(r);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::super::tests::id;
    use super::*;

    #[test]
    fn the_heat_map_puts_each_risk_in_its_cell() {
        let mut a = Risk::new(id("a"));
        (a.likelihood, a.impact) = (5, 2);
        let b = Risk::new(id("b"));
        let c = Risk::new(id("c"));
        let risks = [a, b, c];
        let map = heat_map(&risks);
        assert_eq!(map[1][4].len(), 1);
        assert_eq!(map[2][2].len(), 2);
        assert_eq!(map.iter().flatten().map(Vec::len).sum::<usize>(), 3);
        assert_eq!(risks[0].exposure(), 10);
    }
}
