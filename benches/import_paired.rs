//! A million-row wide export read through a mapping, side by side with
//! the csv crate reading the same file three ways, in alternation (issue
//! 22, performance: at most 1.5 × the csv crate reading plain records):
//! into one reused `csv::ByteRecord` (the floor of reading a CSV file),
//! into one reused `csv::StringRecord` (its cells checked as UTF-8), and
//! into plain rows with serde (a reused `StringRecord` deserialised into a
//! struct that borrows its texts).
//!
//! The file is laid out as a survey tool writes it: one row a respondent,
//! a respondent id, a date and time in UTC (`2026-03-31 22:05:00`), a
//! clinic and a contact channel by their names in the tool, an NPS score,
//! five CSAT questions answered by label (`Very satisfied`), a CES score
//! and a comment column, mostly empty. The mapping moves each time to
//! `Europe/Warsaw` before its date is cut, maps clinic and channel by
//! tables, and folds every answer into its group while reading
//! (`aggregate_strict`, by subject, channel, site and month): seven
//! answers a row, seven million in all. It is timed with the duplicate
//! check off (nothing kept per row) and on (a fingerprint per respondent,
//! subject, measure and month).
//!
//! Each round times the three baselines, then the mapped import with the
//! check off, then with it on; the figures are the medians of the rounds' ratios
//! (with their quartiles), as `benches/derive_paired.rs` takes them, by
//! the wall clock and by the thread's processor time.
//!
//! `cargo bench --features csv --bench import_paired` prints a Markdown
//! table (BENCHMARKS.md). Without `--bench` (`cargo test --benches`) it
//! reads a file of 1,000 rows once each and times nothing.

#[path = "support/rounds.rs"]
#[allow(dead_code, reason = "shared with the other paired benches")]
mod rounds;
use rounds::{median, quantile};

use std::{
    fs::File,
    hint::black_box,
    io::{BufWriter, Write},
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use service_standards::prelude::*;

/// Rounds run for at least this long ...
const BUDGET: Duration = Duration::from_secs(40);

/// ... and at least this many.
const MIN_ROUNDS: usize = 7;

const SITES: [&str; 4] = ["Kraków Old Town", "Gdańsk", "Warszawa Mokotów", "Poznań"];
const CONTACTS: [&str; 4] = ["Phone", "E-mail", "Walk-in", "Chat"];
const LABELS: [(&str, f64); 5] = [
    ("Very satisfied", 5.0),
    ("Satisfied", 4.0),
    ("Neither satisfied nor dissatisfied", 3.0),
    ("Dissatisfied", 2.0),
    ("Very dissatisfied", 1.0),
];
const CSAT: [&str; 5] =
    ["stay/reservation", "stay/check-in", "stay/room", "stay/breakfast", "stay/check-out"];

/// The wide file of `rows` respondents, written once.
fn export(rows: usize) -> PathBuf {
    let path = std::env::temp_dir().join(format!("service-standards-bench-export-{rows}.csv"));
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > 0) {
        return path;
    }
    let partial = path.with_extension("partial");
    let mut out = BufWriter::new(File::create(&partial).unwrap());
    writeln!(
        out,
        "Respondent ID,Submit Date (UTC),Clinic,How did you contact us?,How likely are you to recommend us?,\
         Booking,Check-in,Room,Breakfast,Check-out,It was easy to handle my request.,Anything else?"
    )
    .unwrap();
    // A small linear congruential generator: the same file every time.
    let mut seed: u64 = 22;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % n) as usize
    };
    for row in 0..rows {
        let (month, day, hour, minute) = (next(12) + 1, next(28) + 1, next(24), next(60));
        write!(
            out,
            "{},2026-{month:02}-{day:02} {hour:02}:{minute:02}:{:02},{},{},{}",
            114_502_233_101 + row,
            next(60),
            SITES[next(SITES.len() as u64)],
            CONTACTS[next(CONTACTS.len() as u64)],
            next(11),
        )
        .unwrap();
        for _ in CSAT {
            write!(out, ",{}", LABELS[next(5)].0).unwrap();
        }
        let comment = if row % 20 == 0 { "\"Kind staff, as always.\"" } else { "" };
        writeln!(out, ",{},{comment}", next(7) + 1).unwrap();
    }
    out.flush().unwrap();
    drop(out);
    std::fs::rename(&partial, &path).unwrap();
    path
}

