//! The model documents of real-looking businesses in
//! `tests/fixtures/models/` load through the public API, each with exactly
//! the sequences, phases and steps written in it.

use service_standards::prelude::*;

/// Reads one document of `tests/fixtures/models/`.
fn load(file: &str) -> ServiceModel {
    let path = format!("{}/tests/fixtures/models/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Each sequence of the model: its id, its number of phases and of steps.
fn shape(model: &ServiceModel) -> Vec<(String, usize, usize)> {
    model
        .sequences()
        .iter()
        .map(|s| {
            let steps = s.phases().iter().map(|p| p.steps().len()).sum();
            (s.id().as_str().to_owned(), s.phases().len(), steps)
        })
        .collect()
}

/// Asserts the shape of the model in `file`: its industry and, per
/// sequence, `(id, phases, steps)`.
fn check(file: &str, industry: Industry, expected: &[(&str, usize, usize)]) {
    let model = load(file);
    assert_eq!(model.industry(), industry, "{file}");
    let expected: Vec<(String, usize, usize)> =
        expected.iter().map(|&(id, phases, steps)| (id.to_owned(), phases, steps)).collect();
    assert_eq!(shape(&model), expected, "{file}");
}

#[test]
fn city_bistro_loads() {
    check("restaurant_city_bistro.toml", Industry::General, &[("booking", 2, 5), ("visit", 4, 17), ("group", 2, 5)]);
}
