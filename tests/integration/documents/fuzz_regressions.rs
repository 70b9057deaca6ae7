//! Replays every saved fuzz input (`fuzz/regressions/<target>/*`) through the
//! same code the fuzz targets run, so a crash once found stays fixed.
#![cfg(feature = "serde")]

#[path = "../../../fuzz/src/lib.rs"]
mod fuzz;

use std::{fs, path::Path};

fn replay(target: &str, body: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target);
    let mut inputs: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    inputs.sort();
    for input in &inputs {
        let bytes = fs::read(input).unwrap();
        let outcome = std::panic::catch_unwind(|| body(&bytes));
        assert!(outcome.is_ok(), "{target}: {} panics", input.display());
    }
    inputs.len()
}

#[test]
fn model_json() {
    assert!(replay("model_json", fuzz::model_json) >= 3);
}

#[test]
fn model_toml() {
    assert!(replay("model_toml", fuzz::model_toml) >= 1);
}

#[test]
fn rules_json() {
    assert!(replay("rules_json", fuzz::rules_json) >= 2);
}

#[test]
fn rules_toml() {
    assert!(replay("rules_toml", fuzz::rules_toml) >= 2);
}

#[test]
fn builders() {
    assert!(replay("builders", fuzz::builders) >= 2);
}

#[test]
fn audit_json() {
    assert!(replay("audit_json", fuzz::audit_json) >= 2);
}

#[test]
fn feedback_json() {
    assert!(replay("feedback_json", fuzz::feedback_json) >= 2);
}