/// The mapping of the file.
fn mapping() -> SurveyMapping {
    let mut b = SurveyMapping::builder()
        .respondent("Respondent ID")
        .date("Submit Date (UTC)", "%Y-%m-%d %H:%M:%S")
        .file_offset(service_standards::jiff::tz::Offset::UTC)
        .business_time_zone("Europe/Warsaw")
        .site("Clinic")
        .channel("How did you contact us?")
        .channel_value("Phone", Channel::Telephone)
        .channel_value("E-mail", Channel::Email)
        .channel_value("Walk-in", Channel::FaceToFace)
        .channel_value("Chat", Channel::Chat)
        .question(
            QuestionColumn::new("How likely are you to recommend us?", Subject::Overall, Measure::Nps)
                .comment("Anything else?"),
        )
        .question(QuestionColumn::new("It was easy to handle my request.", Subject::Overall, Measure::Ces));
    for (site, id) in SITES.iter().zip(["krakow", "gdansk", "warszawa", "poznan"]) {
        b = b.site_value(*site, id);
    }
    for (column, phase) in ["Booking", "Check-in", "Room", "Breakfast", "Check-out"].iter().zip(CSAT) {
        let mut q = QuestionColumn::new(*column, Subject::Phase(phase.parse().unwrap()), Measure::Csat);
        for (label, value) in LABELS {
            q = q.label(label, value);
        }
        b = b.question(q);
    }
    b.build().unwrap()
}

/// The floor: every record read into one reused `ByteRecord`.
fn baseline(path: &Path) -> (usize, usize) {
    let mut csv = csv::ReaderBuilder::new().from_reader(File::open(path).unwrap());
    let mut record = csv::ByteRecord::new();
    let (mut records, mut bytes) = (0, 0);
    while csv.read_byte_record(&mut record).unwrap() {
        records += 1;
        bytes += record.as_slice().len();
    }
    (records, bytes)
}

/// The csv crate's own plain record: each record read into one reused
/// `StringRecord` (its cells checked as UTF-8, as the import checks the
/// cells it reads).
fn strings(path: &Path) -> (usize, usize) {
    let mut csv = csv::ReaderBuilder::new().from_reader(File::open(path).unwrap());
    let mut record = csv::StringRecord::new();
    let (mut records, mut bytes) = (0, 0);
    while csv.read_record(&mut record).unwrap() {
        records += 1;
        bytes += record.as_slice().len();
    }
    (records, bytes)
}

/// A row of the export as plain data, its texts borrowed from the record.
#[derive(serde::Deserialize)]
#[allow(dead_code, reason = "read to be deserialised, not used")]
struct Row<'a> {
    respondent: u64,
    submitted: &'a str,
    clinic: &'a str,
    contact: &'a str,
    nps: u8,
    booking: &'a str,
    check_in: &'a str,
    room: &'a str,
    breakfast: &'a str,
    check_out: &'a str,
    ces: u8,
    comment: &'a str,
}

/// Plain records with serde, the fastest way the csv crate documents: each
/// record read into one reused `StringRecord` and deserialised into a
/// borrowing `Row` (no allocation a row).
fn plain_rows(path: &Path) -> (usize, usize) {
    let mut csv = csv::ReaderBuilder::new().from_reader(File::open(path).unwrap());
    let mut record = csv::StringRecord::new();
    let (mut records, mut sum) = (0, 0);
    while csv.read_record(&mut record).unwrap() {
        let row: Row<'_> = record.deserialize(None).unwrap();
        records += 1;
        sum += usize::from(row.nps) + row.comment.len();
        black_box(&row);
    }
    (records, sum)
}

