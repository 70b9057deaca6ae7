//! Two-sample tests between estimates of one measure (Fisher's exact test
//! or the two-proportion z-test for shares, the adjusted Wald z-test for
//! NPS, Welch's t-test for means) and the Benjamini–Hochberg adjustment of
//! many p-values.

use crate::statistics::{
    estimate::{Estimate, adjusted, as_f64},
    special::{fisher_exact, normal_two_sided, student_two_sided},
};

/// Which two-sample test a [`Comparison`] used.
///
/// # Examples
///
/// ```
/// use service_standards::statistics::{Estimate, TwoSampleTest};
///
/// let tea = Estimate::share(3, 4).unwrap().compare(&Estimate::share(1, 4).unwrap()).unwrap();
/// assert_eq!(tea.test(), TwoSampleTest::FisherExact);
/// assert_eq!(TwoSampleTest::WelchT.to_string(), "Welch's t-test");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum TwoSampleTest {
    /// Fisher's exact test of the 2 × 2 table (shares with an expected
    /// count below 5 in some cell).
    FisherExact,
    /// The pooled two-proportion z-test (shares with every expected count
    /// at least 5).
    TwoProportionZ,
    /// The adjusted Wald z-test of two NPS (Rocks' adjustment applied to
    /// each sample).
    NpsAdjustedWaldZ,
    /// Welch's unequal-variances t-test (means).
    WelchT,
}

impl std::fmt::Display for TwoSampleTest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::FisherExact => "Fisher's exact test",
            Self::TwoProportionZ => "two-proportion z-test",
            Self::NpsAdjustedWaldZ => "adjusted Wald z-test of NPS",
            Self::WelchT => "Welch's t-test",
        })
    }
}

/// The two-sample test of whether two estimates of one measure differ
/// ([`Estimate::compare`]): which test, its statistic and its two-sided
/// p-value.
///
/// # Examples
///
/// ```
/// use service_standards::statistics::{Estimate, TwoSampleTest};
///
/// // 8 of 12 satisfied, then 12 of 12: Fisher's exact p = 0.093, not news.
/// let before = Estimate::share(8, 12).unwrap();
/// let after = Estimate::share(12, 12).unwrap();
/// let test = before.compare(&after).unwrap();
/// assert_eq!(test.test(), TwoSampleTest::FisherExact);
/// assert_eq!(format!("{:.4}", test.p_value()), "0.0932");
/// assert!((test.difference() - 100.0 / 3.0).abs() < 1e-12);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Comparison {
    test: TwoSampleTest,
    difference: f64,
    statistic: Option<f64>,
    degrees_of_freedom: Option<f64>,
    p_value: f64,
}

impl Comparison {
    /// The test used.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::{Estimate, TwoSampleTest};
    ///
    /// let a = Estimate::from_scores([1.0, 2.0, 3.0]).unwrap();
    /// let b = Estimate::from_scores([4.0, 5.0, 7.0]).unwrap();
    /// assert_eq!(a.compare(&b).unwrap().test(), TwoSampleTest::WelchT);
    /// ```
    #[must_use]
    pub fn test(&self) -> TwoSampleTest {
        self.test
    }

    /// The later estimate's mean minus the earlier's (the NPS as counted,
    /// not adjusted).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// let a = Estimate::share(1, 4).unwrap();
    /// assert_eq!(a.compare(&Estimate::share(3, 4).unwrap()).unwrap().difference(), 50.0);
    /// ```
    #[must_use]
    pub fn difference(&self) -> f64 {
        self.difference
    }

    /// The test statistic, positive when the later estimate is higher: z
    /// for the z-tests, t for Welch's; `None` for Fisher's exact test.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// let a = Estimate::share(48, 80).unwrap();
    /// let b = Estimate::share(56, 70).unwrap();
    /// assert_eq!(a.compare(&b).unwrap().statistic().map(|z| format!("{z:.6}")), Some("2.650172".to_owned()));
    /// ```
    #[must_use]
    pub fn statistic(&self) -> Option<f64> {
        self.statistic
    }

    /// The Welch–Satterthwaite degrees of freedom of Welch's t-test; `None`
    /// for the other tests.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// // Student's sleep data (R's `t.test` example): df = 17.776.
    /// let one = Estimate::from_scores([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]).unwrap();
    /// let two = Estimate::from_scores([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]).unwrap();
    /// let df = one.compare(&two).unwrap().degrees_of_freedom().unwrap();
    /// assert_eq!(format!("{df:.3}"), "17.776");
    /// ```
    #[must_use]
    pub fn degrees_of_freedom(&self) -> Option<f64> {
        self.degrees_of_freedom
    }

