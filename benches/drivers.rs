//! Key drivers of a million respondents (issue 22, performance): each
//! answers six phases' CSAT and the check-out NPS, made in memory once,
//! deterministically. Measured: the whole analysis with its 1 000 bootstrap
//! resamples (target: a few seconds), the analysis without the bootstrap,
//! and a plain pass that links each respondent's seven answers into a row
//! (a hash map keyed by respondent and month), the floor any analysis
//! pays to read the responses.

use std::{collections::HashMap, hint::black_box, time::Duration};

use criterion::{Criterion, criterion_group, criterion_main};
use service_standards::jiff::civil::date;
use service_standards::prelude::*;
use service_standards::survey::KeyDriverAnalysis;

const RESPONDENTS: usize = 1_000_000;
const PHASES: [&str; 6] =
    ["stay/reservation", "stay/arrival", "stay/check-in", "stay/room", "stay/breakfast", "stay/check-out"];

fn responses() -> Responses {
    let phases: Vec<Subject> = PHASES.iter().map(|p| Subject::Phase(p.parse().unwrap())).collect();
    let overall = Subject::Phase("stay/overall".parse().unwrap());
    // A small linear congruential generator: the same answers every time.
    let mut seed: u64 = 22;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let mut all = Vec::with_capacity(RESPONDENTS * (PHASES.len() + 1));
    for r in 0..RESPONDENTS {
        let who = format!("r{r}");
        let day = date(2026, (r % 12) as i8 + 1, (r % 28) as i8 + 1);
        let mut weighted = 0.0;
        for (j, phase) in phases.iter().enumerate() {
            let score = (next(5) + 1) as f64;
            weighted += score * [0.5, 0.2, 1.0, 0.8, 0.3, 0.6][j];
            all.push(Response::new(who.as_str(), day, phase.clone(), Answer::Csat(score)));
        }
        // 3.4 × 5 = 17 at most; scaled to 0–10 with noise.
        let nps = (weighted / 17.0 * 10.0 + next(5) as f64 - 2.0).round().clamp(0.0, 10.0) as u8;
        all.push(Response::new(who.as_str(), day, overall.clone(), Answer::Nps(nps)));
    }
    Responses::builder().responses(all).build().unwrap()
}

fn drivers(c: &mut Criterion) {
    let responses = responses();
    let overall = Subject::Phase("stay/overall".parse().unwrap());
    let analysis = KeyDriverAnalysis::new(overall.clone(), Measure::Nps, Measure::Csat);
    let phases: Vec<Subject> = PHASES.iter().map(|p| Subject::Phase(p.parse().unwrap())).collect();
    let mut columns: HashMap<&Subject, usize> = phases.iter().enumerate().map(|(j, s)| (s, j)).collect();
    columns.insert(&overall, 6);
    let mut group = c.benchmark_group("drivers/1m-respondents-6-phases");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(30));
    group.bench_function("plain-link", |b| {
        b.iter(|| {
            // Each respondent's seven scores in one row, by id and month.
            let mut rows: HashMap<(&str, Period), [f64; 7]> = HashMap::with_capacity(RESPONDENTS);
            for r in black_box(&responses) {
                let Some(&column) = columns.get(r.subject()) else { continue };
                let score = match r.answer() {
                    Answer::Nps(s) => f64::from(s),
                    Answer::Csat(s) => s,
                    _ => continue,
                };
                rows.entry((r.respondent(), Period::of(PeriodKind::Month, r.date())))
                    .or_insert([f64::NAN; 7])[column] = score;
            }
            assert_eq!(rows.len(), RESPONDENTS);
            rows
        })
    });
    group.bench_function("key-drivers-no-bootstrap", |b| {
        b.iter(|| {
            let drivers = black_box(&responses).key_drivers(&analysis.clone().resamples(0)).unwrap();
            assert_eq!(drivers.respondents(), RESPONDENTS);
            drivers
        })
    });
    group.bench_function("key-drivers-1000-resamples", |b| {
        b.iter(|| {
            let drivers = black_box(&responses).key_drivers(&analysis).unwrap();
            assert_eq!(drivers.respondents(), RESPONDENTS);
            assert_eq!(drivers.drivers()[0].subject(), &Subject::Phase("stay/check-in".parse().unwrap()));
            drivers
        })
    });
    group.finish();
}

criterion_group!(benches, drivers);
criterion_main!(benches);
