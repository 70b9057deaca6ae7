//! The hotel of the service-quality literature: a stay from reservation to
//! check-out, its departments, brand and profile; the standards derived from
//! it at the expected level, with the hotel's own rules added; writes its
//! handbook (English and Polish) and its service blueprint under `target/`.
//!
//! Run with `cargo run --example hotel_check_in`.

#[path = "shared/hotel.rs"]
mod hotel;

use std::{collections::BTreeMap, error::Error as StdError, fs, path::PathBuf};

use hotel::hotel;
use service_standards::prelude::*;

/// Prints the model as an outline: sequence → phases → steps.
fn print_outline(model: &ServiceModel) {
    println!("{}", model.name());
    let factors: Vec<String> = model.profile().factors().iter().map(ToString::to_string).collect();
    println!("  profile: {}", factors.join("; "));
    let emotions: Vec<&str> = model.brand().emotions().iter().map(Vocabulary::as_str).collect();
    println!("  brand: evokes {}; values: {}", emotions.join(", "), model.brand().values().join("; "));
    for b in model.brand().on_brand() {
        println!("    on-brand{}: {}", scope(b), b.text());
    }
    for b in model.brand().off_brand() {
        println!("    off-brand{}: {}", scope(b), b.text());
    }
    let departments: Vec<String> =
        model.departments().iter().map(|d| format!("{} ({})", d.name(), d.id())).collect();
    println!("  departments: {}", departments.join(", "));
    for sequence in model.sequences() {
        println!("\nsequence {}: {}", sequence.id(), sequence.name());
        for (n, phase) in sequence.phases().iter().enumerate() {
            println!("  {}. phase {}: {}", n + 1, phase.id(), phase.name());
            for step in phase.steps() {
                let channels: Vec<&str> = phase.channels_of(step).iter().map(Vocabulary::as_str).collect();
                let characteristics: Vec<&str> =
                    step.characteristics().iter().map(Vocabulary::as_str).collect();
                println!("     - {}: {}", step.id(), step.name());
                println!(
                    "       moment {} | channels {} | department {} | {}",
                    step.moment(),
                    channels.join(", "),
                    step.department().map_or("none", Id::as_str),
                    characteristics.join(", ")
                );
            }
        }
    }
}

fn scope(b: &Behaviour) -> String {
    b.department().map(|d| format!(" ({d})")).unwrap_or_default()
}

/// Prints standards grouped by phase and kind.
fn print_standards(model: &ServiceModel, set: &StandardSet) {
    println!("\n{} standards at the {} level", set.len(), set.level());
    for sequence in model.sequences() {
        for phase in sequence.phases() {
            println!("\n== {} / {}", sequence.name(), phase.name());
            let mut by_kind: BTreeMap<StandardKind, Vec<&Standard>> = BTreeMap::new();
            for s in set.in_phase(sequence.id().as_str(), phase.id().as_str()) {
                by_kind.entry(s.kind()).or_default().push(s);
            }
            for (kind, standards) in by_kind {
                println!("  [{kind}]");
                for s in standards {
                    let channels: Vec<&str> = s.channels().iter().map(Vocabulary::as_str).collect();
                    println!("    - {} ({}; {})", s.statement(), s.step().step(), channels.join(", "));
                    println!(
                        "      target: {} | level: {} | rule: {} | because of {}",
                        s.target(),
                        s.min_level(),
                        s.rule(),
                        s.provenance()
                    );
                }
            }
        }
    }
}

fn main() -> Result<(), Box<dyn StdError>> {
    let model = hotel()?;
    print_outline(&model);

    let mine: RuleSet = toml::from_str(include_str!("rules/hotel.toml"))?;
    let rules = RuleSet::catalogue().merge(&mine)?;
    println!(
        "\nrules: {} from the catalogue + {} of the hotel's own = {}",
        RuleSet::catalogue().len(),
        mine.len(),
        rules.len()
    );

    // The hotel's own rules are scoped to its check-in phase: a typo in a
    // scope would match nothing, so check them against the model.
    for unknown in mine.unknown_scopes(&model) {
        println!("  warning: {unknown}");
    }
    for rule in mine.rules().filter(|r| r.condition().scope().is_some()) {
        let scope = rule.condition().scope().map(|s| s.phase_ids().join(", ")).unwrap_or_default();
        println!(
            "  the hotel's own rule {} (concern {}) applies to phase {scope} only",
            rule.id(),
            rule.concern()
        );
    }

    let set = rules.derive(&model, ServiceLevel::Expected);
    print_standards(&model, &set);

    println!("\npolicies: stated once, not at every step");
    for policy in set.policies() {
        let whose = policy.department().map_or("the whole business", Id::as_str);
        println!("  - [{whose}] {} ({})", policy.statement(), policy.standard().rule());
    }
    println!("\nwhere a rule of the same concern won over another:");
    for lost in set.superseded() {
        println!("  - {lost}");
    }
    println!("\nthe front office's chapter ends with its own policies:");
    let chapter = Handbook::new(&model, &set).department_markdown("front-office").unwrap_or_default();
    if let Some(at) = chapter.find("### Policies") {
        let section: String = chapter[at..]
            .lines()
            .take_while(|l| !l.starts_with("### Behaviours"))
            .collect::<Vec<_>>()
            .join("\n");
        println!("{}", section.trim_end());
    }

    let coverage = set.coverage(&model);
    println!(
        "\ncoverage: {} phase × channel pairs checked, {} holes",
        coverage.checked(),
        coverage.holes().len()
    );
    for hole in coverage.holes() {
        println!("  - {hole}");
    }

    let out = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"), PathBuf::from)
        .join("hotel_check_in");
    fs::create_dir_all(&out)?;
    let book = Handbook::new(&model, &set);
    for locale in [Locale::English, Locale::Polish] {
        let path = out.join(format!("handbook.{}.md", locale.code()));
        fs::write(&path, book.locale(locale).markdown())?;
        println!("\nwrote the {} handbook to {}", Locale::English.label(locale), path.display());
    }
    let path = out.join("blueprint.md");
    let chart = Blueprint::new(&model).mermaid("stay").unwrap_or_default();
    fs::write(&path, format!("```mermaid\n{chart}```\n"))?;
    println!("wrote the service blueprint to {}", path.display());
    Ok(())
}
