//! Key drivers (issue 22, item 3): LMG relative importance against a worked
//! example computed independently, the bootstrap's determinism and
//! intervals, how respondents are linked, and each reason an analysis
//! gives no result. Everything here goes through the public API.

use service_standards::jiff::civil::{Date, date};
use service_standards::prelude::*;
use service_standards::survey::{KeyDriverAnalysis, KeyDrivers, NotEstimated};

fn phase(path: &str) -> Subject {
    Subject::Phase(path.parse().unwrap())
}

/// Each respondent `r{n}` answers each subject with the n-th score.
fn table(on: Date, columns: &[(&str, &[f64])], answer: fn(f64) -> Answer) -> Vec<Response> {
    columns
        .iter()
        .flat_map(|(path, scores)| {
            scores
                .iter()
                .enumerate()
                .map(move |(n, &s)| Response::new(format!("r{n}"), on, phase(path), answer(s)))
        })
        .collect()
}

const X1: [f64; 10] = [5.0, 4.0, 2.0, 5.0, 3.0, 1.0, 4.0, 2.0, 5.0, 3.0];
const X2: [f64; 10] = [5.0, 5.0, 3.0, 4.0, 3.0, 2.0, 4.0, 4.0, 5.0, 2.0];
const X3: [f64; 10] = [3.0, 4.0, 3.0, 2.0, 4.0, 2.0, 5.0, 3.0, 5.0, 1.0];
const Y: [f64; 10] = [5.0, 5.0, 2.0, 4.0, 3.0, 1.0, 4.0, 3.0, 5.0, 2.0];

fn worked_example() -> Responses {
    let columns: [(&str, &[f64]); 4] =
        [("visit/overall", &Y), ("visit/waiting", &X1), ("visit/staff", &X2), ("visit/price", &X3)];
    Responses::builder().responses(table(date(2026, 3, 2), &columns, Answer::Csat)).build().unwrap()
}

fn analysis() -> KeyDriverAnalysis {
    KeyDriverAnalysis::new(phase("visit/overall"), Measure::Csat, Measure::Csat).minimum_respondents(10)
}

fn importance(drivers: &KeyDrivers, path: &str) -> f64 {
    drivers.drivers().iter().find(|d| d.subject() == &phase(path)).unwrap().importance()
}

#[test]
fn lmg_matches_the_raw_data_worked_example() {
    // Ten respondents, three 1–5 drivers and an overall 1–5 score, computed
    // independently (NumPy): R² = 0.981 436; LMG = 0.388 634, 0.455 984,
    // 0.136 818; correlations with the outcome 0.891 304, 0.951 671, 0.602 045.
    let drivers = worked_example().key_drivers(&analysis()).unwrap();
    assert_eq!(drivers.respondents(), 10);
    assert_eq!(format!("{:.6}", drivers.r_squared()), "0.981436");
    for (path, lmg, r) in [
        ("visit/waiting", "0.388634", "0.891304"),
        ("visit/staff", "0.455984", "0.951671"),
        ("visit/price", "0.136818", "0.602045"),
    ] {
        let d = drivers.drivers().iter().find(|d| d.subject() == &phase(path)).unwrap();
        assert_eq!(
            (format!("{:.6}", d.importance()), format!("{:.6}", d.correlation())),
            (lmg.to_owned(), r.to_owned())
        );
    }
    // Most important first; the shares add up to 100 %, the importances to R².
    let order: Vec<&Subject> = drivers.drivers().iter().map(|d| d.subject()).collect();
    assert_eq!(order, [&phase("visit/staff"), &phase("visit/waiting"), &phase("visit/price")]);
    let shares: f64 = drivers.drivers().iter().map(|d| d.share()).sum();
    let total: f64 = drivers.drivers().iter().map(|d| d.importance()).sum();
    assert!((shares - 100.0).abs() < 1e-9 && (total - drivers.r_squared()).abs() < 1e-12);
    assert_eq!(format!("{:.2}", drivers.drivers()[0].share()), "46.46");
}

