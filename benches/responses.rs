//! A million survey responses (issue 14): importing them against the csv
//! crate reading the same file into plain records (target: at most 1.5 ×),
//! aggregating them against a plain fold over the same responses (target:
//! at most 1.5 ×), and aggregating while reading, keeping no response,
//! against the csv crate reading plain records with serde and folding each
//! as it is read (target: at most 1.5 ×). The file is generated once,
//! deterministically, into the temporary directory.

#[path = "../tests/support/survey_cells.rs"]
mod survey_cells;

use std::{
    collections::HashMap,
    fs::File,
    hint::black_box,
    io::{BufReader, BufWriter, Write},
    path::PathBuf,
    time::Duration,
};

use criterion::{Criterion, criterion_group, criterion_main};
use service_standards::prelude::*;

const ROWS: usize = 1_000_000;

use survey_cells::{CHANNELS, SITES, SUBJECTS};

/// The million-row file, written once.
fn survey_file() -> PathBuf {
    let path = std::env::temp_dir().join("service-standards-bench-responses-1m.csv");
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > 0) {
        return path;
    }
    let mut out = BufWriter::new(File::create(&path).unwrap());
    writeln!(out, "respondent,date,site,channel,subject,measure,expectation,perception,score,importance")
        .unwrap();
    // A small linear congruential generator: the same file every time.
    let mut seed: u64 = 14;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    for row in 0..ROWS {
        let (month, day) = (next(12) + 1, next(28) + 1);
        let subject = SUBJECTS[next(SUBJECTS.len() as u64) as usize];
        let channel = CHANNELS[next(CHANNELS.len() as u64) as usize];
        let site = SITES[next(SITES.len() as u64) as usize];
        let (measure, e, p, score) = match row % 4 {
            0 => ("servqual", (next(7) + 1).to_string(), (next(7) + 1).to_string(), String::new()),
            1 => ("nps", String::new(), String::new(), next(11).to_string()),
            2 => ("csat", String::new(), String::new(), (next(5) + 1).to_string()),
            _ => ("ces", String::new(), String::new(), (next(7) + 1).to_string()),
        };
        let importance = if row % 10 == 0 { "2" } else { "" };
        writeln!(out, "r{row},2026-{month:02}-{day:02},{site},{channel},{subject},{measure},{e},{p},{score},{importance}")
            .unwrap();
    }
    out.flush().unwrap();
    path
}

/// A record as plain data, as the csv crate reads it with serde.
#[derive(serde::Deserialize)]
#[allow(dead_code, reason = "read to be measured, never looked at")]
struct Plain {
    respondent: String,
    date: String,
    site: String,
    channel: String,
    subject: String,
    measure: String,
    expectation: Option<f64>,
    perception: Option<f64>,
    score: Option<f64>,
    importance: Option<f64>,
}

fn import(c: &mut Criterion) {
    let path = survey_file();
    let mut group = c.benchmark_group("responses/import-1m");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(20));
    group.bench_function("csv-crate-plain-records", |b| {
        b.iter(|| {
            let mut reader = csv::Reader::from_reader(BufReader::new(File::open(&path).unwrap()));
            let records: Vec<Plain> = reader.deserialize().map(Result::unwrap).collect();
            assert_eq!(records.len(), ROWS);
            records
        })
    });
    group.bench_function("csv-import-strict", |b| {
        b.iter(|| {
            let responses = CsvImport::new().strict(BufReader::new(File::open(&path).unwrap())).unwrap();
            assert_eq!(responses.len(), ROWS);
            responses
        })
    });
    group.finish();
}

/// A group of the plain fold: subject, measure, channel.
type Group<'a> = (&'a Subject, Measure, Option<Channel>);

fn aggregate(c: &mut Criterion) {
    let path = survey_file();
    let responses = CsvImport::new().strict(BufReader::new(File::open(&path).unwrap())).unwrap();
    let csat_top = responses.scales().csat_scale().max() - 1.0;
    let mut group = c.benchmark_group("responses/aggregate-1m");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(10));
    group.bench_function("plain-fold", |b| {
        b.iter(|| {
            // Count, sum and sum of squares per subject, measure and channel.
            let mut sums: HashMap<Group<'_>, (usize, f64, f64)> = HashMap::new();
            for r in black_box(&responses) {
                let x = match r.answer() {
                    Answer::Servqual { expectation, perception } => perception - expectation,
                    Answer::Nps(s) if s >= 9 => 100.0,
                    Answer::Nps(s) if s >= 7 => 0.0,
                    Answer::Nps(_) => -100.0,
                    Answer::Csat(s) => 100.0 * f64::from(u8::from(s >= csat_top)),
                    Answer::Ces(s) => s,
                    _ => 0.0,
                };
                let e = sums.entry((r.subject(), r.answer().measure(), r.channel())).or_default();
                e.0 += 1;
                e.1 += x;
                e.2 += x * x;
            }
            sums.len()
        })
    });
    group.bench_function("aggregate-by-subject-channel", |b| {
        b.iter(|| black_box(&responses).aggregate(By::subject().channel()).len())
    });
    group.finish();
}

/// A group of the plain fold while reading: subject, measure, channel, as read.
type PlainGroup = (String, String, String);

fn aggregate_while_reading(c: &mut Criterion) {
    let path = survey_file();
    let by = By::subject().channel();
    let mut group = c.benchmark_group("responses/aggregate-while-reading-1m");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(20));
    group.bench_function("csv-crate-serde-plain-fold", |b| {
        b.iter(|| {
            // Each record read with serde and folded at once into count,
            // sum and sum of squares per subject, measure and channel.
            let mut reader = csv::Reader::from_reader(BufReader::new(File::open(&path).unwrap()));
            let mut sums: HashMap<PlainGroup, (usize, f64, f64)> = HashMap::new();
            for record in reader.deserialize::<Plain>() {
                let r = record.unwrap();
                let score = r.score.unwrap_or(0.0);
                let x = match r.measure.as_str() {
                    "servqual" => r.perception.unwrap_or(0.0) - r.expectation.unwrap_or(0.0),
                    "nps" if score >= 9.0 => 100.0,
                    "nps" if score >= 7.0 => 0.0,
                    "nps" => -100.0,
                    "csat" => 100.0 * f64::from(u8::from(score >= 4.0)),
                    _ => score,
                };
                let e = sums.entry((r.subject, r.measure, r.channel)).or_default();
                e.0 += 1;
                e.1 += x;
                e.2 += x * x;
            }
            assert_eq!(sums.values().map(|s| s.0).sum::<usize>(), ROWS);
            sums.len()
        })
    });
    group.bench_function("aggregate-strict-by-subject-channel", |b| {
        b.iter(|| {
            let summaries =
                CsvImport::new().aggregate_strict(BufReader::new(File::open(&path).unwrap()), by).unwrap();
            assert_eq!(summaries.iter().map(|s| s.estimate().count()).sum::<usize>(), ROWS);
            summaries.len()
        })
    });
    group.bench_function("aggregate-strict-no-duplicate-check", |b| {
        b.iter(|| {
            let summaries = CsvImport::new()
                .check_duplicates(false)
                .aggregate_strict(BufReader::new(File::open(&path).unwrap()), by)
                .unwrap();
            assert_eq!(summaries.iter().map(|s| s.estimate().count()).sum::<usize>(), ROWS);
            summaries.len()
        })
    });
    group.finish();
}

criterion_group!(benches, import, aggregate, aggregate_while_reading);
criterion_main!(benches);
