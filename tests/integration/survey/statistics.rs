//! The survey statistics (issue 22, item 2): intervals, two-sample tests
//! and the false discovery rate against published worked examples, the
//! issue's own cases, and seeded simulations of coverage and of false
//! alarms. Everything here goes through the public API.

use service_standards::jiff::civil::{Date, date};
use service_standards::prelude::*;
use service_standards::statistics::{
    Estimate, Figure, IntervalMethod, NpsCounts, Reporting, TwoSampleTest, benjamini_hochberg,
};

use proptest::prelude::*;

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

/// Rounds to `digits` decimals, as a published table prints.
fn printed(x: f64, digits: usize) -> String {
    format!("{x:.digits$}")
}

/// NPS counts from promoters, passives and detractors (as 10, 8 and 0).
fn nps(promoters: usize, passives: usize, detractors: usize) -> Estimate {
    Estimate::nps([detractors, 0, 0, 0, 0, 0, 0, 0, passives, 0, promoters]).unwrap()
}

/// SplitMix64: the tests' own seeded random numbers.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn uniform(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1_u64 << 53) as f64
    }
}

// ---------------------------------------------------------------------
// Published worked examples.
// ---------------------------------------------------------------------

#[test]
fn wilson_matches_newcombe_1998_table_i() {
    // Newcombe, Statistics in Medicine 17 (1998), table I, method 3, to
    // the four decimals printed; and to 1e-6 of the full-precision values.
    for (k, n, low, high, exact) in [
        (81, 263, "0.2553", "0.3662", (0.255_289, 0.366_210)),
        (15, 148, "0.0624", "0.1605", (0.062_386, 0.160_487)),
        (0, 20, "0.0000", "0.1611", (0.0, 0.161_125)),
        (1, 29, "0.0061", "0.1718", (0.006_113, 0.171_755)),
    ] {
        let e = Estimate::share(k, n).unwrap();
        assert_eq!(e.method(), IntervalMethod::Wilson);
        let (l, h) = e.interval().unwrap();
        let (l, h) = (l / 100.0, h / 100.0);
        assert_eq!((printed(l, 4), printed(h, 4)), (low.to_owned(), high.to_owned()), "{k}/{n}");
        assert!(close(l, exact.0, 1e-6) && close(h, exact.1, 1e-6), "{k}/{n}: {l} {h}");
    }
    // 29 of 29: 0.8830 to 1, exactly 1 above.
    let (l, h) = Estimate::share(29, 29).unwrap().interval().unwrap();
    assert_eq!((printed(l / 100.0, 4), h), ("0.8830".to_owned(), 100.0));
}

#[test]
fn nps_adjusted_wald_matches_the_worked_numbers() {
    // Rocks (2016) via MeasuringU: n + 3, ¾ more promoters and detractors;
    // the adjusted NPS', then NPS' ± z √(Var'/n'), in points.
    for ((p, pa, d), raw, centre, low, high) in [
        ((50, 30, 20), 30.0, "29.1262", "14.0511", "44.2013"),
        ((40, 30, 30), 10.0, "9.7087", "-6.2719", "25.6894"),
        ((200, 150, 50), 37.5, "37.2208", "30.4178", "44.0239"),
        ((10, 5, 4), 31.578_947, "27.2727", "-5.8987", "60.4441"),
        ((3, 1, 1), 40.0, "25.0000", "-29.7827", "79.7827"),
    ] {
        let e = nps(p, pa, d);
        assert!(close(e.mean(), raw, 1e-6), "{p}/{pa}/{d}");
        let (l, h) = e.interval().unwrap();
        assert_eq!((printed(l, 4), printed(h, 4)), (low.to_owned(), high.to_owned()), "{p}/{pa}/{d}");
        // Centred on the adjusted NPS, not the raw one.
        assert_eq!(printed((l + h) / 2.0, 4), centre, "{p}/{pa}/{d}");
    }
    // The plain Wald limit of 3/1/1 exceeds +100 (110.12); the adjusted one does not,
    // and a sample of promoters only is cut at +100.
    let (_, h) = nps(5, 0, 0).interval().unwrap();
    assert_eq!(h, 100.0);
    // The promoter, passive and detractor shares and the distribution.
    assert_eq!(nps(50, 30, 20).nps_groups(), Some((50, 30, 20)));
    let counts = NpsCounts::new([20, 0, 0, 0, 0, 0, 0, 0, 30, 0, 50]);
    assert_eq!(
        (counts.promoters(), counts.passives(), counts.detractors(), counts.total()),
        (50, 30, 20, 100)
    );
    assert_eq!(counts.estimate(), Some(nps(50, 30, 20)));
    let promoters = counts.promoter_share().unwrap();
    let (l, h) = promoters.interval().unwrap();
    assert_eq!(
        (promoters.mean(), printed(l, 2), printed(h, 2)),
        (50.0, "40.38".to_owned(), "59.62".to_owned())
    );
    assert_eq!(counts.passive_share().unwrap().mean() + counts.detractor_share().unwrap().mean(), 50.0);
}