#[test]
fn the_bootstrap_is_fixed_by_its_seed_and_brackets_the_estimate() {
    let responses = worked_example();
    let a = responses.key_drivers(&analysis()).unwrap();
    let b = responses.key_drivers(&analysis()).unwrap();
    assert_eq!(a, b);
    assert_eq!((a.resamples(), a.seed()), (1_000, KeyDriverAnalysis::SEED));
    let other = responses.key_drivers(&analysis().seed(5)).unwrap();
    assert_ne!(a.drivers()[0].interval(), other.drivers()[0].interval());
    for d in a.drivers() {
        let (low, high) = d.interval().unwrap();
        assert!(0.0 <= low && low <= high && high <= 1.0, "{:?}", d.interval());
    }
    let (low, high) = a.r_squared_interval().unwrap();
    assert!(low <= a.r_squared() && a.r_squared() <= high, "{low} {high}");
    let none = responses.key_drivers(&analysis().resamples(0)).unwrap();
    assert_eq!((none.drivers()[0].interval(), none.r_squared_interval()), (None, None));
    assert_eq!(none.drivers()[0].importance(), a.drivers()[0].importance());
}

#[test]
fn respondents_are_linked_within_a_survey_period_and_used_when_they_answered_everything() {
    let mut responses = table(
        date(2026, 3, 2),
        &[("visit/overall", &Y), ("visit/waiting", &X1), ("visit/staff", &X2), ("visit/price", &X3)],
        Answer::Csat,
    );
    // The same ids a month later are other rows: their overall score alone is unused …
    responses.extend(table(date(2026, 4, 2), &[("visit/overall", &Y)], Answer::Csat));
    // … and an answer with another measure is no driver.
    responses.push(Response::new("r0", date(2026, 3, 2), phase("visit/staff"), Answer::Ces(2.0)));
    let rs = Responses::builder().responses(responses).build().unwrap();
    let drivers = rs.key_drivers(&analysis()).unwrap();
    assert_eq!(drivers.respondents(), 10);
    assert_eq!(format!("{:.6}", drivers.r_squared()), "0.981436");
    // With a quarterly survey period, February and March are one period:
    // the ids would answer the overall subject twice, which the responses refuse.
    let quarterly = Responses::builder()
        .survey_period(PeriodKind::Quarter)
        .responses(table(date(2026, 2, 2), &[("visit/overall", &Y)], Answer::Csat))
        .responses(table(date(2026, 3, 2), &[("visit/overall", &Y)], Answer::Csat))
        .build();
    assert!(quarterly.is_err());
}

#[test]
fn named_drivers_are_the_only_ones_analysed() {
    let drivers = worked_example()
        .key_drivers(&analysis().drivers([
            phase("visit/staff"),
            phase("visit/waiting"),
            phase("visit/staff"),
        ]))
        .unwrap();
    assert_eq!(drivers.drivers().len(), 2);
    // Two drivers: LMG₁ = (r₁² + (R² − r₂²)) / 2, and they add up to R².
    let (r_staff, r_waiting) = (0.951_671_f64, 0.891_304_f64);
    let r2 = drivers.r_squared();
    assert!(
        (importance(&drivers, "visit/staff") - (r_staff.powi(2) + r2 - r_waiting.powi(2)) / 2.0).abs() < 1e-6
    );
}