/// The mapped import, folding while reading.
fn mapped(path: &Path, mapping: &SurveyMapping, check: bool) -> Vec<Summary> {
    let by = By::subject().channel().site().period(PeriodKind::Month);
    CsvImport::new()
        .with_mapping(mapping)
        .check_duplicates(check)
        .aggregate_strict(File::open(path).unwrap(), by)
        .unwrap()
}

/// The processor time this thread has used, in milliseconds.
fn thread_cpu_ms() -> f64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec for the call to write.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    if ok { t.tv_sec as f64 * 1e3 + t.tv_nsec as f64 / 1e6 } else { f64::NAN }
}

/// `f` timed by the wall clock and the thread's processor time, in ms.
fn timed<O>(f: impl FnOnce() -> O) -> [f64; 2] {
    let cpu = thread_cpu_ms();
    let start = Instant::now();
    let out = black_box(f());
    let wall = start.elapsed();
    let cpu = thread_cpu_ms() - cpu;
    drop(out);
    [wall.as_secs_f64() * 1e3, cpu]
}

/// The median of `values` with its quartiles, written `m (q1–q3)`.
fn figure(mut values: Vec<f64>, digits: usize) -> String {
    let m = median(&mut values);
    format!("{m:.digits$} ({:.digits$}–{:.digits$})", quantile(&values, 0.25), quantile(&values, 0.75))
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let rows = if bench { 1_000_000 } else { 1_000 };
    let path = export(rows);
    let mapping = mapping();
    // `IMPORT_PAIRED_PROFILE=off` (or `on`): the mapped import alone, five
    // times, for a profiler.
    if let (true, Ok(which)) = (bench, std::env::var("IMPORT_PAIRED_PROFILE")) {
        for _ in 0..5 {
            black_box(mapped(&path, &mapping, which == "on"));
        }
        return;
    }
    // Every answer is read: seven a row.
    let summaries = mapped(&path, &mapping, true);
    let answers: usize = summaries.iter().map(|s| s.estimate().count()).sum();
    assert_eq!(answers, 7 * rows);
    assert_eq!(mapped(&path, &mapping, false), summaries);
    assert_eq!(baseline(&path).0, rows);
    assert_eq!(strings(&path).0, rows);
    assert_eq!(plain_rows(&path).0, rows);
    if !bench {
        return;
    }

    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    // [clock][bytes, strings, plain rows, off, on]
    let mut times: [[Vec<f64>; 5]; 2] = Default::default();
    let start = Instant::now();
    while times[0][0].len() < MIN_ROUNDS || start.elapsed() < BUDGET {
        let b = timed(|| baseline(&path));
        let st = timed(|| strings(&path));
        let pr = timed(|| plain_rows(&path));
        let off = timed(|| mapped(&path, &mapping, false));
        let on = timed(|| mapped(&path, &mapping, true));
        for clock in 0..2 {
            for (k, t) in [b, st, pr, off, on].iter().enumerate() {
                times[clock][k].push(t[clock]);
            }
        }
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "{rows} rows, {:.1} MB, {} rounds; load average before: {}",
        size as f64 / 1e6,
        times[0][0].len(),
        load.trim()
    );
    println!(
        "| clock | csv ByteRecord (ms) | csv StringRecord (ms) | serde rows (ms) | mapped, check off (ms) | mapped, check on (ms) | off / ByteRecord | off / StringRecord | off / serde rows | on / serde rows |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (clock, name) in ["wall", "thread cpu"].iter().enumerate() {
        let t = &times[clock];
        let ratio = |k: usize, of: usize| t[k].iter().zip(&t[of]).map(|(x, b)| x / b).collect::<Vec<f64>>();
        println!(
            "| {name} | {} | {} | {} | {} | {} | **{}** | **{}** | **{}** | **{}** |",
            figure(t[0].clone(), 0),
            figure(t[1].clone(), 0),
            figure(t[2].clone(), 0),
            figure(t[3].clone(), 0),
            figure(t[4].clone(), 0),
            figure(ratio(3, 0), 2),
            figure(ratio(3, 1), 2),
            figure(ratio(3, 2), 2),
            figure(ratio(4, 2), 2),
        );
    }
}
