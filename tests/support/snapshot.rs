//! Reviewed snapshots under `tests/snapshots/` kept as plain files (the
//! catalogue, handbooks, blueprint): files users read or load as they are.
//! The derived-set listings are insta snapshots (`tests/integration/rules/derived_sets.rs`).
//!
//! To review a change: `UPDATE_SNAPSHOTS=1 cargo test`, then read the diff of
//! `tests/snapshots/` before committing it.

/// Asserts that `actual` is exactly the snapshot `name`, naming the first
/// line that differs; with `UPDATE_SNAPSHOTS` set, writes it first.
pub fn snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing snapshot {}", path.display()));
    if expected != actual {
        // The first line that differs; when one text only adds lines to the
        // other (or only a final line break differs), the line after the shorter.
        let shorter = expected.lines().count().min(actual.lines().count());
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(shorter);
        panic!(
            "{name} differs from its snapshot at line {}:\n  expected: {:?}\n  actual:   {:?}",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}