#[test]
fn fisher_matches_the_tea_tasting_table() {
    // Fisher (1935); R's fisher.test example: [[3, 1], [1, 3]], p-value = 0.4857
    // (tables of probability 1, 16, 36, 16, 1 over 70; two-sided 34 / 70).
    let tea = Estimate::share(3, 4).unwrap().compare(&Estimate::share(1, 4).unwrap()).unwrap();
    assert_eq!(tea.test(), TwoSampleTest::FisherExact);
    assert_eq!(printed(tea.p_value(), 4), "0.4857");
    assert!(close(tea.p_value(), 34.0 / 70.0, 1e-12));
    assert_eq!(tea.statistic(), None);
    // 9/10 v 3/10: 0.019 767 (SciPy).
    let p = Estimate::share(9, 10).unwrap().compare(&Estimate::share(3, 10).unwrap()).unwrap().p_value();
    assert_eq!(printed(p, 6), "0.019767");
}

#[test]
fn the_two_proportion_test_matches_its_worked_example() {
    // 56/70 v 48/80: p̄ = 104/150, z = 2.650 172, p = 0.008 045 (Pearson's χ² = 7.023 411 without Yates).
    let t = Estimate::share(48, 80).unwrap().compare(&Estimate::share(56, 70).unwrap()).unwrap();
    assert_eq!(t.test(), TwoSampleTest::TwoProportionZ);
    assert_eq!(printed(t.statistic().unwrap(), 6), "2.650172");
    assert_eq!(printed(t.statistic().unwrap().powi(2), 6), "7.023411");
    assert_eq!(printed(t.p_value(), 6), "0.008045");
}

#[test]
fn welch_matches_the_sleep_data_and_wikipedia() {
    // R's t.test example, Student's sleep data (Welch): t = -1.8608,
    // df = 17.776, p-value = 0.07939.
    let one = Estimate::from_scores([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]).unwrap();
    let two = Estimate::from_scores([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]).unwrap();
    let t = two.compare(&one).unwrap();
    assert_eq!(t.test(), TwoSampleTest::WelchT);
    assert_eq!(printed(t.statistic().unwrap(), 4), "-1.8608");
    assert_eq!(printed(t.degrees_of_freedom().unwrap(), 3), "17.776");
    assert_eq!(printed(t.p_value(), 5), "0.07939");
    assert!(close(t.p_value(), 0.079_394_140_187_358_3, 1e-10));
    // Wikipedia, "Welch's t-test", example 1: t = -2.46, df = 24.99, p = 0.021.
    let a1 = Estimate::from_scores([
        27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4,
    ])
    .unwrap();
    let a2 = Estimate::from_scores([
        27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4,
    ])
    .unwrap();
    let t = a2.compare(&a1).unwrap();
    assert_eq!(printed(t.statistic().unwrap(), 2), "-2.46");
    assert_eq!(printed(t.degrees_of_freedom().unwrap(), 2), "24.99");
    assert_eq!(printed(t.p_value(), 3), "0.021");
    assert!(close(t.p_value(), 0.021_378, 5e-7));
}