    /// The two-sided p-value: the probability of a difference at least
    /// this large (in either direction) if the two periods had the same
    /// true value.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// // Student's sleep data: Welch's p = 0.07939.
    /// let one = Estimate::from_scores([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]).unwrap();
    /// let two = Estimate::from_scores([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]).unwrap();
    /// assert_eq!(format!("{:.5}", one.compare(&two).unwrap().p_value()), "0.07939");
    /// ```
    #[must_use]
    pub fn p_value(&self) -> f64 {
        self.p_value
    }
}

impl Estimate {
    /// The two-sample test of whether `later` differs from this estimate
    /// of the same measure; `None` when they are of different kinds (a
    /// share and a mean), or for means when either has a single answer or
    /// both have answers that are all equal (no test applies).
    ///
    /// The test follows the kind of estimate:
    ///
    /// - **Shares**: Fisher's exact test (two-sided, summing the tables no
    ///   more probable than the one observed) when any of the four
    ///   expected counts of the 2 × 2 table is below 5, the usual rule
    ///   (Cochran 1954) for when the normal approximation fails; otherwise
    ///   the pooled two-proportion z-test,
    ///   z = (p̂₂ − p̂₁) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)), whose square is
    ///   Pearson's χ² without continuity correction.
    /// - **NPS**: the adjusted Wald z-test of Lewis and Sauro ("How to
    ///   statistically compare two Net Promoter Scores", MeasuringU, 2021):
    ///   each sample adjusted as for its interval (3 added to n, ¾ to the
    ///   promoters and to the detractors), then z = (NPS'₂ − NPS'₁) /
    ///   √(Var'₁/n'₁ + Var'₂/n'₂), Var' = p' + d' − (p' − d')² the variance
    ///   of the NPS estimator (Rocks 2016). The adjustment keeps a small
    ///   sample whose answers all fall in one group (two promoters) from
    ///   having zero variance, and vanishes as n grows.
    /// - **Means**: Welch's t-test, t = (x̄₂ − x̄₁) / √(s₁²/n₁ + s₂²/n₂), with
    ///   the Welch–Satterthwaite degrees of freedom; it does not assume
    ///   equal variances.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::{Estimate, TwoSampleTest};
    ///
    /// // Two promoters, then two passives: p = 0.33, not news.
    /// let promoters = Estimate::nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]).unwrap();
    /// let passives = Estimate::nps([0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0]).unwrap();
    /// let test = promoters.compare(&passives).unwrap();
    /// assert_eq!(test.test(), TwoSampleTest::NpsAdjustedWaldZ);
    /// assert_eq!(test.difference(), -100.0);
    /// assert!(test.p_value() > 0.3);
    /// assert!(promoters.compare(&Estimate::share(1, 2).unwrap()).is_none());
    /// ```
    #[must_use]
    pub fn compare(&self, later: &Self) -> Option<Comparison> {
        let difference = later.mean() - self.mean();
        if let (Some(k1), Some(k2)) = (self.successes(), later.successes()) {
            return Some(compare_shares(k1, self.count(), k2, later.count(), difference));
        }
        if let (Some((p1, _, d1)), Some((p2, _, d2))) = (self.nps_groups(), later.nps_groups()) {
            let (nps1, var1, n1) = adjusted(p1, d1, self.count());
            let (nps2, var2, n2) = adjusted(p2, d2, later.count());
            let z = (nps2 - nps1) / (var1 / n1 + var2 / n2).sqrt();
            return Some(Comparison {
                test: TwoSampleTest::NpsAdjustedWaldZ,
                difference,
                statistic: Some(z),
                degrees_of_freedom: None,
                p_value: normal_two_sided(z),
            });
        }
        if self.method() != later.method() {
            return None;
        }
        // Two means: Welch.
        let (s1, s2) = (self.std_dev()?, later.std_dev()?);
        let (n1, n2) = (as_f64(self.count()), as_f64(later.count()));
        let (v1, v2) = (s1 * s1 / n1, s2 * s2 / n2);
        let se2 = v1 + v2;
        if se2 <= 0.0 {
            return None;
        }
        let t = difference / se2.sqrt();
        let df = se2 * se2 / (v1 * v1 / (n1 - 1.0) + v2 * v2 / (n2 - 1.0));
        Some(Comparison {
            test: TwoSampleTest::WelchT,
            difference,
            statistic: Some(t),
            degrees_of_freedom: Some(df),
            p_value: student_two_sided(t, df),
        })
    }
}