#[test]
fn an_nps_outcome_is_driven_by_the_scores_of_the_phases() {
    // The outcome is the 0–10 score, the drivers the SERVQUAL perceptions.
    let overall = phase("stay/check-out");
    let mut responses = Vec::new();
    for n in 0..60_u8 {
        let who = format!("g{n}");
        let (check_in, room) = (f64::from(1 + n % 7), f64::from(1 + (n / 7) % 7));
        let servqual = |p| Answer::Servqual { expectation: 6.0, perception: p };
        responses.push(Response::new(
            who.as_str(),
            date(2026, 5, 1),
            phase("stay/check-in"),
            servqual(check_in),
        ));
        responses.push(Response::new(who.as_str(), date(2026, 5, 1), phase("stay/room"), servqual(room)));
        let score = (check_in * 1.4 + f64::from(n % 3)).round().min(10.0);
        responses.push(Response::new(
            who.as_str(),
            date(2026, 5, 1),
            overall.clone(),
            Answer::Nps(score as u8),
        ));
    }
    let rs = Responses::builder().responses(responses).build().unwrap();
    let drivers = rs.key_drivers(&KeyDriverAnalysis::new(overall, Measure::Nps, Measure::Servqual)).unwrap();
    assert_eq!(drivers.respondents(), 60);
    assert_eq!(drivers.drivers()[0].subject(), &phase("stay/check-in"));
    assert!(drivers.drivers()[0].correlation() > 0.9);
    assert!(drivers.drivers()[1].importance() < 0.05);
}

#[test]
fn each_reason_for_no_result_is_told() {
    let empty = Responses::builder().build().unwrap();
    assert_eq!(empty.key_drivers(&analysis()), Err(NotEstimated::NoDrivers));
    // Ten respondents are below the default minimum of 30.
    let few = worked_example().key_drivers(&KeyDriverAnalysis::new(
        phase("visit/overall"),
        Measure::Csat,
        Measure::Csat,
    ));
    assert_eq!(few, Err(NotEstimated::TooFewRespondents { respondents: 10, minimum: 30 }));
    assert_eq!(
        few.unwrap_err().to_string(),
        "too few respondents answered the outcome and every driver: 10, at least 30 needed"
    );
    // Drivers plus two is the floor whatever the minimum.
    let tiny =
        worked_example().key_drivers(&analysis().minimum_respondents(0).drivers([phase("visit/staff")]));
    assert!(tiny.is_ok());
    // Everyone gave the outcome the same score.
    let flat: [f64; 10] = [4.0; 10];
    let columns: [(&str, &[f64]); 2] = [("visit/overall", &flat), ("visit/staff", &X2)];
    let rs = Responses::builder().responses(table(date(2026, 3, 2), &columns, Answer::Csat)).build().unwrap();
    assert_eq!(rs.key_drivers(&analysis()), Err(NotEstimated::NoVariance));
    // Thirteen drivers are more than LMG's twelve.
    let paths: Vec<String> = (0..14).map(|i| format!("visit/p{i}")).collect();
    let columns: Vec<(&str, &[f64])> = paths.iter().map(|p| (p.as_str(), &X1[..])).collect();
    let rs = Responses::builder().responses(table(date(2026, 3, 2), &columns, Answer::Csat)).build().unwrap();
    let many = KeyDriverAnalysis::new(phase("visit/p0"), Measure::Csat, Measure::Csat);
    assert_eq!(rs.key_drivers(&many), Err(NotEstimated::TooManyDrivers { count: 13, maximum: 12 }));
}

#[cfg(feature = "csv")]
#[test]
fn the_example_year_says_no_phase_stands_out_as_a_driver_of_the_check_out_nps() {
    // The example data asks NPS at check-out and CSAT of every phase of
    // 288 stays; its generator draws the NPS apart from the phases, and
    // the analysis says so: R² of 3 %, every interval reaching down to 0.
    let file =
        std::fs::File::open(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/responses.csv")).unwrap();
    let imported = CsvImport::new().lenient(file).unwrap();
    let analysis = KeyDriverAnalysis::new(phase("stay/check-out"), Measure::Nps, Measure::Csat);
    let drivers = imported.responses().key_drivers(&analysis).unwrap();
    assert_eq!((drivers.respondents(), drivers.drivers().len()), (288, 4));
    assert_eq!(format!("{:.3}", drivers.r_squared()), "0.031");
    for d in drivers.drivers() {
        let (low, high) = d.interval().unwrap();
        assert!(low < 0.001 && d.importance() <= high, "{}: {low} {high}", d.subject());
    }
}
