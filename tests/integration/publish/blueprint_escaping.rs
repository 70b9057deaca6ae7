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

/// A Mermaid directive (`%%{init: …}%%`) sets the diagram's configuration,
/// its security level included, wherever it appears: Mermaid reads it
/// before parsing the chart, inside a label or a comment. Every `%` of a
/// text is written as `#37;`, so no text can hold one; the only `%%` left
/// opens the chart's own comment. Before, a directive in a step name
/// reached its label as written.
#[test]
fn a_mermaid_directive_in_any_text_is_shown_not_read() {
    let directive = r#"%%{init: {"securityLevel": "loose", "theme": "dark"}}%%"#;
    let shown = "#37;#37;{init: {#quot;securityLevel#quot;: #quot;loose#quot;, #quot;theme#quot;: #quot;dark#quot;}}#37;#37;";
    assert_eq!(
        blueprint(directive),
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
    // An unclosed directive, a lone `%`, and other Mermaid syntax that is
    // literal inside a quoted label (a shape, a class, an edge, a
    // statement's end): one line each as before, one `%%` in all.
    for text in
        ["%%{init: {\"theme\": \"dark\"}", "50 % off", "%%{", "a@{ shape: circle } ::: cls --> b ; end"]
    {
        let chart = blueprint(text);
        assert_eq!(chart.lines().count(), 10, "{chart}");
        assert_eq!(chart.matches("%%").count(), 1, "{chart}");
        assert_eq!(chart.matches('%').count(), 2, "{chart}");
        assert!(chart.lines().nth(1).is_some_and(|l| l.starts_with("    %% Hotel ")), "{chart}");
    }
}
