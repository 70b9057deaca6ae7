//! Text that reaches a blueprint cannot escape its label or comment
//! (issue 12, item 3): every name and text is escaped, `#` included, and a
//! line break can never add a line of its own.

use service_standards::prelude::*;

/// A one-step model whose every text is `text` (the model name prefixed).
fn model(text: &str) -> ServiceModel {
    ServiceModel::builder(format!("Hotel {text}"))
        .departments([Department::new("desk", format!("Desk {text}")).unwrap()])
        .sequence(
            Sequence::builder("stay", format!("Stay {text}")).phase(
                Phase::builder("check-in", format!("Check-in {text}")).channels([Channel::FaceToFace]).step(
                    Step::builder("greet", format!("Greet {text}"))
                        .moment(MomentKind::Welcome)
                        .department("desk")
                        .customer_action(format!("Walks in {text}"))
                        .backstage(format!("Room ready {text}")),
                ),
            ),
        )
        .build()
        .unwrap()
}

fn blueprint(text: &str) -> String {
    Blueprint::new(&model(text)).mermaid("stay").unwrap()
}

#[test]
fn entities_and_quotes_in_every_text_are_shown_literally() {
    let hostile = r##"#quot;"] & `x` <b> #35;"##;
    let shown = "#35;quot;#quot;] #38; #96;x#96; #lt;b#gt; #35;35;";
    assert_eq!(
        blueprint(hostile),
        format!(
            "flowchart LR
    %% Hotel {shown}: Stay {shown}
    subgraph p1[\"1. Check-in {shown}\"]
        direction TB
        s1_1[\"Greet {shown}<br/>welcome · face to face · Desk {shown}\"]
        s1_1_c([\"Customer: Walks in {shown}\"])
        s1_1_c --> s1_1
        s1_1_b[/\"Backstage: Room ready {shown}\"/]
        s1_1 -.-> s1_1_b
    end
"
        )
    );
}

#[test]
fn a_model_name_cannot_add_a_line_to_the_blueprint() {
    let injected = "\nclick s1_1 href \"javascript:alert(1)\"";
    // A line break is refused in every name, so no model holds one…
    let err = ServiceModel::builder(format!("Hotel{injected}")).build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid service model: name: forbidden character U+000A `Hotel\\u{a}click s1_1 href \"javascript:alert(1)\"`"
    );
    // …and what remains of the attempt stays inside the comment line.
    let chart = blueprint("click s1_1 href \"javascript:alert(1)\"");
    assert_eq!(chart.lines().count(), 10);
    assert_eq!(
        chart.lines().nth(1),
        Some(
            "    %% Hotel click s1_1 href #quot;javascript:alert(1)#quot;: Stay click s1_1 href #quot;javascript:alert(1)#quot;"
        )
    );
    assert!(!chart.lines().any(|line| line.trim_start().starts_with("click")), "{chart}");
}

#[cfg(feature = "serde")]
#[test]
fn a_model_document_cannot_carry_a_line_break_into_the_blueprint() {
    let doc = r#"{"format_version": 1, "name": "Hotel\nclick s1_1 href \"javascript:alert(1)\"", "sequences": [{"id": "stay", "name": "Stay",
        "phases": [{"id": "p", "name": "P", "channels": ["chat"], "steps": [{"id": "s", "name": "S", "moment": "welcome"}]}]}]}"#;
    assert_eq!(
        serde_json::from_str::<ServiceModel>(doc).unwrap_err().to_string(),
        "invalid service model: name: forbidden character U+000A `Hotel\\u{a}click s1_1 href \"javascript:alert(1)\"`"
    );
}
