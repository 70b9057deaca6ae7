//! The special functions the survey statistics need, written out rather
//! than taken from a crate: the logarithm of the gamma function, the
//! regularised incomplete gamma and beta functions, and from them the
//! normal and Student's t tail probabilities and the hypergeometric
//! probabilities of Fisher's exact test.
//!
//! Each follows a textbook algorithm (Lanczos' approximation of ln Γ with
//! g = 7, nine coefficients; the power series and Lentz's continued
//! fractions of Numerical Recipes, 3rd ed., §6.2 and §6.4) and is tested
//! below against published values to at least eight significant digits.

/// The 97.5th percentile of the standard normal distribution, Φ⁻¹(0.975):
/// the factor of a two-sided 95 % interval.
pub(crate) const Z_975: f64 = 1.959_963_984_540_054;

/// Relative precision the series and continued fractions stop at.
const EPSILON: f64 = 1e-15;
/// More than any series or fraction here needs at survey sizes.
const MAX_ITERATIONS: usize = 10_000;
/// Beyond this many degrees of freedom Student's t tail is taken from the
/// normal one with its correction in 1/df.
const LARGE_DF: f64 = 1e5;
/// Below this a continued fraction's denominator is taken as zero.
const TINY: f64 = 1e-300;

/// ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: relative error below 1e-15).
pub(crate) fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const COEFFICIENTS: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).abs().ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = 0.0;
    let mut coefficients = COEFFICIENTS.iter();
    if let Some(first) = coefficients.next() {
        sum = *first;
    }
    for (i, c) in coefficients.enumerate() {
        #[allow(clippy::cast_precision_loss, reason = "i < 9")]
        let k = (i + 1) as f64;
        sum += c / (x + k);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// ln n!.
pub(crate) fn ln_factorial(n: usize) -> f64 {
    #[allow(clippy::cast_precision_loss, reason = "survey counts far below 2^52")]
    let n = n as f64;
    ln_gamma(n + 1.0)
}

/// The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a),
/// for a > 0 and x ≥ 0.
fn gamma_q(a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let log_prefix = a * x.ln() - x - ln_gamma(a);
    if x < a + 1.0 {
        // P(a, x) by its series; Q = 1 − P.
        let (mut term, mut sum, mut ap) = (1.0 / a, 1.0 / a, a);
        for _ in 0..MAX_ITERATIONS {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if term.abs() < sum.abs() * EPSILON {
                break;
            }
        }
        1.0 - sum * log_prefix.exp()
    } else {
        // Q(a, x) by its continued fraction (modified Lentz).
        let mut b = x + 1.0 - a;
        let mut c = 1.0 / TINY;
        let mut d = 1.0 / b;
        let mut h = d;
        for i in 1..MAX_ITERATIONS {
            #[allow(clippy::cast_precision_loss, reason = "i < 10 000")]
            let i = i as f64;
            let an = -i * (i - a);
            b += 2.0;
            d = an * d + b;
            if d.abs() < TINY {
                d = TINY;
            }
            c = b + an / c;
            if c.abs() < TINY {
                c = TINY;
            }
            d = 1.0 / d;
            let delta = d * c;
            h *= delta;
            if (delta - 1.0).abs() < EPSILON {
                break;
            }
        }
        log_prefix.exp() * h
    }
}

/// The probability that a standard normal variable exceeds `z`: 1 − Φ(z),
/// accurate in the far tail too (from Q(½, z² / 2)); the tests check the
/// incomplete gamma function through it.
#[cfg(test)]
fn normal_upper_tail(z: f64) -> f64 {
    if z.is_nan() {
        return f64::NAN;
    }
    let half = 0.5 * gamma_q(0.5, z * z / 2.0);
    if z >= 0.0 { half } else { 1.0 - half }
}

/// The two-sided p-value of a standard normal statistic `z`: 2 (1 − Φ(|z|)).
pub(crate) fn normal_two_sided(z: f64) -> f64 {
    if z.is_nan() {
        return 1.0;
    }
    gamma_q(0.5, z * z / 2.0).min(1.0)
}

/// The continued fraction of the incomplete beta function (modified Lentz).
fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..MAX_ITERATIONS {
        #[allow(clippy::cast_precision_loss, reason = "m < 10 000")]
        let m = m as f64;
        let m2 = 2.0 * m;
        let even = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + even * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + even / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        h *= d * c;
        let odd = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + odd * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + odd / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() < EPSILON {
            break;
        }
    }
    h
}

