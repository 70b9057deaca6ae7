//! Estimates from a sample: count, mean, sample deviation and a 95 % interval.

/// What a sample of scores says about the mean of the population it was
/// drawn from: the number of answers, their mean, the sample standard
/// deviation (n − 1 in the denominator) and a 95 % confidence interval for
/// the mean.
///
/// The interval is the mean ± t × s / √n, with t the 97.5th percentile of
/// Student's t distribution with n − 1 degrees of freedom
/// ([`t_975`](Self::t_975)). Student's t rather than the normal
/// distribution, because survey cells are often small (a site's month, one
/// channel): with 5 answers the normal interval (z = 1.96) would be about a
/// third too narrow (t = 2.776), while for large n the two agree.
/// With fewer than two answers there is no deviation and no interval.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
///
/// let responses = Responses::builder()
///     .responses((1..=4).map(|n| {
///         Response::new(format!("r{n}"), date(2026, 3, 2), Subject::Dimension(QualityDimension::Empathy), Answer::Ces(f64::from(n)))
///     }))
///     .build()?;
/// let summary = &responses.aggregate(By::subject())[0];
/// let effort = summary.estimate();
/// assert_eq!((effort.count(), effort.mean()), (4, 2.5));
/// // s = √(5/3); t(3) = 3.1824; 2.5 ± 3.1824 × s / 2
/// let s = (5.0_f64 / 3.0).sqrt();
/// assert!((effort.std_dev().unwrap() - s).abs() < 1e-12);
/// let (low, high) = effort.interval().unwrap();
/// assert!((low - (2.5 - 3.1824 * s / 2.0)).abs() < 1e-9 && (high - (2.5 + 3.1824 * s / 2.0)).abs() < 1e-9);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Estimate {
    count: usize,
    mean: f64,
    std_dev: Option<f64>,
}

impl Estimate {
    /// The number of answers.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Estimate;
    ///
    /// assert_eq!(Estimate::from_scores([4.0, 5.0]).map(|e| e.count()), Some(2));
    /// ```
    #[must_use]
    pub fn count(&self) -> usize {
        self.count
    }

    /// The mean.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Estimate;
    ///
    /// assert_eq!(Estimate::from_scores([4.0, 5.0]).map(|e| e.mean()), Some(4.5));
    /// ```
    #[must_use]
    pub fn mean(&self) -> f64 {
        self.mean
    }

    /// The sample standard deviation (n − 1 in the denominator); `None`
    /// for a single answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Estimate;
    ///
    /// assert_eq!(Estimate::from_scores([2.0, 4.0]).and_then(|e| e.std_dev()), Some(2.0_f64.sqrt()));
    /// assert_eq!(Estimate::from_scores([2.0]).and_then(|e| e.std_dev()), None);
    /// ```
    #[must_use]
    pub fn std_dev(&self) -> Option<f64> {
        self.std_dev
    }

