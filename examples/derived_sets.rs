//! Prints what the example models derive at every level, one line per
//! standard (step, concern, rule, target, statement), then the policies and
//! what was superseded: the form the reviewed snapshots under
//! `tests/snapshots/derived/` take.
//!
//! Run with `cargo run --example derived_sets`. Given the paths of model
//! documents (TOML or JSON), it prints what each derives instead, with the
//! built-in pack the model names:
//!
//! ```text
//! cargo run --example derived_sets -- tests/fixtures/models/hair_salon.toml
//! ```

#[path = "shared/contact_centre.rs"]
mod contact_centre;
#[path = "shared/e_shop.rs"]
mod e_shop;
#[path = "shared/hotel.rs"]
mod hotel;

use service_standards::prelude::*;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if !files.is_empty() {
        let rules = RuleSet::catalogue();
        for file in &files {
            let text = std::fs::read_to_string(file)?;
            let model: ServiceModel =
                if file.ends_with(".json") { serde_json::from_str(&text)? } else { toml::from_str(&text)? };
            for &level in ServiceLevel::ALL {
                println!("## {file} at {level}");
                print!("{}", rules.try_derive(&model, level)?.listing());
                println!();
            }
        }
        return Ok(());
    }
    let hotel_rules: RuleSet = toml::from_str(include_str!("rules/hotel.toml"))?;
    let models = [
        ("hotel", hotel::hotel()?, RuleSet::catalogue().merge(&hotel_rules)?),
        ("contact-centre", contact_centre::centre()?, RuleSet::catalogue()),
        ("e-shop", e_shop::shop()?, RuleSet::catalogue()),
    ];
    for (name, model, rules) in &models {
        for &level in ServiceLevel::ALL {
            println!("## {name} at {level}");
            print!("{}", rules.derive(model, level).listing());
            println!();
        }
    }
    Ok(())
}
