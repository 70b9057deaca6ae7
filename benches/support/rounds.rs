//! What the paired benches (`derive_paired`, `growth`) share: pushing the
//! caches' contents out between calls, and the median and quantiles of the
//! rounds' figures.

use std::hint::black_box;

/// Writes every word of `other`, pushing what the caches held out.
pub fn evict(other: &mut [u64]) {
    for (n, word) in other.iter_mut().enumerate() {
        *word = word.wrapping_add(n as u64);
    }
    black_box(other);
}

/// The median of `values` (sorted in place): of an even count, the mean
/// of the two middle values.
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    quantile(values, 0.5)
}

/// The `q` quantile of sorted `values`, interpolated between the two
/// nearest ranks (NaN for no values).
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    let Some(last) = sorted.len().checked_sub(1) else { return f64::NAN };
    let at = last as f64 * q;
    let (low, high) = (at.floor() as usize, at.ceil() as usize);
    let (a, b) = (sorted[low.min(last)], sorted[high.min(last)]);
    a + (b - a) * (at - low as f64)
}