/// `k1` of `n1`, then `k2` of `n2`: Fisher's exact test if an expected
/// count is below 5, the pooled z-test otherwise.
fn compare_shares(k1: usize, n1: usize, k2: usize, n2: usize, difference: f64) -> Comparison {
    let (successes, total) = (k1 + k2, n1 + n2);
    let failures = total - successes;
    let expected = |row: usize, column: usize| as_f64(row) * as_f64(column) / as_f64(total);
    let smallest = expected(n1.min(n2), successes.min(failures));
    if smallest < 5.0 {
        return Comparison {
            test: TwoSampleTest::FisherExact,
            difference,
            statistic: None,
            degrees_of_freedom: None,
            p_value: fisher_exact(k1, n1 - k1, k2, n2 - k2),
        };
    }
    let (n1_f, n2_f) = (as_f64(n1), as_f64(n2));
    let pooled = as_f64(successes) / as_f64(total);
    let se = (pooled * (1.0 - pooled) * (1.0 / n1_f + 1.0 / n2_f)).sqrt();
    let z = (as_f64(k2) / n2_f - as_f64(k1) / n1_f) / se;
    Comparison {
        test: TwoSampleTest::TwoProportionZ,
        difference,
        statistic: Some(z),
        degrees_of_freedom: None,
        p_value: normal_two_sided(z),
    }
}

/// The Benjamini–Hochberg adjusted p-values of `p_values`, in the order
/// given: for the i-th smallest of m, min over j ≥ i of m · p₍ⱼ₎ / j, at
/// most 1 (R's `p.adjust(p, "BH")`). Flagging those whose adjusted
/// p-value is at most q is the step-up procedure of Benjamini and Hochberg
/// ("Controlling the false discovery rate", JRSS B 57, 1995): among the
/// flags, the expected share of false discoveries is at most q when the
/// tests are independent or positively dependent. A p-value that is not a
/// number counts as 1.
///
/// # Examples
///
/// ```
/// use service_standards::statistics::benjamini_hochberg;
///
/// // Benjamini and Hochberg (1995), 15 p-values: 4 flagged at q = 0.05, 9 at 0.10.
/// let p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0];
/// let adjusted = benjamini_hochberg(&p);
/// assert_eq!(adjusted.iter().filter(|&&a| a <= 0.05).count(), 4);
/// assert_eq!(adjusted.iter().filter(|&&a| a <= 0.10).count(), 9);
/// assert!((adjusted[3] - 0.035625).abs() < 1e-12);
/// ```
#[must_use]
pub fn benjamini_hochberg(p_values: &[f64]) -> Vec<f64> {
    let m = p_values.len();
    let clean = |p: f64| if p.is_nan() { 1.0 } else { p.clamp(0.0, 1.0) };
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) =
            (p_values.get(a).map_or(1.0, |&p| clean(p)), p_values.get(b).map_or(1.0, |&p| clean(p)));
        pa.total_cmp(&pb).then(a.cmp(&b))
    });
    let mut adjusted = vec![1.0; m];
    let mut running = 1.0_f64;
    for (rank, &i) in order.iter().enumerate().rev() {
        let p = p_values.get(i).map_or(1.0, |&p| clean(p));
        // m / rank first, as R does: a factor of at least 1, so no adjusted
        // p-value rounds below its raw one.
        running = running.min(as_f64(m) / as_f64(rank + 1) * p).min(1.0);
        if let Some(slot) = adjusted.get_mut(i) {
            *slot = running;
        }
    }
    adjusted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn benjamini_hochberg_matches_the_1995_example() {
        let p = [
            0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
            0.6528, 0.7590, 1.0,
        ];
        let expected = [
            0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182,
            0.714875, 0.753231, 0.813214, 1.0,
        ];
        let adjusted = benjamini_hochberg(&p);
        for (a, e) in adjusted.iter().zip(expected) {
            assert!(close(*a, e, 5e-7), "{a} {e}");
        }
        // Out of order, and with a NaN counted as 1.
        let adjusted = benjamini_hochberg(&[0.04, f64::NAN, 0.01]);
        assert!(close(adjusted[0], 0.06, 1e-15) && adjusted[1] == 1.0 && close(adjusted[2], 0.03, 1e-15));
        assert!(benjamini_hochberg(&[]).is_empty());
    }

    #[test]
    fn a_share_test_switches_to_fisher_below_five_expected() {
        // 56/70 v 48/80: every expected count ≥ 5 (21.5 at least): z.
        let z = compare_shares(48, 80, 56, 70, 0.0);
        assert_eq!(z.test, TwoSampleTest::TwoProportionZ);
        assert!(close(z.p_value, 0.008_045, 5e-7));
        // 9/10 v 3/10: expected failures 4: Fisher, p = 0.019 767.
        let fisher = compare_shares(9, 10, 3, 10, 0.0);
        assert_eq!(fisher.test, TwoSampleTest::FisherExact);
        assert!(close(fisher.p_value, 0.019_767, 5e-7));
        // All successes on both sides: nothing to test, p = 1.
        assert_eq!(compare_shares(30, 30, 40, 40, 0.0).p_value, 1.0);
    }
}
