//! JSON Schemas of the documents (feature `schemars`).
#![cfg(feature = "schemars")]

use schemars::schema_for;
use serde_json::{Value, json};
use service_standards::prelude::*;

fn definition<'a>(schema: &'a Value, name: &str) -> &'a Value {
    &schema["$defs"][name]
}

#[test]
fn the_model_schema_describes_the_document() {
    let schema = serde_json::to_value(schema_for!(ServiceModel)).unwrap();
    assert_eq!(schema["title"], "ServiceModel");
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["required"], json!(["format_version", "name"]));
    let step = definition(&schema, "StepBuilder");
    assert_eq!(step["additionalProperties"], false);
    assert_eq!(step["required"], json!(["id", "name"]));
    let channels: Vec<&str> = Channel::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(definition(&schema, "Channel")["enum"], json!(channels));
    assert_eq!(definition(&schema, "Id")["pattern"], "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$");
    assert_eq!(definition(&schema, "Set_of_Channel")["uniqueItems"], true);
}

#[test]
fn the_rule_set_schema_describes_targets_and_conditions() {
    let schema = serde_json::to_value(schema_for!(RuleSet)).unwrap();
    assert_eq!(schema["required"], json!(["format_version"]));
    let rule = definition(&schema, "RuleBuilder");
    assert_eq!(rule["additionalProperties"], false);
    assert_eq!(rule["required"], json!(["id"]));
    let target = serde_json::to_string(definition(&schema, "Target")).unwrap();
    for variant in
        ["within", "share-within", "within-rings", "at-least", "at-most", "every", "share", "always", "never"]
    {
        assert!(target.contains(&format!("\"{variant}\"")), "{variant} missing from {target}");
    }
    assert_eq!(definition(&schema, "Condition")["additionalProperties"], false);
}

#[test]
fn practice_documents_have_schemas() {
    let audit = serde_json::to_value(schema_for!(Audit)).unwrap();
    assert_eq!(audit["required"], json!(["format_version"]));
    assert_eq!(definition(&audit, "AuditEntry")["required"], json!(["id"]));
    let verdicts: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
    assert_eq!(definition(&audit, "Verdict")["enum"], json!(verdicts));
    let id = definition(&audit, "StandardId");
    assert_eq!(id["type"], "string");
    assert_eq!(id["pattern"], "^[a-z0-9-]+@[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+$");
    let feedback = serde_json::to_value(schema_for!(Feedback)).unwrap();
    assert_eq!(feedback["required"], json!(["format_version", "scale"]));
    let set = serde_json::to_value(schema_for!(StandardSet)).unwrap();
    assert_eq!(set["required"], json!(["format_version", "level"]));
}

#[test]
fn a_step_path_is_a_string_of_three_ids() {
    let schema = serde_json::to_value(schema_for!(StepPath)).unwrap();
    assert_eq!(schema["title"], "StepPath");
    assert_eq!(schema["type"], "string");
    assert_eq!(schema["pattern"], "^[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+$");
}

#[test]
fn the_pack_schema_describes_nouns_rules_and_the_template() {
    let schema = serde_json::to_value(schema_for!(Pack)).unwrap();
    assert_eq!(schema["title"], "Pack");
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["required"], json!(["format_version", "id", "name"]));
    for field in ["nouns", "rules", "gestures", "template"] {
        assert!(schema["properties"].get(field).is_some(), "{field}");
    }
    assert_eq!(definition(&schema, "NounForms")["required"], json!(["one", "many"]));
    assert_eq!(definition(&schema, "RuleBuilder")["additionalProperties"], false);
    // The template is a model document.
    assert_eq!(definition(&schema, "ServiceModel")["required"], json!(["format_version", "name"]));
}