#[test]
fn the_nps_test_is_the_adjusted_wald_z() {
    // Lewis and Sauro (2021): each sample adjusted as for its interval,
    // z = (NPS'₂ − NPS'₁) / √(Var'₁/n'₁ + Var'₂/n'₂).
    let (a, b) = (nps(40, 30, 30), nps(50, 30, 20));
    let t = a.compare(&b).unwrap();
    assert_eq!(t.test(), TwoSampleTest::NpsAdjustedWaldZ);
    assert_eq!(t.difference(), 20.0);
    let adjusted = |p: f64, d: f64| {
        let (p, d) = ((p + 0.75) / 103.0, (d + 0.75) / 103.0);
        (p - d, p + d - (p - d).powi(2))
    };
    let ((na, va), (nb, vb)) = (adjusted(40.0, 30.0), adjusted(50.0, 20.0));
    let z = (nb - na) / (va / 103.0 + vb / 103.0).sqrt();
    assert!(close(t.statistic().unwrap(), z, 1e-12));
    // z = 1.7323, p = 0.0832: "30 v 10" on 100 answers each is not
    // significant at 5 % (the unadjusted Wald z of Rocks' `nps_test` gives
    // z = 1.7541, p = 0.0794 on the same data).
    assert_eq!((printed(z, 4), printed(t.p_value(), 4)), ("1.7323".to_owned(), "0.0832".to_owned()));
}

#[test]
fn benjamini_hochberg_matches_the_1995_example() {
    // Benjamini and Hochberg (1995): 15 p-values of a thrombolysis trial;
    // 4 rejected at q = 0.05 (naive α = 0.05 would reject 9), 9 at q = 0.10.
    let p = [
        0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
        0.6528, 0.7590, 1.0,
    ];
    let adjusted = benjamini_hochberg(&p);
    assert_eq!(adjusted.iter().filter(|&&a| a <= 0.05).count(), 4);
    assert_eq!(adjusted.iter().filter(|&&a| a <= 0.10).count(), 9);
    assert_eq!(p.iter().filter(|&&p| p <= 0.05).count(), 9);
    let expected = [
        0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182,
        0.714875, 0.753231, 0.813214, 1.0,
    ];
    for (a, e) in adjusted.iter().zip(expected) {
        assert!(close(*a, e, 5e-7), "{a} {e}");
    }
}

// ---------------------------------------------------------------------
// The cases.
// ---------------------------------------------------------------------

fn subject() -> Subject {
    Subject::Phase("stay/check-out".parse().unwrap())
}

/// One response per answer, each its own respondent, on `day`.
fn answers(day: Date, each: impl IntoIterator<Item = Answer>) -> Vec<Response> {
    each.into_iter()
        .enumerate()
        .map(|(n, a)| Response::new(format!("{day}-{n}"), day, subject(), a))
        .collect()
}

fn csat(satisfied: usize, of: usize) -> impl Iterator<Item = Answer> {
    (0..of).map(move |n| Answer::Csat(if n < satisfied { 5.0 } else { 2.0 }))
}

fn nps_answers(scores: &[u8]) -> Vec<Answer> {
    scores.iter().map(|&s| Answer::Nps(s)).collect()
}

#[test]
fn eight_of_twelve_then_twelve_of_twelve_is_not_flagged() {
    // Interval overlap flagged it, because 12 of 12 had a zero-width
    // interval; Fisher's exact p is 0.093.
    let rs = Responses::builder()
        .responses(answers(date(2026, 3, 5), csat(8, 12)))
        .responses(answers(date(2026, 4, 5), csat(12, 12)))
        .build()
        .unwrap();
    let series = rs.series(&subject(), Measure::Csat, PeriodKind::Month);
    let (_, april) = series.points()[1];
    let (low, high) = april.interval().unwrap();
    assert_eq!((printed(low, 2), high), ("75.75".to_owned(), 100.0));
    let change = series.changes()[0];
    assert_eq!(change.comparison().map(|c| c.test()), Some(TwoSampleTest::FisherExact));
    assert_eq!(change.p_value().map(|p| printed(p, 4)), Some("0.0932".to_owned()));
    assert!(!change.is_significant());
}

