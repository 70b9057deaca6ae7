//! Value axes: round ticks over a range, their key points, and numbers
//! in the locale's way.

use crate::standard::Locale;
use crate::standard::wording::Number;

/// The axes run over whole numbers (plotters formats no other key points of
/// one's choosing): a value axis from 0 to `SCALE`, a period `SCALE` wide.
pub(super) const SCALE: i32 = 10_000;

#[derive(Clone, Copy)]
pub(super) enum Unit {
    Plain,
    Percent,
}

/// The smallest and largest finite values (0 and 0 if none is).
pub(super) fn finite_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (min, max) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if min <= max { (min, max) } else { (0.0, 0.0) }
}

/// The text of the key point nearest `at`; `keys` in ascending order.
pub(super) fn nearest(keys: &[(i32, String)], at: i32) -> String {
    // `keys` are in ascending order: the nearest is the first at or above
    // `at`, or the one before it.
    let above = keys.partition_point(|(key, _)| *key < at);
    let candidates = [above.checked_sub(1).and_then(|n| keys.get(n)), keys.get(above)];
    candidates
        .into_iter()
        .flatten()
        .min_by_key(|(key, _)| key.abs_diff(at))
        .map(|(_, text)| text.clone())
        .unwrap_or_default()
}

/// A share of an axis (or a number of rows) in its whole units, `SCALE` a
/// unit; a value out of `i32`'s range (which no chart has) is clamped.
pub(super) fn scaled(share: f64) -> i32 {
    #[allow(clippy::cast_possible_truncation, reason = "saturating, on purpose")]
    let at = (share * f64::from(SCALE)).round() as i32;
    at
}

/// Round axis ticks (1, 2 or 5 × 10ⁿ apart) covering a range.
pub(super) struct Ticks {
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) step: f64,
}

impl Ticks {
    pub(super) fn new(low: f64, high: f64) -> Self {
        let (low, high) = if high > low {
            (low, high)
        } else {
            let pad = low.abs().max(1.0) * 0.1;
            ((low - pad).max(f64::MIN), (high + pad).min(f64::MAX))
        };
        // Halves before the difference: no overflow near `f64::MAX`.
        let rough = high / 8.0 - low / 8.0;
        let magnitude = 10_f64.powf(rough.log10().floor());
        let step =
            [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= rough).unwrap_or(rough);
        let (nice_low, nice_high) = ((low / step).floor() * step, (high / step).ceil() * step);
        if step > 0.0 && [step, nice_low, nice_high, nice_high - nice_low].iter().all(|v| v.is_finite()) {
            Self { low: nice_low, high: nice_high, step }
        } else {
            // Beyond round numbers: the range itself, in two steps.
            Self { low, high, step: high / 2.0 - low / 2.0 }
        }
    }

    /// Where `value` lies from the low end (0) to the high (1); halves
    /// before the differences, so no overflow near `f64::MAX`.
    pub(super) fn share(&self, value: f64) -> f64 {
        (value / 2.0 - self.low / 2.0) / (self.high / 2.0 - self.low / 2.0)
    }

    pub(super) fn values(&self) -> impl Iterator<Item = f64> + '_ {
        let steps = ((self.high - self.low) / self.step).round();
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a few ticks, positive")]
        let steps = steps.clamp(0.0, 100.0) as usize;
        // Rounded to the step's decimals: 0.3, not 0.30000000000000004.
        #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap, reason = "at most 8")]
        let scale = 10_f64.powi(self.decimals() as i32 + 2);
        #[allow(clippy::cast_precision_loss, reason = "a few ticks")]
        (0..=steps).map(move |i| {
            let v = ((self.low + self.step * i as f64) * scale).round() / scale;
            // No "-0".
            if v == 0.0 { 0.0 } else { v }
        })
    }

    /// Decimals for a tick: as many as the step needs.
    pub(super) fn decimals(&self) -> usize {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..=6")]
        let decimals = (-self.step.log10().floor()).clamp(0.0, 6.0) as usize;
        decimals
    }

    pub(super) fn format(&self, value: f64, unit: Unit, locale: Locale) -> String {
        number(value, self.decimals(), unit, locale)
    }

    /// The ticks where the axis runs from 0 to `SCALE` (their
    /// [`share`](Self::share), scaled), with their text: the axis is drawn in
    /// shares, so that no value near `f64::MAX` overflows plotters' arithmetic.
    pub(super) fn keys(&self, unit: Unit, locale: Locale) -> Vec<(i32, String)> {
        let mut keys: Vec<(i32, String)> =
            self.values().map(|tick| (scaled(self.share(tick)), self.format(tick, unit, locale))).collect();
        keys.sort_by_key(|(at, _)| *at);
        keys
    }

    /// A value beside its bar or its point: two decimals, a whole percentage.
    pub(super) fn format_value(&self, value: f64, unit: Unit, locale: Locale) -> String {
        let decimals = match unit {
            Unit::Percent => 0,
            Unit::Plain => 2,
        };
        number(value, decimals, unit, locale)
    }
}

/// A number in the locale's way ([`Locale::number`], with a true minus
/// sign) and, for a percentage, its sign.
pub(super) fn number(value: f64, decimals: usize, unit: Unit, locale: Locale) -> String {
    let text = locale.number(value, Number::fixed(decimals).typeset());
    match unit {
        Unit::Plain => text,
        Unit::Percent => format!("{text}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_key_point_is_found_on_either_side() {
        let keys: Vec<(i32, String)> =
            [(0, "a"), (10, "b"), (30, "c")].map(|(k, t)| (k, t.to_owned())).into();
        let found: Vec<String> = [-5, 0, 4, 6, 19, 21, 30, 99].map(|at| nearest(&keys, at)).into();
        assert_eq!(found, ["a", "a", "a", "b", "b", "c", "c", "c"]);
        assert_eq!(nearest(&[], 3), "");
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        let ticks = Ticks::new(-2.3, 0.4);
        assert_eq!(ticks.values().collect::<Vec<_>>(), [-2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5]);
        let ticks = Ticks::new(0.0, 6.6);
        assert_eq!(ticks.values().collect::<Vec<_>>(), [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]);
        let ticks = Ticks::new(0.0, 100.0);
        assert_eq!(ticks.values().collect::<Vec<_>>(), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(
            Ticks::new(0.1, 0.37).values().collect::<Vec<_>>(),
            [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]
        );
        assert!(Ticks::new(5.0, 5.0).values().count() > 1);
    }

    #[test]
    fn numbers_take_the_locales_separator_and_a_true_minus() {
        assert_eq!(number(-1.25, 2, Unit::Plain, Locale::English), "−1.25");
        assert_eq!(number(-1.25, 2, Unit::Plain, Locale::Polish), "−1,25");
        assert_eq!(number(-0.001, 1, Unit::Plain, Locale::English), "0.0");
        assert_eq!(number(85.0, 0, Unit::Percent, Locale::English), "85%");
    }
}