/// The regularised incomplete beta function I_x(a, b), for a, b > 0 and
/// 0 ≤ x ≤ 1.
pub(crate) fn incomplete_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let log_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    if x < (a + 1.0) / (a + b + 2.0) {
        log_front.exp() * beta_fraction(a, b, x) / a
    } else {
        1.0 - log_front.exp() * beta_fraction(b, a, 1.0 - x) / b
    }
}

/// The two-sided p-value of Student's t statistic `t` with `df` (> 0,
/// not necessarily whole) degrees of freedom: P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, ½).
pub(crate) fn student_two_sided(t: f64, df: f64) -> f64 {
    if t.is_nan() || df.is_nan() || df <= 0.0 {
        return 1.0;
    }
    if t.is_infinite() {
        return 0.0;
    }
    if df.is_infinite() {
        return normal_two_sided(t);
    }
    if df > LARGE_DF {
        // The continued fraction needs ever more terms; the normal tail
        // with its corrections in 1/df and 1/df² (Fisher, "Expansion of
        // 'Student's' integral in powers of n⁻¹", Metron 5, 1925:
        // g₁ = (x³ + x)/4, g₂ = (3x⁷ − 7x⁵ − 5x³ − 3x)/96) is exact to
        // O(1/df³) there.
        let density = (-t * t / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt();
        let x = t.abs();
        let (x3, x5, x7) = (x.powi(3), x.powi(5), x.powi(7));
        let g1 = (x3 + x) / 4.0;
        let g2 = (3.0 * x7 - 7.0 * x5 - 5.0 * x3 - 3.0 * x) / 96.0;
        return (normal_two_sided(t) + 2.0 * density * (g1 / df + g2 / (df * df))).min(1.0);
    }
    incomplete_beta(df / 2.0, 0.5, df / (df + t * t)).clamp(0.0, 1.0)
}

/// The two-sided p-value of Fisher's exact test of the 2 × 2 table
/// `[[a, b], [c, d]]`: the sum of the probabilities of every table with the
/// same margins that is no more probable than the one observed (R's
/// `fisher.test` and SciPy's convention, with R's relative tolerance of
/// 1e-7 for ties).
pub(crate) fn fisher_exact(a: usize, b: usize, c: usize, d: usize) -> f64 {
    let (row1, row2, col1) = (a + b, c + d, a + c);
    let total = row1 + row2;
    // ln of the hypergeometric probability that the top-left cell is `x`.
    let fixed = ln_factorial(row1) + ln_factorial(row2) + ln_factorial(col1) + ln_factorial(total - col1)
        - ln_factorial(total);
    let ln_p = |x: usize| {
        fixed
            - ln_factorial(x)
            - ln_factorial(row1 - x)
            - ln_factorial(col1 - x)
            - ln_factorial(row2 + x - col1)
    };
    let low = col1.saturating_sub(row2);
    let high = row1.min(col1);
    let observed = ln_p(a);
    let bound = observed + (1e-7_f64).ln_1p();
    let mut p = 0.0;
    for x in low..=high {
        let lp = ln_p(x);
        if lp <= bound {
            p += lp.exp();
        }
    }
    p.min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn ln_gamma_matches_known_values() {
        // Γ(½) = √π, Γ(1) = Γ(2) = 1, Γ(10) = 9! = 362 880, Γ(0.1) = 9.513 507 698 668 73.
        assert!(close(ln_gamma(0.5), std::f64::consts::PI.sqrt().ln(), 1e-14));
        assert!(close(ln_gamma(1.0), 0.0, 1e-14));
        assert!(close(ln_gamma(2.0), 0.0, 1e-14));
        assert!(close(ln_gamma(10.0), 362_880.0_f64.ln(), 1e-12));
        assert!(close(ln_gamma(0.1), 9.513_507_698_668_73_f64.ln(), 1e-13));
        // ln 100! = 363.739 375 555 563 5 (Abramowitz and Stegun, table 6.4 gives log10 100! = 157.970 003 654 6).
        assert!(close(ln_factorial(100), 157.970_003_654_6 * std::f64::consts::LN_10, 1e-9));
    }

    #[test]
    fn normal_tails_match_published_values() {
        // Φ(1.959 963 984 540 054) = 0.975; Φ(1) = 0.841 344 746 068 543 (Abramowitz and Stegun 26.2).
        assert!(close(normal_upper_tail(Z_975), 0.025, 1e-15));
        assert!(close(1.0 - normal_upper_tail(1.0), 0.841_344_746_068_543, 1e-14));
        assert!(close(normal_upper_tail(-1.0), 0.841_344_746_068_543, 1e-14));
        assert!(close(normal_upper_tail(0.0), 0.5, 1e-15));
        // The far tail keeps its relative precision: 1 − Φ(6) = 9.865 876 450 377e-10.
        assert!(close(normal_upper_tail(6.0) / 9.865_876_450_377e-10, 1.0, 1e-10));
        assert!(close(normal_two_sided(2.0), 0.045_500_263_896_358_4, 1e-14));
        assert_eq!(normal_two_sided(f64::NAN), 1.0);
    }

    #[test]
    fn student_tails_match_the_t_table() {
        // Two-sided 5 % critical values (NIST/SEMATECH 1.3.6.7.2).
        for (df, t) in
            [(1.0, 12.706_204_736), (5.0, 2.570_581_836), (10.0, 2.228_138_852), (30.0, 2.042_272_456)]
        {
            assert!(close(student_two_sided(t, df), 0.05, 1e-8), "df {df}");
        }
        // df = 1 is the Cauchy distribution: P(|T| ≥ 1) = ½.
        assert!(close(student_two_sided(1.0, 1.0), 0.5, 1e-14));
        assert!(close(student_two_sided(0.0, 7.5), 1.0, 1e-14));
        assert!(close(student_two_sided(2.0, f64::INFINITY), normal_two_sided(2.0), 1e-15));
        assert_eq!(student_two_sided(f64::INFINITY, 3.0), 0.0);
    }

    #[test]
    #[allow(clippy::excessive_precision, reason = "the reference values as printed")]
    fn student_tails_stay_exact_for_huge_degrees_of_freedom() {
        // Reference values: the regularised incomplete beta at 40 digits
        // (mpmath 1.3 `betainc`), either side of the switch to the
        // corrected normal tail, to 1e-10 relative.
        for (t, df, p) in [
            (0.5, 1e4, 0.617_086_079_323_233_41),
            (2.0, 1e4, 0.045_527_260_661_435_443),
            (5.0, 1e4, 5.830_326_613_662_647_3e-7),
            (0.5, 1e5, 0.617_076_177_654_418_04),
            (2.0, 1e5, 0.045_502_963_457_506_463),
            (5.0, 1e5, 5.742_701_678_641_673e-7),
            (0.5, 1e6, 0.617_075_187_472_371_39),
            (2.0, 1e6, 0.045_500_533_851_319_208),
            (5.0, 1e6, 5.733_997_870_890_742e-7),
            (0.5, 1e8, 0.617_075_078_552_177_94),
            (2.0, 1e8, 0.045_500_266_595_906_753),
            (5.0, 1e8, 5.733_041_101_267_286e-7),
        ] {
            let ours = student_two_sided(t, df);
            assert!(close(ours / p, 1.0, 1e-10), "t {t}, df {df}: {ours} {p}");
        }
        // Beyond, the p-value keeps falling towards the normal one.
        for t in [0.5, 2.0, 5.0] {
            let mut last = student_two_sided(t, 1e8);
            for df in [1e10, 1e14, 1e300] {
                let p = student_two_sided(t, df);
                assert!(p <= last && p >= normal_two_sided(t) * (1.0 - 1e-15), "t {t}, df {df}: {p}");
                last = p;
            }
        }
    }

    #[test]
    fn incomplete_beta_is_symmetric_and_exact_on_known_cases() {
        // I_x(1, 1) = x; I_x(a, b) = 1 − I_{1−x}(b, a); I_½(a, a) = ½.
        assert!(close(incomplete_beta(1.0, 1.0, 0.3), 0.3, 1e-14));
        assert!(close(incomplete_beta(2.5, 4.0, 0.2) + incomplete_beta(4.0, 2.5, 0.8), 1.0, 1e-14));
        assert!(close(incomplete_beta(7.0, 7.0, 0.5), 0.5, 1e-14));
        // I_x(2, 3) = 6x² − 8x³ + 3x⁴ at x = 0.4: 0.5248.
        assert!(close(incomplete_beta(2.0, 3.0, 0.4), 0.5248, 1e-14));
    }

    #[test]
    fn fisher_exact_matches_the_tea_tasting_table() {
        // Fisher (1935): [[3, 1], [1, 3]]; tables of probability 1, 16, 36, 16, 1 over 70.
        assert!(close(fisher_exact(3, 1, 1, 3), 34.0 / 70.0, 1e-12));
        assert!(close(fisher_exact(4, 0, 0, 4), 2.0 / 70.0, 1e-12));
        assert!(close(fisher_exact(2, 2, 2, 2), 1.0, 1e-12));
        // [[9, 1], [3, 7]]: 0.019 767 (SciPy, R).
        assert!(close(fisher_exact(9, 1, 3, 7), 0.019_767, 5e-7));
        // [[56, 14], [48, 32]]: 0.012 521.
        assert!(close(fisher_exact(56, 14, 48, 32), 0.012_521, 5e-7));
    }
}
