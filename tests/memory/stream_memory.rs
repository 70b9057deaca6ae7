//! Aggregating while reading keeps memory flat in the number of rows
//! (issue 14, "memory flat in the number of rows"): the live heap is
//! counted by a global allocator while generated files of 20,000 and
//! 200,000 rows stream through `CsvImport::aggregate_strict`, read from a
//! reader that makes each row as it is asked for, so the file is never in
//! memory.
//!
//! With the duplicate check off nothing is kept per row; with it on, the
//! check keeps one 128-bit fingerprint per distinct respondent, subject,
//! measure and survey period, at most 40 bytes a row (as documented on
//! `CsvImport`: 19 to 39 bytes a fingerprint).
//!
//! Each test holds a lock while it measures, so that no other test of this
//! binary allocates meanwhile.

#![cfg(feature = "csv")]

#[path = "../support/survey_cells.rs"]
mod survey_cells;

use std::{fmt::Write as _, io, sync::atomic::Ordering};

use service_standards::prelude::*;

use crate::{ALONE, LIVE, PEAK};

use survey_cells::{CHANNELS, SITES, SUBJECTS};
/// Every subject, measure, channel, site and month: every group appears in
/// the first 7,200 rows, so both files have the same groups.
const GROUPS: usize = 10 * 4 * 5 * 3 * 12;

/// A survey file of `rows` responses, each by its own respondent, made a
/// row at a time as it is read.
struct Rows {
    rows: usize,
    next: usize,
    line: String,
    at: usize,
}

impl Rows {
    fn new(rows: usize) -> Self {
        let header = "respondent,date,site,channel,subject,measure,expectation,perception,score,importance\n";
        Self { rows, next: 0, line: header.to_owned(), at: 0 }
    }

    /// The `i`th row into `self.line`.
    fn make(&mut self, i: usize) {
        let subject = SUBJECTS[i % 10];
        let channel = CHANNELS[i / 40 % 5];
        let site = SITES[i / 200 % 3];
        let (month, day) = (i / 600 % 12 + 1, i % 28 + 1);
        let (measure, e, p, score) = match i / 10 % 4 {
            0 => ("servqual", i % 7 + 1, (i / 7) % 7 + 1, None),
            1 => ("nps", 0, 0, Some(i % 11)),
            2 => ("csat", 0, 0, Some(i % 5 + 1)),
            _ => ("ces", 0, 0, Some(i % 7 + 1)),
        };
        self.line.clear();
        let (e, p) =
            if score.is_none() { (e.to_string(), p.to_string()) } else { (String::new(), String::new()) };
        let score = score.map(|s| s.to_string()).unwrap_or_default();
        let importance = if i % 10 == 0 { "2" } else { "" };
        writeln!(
            self.line,
            "guest-{i},2026-{month:02}-{day:02},{site},{channel},{subject},{measure},{e},{p},{score},{importance}"
        )
        .unwrap();
    }
}

impl io::Read for Rows {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.line.len() {
            if self.next == self.rows {
                return Ok(0);
            }
            self.make(self.next);
            self.next += 1;
            self.at = 0;
        }
        let rest = &self.line.as_bytes()[self.at..];
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.at += n;
        Ok(n)
    }
}

/// The grouping of every measurement: every group appears in both files.
fn by() -> By {
    By::subject().channel().site().period(PeriodKind::Month)
}

/// The most bytes alive at once, above those alive before, while `rows`
/// rows are read and aggregated by `run`; checks every row was counted.
fn peak_of(rows: usize, run: impl FnOnce(io::BufReader<Rows>) -> Vec<Summary>) -> usize {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let summaries = run(io::BufReader::new(Rows::new(rows)));
    let peak = PEAK.load(Ordering::Relaxed) - before;
    assert_eq!(summaries.len(), GROUPS.min(rows));
    assert_eq!(summaries.iter().map(|s| s.estimate().count()).sum::<usize>(), rows);
    peak
}

/// The peak of `rows` rows streaming through `import`.
fn peak(import: CsvImport<'_>, rows: usize) -> usize {
    peak_of(rows, |file| import.aggregate_strict(file, by()).unwrap())
}

#[test]
fn aggregating_while_reading_keeps_memory_flat_in_the_rows() {
    let _alone = ALONE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let trusted = CsvImport::new().check_duplicates(false);
    let checked = CsvImport::new();
    // Once first, for what is allocated once in a thread's life.
    peak(checked, 1_000);

    let (small, large) = (20_000, 200_000);
    let flat = (peak(trusted, small), peak(trusted, large));
    // Without the check nothing is kept per row: ten times the rows, the
    // same peak within 4 KiB (the groups, the names and the reader's
    // buffers are the same for both files).
    assert!(flat.1 <= flat.0 + 4096, "no check: {} bytes for {small} rows, {} for {large}", flat.0, flat.1);

    let fingerprints = (peak(checked, small), peak(checked, large));
    let per_row = (fingerprints.1 - fingerprints.0) as f64 / (large - small) as f64;
    // With it, one fingerprint per row (each row is its own respondent):
    // at least its 16 bytes, at most 40 with the set's room to grow.
    assert!(fingerprints.1 >= flat.1 + 16 * large, "{} bytes with the check", fingerprints.1);
    assert!(per_row <= 40.0, "{per_row:.1} bytes a row with the check");
    eprintln!(
        "peak heap, {small} / {large} rows: no check {} / {} bytes; check {} / {} bytes ({per_row:.1} bytes a row)",
        flat.0, flat.1, fingerprints.0, fingerprints.1
    );
}

