//! Document versions and unknown content, for every document type.
#![cfg(feature = "serde")]

use service_standards::prelude::*;

const MODEL: &str = r#"{
    "format_version": 1,
    "name": "Kiosk",
    "sequences": [{"id": "visit", "name": "Visit", "phases": [{"id": "buy", "name": "Buy", "channels": ["face-to-face"],
        "steps": [{"id": "greet", "name": "Greet", "moment": "welcome"}]}]}]
}"#;

fn model_error(doc: &str) -> String {
    serde_json::from_str::<ServiceModel>(doc).unwrap_err().to_string()
}

#[test]
fn a_current_document_loads() {
    let model: ServiceModel = serde_json::from_str(MODEL).unwrap();
    assert_eq!(model.steps().count(), 1);
}

#[test]
fn a_future_version_is_named_before_its_unknown_fields() {
    let future = MODEL.replace("\"format_version\": 1,", "\"format_version\": 2, \"colour\": \"red\",");
    assert_eq!(
        model_error(&future),
        "unsupported service model format version 2, this release reads version 1 at line 2 column 23"
    );
}

#[test]
fn a_version_given_last_is_still_checked() {
    let last = MODEL
        .replace("\"format_version\": 1,", "")
        .replace("\"name\": \"Kiosk\",", "\"name\": \"Kiosk\", \"format_version\": 3,");
    assert!(
        model_error(&last)
            .starts_with("unsupported service model format version 3, this release reads version 1")
    );
    let good_last = MODEL
        .replace("\"format_version\": 1,", "")
        .replace("\"name\": \"Kiosk\",", "\"name\": \"Kiosk\", \"format_version\": 1,");
    assert_eq!(serde_json::from_str::<ServiceModel>(&good_last).unwrap().name(), "Kiosk");
}

#[test]
fn a_missing_version_is_an_error() {
    let none = MODEL.replace("\"format_version\": 1,", "");
    assert!(model_error(&none).starts_with("missing field `format_version`"), "{}", model_error(&none));
    assert!(
        serde_json::from_str::<ServiceModel>("{}")
            .unwrap_err()
            .to_string()
            .starts_with("missing field `format_version`")
    );
}

#[test]
fn unknown_fields_and_values_are_errors_never_dropped() {
    let field = MODEL.replace("\"moment\": \"welcome\"", "\"moment\": \"welcome\", \"mood\": \"sunny\"");
    assert!(
        model_error(&field).starts_with("sequences: unknown field `mood`, expected one of"),
        "{}",
        model_error(&field)
    );
    let value = MODEL.replace("\"welcome\"", "\"hello\"");
    assert!(
        model_error(&value)
            .starts_with("sequences: unknown moment kind `hello`, expected one of: welcome, identification")
    );
    let not_a_map = "[1, 2]";
    assert!(model_error(not_a_map).starts_with("invalid type: sequence, expected a service model document"));
}

#[test]
fn rule_sets_and_standard_sets_check_versions_first_too() {
    let rules = r#"{"format_version": 7, "rules": [{"id": "x", "shiny": true}]}"#;
    assert!(
        serde_json::from_str::<RuleSet>(rules)
            .unwrap_err()
            .to_string()
            .starts_with("unsupported rule set format version 7, this release reads version 1")
    );
    let set = r#"{"format_version": 4, "level": "basic", "extra": 1}"#;
    assert!(
        serde_json::from_str::<StandardSet>(set)
            .unwrap_err()
            .to_string()
            .starts_with("unsupported standard set format version 4, this release reads version 1")
    );
}

#[test]
fn toml_documents_behave_the_same() {
    let model: ServiceModel = serde_json::from_str(MODEL).unwrap();
    let text = toml::to_string(&model).unwrap();
    assert!(text.starts_with("format_version = 1\nname = \"Kiosk\"\n"), "{text}");
    assert_eq!(toml::from_str::<ServiceModel>(&text).unwrap(), model);
    let future = text.replace("format_version = 1", "format_version = 2\ncolour = \"red\"");
    assert!(
        toml::from_str::<ServiceModel>(&future)
            .unwrap_err()
            .to_string()
            .contains("unsupported service model format version 2")
    );
}