    /// The standard error of the mean, s / √n; `None` for a single answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Estimate;
    ///
    /// let e = Estimate::from_scores([1.0, 3.0, 5.0, 7.0]).unwrap();
    /// assert!((e.std_error().unwrap() - e.std_dev().unwrap() / 2.0).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn std_error(&self) -> Option<f64> {
        #[allow(clippy::cast_precision_loss, reason = "counts far below 2^52")]
        let n = self.count as f64;
        self.std_dev.map(|s| s / n.sqrt())
    }

    /// The 95 % confidence interval of the mean, `(low, high)`: mean ± t × s / √n
    /// (see the type's documentation); `None` for a single answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Estimate;
    ///
    /// // 2 and 4: mean 3, s = √2, t(1) = 12.7062: 3 ± 12.7062.
    /// let (low, high) = Estimate::from_scores([2.0, 4.0]).and_then(|e| e.interval()).unwrap();
    /// assert!((low + 9.7062).abs() < 1e-9 && (high - 15.7062).abs() < 1e-9);
    /// ```
    #[must_use]
    pub fn interval(&self) -> Option<(f64, f64)> {
        let half = Self::t_975(self.count.saturating_sub(1) as u64) * self.std_error()?;
        Some((self.mean - half, self.mean + half))
    }

    /// Whether the two 95 % intervals do not overlap: the test
    /// [`Series::changes`](crate::survey::Series::changes) uses to call a
    /// change larger than the noise. `false` when either has no interval.
    ///
    /// Non-overlapping 95 % intervals is a conservative test (Schenker and
    /// Gentleman, "On judging the significance of differences by examining
    /// the overlap between confidence intervals", The American Statistician
    /// 55(3), 2001): when it says the two means differ, a two-sample test at
    /// the 5 % level says so too, but not always the other way round. A
    /// manager is told of fewer changes, and none that is noise.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Estimate;
    ///
    /// let low = Estimate::from_scores([1.0, 1.2, 0.8, 1.0]).unwrap();
    /// let high = Estimate::from_scores([5.0, 5.2, 4.8, 5.0]).unwrap();
    /// let wide = Estimate::from_scores([1.0, 9.0]).unwrap();
    /// assert!(low.differs_from(&high));
    /// assert!(!low.differs_from(&wide));
    /// ```
    #[must_use]
    pub fn differs_from(&self, other: &Self) -> bool {
        match (self.interval(), other.interval()) {
            (Some((a_low, a_high)), Some((b_low, b_high))) => a_high < b_low || b_high < a_low,
            _ => false,
        }
    }

    /// The estimate of some scores, `None` if there are none or one is not
    /// finite.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Estimate;
    ///
    /// assert_eq!(Estimate::from_scores([1.0, 2.0, 3.0]).map(|e| e.mean()), Some(2.0));
    /// assert_eq!(Estimate::from_scores([]), None);
    /// assert_eq!(Estimate::from_scores([1.0, f64::NAN]), None);
    /// ```
    #[must_use]
    pub fn from_scores(scores: impl IntoIterator<Item = f64>) -> Option<Self> {
        let mut acc = Accumulator::default();
        for x in scores {
            if !x.is_finite() {
                return None;
            }
            acc.add(x);
        }
        acc.estimate()
    }

    /// The 97.5th percentile of Student's t distribution with `df` degrees
    /// of freedom: the factor of a two-sided 95 % interval.
    ///
    /// Exact to the four decimals of the published tables for 1 to 30
    /// degrees of freedom (the table is built in) and at 40, 60 and 120;
    /// between those, and from 120 to infinity (where it is the normal
    /// 1.959964), interpolated linearly in 1 / df, the interpolation the
    /// tables themselves recommend, which is within 0.0005 of the exact
    /// quantile there. `df = 0` (a single answer) has no quantile and
    /// gives infinity.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Estimate;
    ///
    /// assert_eq!(Estimate::t_975(1), 12.7062);
    /// assert_eq!(Estimate::t_975(10), 2.2281);
    /// assert!((Estimate::t_975(50) - 2.0086).abs() < 0.0005);
    /// assert!((Estimate::t_975(1_000_000) - 1.959964).abs() < 1e-4);
    /// ```
    #[must_use]
    pub fn t_975(df: u64) -> f64 {
        // Student's t, 0.975 quantile, df = 1..=30 (e.g. NIST/SEMATECH
        // e-Handbook of Statistical Methods, table 1.3.6.7.2).
        const TABLE: [f64; 30] = [
            12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010, 2.1788,
            2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639,
            2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
        ];
        // (df, quantile) beyond the table; 1 / df = 0 is the normal quantile.
        const KNOTS: [(f64, f64); 5] = [
            (1.0 / 30.0, 2.0423),
            (1.0 / 40.0, 2.0211),
            (1.0 / 60.0, 2.0003),
            (1.0 / 120.0, 1.9799),
            (0.0, 1.959_964),
        ];
        if df == 0 {
            return f64::INFINITY;
        }
        if let Some(t) = usize::try_from(df - 1).ok().and_then(|i| TABLE.get(i)) {
            return *t;
        }
        #[allow(
            clippy::cast_precision_loss,
            reason = "a degree of freedom far below 2^52 or beyond all knots"
        )]
        let inverse = 1.0 / df as f64;
        for pair in KNOTS.windows(2) {
            if let [(x0, t0), (x1, t1)] = pair {
                if inverse <= *x0 && inverse >= *x1 {
                    return t1 + (t0 - t1) * (inverse - x1) / (x0 - x1);
                }
            }
        }
        1.959_964
    }
}

/// Running sums of a sample, shifted by its first value so that the
/// variance keeps its precision when the values are large and close
/// (the "shifted data" algorithm).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Accumulator {
    count: usize,
    shift: f64,
    sum: f64,
    squares: f64,
}

impl Accumulator {
    #[inline]
    pub(crate) fn add(&mut self, x: f64) {
        if self.count == 0 {
            self.shift = x;
        }
        let d = x - self.shift;
        self.count += 1;
        self.sum += d;
        self.squares += d * d;
    }

    /// The estimate, `None` if nothing was added.
    pub(crate) fn estimate(&self) -> Option<Estimate> {
        if self.count == 0 {
            return None;
        }
        #[allow(clippy::cast_precision_loss, reason = "counts far below 2^52")]
        let n = self.count as f64;
        let mean = self.shift + self.sum / n;
        let std_dev =
            (self.count > 1).then(|| ((self.squares - self.sum * self.sum / n).max(0.0) / (n - 1.0)).sqrt());
        Some(Estimate { count: self.count, mean, std_dev })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_t_table_matches_published_quantiles() {
        // NIST/SEMATECH table 1.3.6.7.2, upper 0.025 critical values.
        for (df, t) in [
            (1, 12.706),
            (2, 4.303),
            (5, 2.571),
            (12, 2.179),
            (20, 2.086),
            (30, 2.042),
            (40, 2.021),
            (60, 2.000),
            (120, 1.980),
        ] {
            assert!((Estimate::t_975(df) - t).abs() < 0.0006, "df {df}");
        }
        // Exact quantiles between the knots, from R's qt(0.975, df).
        for (df, t) in
            [(35, 2.030_108), (50, 2.008_559), (80, 1.990_063), (200, 1.971_896), (1000, 1.962_339)]
        {
            assert!((Estimate::t_975(df) - t).abs() < 0.0005, "df {df}: {}", Estimate::t_975(df));
        }
        assert!((Estimate::t_975(u64::MAX) - 1.959_964).abs() < 1e-6);
        assert!(Estimate::t_975(0).is_infinite());
        // Decreasing in df.
        let mut last = f64::INFINITY;
        for df in 1..2000 {
            let t = Estimate::t_975(df);
            assert!(t <= last, "df {df}");
            last = t;
        }
    }

    #[test]
    fn the_shifted_sums_keep_precision() {
        let e = Estimate::from_scores([1e9 + 4.0, 1e9 + 7.0, 1e9 + 13.0, 1e9 + 16.0]).unwrap();
        assert_eq!(e.mean(), 1e9 + 10.0);
        assert!((e.std_dev().unwrap() - 30.0_f64.sqrt()).abs() < 1e-9);
    }
}
