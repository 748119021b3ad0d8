//! The budget: lines grouped by kind, funding sources, exact totals and
//! which funding covers what.

use super::{item, keyed_enum, Decimal};
use crate::model::Id;

keyed_enum! {
    /// Budget groups, in the order they are shown.
    BudgetGroup {
        Materials = "materials",
        Fees = "fees",
        Travel = "travel",
        Ads = "ads",
        Events = "events",
        Other = "other",
    }
}

/// One line of the budget, in the plan's currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetLine {
    pub id: Id,
    pub group: BudgetGroup,
    pub label: String,
    /// Empty until the user gives one; counts as zero.
    pub amount: Option<Decimal>,
    /// The funding source that pays for the line, if any.
    pub funding: Option<Id>,
}
item!(BudgetLine { group, label, amount, funding } texts { label });

/// Money the project has or hopes for: a grant, a prize, own funds, a
/// pre-sale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Funding {
    pub id: Id,
    pub name: String,
    pub amount: Option<Decimal>,
}
item!(Funding { name, amount } texts { name });

/// Totals per group (groups with lines, in display order) and overall.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Totals {
    pub groups: Vec<(BudgetGroup, Decimal)>,
    pub total: Decimal,
}

/// Exact totals; `None` only on an overflow no budget within the limits
/// can reach.
pub fn totals(lines: &[BudgetLine]) -> Option<Totals> {
    let mut groups = Vec::new();
    for g in BudgetGroup::ALL {
        let in_group: Vec<Decimal> = lines
            .iter()
            .filter(|l| l.group == *g)
            .map(|l| l.amount.unwrap_or_default())
            .collect();
        if !in_group.is_empty() {
            groups.push((*g, Decimal::sum(&in_group)?));
        }
    }
    let total = Decimal::sum(groups.iter().map(|(_, t)| t))?;
    Some(Totals { groups, total })
}

/// What one funding source pays for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceCoverage {
    pub id: Id,
    /// The source's amount.
    pub amount: Decimal,
    /// The lines it is asked to pay for.
    pub allocated: Decimal,
    /// `amount - allocated`: negative when it is asked for more than it has.
    pub balance: Decimal,
}

impl SourceCoverage {
    /// Whether the source is asked for more than it has, and by how much
    /// (else what it has left): the balance as people say it, never
    /// negative.
    pub fn left_or_over(&self) -> (bool, Decimal) {
        if self.balance.is_negative() {
            let over = Decimal::ZERO.checked_sub(self.balance);
            (true, over.unwrap_or_default())
        } else {
            (false, self.balance)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub sources: Vec<SourceCoverage>,
    /// Lines that no funding source pays for.
    pub unassigned: Decimal,
    /// What no funding pays for: unassigned lines, plus what sources are
    /// asked for beyond their amount.
    pub uncovered: Decimal,
}

pub fn coverage(lines: &[BudgetLine], funding: &[Funding]) -> Option<Coverage> {
    let mut sources = Vec::new();
    let mut covered = Decimal::ZERO;
    for f in funding {
        let amounts: Vec<Decimal> = lines
            .iter()
            .filter(|l| l.funding.as_ref() == Some(&f.id))
            .map(|l| l.amount.unwrap_or_default())
            .collect();
        let allocated = Decimal::sum(&amounts)?;
        let amount = f.amount.unwrap_or_default();
        covered = covered.checked_add(allocated.min(amount))?;
        sources.push(SourceCoverage {
            id: f.id.clone(),
            amount,
            allocated,
            balance: amount.checked_sub(allocated)?,
        });
    }
    let unassigned: Vec<Decimal> = lines
        .iter()
        .filter(|l| l.funding.is_none())
        .map(|l| l.amount.unwrap_or_default())
        .collect();
    let total = totals(lines)?.total;
    Some(Coverage {
        sources,
        unassigned: Decimal::sum(&unassigned)?,
        uncovered: total.checked_sub(covered)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse_canonical(s).unwrap()
    }

    fn line(id: &str, group: BudgetGroup, amount: &str, funding: Option<&str>) -> BudgetLine {
        BudgetLine {
            id: Id::parse(id).unwrap(),
            group,
            label: id.into(),
            amount: (!amount.is_empty()).then(|| d(amount)),
            funding: funding.map(|f| Id::parse(f).unwrap()),
        }
    }

    fn lines() -> Vec<BudgetLine> {
        vec![
            line("trailer", BudgetGroup::Materials, "450000", Some("grant")),
            line("flight", BudgetGroup::Travel, "385000", Some("grant")),
            line("posters", BudgetGroup::Materials, "75000.5", None),
            line("fees", BudgetGroup::Fees, "", None),
            line("ads", BudgetGroup::Ads, "0.1", Some("own")),
            line("ads2", BudgetGroup::Ads, "0.2", Some("own")),
        ]
    }

    #[test]
    fn totals_per_group_and_overall_are_exact() {
        let t = totals(&lines()).unwrap();
        assert_eq!(
            t.groups,
            [
                (BudgetGroup::Materials, d("525000.5")),
                (BudgetGroup::Fees, Decimal::ZERO),
                (BudgetGroup::Travel, d("385000")),
                (BudgetGroup::Ads, d("0.3")),
            ]
        );
        assert_eq!(t.total, d("910000.8"));
        assert_eq!(
            totals(&[]).unwrap(),
            Totals {
                groups: vec![],
                total: Decimal::ZERO
            }
        );
    }

    #[test]
    fn coverage_says_what_each_source_pays_and_what_is_left() {
        let funding = vec![
            Funding {
                id: Id::parse("grant").unwrap(),
                name: "Grant".into(),
                amount: Some(d("800000")),
            },
            Funding {
                id: Id::parse("own").unwrap(),
                name: "Own funds".into(),
                amount: Some(d("1")),
            },
        ];
        let c = coverage(&lines(), &funding).unwrap();
        assert_eq!(c.sources[0].allocated, d("835000"));
        assert_eq!(
            c.sources[0].balance.display(0, ",", "."),
            "-35,000",
            "over-committed"
        );
        assert_eq!(c.sources[1].balance, d("0.7"));
        assert_eq!(c.unassigned, d("75000.5"));
        // Uncovered: the unassigned posters, plus the 35 000 the grant lacks.
        assert_eq!(c.uncovered, d("110000.5"));
        let none = coverage(&lines(), &[]).unwrap();
        assert_eq!(none.uncovered, totals(&lines()).unwrap().total);
    }

    #[test]
    fn a_source_says_what_it_has_left_or_by_how_much_it_is_over() {
        let source = |amount: &str, allocated: &str| SourceCoverage {
            id: Id::parse("grant").unwrap(),
            amount: d(amount),
            allocated: d(allocated),
            balance: d(amount).checked_sub(d(allocated)).unwrap(),
        };
        assert_eq!(source("100", "40.5").left_or_over(), (false, d("59.5")));
        assert_eq!(source("100", "100").left_or_over(), (false, Decimal::ZERO));
        assert_eq!(source("100", "250").left_or_over(), (true, d("150")));
    }
}
