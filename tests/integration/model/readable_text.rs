//! Names and texts a person reads refuse control and bidirectional formatting
//! characters, and a name made only of invisible characters is blank
//! (issue 12, item 4), in every place the model holds text.

use service_standards::prelude::*;

/// Every place of a model that holds a name or text a person reads, with the
/// path of its violation.
const PLACES: [&str; 10] = [
    "name",
    "departments/desk.name",
    "brand.values[0]",
    "brand.on_brand[0].text",
    "brand.off_brand[0].text",
    "stay.name",
    "stay/check-in.name",
    "stay/check-in/greet.name",
    "stay/check-in/greet.customer_action",
    "stay/check-in/greet.backstage",
];

/// A valid model with `text` put in the place `at` (an index into [`PLACES`]).
fn model_with(at: usize, text: &str) -> Result<ServiceModel, Error> {
    let pick = |i: usize, fine: &str| if i == at { text.to_owned() } else { fine.to_owned() };
    ServiceModel::builder(pick(0, "Hotel"))
        .departments([Department::new("desk", "Desk").unwrap()])
        .brand(Brand::builder().value(pick(2, "Care")).on_brand(pick(3, "Smile")).off_brand(pick(4, "Shrug")))
        .sequence(
            Sequence::builder("stay", pick(5, "Stay")).phase(
                Phase::builder("check-in", pick(6, "Check-in")).channels([Channel::FaceToFace]).step(
                    Step::builder("greet", pick(7, "Greet"))
                        .moment(MomentKind::Welcome)
                        .customer_action(pick(8, "Walks in"))
                        .backstage(pick(9, "Room ready")),
                ),
            ),
        )
        .build()
}

/// The violations of a model with `text` in place `at`, as (path, problem, value).
fn violations(at: usize, text: &str) -> Vec<(String, Problem, String)> {
    let result = if at == 1 {
        // A department's name is checked by `Department::new` and again by the model.
        let err = Department::new("desk", text).unwrap_err();
        assert_eq!(err.to_string().split(": ").next(), Some("invalid department"), "{err}");
        Err(err)
    } else {
        model_with(at, text)
    };
    result
        .unwrap_err()
        .violations()
        .iter()
        .map(|v| (v.path().to_owned(), *v.problem(), v.value().unwrap_or_default().to_owned()))
        .collect()
}

const FORBIDDEN: [char; 18] = [
    '\0', '\t', '\n', '\r', '\u{7}', '\u{1B}', '\u{7F}', '\u{85}', '\u{2028}', '\u{2029}', '\u{202A}',
    '\u{202E}', '\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{202C}',
];

const INVISIBLE: [char; 14] = [
    ' ', '\u{A0}', '\u{3000}', '\u{AD}', '\u{115F}', '\u{1160}', '\u{180E}', '\u{200B}', '\u{200C}',
    '\u{200D}', '\u{2060}', '\u{2800}', '\u{3164}', '\u{FEFF}',
];

#[test]
fn every_place_refuses_every_forbidden_character() {
    for (at, path) in PLACES.iter().enumerate() {
        for c in FORBIDDEN {
            let text = format!("Good{c}text");
            assert_eq!(
                violations(at, &text),
                [(path.to_string(), Problem::ForbiddenCharacter(c), text.clone())],
                "{path} {c:?}"
            );
        }
    }
}

#[test]
fn every_place_finds_a_text_of_invisible_characters_blank() {
    for (at, path) in PLACES.iter().enumerate() {
        let blank =
            if path.ends_with(".name") || *path == "name" { Problem::EmptyName } else { Problem::EmptyText };
        for c in INVISIBLE {
            let text = format!("{c}{c}\u{FEFF}");
            assert_eq!(violations(at, &text), [(path.to_string(), blank, text.clone())], "{path} {c:?}");
        }
        // Blank wins over forbidden: a name of line breaks is blank.
        assert_eq!(violations(at, "\n\t"), [(path.to_string(), blank, "\n\t".to_owned())], "{path}");
    }
}

#[test]
fn invisible_characters_among_visible_ones_are_accepted() {
    for at in 0..PLACES.len() {
        if at == 1 {
            assert_eq!(
                Department::new("desk", "Front\u{200B}desk 👩\u{200D}💼").unwrap().name(),
                "Front\u{200B}desk 👩\u{200D}💼"
            );
        } else {
            assert!(model_with(at, "Front\u{200B}desk 👩\u{200D}💼 \u{3164}x").unwrap().steps().count() == 1);
        }
    }
}

#[test]
fn the_model_name_is_checked_like_every_other_name() {
    let err = ServiceModel::builder("Hotel\u{202E}lacipyt").build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid service model: name: forbidden character U+202E `Hotel\\u{202e}lacipyt`"
    );
    let err = ServiceModel::builder("\u{200B}").build().unwrap_err();
    assert_eq!(err.to_string(), "invalid service model: name: empty name `\u{200B}`");
}

#[test]
fn messages_show_forbidden_characters_escaped() {
    let err = Department::new("desk", "Desk\n\0click").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid department: departments/desk.name: forbidden character U+000A `Desk\\u{a}\\u{0}click`"
    );
    assert_eq!(err.violations()[0].value(), Some("Desk\n\0click"));
}

#[cfg(feature = "serde")]
#[test]
fn documents_are_checked_the_same_way() {
    let doc = r#"{"format_version": 1, "name": "Hotel\u0000", "sequences": [{"id": "stay", "name": "\u3164",
        "phases": [{"id": "p", "name": "P\u2066", "channels": ["chat"], "steps": [{"id": "s", "name": "S", "moment": "welcome"}]}]}]}"#;
    assert_eq!(
        serde_json::from_str::<ServiceModel>(doc).unwrap_err().to_string(),
        "invalid service model: name: forbidden character U+0000 `Hotel\\u{0}`; stay.name: empty name `\u{3164}`; \
         stay/p.name: forbidden character U+2066 `P\\u{2066}`"
    );
}
