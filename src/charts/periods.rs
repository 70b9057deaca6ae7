//! The periods of several series merged into one time order.

/// Each period once, in time order: every series lists its periods in
/// time order, so a period comes after every period before it in any
/// series (a topological order of the series' orders); periods no series
/// orders against each other (one series' `01` and another's `02` only)
/// take the order of their labels, which is time order for the labels the
/// crate writes (`2026-03`, `2026-Q1`, `2026-03-31`). Should the series
/// contradict each other, the periods left take the order first met.
pub(super) fn time_order<'a>(series: impl Iterator<Item = impl Iterator<Item = &'a str>>) -> Vec<&'a str> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let mut first_met: Vec<&str> = Vec::new();
    let mut place: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    let mut after: Vec<Vec<usize>> = Vec::new();
    let mut before_count: Vec<usize> = Vec::new();
    for labels in series {
        let mut previous: Option<usize> = None;
        for label in labels {
            let n = *place.entry(label).or_insert_with(|| {
                first_met.push(label);
                after.push(Vec::new());
                before_count.push(0);
                first_met.len() - 1
            });
            if let Some(p) = previous.filter(|p| *p != n) {
                if let (Some(edges), Some(count)) = (after.get_mut(p), before_count.get_mut(n)) {
                    edges.push(n);
                    *count += 1;
                }
            }
            previous = Some(n);
        }
    }
    let mut ready: BinaryHeap<Reverse<(&str, usize)>> = first_met
        .iter()
        .enumerate()
        .filter(|(n, _)| before_count.get(*n) == Some(&0))
        .map(|(n, label)| Reverse((*label, n)))
        .collect();
    let mut done = vec![false; first_met.len()];
    let mut order = Vec::with_capacity(first_met.len());
    while let Some(Reverse((label, n))) = ready.pop() {
        order.push(label);
        if let Some(flag) = done.get_mut(n) {
            *flag = true;
        }
        for &next in after.get(n).map_or(&[][..], Vec::as_slice) {
            if let Some(count) = before_count.get_mut(next) {
                *count -= 1;
                if *count == 0 {
                    ready.push(Reverse((first_met.get(next).copied().unwrap_or_default(), next)));
                }
            }
        }
    }
    // A contradiction (a cycle): the rest in the order first met.
    order.extend(first_met.iter().zip(&done).filter(|(_, d)| !**d).map(|(label, _)| *label));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_merge_into_time_order() {
        fn order<'a>(series: &[&[&'a str]]) -> Vec<&'a str> {
            time_order(series.iter().map(|s| s.iter().copied()))
        }
        assert_eq!(
            order(&[&["03", "04", "05", "06"], &["01", "02", "03", "04"]]),
            ["01", "02", "03", "04", "05", "06"]
        );
        // Unordered against each other: by label.
        assert_eq!(order(&[&["b", "d"], &["a", "c"]]), ["a", "b", "c", "d"]);
        // Labels out of text order keep each series' own order.
        assert_eq!(order(&[&["Jan", "Feb", "Mar"], &["Feb", "Mar", "Apr"]]), ["Jan", "Feb", "Mar", "Apr"]);
        // A contradiction: what is left in the order first met.
        assert_eq!(order(&[&["x", "y"], &["y", "x"], &["a"]]), ["a", "x", "y"]);
        assert!(order(&[]).is_empty());
    }
}