#[test]
fn two_promoters_then_two_passives_is_not_flagged() {
    let rs = Responses::builder()
        .responses(answers(date(2026, 3, 5), nps_answers(&[9, 10])))
        .responses(answers(date(2026, 4, 5), nps_answers(&[7, 8])))
        .build()
        .unwrap();
    let series = rs.series(&subject(), Measure::Nps, PeriodKind::Month);
    // Too few answers to show a figure or test a change …
    assert_eq!(
        series.points()[0].1.figure(&Reporting::default()),
        Figure::TooFewAnswers { count: 2, minimum: 10 }
    );
    let change = series.changes()[0];
    assert_eq!((change.p_value(), change.is_significant()), (None, false));
    // … and even tested, the adjusted Wald z-test finds p = 0.33.
    let tested = series.changes_with(&Reporting::default().minimum_answers(1))[0];
    assert_eq!(tested.difference(), -100.0);
    assert_eq!(tested.p_value().map(|p| printed(p, 2)), Some("0.33".to_owned()));
    assert!(!tested.is_significant());
}

#[test]
fn a_67_point_nps_drop_is_flagged_when_it_survives_the_false_discovery_rate() {
    // The example data's Gdańsk check-out, June (5 promoters, 6 passives,
    // 1 detractor: +33) to July (2, 4, 6: −33), 12 answers each.
    let june = [6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10];
    let july = [4, 5, 6, 6, 6, 6, 7, 7, 7, 8, 9, 9];
    let rs = Responses::builder()
        .responses(answers(date(2026, 6, 10), nps_answers(&june)))
        .responses(answers(date(2026, 7, 10), nps_answers(&july)))
        .build()
        .unwrap();
    let series = rs.series(&subject(), Measure::Nps, PeriodKind::Month);
    let change = series.changes()[0];
    assert_eq!(printed(change.difference(), 1), "-66.7");
    assert_eq!(change.p_value().map(|p| printed(p, 3)), Some("0.038".to_owned()));
    assert!(change.is_significant());
    // Shown among ten other changes whose p-values are large, it does not
    // survive: BH needs p ≤ 0.05 / 11 for the smallest of eleven.
    let mut shown = vec![change];
    let flat = Responses::builder()
        .responses(answers(date(2026, 6, 10), nps_answers(&june)))
        .responses(answers(date(2026, 7, 10), nps_answers(&june)))
        .build()
        .unwrap();
    shown.extend(std::iter::repeat_n(
        flat.series(&subject(), Measure::Nps, PeriodKind::Month).changes()[0],
        10,
    ));
    Change::judge(&mut shown, &Reporting::default());
    assert!(!shown[0].is_significant());
    assert_eq!(shown[0].adjusted_p_value().map(|p| printed(p, 3)), Some("0.418".to_owned()));
}

#[test]
fn a_month_of_promoters_or_of_one_ten_and_one_zero_stays_in_range() {
    // The issue: all promoters gave a zero-width interval; a 10 and a 0 gave ±1270 points.
    let all = nps(12, 0, 0);
    let (low, high) = all.interval().unwrap();
    assert!(low < 100.0 && high == 100.0 && high - low > 10.0, "{low} {high}");
    let two = nps(1, 0, 1);
    let (low, high) = two.interval().unwrap();
    assert!((-100.0..=100.0).contains(&low) && (-100.0..=100.0).contains(&high));
    assert!(low < 0.0 && 0.0 < high);
}