/// The figures of BENCHMARKS.md: `cargo test --release --all-features
/// --test memory -- --ignored --nocapture`.
#[test]
#[ignore = "a million rows: run on demand for BENCHMARKS.md"]
fn peak_heap_at_a_hundred_thousand_and_a_million_rows() {
    let _alone = ALONE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    peak(CsvImport::new(), 1_000);
    for rows in [100_000, 1_000_000] {
        let trusted = peak(CsvImport::new().check_duplicates(false), rows);
        let checked = peak(CsvImport::new(), rows);
        let kept = peak_of(rows, |file| CsvImport::new().strict(file).unwrap().aggregate(by()));
        eprintln!(
            "{rows} rows: peak heap {trusted} bytes without the duplicate check, {checked} with it; \
             {kept} importing (strict) then aggregating"
        );
    }
}

/// A wide export of `rows` respondents, as a survey tool writes it, made a
/// row at a time as it is read: a date and time in UTC, a clinic and a
/// channel by their names in the tool, an NPS score, a CSAT label, a CES
/// score and a comment.
struct Wide {
    rows: usize,
    next: usize,
    line: String,
    at: usize,
}

impl Wide {
    const SITES: [&str; 3] = ["Kraków Old Town", "Gdańsk", "Poznań"];
    const CHANNELS: [&str; 4] = ["Phone", "E-mail", "Walk-in", "Chat"];
    const LABELS: [&str; 5] = ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"];

    fn new(rows: usize) -> Self {
        let header = "id,when,clinic,via,rec,sat,ease,why\n";
        Self { rows, next: 0, line: header.to_owned(), at: 0 }
    }

    fn mapping() -> SurveyMapping {
        let mut b = SurveyMapping::builder()
            .respondent("id")
            .date("when", "%Y-%m-%d %H:%M:%S")
            .file_offset(service_standards::jiff::tz::Offset::UTC)
            .business_time_zone("Europe/Warsaw")
            .site("clinic")
            .channel("via")
            .question(QuestionColumn::new("rec", Subject::Overall, Measure::Nps).comment("why"))
            .question(QuestionColumn::new("ease", Subject::Overall, Measure::Ces));
        for (text, id) in Self::SITES.iter().zip(["krakow", "gdansk", "poznan"]) {
            b = b.site_value(*text, id);
        }
        for (text, c) in Self::CHANNELS.iter().zip([
            Channel::Telephone,
            Channel::Email,
            Channel::FaceToFace,
            Channel::Chat,
        ]) {
            b = b.channel_value(*text, c);
        }
        let mut sat =
            QuestionColumn::new("sat", Subject::Dimension(QualityDimension::Empathy), Measure::Csat);
        for (label, value) in Self::LABELS.iter().zip([5.0, 4.0, 3.0, 2.0, 1.0]) {
            sat = sat.label(*label, value);
        }
        b.question(sat).build().unwrap()
    }

    /// The `i`th row into `self.line`: every channel, site and month (in
    /// Warsaw) in the first 144 rows.
    fn make(&mut self, i: usize) {
        let (channel, site, month) = (Self::CHANNELS[i % 4], Self::SITES[i / 4 % 3], i / 12 % 12 + 1);
        let (day, hour) = (i % 27 + 2, i % 24);
        let why = if i % 20 == 0 { "\"Kind staff, as always.\"" } else { "" };
        self.line.clear();
        writeln!(
            self.line,
            "{},2026-{month:02}-{day:02} {hour:02}:{:02}:00,{site},{channel},{},{},{},{why}",
            114_502_233_101_u64 + i as u64,
            i % 60,
            i % 11,
            Self::LABELS[i % 5],
            i % 7 + 1,
        )
        .unwrap();
    }
}

impl io::Read for Wide {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.line.len() {
            if self.next == self.rows {
                return Ok(0);
            }
            self.make(self.next);
            self.next += 1;
            self.at = 0;
        }
        let rest = &self.line.as_bytes()[self.at..];
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.at += n;
        Ok(n)
    }
}

/// The most bytes alive at once while a wide export of `rows` rows is
/// read through its mapping and aggregated; checks every answer was counted.
fn wide_peak(mapping: &SurveyMapping, check: bool, rows: usize) -> usize {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let summaries = CsvImport::new()
        .with_mapping(mapping)
        .check_duplicates(check)
        .aggregate_strict(io::BufReader::new(Wide::new(rows)), by())
        .unwrap();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    // Three questions, four channels, three sites, twelve months.
    assert_eq!(summaries.len(), 3 * 4 * 3 * 12);
    assert_eq!(summaries.iter().map(|s| s.estimate().count()).sum::<usize>(), 3 * rows);
    drop(summaries);
    peak
}

#[test]
fn a_mapped_export_aggregated_while_reading_keeps_memory_flat_in_the_rows() {
    let _alone = ALONE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let mapping = Wide::mapping();
    wide_peak(&mapping, true, 1_000);
    let (small, large) = (20_000, 200_000);
    let flat = (wide_peak(&mapping, false, small), wide_peak(&mapping, false, large));
    // Nothing is kept per row: the groups, the texts of the clinics and
    // channels met, the contexts of the rows and the reader's buffers are
    // the same for both files.
    assert!(flat.1 <= flat.0 + 4096, "no check: {} bytes for {small} rows, {} for {large}", flat.0, flat.1);
    let checked = (wide_peak(&mapping, true, small), wide_peak(&mapping, true, large));
    // With the check, a fingerprint per respondent and month (one a row,
    // of three answers): 16 bytes in tables a quarter to half full.
    let per_answer = (checked.1 - checked.0) as f64 / (3 * (large - small)) as f64;
    assert!(per_answer <= 22.0, "{per_answer:.1} bytes an answer with the check");
    eprintln!(
        "mapped, peak heap, {small} / {large} rows: no check {} / {} bytes; check {} / {} bytes ({per_answer:.1} bytes an answer)",
        flat.0, flat.1, checked.0, checked.1
    );
}
