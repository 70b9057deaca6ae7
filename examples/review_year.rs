//! The yearly review at the hotel: a year of survey responses and of monthly
//! audits, read from CSV files as a survey tool and an audit app export them,
//! turned into an improvement plan, charts and the proposed change to the
//! standards.
//!
//! ```text
//! cargo run --example review_year --features csv,charts
//! ```
//!
//! It reads `examples/data/responses.csv` and `examples/data/audits.csv`
//! (written once by `scripts/review_year_data.py`, whose seed makes them the
//! same on every run) and writes the charts and the plan under
//! `target/review_year/`.

#[path = "shared/hotel.rs"]
mod hotel;

use std::{collections::BTreeMap, error::Error as StdError, fs, path::Path};

use service_standards::jiff::civil::Date;
use service_standards::prelude::*;

/// The site this review looks at, and from when.
const SITE: &str = "gdansk";

fn main() -> Result<(), Box<dyn StdError>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("target/review_year");
    fs::create_dir_all(&out)?;

    let model = hotel::hotel()?;
    let rules = RuleSet::catalogue();
    let current = Levels::new(ServiceLevel::Expected);

    // 1. A year of answers, checked against the model as they are read.
    let file = fs::File::open(root.join("examples/data/responses.csv"))?;
    let imported = CsvImport::new().survey_period(PeriodKind::Month).model(&model).lenient(file)?;
    println!("Read {} responses ({} rows rejected).", imported.responses().len(), imported.rejected().len());
    for violation in imported.rejected().iter().flat_map(|row| row.violations()) {
        println!("  rejected: {violation}");
    }
    let site = Id::new(SITE)?;
    let second_half = Date::new(2026, 7, 1)?;
    let here = imported.responses().filtered(|r| r.site() == Some(&site));
    let recent = here.filtered(|r| r.date() >= second_half);

    // 2. What customers said: gaps, and the measures managers track.
    let gaps = recent.feedback()?.gaps();
    println!("\n{SITE}, July to December: SERVQUAL gaps (perception − expectation)");
    for gap in gaps.by_phase().iter().chain(gaps.by_dimension()) {
        println!("  {:<28} {:+.2}", gap.subject().to_string(), gap.difference());
    }
    let check_out = Subject::Phase("stay/check-out".parse()?);
    let nps = here.series(&check_out, Measure::Nps, PeriodKind::Quarter);
    println!("\nNet promoter score at {SITE}, by quarter:");
    for (period, estimate) in nps.points() {
        let interval =
            estimate.interval().map_or(String::new(), |(l, h)| format!(" (95 %: {l:+.0} to {h:+.0})"));
        println!("  {period}: {:+.0}{interval}", estimate.mean());
    }
    for change in nps.changes().iter().filter(|c| c.is_significant()) {
        println!(
            "  {} → {}: {:+.0} points, larger than the noise",
            change.from(),
            change.to(),
            change.difference()
        );
    }

    // 3. What the audits found: December's audit at the site.
    let standards = rules.derive_with(&model, &current);
    let audit = december_audit(&root.join("examples/data/audits.csv"), SITE)?;
    let report = audit.score(&Checklist::new(&standards, &ChecklistFilter::new()));
    println!("\nDecember audit at {SITE}:");
    for (phase, tally) in report.by_phase() {
        if let Some(score) = tally.score() {
            println!("  {phase}: {:.0} % compliant", score * 100.0);
        }
    }

    // 4. The plan: what to improve first, with the interval of each gap.
    let mut plan = ImprovementPlan::builder(&model, &rules, &current, &gaps).compliance(&report);
    for summary in recent.aggregate(By::subject()) {
        if let (Measure::Servqual, Some(interval)) = (summary.measure(), summary.estimate().interval()) {
            plan = plan.interval(summary.subject().clone(), interval);
        }
    }
    let plan = plan.build()?;
    println!("\n{}", plan.markdown(Locale::English));
    fs::write(out.join("plan.en.md"), plan.markdown(Locale::English))?;
    fs::write(out.join("plan.pl.md"), plan.markdown(Locale::Polish))?;
    if let Some(raise) = plan.raise() {
        let diff = raise.diff();
        let mut text = format!("Raising {} to the next level\n", raise.phase());
        for id in diff.added() {
            text.push_str(&format!("added     {id}\n"));
        }
        for change in diff.target_changed() {
            text.push_str(&format!("tightened {}\n", change.id()));
        }
        for id in diff.removed() {
            text.push_str(&format!("dropped   {id}\n"));
        }
        fs::write(out.join("proposed-diff.txt"), text)?;
    }

    // 5. Pictures for the review meeting.
    let charts = [
        ("expectation-vs-perception.svg", charts::expectation_vs_perception(&gaps, Locale::English)),
        ("gaps-by-phase.svg", charts::gaps_by_phase(&gaps, Locale::English)),
        ("compliance-by-phase.svg", charts::compliance_by_phase(&report, Locale::English)),
        (
            "nps-by-quarter.svg",
            charts::measure_over_time("NPS", &[charts::Series::from_survey(&nps)], Locale::English),
        ),
    ];
    for (name, svg) in charts {
        fs::write(out.join(name), svg)?;
    }
    println!("Wrote the plan, the proposed diff and 4 charts to {}", out.display());
    Ok(())
}

/// The audit of December at `site`, from the audit app's export
/// (`date,site,standard,verdict`).
fn december_audit(path: &Path, site: &str) -> Result<Audit, Box<dyn StdError>> {
    let mut verdicts = BTreeMap::new();
    for record in csv::Reader::from_path(path)?.records() {
        let record = record?;
        let field = |i| record.get(i).unwrap_or_default();
        if field(1) == site && field(0).starts_with("2026-12") {
            let verdict: Verdict = field(3).parse()?;
            verdicts.insert(field(2).to_owned(), verdict);
        }
    }
    let entries = verdicts.into_iter().map(|(id, verdict)| AuditEntry::new(id).verdict(verdict));
    Ok(Audit::builder().entries(entries).build()?)
}
