//! An online shop: internet channels only, delivery over days (so customers
//! get progress updates), returns and complaints as exceptions, and the
//! billing department's correspondence.
//!
//! Run with `cargo run --example e_shop`.

#[path = "shared/e_shop.rs"]
mod e_shop;

use e_shop::shop;
use service_standards::prelude::*;

fn main() -> Result<(), Error> {
    let model = shop()?;
    let rules = RuleSet::catalogue();
    let set = rules.derive(&model, ServiceLevel::Expected);
    println!("{}: {} standards at the {} level\n", model.name(), set.len(), set.level());

    println!("Why each standard of the delivery phase exists:");
    for s in set.in_phase("order", "delivery") {
        println!("- {} [{}]", s.statement(), Locale::English.provenance(s.provenance()));
    }

    println!("\nExceptions (returns and complaints):");
    for s in set.iter().filter(|s| s.moment() == MomentKind::Exception) {
        let channels: Vec<&str> = s.channels().iter().map(|c| Locale::English.label(c)).collect();
        println!("- {} ({}): {}", s.step().step(), channels.join(", "), s.statement());
    }

    let coverage = set.coverage(&model);
    println!("\ncoverage: {} phase × channel pairs, {} holes", coverage.checked(), coverage.holes().len());
    for hole in coverage.holes() {
        println!("  - {hole}");
    }

    println!();
    let book = Handbook::new(&model, &set);
    print!("{}", book.department_text("billing").unwrap_or_default());
    Ok(())
}