#[cfg(feature = "csv")]
#[test]
fn every_interval_of_the_example_year_is_within_its_range_and_wider_than_nothing() {
    // The issue: most CSAT intervals of the example data exceeded 100 %.
    let file =
        std::fs::File::open(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/responses.csv")).unwrap();
    let imported = CsvImport::new().lenient(file).unwrap();
    let summaries = imported.responses().aggregate(By::subject().site().period(PeriodKind::Month));
    let (mut csat, mut past_100_before) = (0, 0);
    for s in &summaries {
        let e = s.estimate();
        let (low, high) = e.bounds();
        if let Some((l, h)) = e.interval() {
            assert!(low <= l && l <= e.mean() && e.mean() <= h && h <= high, "{}: {l} {h}", s.subject());
            if s.measure() == Measure::Csat {
                csat += 1;
                assert!(h > l, "{}: zero width", s.subject());
                let k = e.successes().unwrap();
                past_100_before += usize::from(student_share(k, e.count()).is_some_and(|(_, h)| h > 100.0));
            }
        }
    }
    // 96 CSAT figures (phase, site, month); Student's t took 64 of them past 100 %.
    assert_eq!((csat, past_100_before), (96, 64));
}

// ---------------------------------------------------------------------
// Coverage: exact, and by seeded simulation.
// ---------------------------------------------------------------------

/// ln C(n, k).
fn ln_choose(n: usize, k: usize) -> f64 {
    (1..=k).map(|i| ((n - k + i) as f64 / i as f64).ln()).sum()
}

/// The exact coverage of `interval` (of k successes of n, in percent) at
/// the true share `p`, and the probability of a zero-width interval.
fn exact_share_coverage(p: f64, n: usize, interval: impl Fn(usize) -> Option<(f64, f64)>) -> (f64, f64) {
    let (mut covered, mut zero) = (0.0, 0.0);
    for k in 0..=n {
        let probability = (ln_choose(n, k) + k as f64 * p.ln() + (n - k) as f64 * (1.0 - p).ln()).exp();
        if let Some((low, high)) = interval(k) {
            if low <= 100.0 * p && 100.0 * p <= high {
                covered += probability;
            }
            if high == low {
                zero += probability;
            }
        }
    }
    (covered, zero)
}

/// The Student's t interval of a share, as the crate gave before: the
/// mean ± t × s / √n of answers counted 100 or 0.
fn student_share(k: usize, n: usize) -> Option<(f64, f64)> {
    Estimate::from_scores((0..n).map(|i| if i < k { 100.0 } else { 0.0 }))?.interval()
}

#[test]
fn wilson_covers_csat_near_95_percent_where_student_t_falls_to_72() {
    // CSAT at 90 % with 12 answers, as the issue measured.
    let wilson = exact_share_coverage(0.9, 12, |k| Estimate::share(k, 12)?.interval());
    let student = exact_share_coverage(0.9, 12, |k| student_share(k, 12));
    assert_eq!((printed(wilson.0, 4), wilson.1), ("0.9744".to_owned(), 0.0));
    assert_eq!((printed(student.0, 4), printed(student.1, 4)), ("0.7170".to_owned(), "0.2824".to_owned()));
    // Over true shares from 5 % to 95 % and 10 to 100 answers Wilson never
    // falls below 87 % and averages close to 95 %; Student's t falls to 40 %.
    let (mut sum, mut cases, mut worst, mut worst_student) = (0.0, 0.0, 1.0_f64, 1.0_f64);
    for n in [10, 12, 20, 30, 50, 100] {
        for p in (1..=19).map(|i| f64::from(i) * 0.05) {
            let c = exact_share_coverage(p, n, |k| Estimate::share(k, n)?.interval()).0;
            sum += c;
            cases += 1.0;
            worst = worst.min(c);
            worst_student = worst_student.min(exact_share_coverage(p, n, |k| student_share(k, n)).0);
        }
    }
    assert!(worst > 0.87, "{worst}");
    assert!(close(sum / cases, 0.95, 0.01), "{}", sum / cases);
    assert!(worst_student < 0.45, "{worst_student}");
}

/// The simulated coverage of shares drawn at `p` with `n` answers, over
/// `trials` seeded samples aggregated through `Responses`: Wilson's, and
/// Student's t's on the same answers.
fn simulated_share_coverage(p: f64, n: usize, trials: usize, seed: u64) -> (f64, f64) {
    let mut random = Random(seed);
    let (mut wilson, mut student) = (0, 0);
    for trial in 0..trials {
        let satisfied = (0..n).filter(|_| random.uniform() < p).count();
        let rs =
            Responses::builder().responses(answers(date(2026, 3, 5), csat(satisfied, n))).build().unwrap();
        let e = *rs.aggregate(By::subject())[0].estimate();
        assert_eq!((e.count(), e.successes()), (n, Some(satisfied)), "trial {trial}");
        let covers = |i: Option<(f64, f64)>| i.is_some_and(|(l, h)| l <= 100.0 * p && 100.0 * p <= h);
        wilson += usize::from(covers(e.interval()));
        student += usize::from(covers(student_share(satisfied, n)));
    }
    (wilson as f64 / trials as f64, student as f64 / trials as f64)
}

#[test]
fn a_seeded_simulation_of_csat_agrees_with_the_exact_coverage() {
    // 2 000 samples: the binomial standard error of a coverage near 0.97 is 0.004.
    let (wilson, student) = simulated_share_coverage(0.9, 12, 2_000, 22);
    assert!(close(wilson, 0.9744, 0.015), "{wilson}");
    assert!(close(student, 0.7170, 0.03), "{student}");
}

#[test]
#[ignore = "long: 200 000 samples (run with --ignored)"]
fn a_long_simulation_of_csat_agrees_with_the_exact_coverage() {
    let (wilson, student) = simulated_share_coverage(0.9, 12, 200_000, 22);
    eprintln!("CSAT 90 %, 12 answers, 200 000 samples: Wilson {wilson:.4}, Student's t {student:.4}");
    assert!(close(wilson, 0.9744, 0.002), "{wilson}");
    assert!(close(student, 0.7170, 0.004), "{student}");
}

/// The exact coverage of the NPS interval at shares `p` of promoters and
/// `d` of detractors with `n` answers (a sum over every trinomial outcome),
/// for the crate's adjusted Wald and for Student's t on the ±100 scores.
fn exact_nps_coverage(p: f64, d: f64, n: usize) -> (f64, f64) {
    let truth = 100.0 * (p - d);
    let (mut adjusted, mut student) = (0.0, 0.0);
    for promoters in 0..=n {
        for detractors in 0..=n - promoters {
            let passives = n - promoters - detractors;
            let ln = ln_choose(n, promoters) + ln_choose(n - promoters, detractors);
            let ln = ln
                + if promoters > 0 { promoters as f64 * p.ln() } else { 0.0 }
                + if detractors > 0 { detractors as f64 * d.ln() } else { 0.0 }
                + if passives > 0 { passives as f64 * (1.0 - p - d).ln() } else { 0.0 };
            let probability = ln.exp();
            let e = nps(promoters, passives, detractors);
            let (low, high) = e.interval().unwrap();
            if low <= truth && truth <= high {
                adjusted += probability;
            }
            let scores = (0..n).map(|i| {
                if i < promoters {
                    100.0
                } else if i < promoters + detractors {
                    -100.0
                } else {
                    0.0
                }
            });
            if Estimate::from_scores(scores)
                .and_then(|e| e.interval())
                .is_some_and(|(l, h)| l <= truth && truth <= h)
            {
                student += probability;
            }
        }
    }
    (adjusted, student)
}

#[test]
fn the_nps_interval_covers_close_to_95_percent() {
    // Exact coverage over a grid of promoter and detractor shares and 10
    // to 50 answers: the adjusted Wald stays within 93.5–97 %; Student's t
    // on the ±100 scores (the crate's interval before) falls far lower
    // when nearly everyone is a promoter.
    let mut adjusted_range = (1.0_f64, 0.0_f64);
    let mut student_worst = 1.0_f64;
    for n in [10, 12, 20, 30, 50] {
        for (p, d) in [(0.5, 0.2), (0.3, 0.3), (0.7, 0.1), (0.2, 0.5), (0.6, 0.05), (0.85, 0.05), (0.4, 0.25)]
        {
            let (adjusted, student) = exact_nps_coverage(p, d, n);
            adjusted_range = (adjusted_range.0.min(adjusted), adjusted_range.1.max(adjusted));
            student_worst = student_worst.min(student);
        }
    }
    assert!(adjusted_range.0 > 0.935 && adjusted_range.1 < 0.97, "{adjusted_range:?}");
    assert!(student_worst < 0.85, "{student_worst}");
    // One setting to the printed digit: 50 % promoters, 20 % detractors, 12 answers.
    assert_eq!(printed(exact_nps_coverage(0.5, 0.2, 12).0, 4), "0.9475");
}

#[test]
fn a_seeded_simulation_of_nps_agrees_with_the_exact_coverage() {
    let (p, d, n, trials) = (0.5, 0.2, 12, 4_000);
    let mut random = Random(7);
    let mut covered = 0;
    for _ in 0..trials {
        let scores: Vec<u8> = (0..n)
            .map(|_| {
                let u = random.uniform();
                if u < p {
                    10
                } else if u < p + d {
                    3
                } else {
                    8
                }
            })
            .collect();
        let rs =
            Responses::builder().responses(answers(date(2026, 3, 5), nps_answers(&scores))).build().unwrap();
        let (low, high) = rs.aggregate(By::subject())[0].estimate().interval().unwrap();
        covered += usize::from(low <= 30.0 && 30.0 <= high);
    }
    let coverage = covered as f64 / trials as f64;
    assert!(close(coverage, 0.9475, 0.015), "{coverage}");
}

/// The share of stable series (12 months of `n` answers, nothing
/// changes) in which any month-to-month change is flagged, over `series`
/// seeded series: the false discovery rate when nothing changes, which
/// Benjamini–Hochberg keeps at most q.
fn false_alarms(measure: Measure, n: usize, series: usize, seed: u64) -> f64 {
    let mut random = Random(seed);
    let mut alarms = 0;
    for _ in 0..series {
        let mut responses = Vec::new();
        for month in 1..=12_i8 {
            let day = date(2026, month, 10);
            let each: Vec<Answer> = (0..n)
                .map(|_| {
                    let u = random.uniform();
                    match measure {
                        Measure::Nps => Answer::Nps(if u < 0.45 {
                            10
                        } else if u < 0.75 {
                            8
                        } else {
                            4
                        }),
                        Measure::Csat => Answer::Csat(if u < 0.8 { 5.0 } else { 2.0 }),
                        _ => Answer::Ces(1.0 + (u * 7.0).floor().min(6.0)),
                    }
                })
                .collect();
            responses.extend(answers(day, each));
        }
        let rs = Responses::builder().responses(responses).build().unwrap();
        let changes = rs.series(&subject(), measure, PeriodKind::Month).changes();
        assert_eq!(changes.len(), 11);
        alarms += usize::from(changes.iter().any(Change::is_significant));
    }
    alarms as f64 / series as f64
}

#[test]
fn a_stable_series_raises_no_more_false_alarms_than_the_false_discovery_rate() {
    // Eleven month-to-month changes of a series where nothing changes: a
    // flag anywhere is a false discovery. 400 series per measure (standard
    // error of a rate near 0.05: 0.011, so at most q + 3 standard errors).
    // The long test below measures the rates to ±0.003.
    for (measure, n) in [(Measure::Csat, 12), (Measure::Nps, 30), (Measure::Ces, 15)] {
        let rate = false_alarms(measure, n, 400, 11);
        assert!(rate <= 0.05 + 0.033, "{measure}: {rate}");
    }
}

#[test]
#[ignore = "long: 5 000 series per measure (run with --ignored)"]
fn a_long_simulation_of_stable_series_keeps_false_alarms_near_q() {
    // Measured (seed 11): CSAT 0.0018 (n = 12, Fisher's exact test is
    // conservative) and 0.0406 (n = 50); NPS 0.0436 (12), 0.0550 (30),
    // 0.0500 (50); CES 0.0518 (12 and 15). The z and t tests are
    // approximations, so the rate can pass q by a little; the bound is q
    // plus 3 standard errors of the simulation (0.003).
    for (measure, n) in [
        (Measure::Csat, 12),
        (Measure::Csat, 50),
        (Measure::Nps, 12),
        (Measure::Nps, 30),
        (Measure::Nps, 50),
        (Measure::Ces, 12),
    ] {
        let rate = false_alarms(measure, n, 5_000, 11);
        eprintln!("{measure}, {n} answers a month: a false flag in {rate:.4} of 5 000 stable series");
        assert!(rate <= 0.06, "{measure} n = {n}: {rate}");
    }
}

// ---------------------------------------------------------------------
// Invariants.
// ---------------------------------------------------------------------

fn contains(e: &Estimate) -> bool {
    let (low, high) = e.bounds();
    e.interval().is_none_or(|(l, h)| low <= l && l <= e.mean() && e.mean() <= h && h <= high)
}

proptest! {
    #[test]
    fn a_share_interval_is_within_0_and_100_and_holds_the_share(n in 1_usize..100_000, k in 0_usize..100_000) {
        let k = k % (n + 1);
        let e = Estimate::share(k, n).unwrap();
        prop_assert!(contains(&e), "{k}/{n}: {:?}", e.interval());
        let (l, h) = e.interval().unwrap();
        prop_assert!(h > l);
    }

    #[test]
    fn an_nps_interval_is_within_the_range_and_holds_the_nps(scores in proptest::array::uniform11(0_usize..40)) {
        if let Some(e) = Estimate::nps(scores) {
            prop_assert!(contains(&e), "{scores:?}: {:?} {}", e.interval(), e.mean());
            let (l, h) = e.interval().unwrap();
            prop_assert!(h > l);
            let (promoters, passives, detractors) = e.nps_groups().unwrap();
            prop_assert_eq!(promoters + passives + detractors, e.count());
            prop_assert_eq!(NpsCounts::new(scores).estimate(), Some(e));
        }
    }

    #[test]
    fn a_mean_interval_is_within_the_scale_and_holds_the_mean(
        scores in proptest::collection::vec(1_u8..=7, 1..60),
    ) {
        let e = Estimate::from_scores(scores.iter().map(|&s| f64::from(s))).unwrap().within(1.0, 7.0);
        prop_assert!(contains(&e), "{scores:?}: {:?}", e.interval());
    }

    #[test]
    fn p_values_are_probabilities_and_do_not_depend_on_the_order(
        a in 0_usize..60, n in 1_usize..60, b in 0_usize..60, m in 1_usize..60,
    ) {
        let (x, y) = (Estimate::share(a % (n + 1), n).unwrap(), Estimate::share(b % (m + 1), m).unwrap());
        let (forth, back) = (x.compare(&y).unwrap(), y.compare(&x).unwrap());
        prop_assert!((0.0..=1.0).contains(&forth.p_value()));
        prop_assert!((forth.p_value() - back.p_value()).abs() < 1e-12);
        prop_assert_eq!(forth.difference(), -back.difference());
    }

    #[test]
    fn adjusted_p_values_never_fall_below_the_raw_ones(p in proptest::collection::vec(0.0_f64..=1.0, 0..40)) {
        let adjusted = benjamini_hochberg(&p);
        prop_assert_eq!(adjusted.len(), p.len());
        for (a, raw) in adjusted.iter().zip(&p) {
            prop_assert!(*a >= *raw && *a <= 1.0);
        }
    }
}

#[test]
fn every_nps_interval_up_to_sixty_answers_holds_its_nps() {
    for n in 1..=60 {
        for promoters in 0..=n {
            for detractors in 0..=n - promoters {
                let e = nps(promoters, n - promoters - detractors, detractors);
                assert!(contains(&e), "{promoters}/{detractors} of {n}: {:?}", e.interval());
            }
        }
    }
}
