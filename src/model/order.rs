//! Sorting by a number, with one compiled sort for every list: a sort per
//! item type (the standard library's sorts are generic) weighs on the
//! download, and each of these lists is short.

/// The positions of `keys` from the smallest key to the largest, equal
/// keys in list order.
pub fn order(keys: impl Iterator<Item = u64>) -> impl Iterator<Item = usize> {
    let mut v: Vec<(u64, usize)> = keys.enumerate().map(|(i, k)| (k, i)).collect();
    sort_pairs(&mut v);
    v.into_iter().map(|(_, i)| i)
}

#[inline(never)]
fn sort_pairs(v: &mut [(u64, usize)]) {
    // Unstable is stable here: no two pairs are equal (positions differ).
    v.sort_unstable();
}

/// Sorts `items` by `key`, smallest first, equal keys in their order (a
/// stable sort, like `sort_by_key`).
pub fn sort_by_number<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let positions: Vec<usize> = order(items.iter().map(key)).collect();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        positions
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// A signed number as one that sorts the same way.
pub fn signed(n: i64) -> u64 {
    (n as u64) ^ (1 << 63)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_number_keeping_ties_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_number(&mut v, |(k, _)| *k);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c')];
        sort_by_number(&mut v, |(k, _)| u64::MAX - k);
        assert_eq!(v, [(3, 'a'), (3, 'c'), (1, 'b')]);
    }

    #[test]
    fn signed_numbers_keep_their_order() {
        let mut n = [5, -3, i64::MIN, 0, i64::MAX, -1];
        n.sort_by_key(|n| signed(*n));
        assert_eq!(n, [i64::MIN, -3, -1, 0, 5, i64::MAX]);
    }
}
