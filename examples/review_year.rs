//! The yearly review at the hotel: a year of survey answers, exported from
//! Qualtrics, and December's audit at one site, turned into an improvement
//! plan that says what to do first, and charts.
//!
//! ```text
//! cargo run --example review_year --features csv,charts
//! ```
//!
//! It reads `examples/data/qualtrics_2026.csv` (laid out as Qualtrics'
//! "numeric values" CSV export: field ids, question texts and ImportId JSON
//! as three header records, start dates in UTC, a `Site` embedded-data
//! field, previews, tests and unfinished responses among the answers)
//! through the Qualtrics preset, and `examples/data/audit_gdansk_2026-12.csv`
//! (an audit app's export: `date,site,standard,verdict`). Both were written
//! once by `scripts/review_year_data.py`, whose seeds make them the same on
//! every run. It prints the plan and writes it, in English and Polish, with
//! the proposed change to the standards and the charts, under
//! `target/review_year/`.
//!
//! A wide export holds one score per question, not SERVQUAL's expectation
//! and perception, so the gap of each phase here is its share of satisfied
//! guests (4 or 5 of 5) against the share the hotel promises, with the
//! share's Wilson interval.

#[path = "shared/hotel.rs"]
mod hotel;

use std::{collections::BTreeMap, collections::HashSet, error::Error as StdError, fs, path::Path};

use service_standards::jiff::civil::Date;
use service_standards::prelude::*;
use service_standards::survey::KeyDriverAnalysis;

/// The site this review looks at, as the survey writes it and as the model's ids name it.
const SITE: (&str, &str) = ("Gdańsk", "gdansk");
/// The share of satisfied guests (4 or 5 of 5) the hotel promises in every phase, in per cent.
const PROMISED: f64 = 80.0;

