//! Reading a value from a document runs the same checks as building it
//! (issue 12, item 2): no document can hold what a constructor refuses.
#![cfg(feature = "serde")]

use service_standards::prelude::*;

const SCALE_MESSAGE: &str =
    "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper";

#[test]
fn a_scale_read_from_a_document_is_checked_like_scale_new() {
    assert_eq!(Scale::new(9.0, 1.0).unwrap_err().to_string(), format!("{SCALE_MESSAGE} `9 to 1`"));
    assert_eq!(
        serde_json::from_str::<Scale>(r#"{"min": 9, "max": 1}"#).unwrap_err().to_string(),
        format!("{SCALE_MESSAGE} `9 to 1`")
    );
    assert_eq!(
        serde_json::from_str::<Scale>(r#"{"min": 1, "max": 2e6}"#).unwrap_err().to_string(),
        format!("{SCALE_MESSAGE} `1 to 2000000`")
    );
    assert_eq!(
        toml::from_str::<Scale>("min = nan\nmax = 5").unwrap_err().message(),
        format!("{SCALE_MESSAGE} `NaN to 5`")
    );
    assert_eq!(
        toml::from_str::<Scale>("min = 1\nmax = inf").unwrap_err().message(),
        format!("{SCALE_MESSAGE} `1 to inf`")
    );
    assert_eq!(
        serde_json::from_str::<Scale>(r#"{"min": 1, "max": 7}"#).unwrap(),
        Scale::new(1.0, 7.0).unwrap()
    );
    assert_eq!(
        serde_json::from_str::<Scale>(r#"{"min": 1, "max": 7, "step": 1}"#).unwrap_err().to_string(),
        "unknown field `step`, expected `min` or `max` at line 1 column 27"
    );
}

#[test]
fn a_feedback_document_with_a_reversed_scale_is_refused() {
    let doc = r#"{"format_version": 1, "scale": {"min": 9, "max": 1},
        "items": [{"dimension": "empathy", "expectation": 5, "perception": 5}]}"#;
    assert_eq!(
        serde_json::from_str::<Feedback>(doc).unwrap_err().to_string(),
        format!("scale: {SCALE_MESSAGE} `9 to 1` at line 1 column 51")
    );
}