fn main() -> Result<(), Box<dyn StdError>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("target/review_year");
    fs::create_dir_all(&out)?;

    let model = hotel::hotel()?;
    let rules = RuleSet::catalogue();
    let current = Levels::new(ServiceLevel::Expected);
    // A phase by the name its staff use, anything else as written.
    let name_of = |subject: &Subject| match subject {
        Subject::Phase(path) => model
            .sequence(path.sequence().as_str())
            .and_then(|sequence| sequence.phase(path.phase().as_str()))
            .map_or_else(|| subject.to_string(), |phase| phase.name().to_owned()),
        _ => subject.to_string(),
    };

    // 1. A year of answers, read through the Qualtrics preset and checked
    //    against the model. Qualtrics writes times in UTC; each is moved to
    //    Polish time, summer time included, before its month is cut.
    let phase = |path: &str| -> Result<Subject, Error> { Ok(Subject::Phase(path.parse()?)) };
    let mapping = SurveyMapping::qualtrics()
        .business_time_zone("Europe/Warsaw")
        .site("Site")
        .site_value("Gdańsk", "gdansk")
        .site_value("Kraków", "krakow")
        .question(QuestionColumn::new("Q1", Subject::Overall, Measure::Nps).comment("Q3"))
        .question(QuestionColumn::new("Q2_1", phase("stay/reservation")?, Measure::Csat))
        .question(QuestionColumn::new("Q2_2", phase("stay/check-in")?, Measure::Csat))
        .question(QuestionColumn::new("Q2_3", phase("stay/room")?, Measure::Csat))
        .question(QuestionColumn::new("Q2_4", phase("stay/check-out")?, Measure::Csat))
        .build()?;
    let file = fs::File::open(root.join("examples/data/qualtrics_2026.csv"))?;
    let imported = CsvImport::new()
        .survey_period(PeriodKind::Month)
        .model(&model)
        .with_mapping(&mapping)
        .lenient(file)?;
    println!(
        "Read {} answers ({} previews, tests and unfinished responses left out, {} rows rejected).",
        imported.responses().len(),
        imported.filtered(),
        imported.rejected().len()
    );
    for violation in imported.rejected().iter().flat_map(|row| row.violations()) {
        println!("  rejected: {violation}");
    }
    let site = Id::new(SITE.1)?;
    let (first, last) = (Date::new(2026, 7, 1)?, Date::new(2026, 12, 31)?);
    let here = imported.responses().filtered(|r| r.site() == Some(&site));
    let recent = here.filtered(|r| (first..=last).contains(&r.date()));
    let guests: HashSet<&str> = recent.iter().map(Response::respondent).collect();

    // 2. What guests said, July to December: each phase's satisfied share
    //    against the promise, and what moves their recommendation.
    let mut items = Vec::new();
    let mut intervals = Vec::new();
    println!("\n{}, July to December: guests satisfied (promise: {PROMISED:.0} %)", SITE.0);
    for summary in recent.aggregate(By::subject()) {
        if summary.measure() != Measure::Csat {
            continue;
        }
        let estimate = summary.estimate();
        let subject = summary.subject().clone();
        print!("  {:<18} {:>3.0} % of {}", name_of(&subject), estimate.mean(), estimate.count());
        if let Some((low, high)) = estimate.interval() {
            print!(" (95 %: {low:.0} to {high:.0} %)");
            intervals.push((subject.clone(), (low - PROMISED, high - PROMISED)));
        }
        println!();
        items.push(FeedbackItem::new(subject, PROMISED, estimate.mean()));
    }
    let gaps = Feedback::builder(Scale::new(0.0, 100.0)?).items(items).build()?.gaps();
    let drivers =
        recent.key_drivers(&KeyDriverAnalysis::new(Subject::Overall, Measure::Nps, Measure::Csat))?;
    println!(
        "\nWhat moves recommendation (NPS) at {}: R² {:.2} over {} guests",
        SITE.0,
        drivers.r_squared(),
        drivers.respondents()
    );
    for driver in drivers.drivers() {
        println!(
            "  {:<18} explains {:>2.0} % of its variance ({:.0} % of what the phases explain together)",
            name_of(driver.subject()),
            driver.importance() * 100.0,
            driver.share()
        );
    }
    let nps = here.series(&Subject::Overall, Measure::Nps, PeriodKind::Quarter);
    println!("\nNet promoter score at {}, by quarter:", SITE.0);
    for (period, estimate) in nps.points() {
        let interval =
            estimate.interval().map_or(String::new(), |(l, h)| format!(" (95 %: {l:+.0} to {h:+.0})"));
        println!("  {period}: {:+.0}{interval} from {} answers", estimate.mean(), estimate.count());
    }
    for change in nps.changes().iter().filter(|c| c.is_significant()) {
        println!(
            "  {} → {}: {:+.0} points, significant after controlling the false discovery rate",
            change.from(),
            change.to(),
            change.difference()
        );
    }

    // 3. What the December audit found at the site.
    let standards = rules.derive_with(&model, &current);
    let audit = december_audit(&root.join("examples/data/audit_gdansk_2026-12.csv"), SITE.1)?;
    let report = audit.score(&Checklist::new(&standards, &ChecklistFilter::new()));
    println!("\nDecember audit at {}:", SITE.0);
    for (phase, tally) in report.by_phase() {
        if let Some(score) = tally.score() {
            println!("  {phase}: {:.0} % of the standards met", score * 100.0);
        }
    }

    // 4. The plan: what to do first, and why.
    let mut plan = ImprovementPlan::builder(&model, &rules, &current, &gaps)
        .compliance(&report)
        .drivers(&drivers)
        .site(SITE.0)
        .period(first, last)
        .answers(guests.len());
    for (subject, interval) in intervals {
        plan = plan.interval(subject, interval);
    }
    let plan = plan.build()?;
    println!("\n{}", plan.markdown(Locale::English));
    fs::write(out.join("plan.en.md"), plan.markdown(Locale::English))?;
    fs::write(out.join("plan.pl.md"), plan.markdown(Locale::Polish))?;
    if let Some(raise) = plan.raise() {
        let diff = raise.diff();
        let named = |id: &StandardId| {
            raise.named(id).map_or_else(|| id.to_string(), |n| n.statement(Locale::English).to_owned())
        };
        let mut text = format!("Raising {} to the next level\n", raise.name().unwrap_or("the phase"));
        for id in diff.added() {
            text.push_str(&format!("added     {}\n", named(id)));
        }
        for change in diff.target_changed() {
            text.push_str(&format!("tightened {}\n", named(change.id())));
        }
        for id in diff.removed() {
            text.push_str(&format!("dropped   {}\n", named(id)));
        }
        fs::write(out.join("proposed-diff.txt"), text)?;
    }

    // 5. Pictures for the review meeting, named in the reader's language,
    //    each titled with the site, the period and the number of answers.
    let by_phase = recent.aggregate(By::subject());
    let mut written = 0;
    for (locale, tag) in [(Locale::English, "en"), (Locale::Polish, "pl")] {
        let context = charts::Context::new(locale)
            .model(&model)
            .site(SITE.0)
            .period(format!("{first} – {last}"))
            .answers(guests.len());
        let year = charts::Context::new(locale).model(&model).site(SITE.0).period("2026");
        let charts = [
            ("gaps-by-phase", context.gaps_by_phase(&gaps)),
            ("compliance-by-phase", context.compliance_by_phase(&report)),
            ("nps-shares", context.nps(&by_phase)),
            ("nps-by-quarter", year.measure_over_time("NPS", &[year.series(&nps)])),
        ];
        for (name, svg) in charts {
            fs::write(out.join(format!("{name}.{tag}.svg")), svg)?;
            written += 1;
        }
    }
    println!(
        "Wrote the plan in English and Polish, the proposed diff and {written} charts to {}",
        out.display()
    );
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
