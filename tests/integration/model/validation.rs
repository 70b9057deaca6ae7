//! Every validation rule of the model, through the builders and through JSON,
//! and a property: arbitrary builder calls report exactly what an independent
//! check of the same input expects.

use proptest::prelude::*;
use service_standards::prelude::*;

/// A model as plain data, so one input can go through the builders and through JSON.
#[derive(Debug, Clone)]
struct Draft {
    name: String,
    departments: Vec<(String, String)>,
    values: Vec<String>,
    behaviours: Vec<(bool, Option<String>, String)>,
    sequences: Vec<SequenceDraft>,
}

#[derive(Debug, Clone)]
struct SequenceDraft {
    id: String,
    name: String,
    phases: Vec<PhaseDraft>,
}

#[derive(Debug, Clone)]
struct PhaseDraft {
    id: String,
    name: String,
    channels: Vec<Channel>,
    steps: Vec<StepDraft>,
}

#[derive(Debug, Clone)]
struct StepDraft {
    id: String,
    name: String,
    moment: Option<MomentKind>,
    channels: Vec<Channel>,
    department: Option<String>,
    customer_action: Option<String>,
    backstage: Option<String>,
}

type Found = Vec<(String, Problem, Option<String>)>;

fn found(violations: &[Violation]) -> Found {
    violations.iter().map(|v| (v.path().to_owned(), *v.problem(), v.value().map(str::to_owned))).collect()
}

fn v(path: &str, problem: Problem, value: &str) -> (String, Problem, Option<String>) {
    (path.to_owned(), problem, (!value.is_empty()).then(|| value.to_owned()))
}

impl Draft {
    /// A valid hotel-like draft.
    fn valid() -> Self {
        let step = |id: &str, moment| StepDraft {
            id: id.into(),
            name: format!("Step {id}"),
            moment: Some(moment),
            channels: vec![],
            department: Some("front-office".into()),
            customer_action: None,
            backstage: None,
        };
        Self {
            name: "Hotel".into(),
            departments: vec![
                ("front-office".into(), "Front office".into()),
                ("billing".into(), "Billing".into()),
            ],
            values: vec!["Warmth".into()],
            behaviours: vec![(true, Some("billing".into()), "Thank every payer".into())],
            sequences: vec![SequenceDraft {
                id: "stay".into(),
                name: "Stay".into(),
                phases: vec![
                    PhaseDraft {
                        id: "check-in".into(),
                        name: "Check-in".into(),
                        channels: vec![Channel::FaceToFace],
                        steps: vec![
                            step("greet", MomentKind::Welcome),
                            step("find", MomentKind::Identification),
                        ],
                    },
                    PhaseDraft {
                        id: "check-out".into(),
                        name: "Check-out".into(),
                        channels: vec![],
                        steps: vec![StepDraft {
                            channels: vec![Channel::Email],
                            ..step("invoice", MomentKind::Billing)
                        }],
                    },
                ],
            }],
        }
    }

    /// Builds through the builders. Departments that `Department::new` rejects
    /// are left out, and their violations come first.
    fn build(&self) -> Result<ServiceModel, Found> {
        let mut rejected = Vec::new();
        let mut brand = Brand::builder();
        for value in &self.values {
            brand = brand.value(value.clone());
        }
        for (on, department, text) in &self.behaviours {
            brand = match (on, department) {
                (true, None) => brand.on_brand(text.clone()),
                (true, Some(d)) => brand.on_brand_in(d.clone(), text.clone()),
                (false, None) => brand.off_brand(text.clone()),
                (false, Some(d)) => brand.off_brand_in(d.clone(), text.clone()),
            };
        }
        let mut model = ServiceModel::builder(self.name.clone()).brand(brand);
        for (id, name) in &self.departments {
            match Department::new(id, name.clone()) {
                Ok(d) => model = model.departments([d]),
                Err(e) => rejected.extend(found(e.violations())),
            }
        }
        for s in &self.sequences {
            let mut sequence = Sequence::builder(s.id.clone(), s.name.clone());
            for p in &s.phases {
                let mut phase =
                    Phase::builder(p.id.clone(), p.name.clone()).channels(p.channels.iter().copied());
                for st in &p.steps {
                    let mut step =
                        Step::builder(st.id.clone(), st.name.clone()).channels(st.channels.iter().copied());
                    if let Some(m) = st.moment {
                        step = step.moment(m);
                    }
                    if let Some(d) = &st.department {
                        step = step.department(d.clone());
                    }
                    if let Some(text) = &st.customer_action {
                        step = step.customer_action(text.clone());
                    }
                    if let Some(text) = &st.backstage {
                        step = step.backstage(text.clone());
                    }
                    phase = phase.step(step);
                }
                sequence = sequence.phase(phase);
            }
            model = model.sequence(sequence);
        }
        match model.build() {
            Ok(m) if rejected.is_empty() => Ok(m),
            Ok(_) => Err(rejected),
            Err(e) => {
                rejected.extend(found(e.violations()));
                Err(rejected)
            }
        }
    }

    #[cfg(feature = "serde")]
    fn json(&self) -> String {
        use serde_json::json;
        let behaviours = |on: bool| -> Vec<serde_json::Value> {
            self.behaviours
                .iter()
                .filter(|b| b.0 == on)
                .map(|(_, d, t)| match d {
                    Some(d) => json!({"text": t, "department": d}),
                    None => json!({"text": t}),
                })
                .collect()
        };
        let sequences: Vec<_> = self
            .sequences
            .iter()
            .map(|s| {
                let phases: Vec<_> = s
                    .phases
                    .iter()
                    .map(|p| {
                        let steps: Vec<_> = p
                            .steps
                            .iter()
                            .map(|st| {
                                let mut step = json!({"id": st.id, "name": st.name, "channels": st.channels});
                                if let Some(m) = st.moment {
                                    step["moment"] = json!(m);
                                }
                                if let Some(d) = &st.department {
                                    step["department"] = json!(d);
                                }
                                if let Some(text) = &st.customer_action {
                                    step["customer_action"] = json!(text);
                                }
                                if let Some(text) = &st.backstage {
                                    step["backstage"] = json!(text);
                                }
                                step
                            })
                            .collect();
                        json!({"id": p.id, "name": p.name, "channels": p.channels, "steps": steps})
                    })
                    .collect();
                json!({"id": s.id, "name": s.name, "phases": phases})
            })
            .collect();
        let departments: Vec<_> =
            self.departments.iter().map(|(id, name)| json!({"id": id, "name": name})).collect();
        json!({
            "format_version": 1,
            "name": self.name,
            "brand": {"values": self.values, "on_brand": behaviours(true), "off_brand": behaviours(false)},
            "departments": departments,
            "sequences": sequences,
        })
        .to_string()
    }
}

/// The violations an independent reading of the rules expects, in document order.
fn oracle(d: &Draft, through_builders: bool) -> Found {
    fn id_problem(id: &str) -> Option<IdProblem> {
        if id.is_empty() {
            Some(IdProblem::Empty)
        } else if let Some(c) = id.chars().find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '-')) {
            Some(IdProblem::Character(c))
        } else if id.len() > 64 {
            Some(IdProblem::TooLong)
        } else if id.starts_with('-') || id.ends_with('-') {
            Some(IdProblem::EdgeHyphen)
        } else {
            None
        }
    }
    // A name or text is blank if it shows nothing; else it may not hold a
    // control or bidirectional formatting character.
    fn unreadable(s: &str, blank: Problem) -> Option<Problem> {
        const INVISIBLE: &[char] = &[
            '\u{AD}', '\u{34F}', '\u{115F}', '\u{1160}', '\u{180E}', '\u{200B}', '\u{200C}', '\u{200D}',
            '\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}', '\u{2800}', '\u{3164}', '\u{FEFF}',
            '\u{FFA0}',
        ];
        const FORBIDDEN: &[char] = &[
            '\u{2028}', '\u{2029}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}',
            '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{61C}',
        ];
        if s.chars().all(|c| c.is_whitespace() || INVISIBLE.contains(&c)) {
            Some(blank)
        } else {
            s.chars().find(|&c| c.is_control() || FORBIDDEN.contains(&c)).map(Problem::ForbiddenCharacter)
        }
    }
    let mut out: Found = Vec::new();
    let mut front: Found = Vec::new();
    // Departments.
    let mut known: Vec<&str> = Vec::new();
    for (id, name) in &d.departments {
        let path = format!("departments/{id}");
        let mut mine = Vec::new();
        if let Some(p) = id_problem(id) {
            mine.push(v(&path, Problem::InvalidId(p), id));
        }
        if let Some(problem) = unreadable(name, Problem::EmptyName) {
            mine.push(v(&format!("{path}.name"), problem, name));
        }
        if through_builders && !mine.is_empty() {
            front.extend(mine);
            continue;
        }
        if id_problem(id).is_none() {
            if known.contains(&id.as_str()) {
                out.push(v(&path, Problem::DuplicateId, id));
            } else {
                known.push(id);
            }
        }
        out.extend(mine);
    }
    let mut head = Vec::new();
    if let Some(problem) = unreadable(&d.name, Problem::EmptyName) {
        head.push(v("name", problem, &d.name));
    }
    head.extend(out);
    let mut out = head;
    // Brand.
    for (i, value) in d.values.iter().enumerate() {
        if let Some(problem) = unreadable(value, Problem::EmptyText) {
            out.push(v(&format!("brand.values[{i}]"), problem, value));
        }
    }
    for (on, list) in [(true, "on_brand"), (false, "off_brand")] {
        for (i, (_, department, text)) in d.behaviours.iter().filter(|b| b.0 == on).enumerate() {
            if let Some(problem) = unreadable(text, Problem::EmptyText) {
                out.push(v(&format!("brand.{list}[{i}].text"), problem, text));
            }
            if let Some(dep) = department {
                let path = format!("brand.{list}[{i}].department");
                match id_problem(dep) {
                    Some(p) => out.push(v(&path, Problem::InvalidId(p), dep)),
                    None if !known.contains(&dep.as_str()) => {
                        out.push(v(&path, Problem::UnknownDepartment, dep))
                    }
                    None => {}
                }
            }
        }
    }
    // Sequences, phases, steps.
    let mut sequences: Vec<&str> = Vec::new();
    for s in &d.sequences {
        let sp = s.id.clone();
        match id_problem(&s.id) {
            Some(p) => out.push(v(&sp, Problem::InvalidId(p), &s.id)),
            None if sequences.contains(&s.id.as_str()) => out.push(v(&sp, Problem::DuplicateId, &s.id)),
            None => sequences.push(&s.id),
        }
        if let Some(problem) = unreadable(&s.name, Problem::EmptyName) {
            out.push(v(&format!("{sp}.name"), problem, &s.name));
        }
        if s.phases.is_empty() {
            out.push(v(&sp, Problem::NoPhases, ""));
        }
        let mut phases: Vec<&str> = Vec::new();
        for p in &s.phases {
            let pp = format!("{sp}/{}", p.id);
            match id_problem(&p.id) {
                Some(pr) => out.push(v(&pp, Problem::InvalidId(pr), &p.id)),
                None if phases.contains(&p.id.as_str()) => out.push(v(&pp, Problem::DuplicateId, &p.id)),
                None => phases.push(&p.id),
            }
            if let Some(problem) = unreadable(&p.name, Problem::EmptyName) {
                out.push(v(&format!("{pp}.name"), problem, &p.name));
            }
            if p.steps.is_empty() {
                out.push(v(&pp, Problem::NoSteps, ""));
            }
            let mut steps: Vec<&str> = Vec::new();
            for st in &p.steps {
                let stp = format!("{pp}/{}", st.id);
                match id_problem(&st.id) {
                    Some(pr) => out.push(v(&stp, Problem::InvalidId(pr), &st.id)),
                    None if steps.contains(&st.id.as_str()) => {
                        out.push(v(&stp, Problem::DuplicateId, &st.id))
                    }
                    None => steps.push(&st.id),
                }
                if let Some(problem) = unreadable(&st.name, Problem::EmptyName) {
                    out.push(v(&format!("{stp}.name"), problem, &st.name));
                }
                if st.moment.is_none() {
                    out.push(v(&format!("{stp}.moment"), Problem::MissingMoment, ""));
                }
                if st.channels.is_empty() && p.channels.is_empty() {
                    out.push(v(&format!("{stp}.channels"), Problem::NoChannel, ""));
                }
                if let Some(dep) = &st.department {
                    if !known.contains(&dep.as_str()) {
                        out.push(v(&format!("{stp}.department"), Problem::UnknownDepartment, dep));
                    }
                }
                for (field, text) in [("customer_action", &st.customer_action), ("backstage", &st.backstage)]
                {
                    if let Some(text) = text.as_deref() {
                        if let Some(problem) = unreadable(text, Problem::EmptyText) {
                            out.push(v(&format!("{stp}.{field}"), problem, text));
                        }
                    }
                }
            }
        }
    }
    front.extend(out);
    front
}

/// Asserts the exact violations, through the builders and through JSON.
fn expect(d: &Draft, expected: &[(String, Problem, Option<String>)]) {
    assert_eq!(d.build().err().unwrap_or_default(), expected, "builders");
    assert_eq!(oracle(d, true), expected, "oracle");
    #[cfg(feature = "serde")]
    {
        let result = serde_json::from_str::<ServiceModel>(&d.json());
        if expected.is_empty() {
            assert_eq!(result.unwrap(), d.build().unwrap());
        } else {
            let message = result.unwrap_err().to_string();
            let listed: Vec<String> = expected
                .iter()
                .map(|(path, problem, value)| {
                    Violation::new(path.as_str(), *problem, value.clone().unwrap_or_default()).to_string()
                })
                .collect();
            assert!(
                message.starts_with(&format!("invalid service model: {}", listed.join("; "))),
                "{message}"
            );
        }
    }
}

#[test]
fn a_valid_draft_builds() {
    let d = Draft::valid();
    expect(&d, &[]);
    let model = d.build().unwrap();
    assert_eq!(model.steps().count(), 3);
    assert_eq!(model.contact_situations("front-office").count(), 3);
}

#[test]
fn ids_must_be_slugs() {
    let cases = [
        ("", IdProblem::Empty),
        ("Greet", IdProblem::Character('G')),
        ("greet me", IdProblem::Character(' ')),
        ("powitanie-gościa", IdProblem::Character('ś')),
        ("-greet", IdProblem::EdgeHyphen),
        ("greet-", IdProblem::EdgeHyphen),
    ];
    for (id, problem) in cases {
        let mut d = Draft::valid();
        d.sequences[0].phases[0].steps[0].id = id.into();
        expect(&d, &[v(&format!("stay/check-in/{id}"), Problem::InvalidId(problem), id)]);
    }
    let long = "a".repeat(65);
    let mut d = Draft::valid();
    d.sequences[0].id = long.clone();
    expect(&d, &[v(&long, Problem::InvalidId(IdProblem::TooLong), &long)]);
    let mut d = Draft::valid();
    d.sequences[0].id = "a".repeat(64);
    expect(&d, &[]);
}

#[test]
fn sequence_ids_are_unique_in_the_model() {
    let mut d = Draft::valid();
    d.sequences.push(d.sequences[0].clone());
    expect(&d, &[v("stay", Problem::DuplicateId, "stay")]);
}

#[test]
fn department_ids_are_unique_in_the_model() {
    let mut d = Draft::valid();
    d.departments.push(("billing".into(), "Accounts".into()));
    expect(&d, &[v("departments/billing", Problem::DuplicateId, "billing")]);
}

#[test]
fn phase_ids_are_unique_in_their_sequence_only() {
    let mut d = Draft::valid();
    d.sequences[0].phases[1].id = "check-in".into();
    expect(&d, &[v("stay/check-in", Problem::DuplicateId, "check-in")]);
    let mut d = Draft::valid();
    let mut other = d.sequences[0].clone();
    other.id = "events".into();
    d.sequences.push(other);
    expect(&d, &[]);
}

#[test]
fn step_ids_are_unique_in_their_phase_only() {
    let mut d = Draft::valid();
    d.sequences[0].phases[0].steps[1].id = "greet".into();
    expect(&d, &[v("stay/check-in/greet", Problem::DuplicateId, "greet")]);
    let mut d = Draft::valid();
    d.sequences[0].phases[1].steps[0].id = "greet".into();
    expect(&d, &[]);
}

#[test]
fn names_must_not_be_blank() {
    let mut d = Draft::valid();
    d.name = " ".into();
    d.sequences[0].name = String::new();
    d.sequences[0].phases[0].name = "\t".into();
    d.sequences[0].phases[0].steps[0].name = "  ".into();
    expect(
        &d,
        &[
            v("name", Problem::EmptyName, " "),
            v("stay.name", Problem::EmptyName, ""),
            v("stay/check-in.name", Problem::EmptyName, "\t"),
            v("stay/check-in/greet.name", Problem::EmptyName, "  "),
        ],
    );
}

#[test]
fn department_names_must_not_be_blank() {
    let err = Department::new("spa", " ").unwrap_err();
    assert_eq!(found(err.violations()), [v("departments/spa.name", Problem::EmptyName, " ")]);
    assert_eq!(err.to_string(), "invalid department: departments/spa.name: empty name ` `");
    #[cfg(feature = "serde")]
    {
        let mut d = Draft::valid();
        d.departments[1].1 = String::new();
        let message = serde_json::from_str::<ServiceModel>(&d.json()).unwrap_err().to_string();
        assert_eq!(message, "invalid service model: departments/billing.name: empty name");
    }
}

#[test]
fn every_sequence_has_a_phase_and_every_phase_a_step() {
    let mut d = Draft::valid();
    d.sequences[0].phases[1].steps.clear();
    d.sequences.push(SequenceDraft { id: "empty".into(), name: "Empty".into(), phases: vec![] });
    expect(&d, &[v("stay/check-out", Problem::NoSteps, ""), v("empty", Problem::NoPhases, "")]);
}

#[test]
fn every_step_resolves_a_channel() {
    let mut d = Draft::valid();
    d.sequences[0].phases[1].steps[0].channels.clear();
    expect(&d, &[v("stay/check-out/invoice.channels", Problem::NoChannel, "")]);
    // A step with no channels of its own takes its phase's.
    let d = Draft::valid();
    let model = d.build().unwrap();
    let greet = model.step(&"stay/check-in/greet".parse().unwrap()).unwrap();
    assert_eq!(greet.channels(), EnumSet::from([Channel::FaceToFace]));
}

#[test]
fn every_step_says_what_moment_it_is() {
    let mut d = Draft::valid();
    d.sequences[0].phases[0].steps[1].moment = None;
    expect(&d, &[v("stay/check-in/find.moment", Problem::MissingMoment, "")]);
}

#[test]
fn department_references_resolve() {
    let mut d = Draft::valid();
    d.sequences[0].phases[0].steps[0].department = Some("spa".into());
    d.sequences[0].phases[0].steps[1].department = Some("Front Office".into());
    expect(
        &d,
        &[
            v("stay/check-in/greet.department", Problem::UnknownDepartment, "spa"),
            v("stay/check-in/find.department", Problem::UnknownDepartment, "Front Office"),
        ],
    );
}

#[test]
fn blueprint_texts_are_blank_nowhere_they_are_given() {
    let mut d = Draft::valid();
    d.sequences[0].phases[0].steps[0].customer_action = Some("Walks up to the desk".into());
    d.sequences[0].phases[0].steps[0].backstage = Some("Room list printed at 06:00".into());
    expect(&d, &[]);
    d.sequences[0].phases[0].steps[0].customer_action = Some(" ".into());
    d.sequences[0].phases[0].steps[1].backstage = Some(String::new());
    expect(
        &d,
        &[
            v("stay/check-in/greet.customer_action", Problem::EmptyText, " "),
            v("stay/check-in/find.backstage", Problem::EmptyText, ""),
        ],
    );
}

#[test]
fn brand_values_and_behaviours_are_checked() {
    let mut d = Draft::valid();
    d.values.push(" ".into());
    d.behaviours.push((false, None, String::new()));
    d.behaviours.push((true, Some("spa".into()), "Offer a towel".into()));
    d.behaviours.push((true, Some("Spa!".into()), "Smile".into()));
    expect(
        &d,
        &[
            v("brand.values[1]", Problem::EmptyText, " "),
            v("brand.on_brand[1].department", Problem::UnknownDepartment, "spa"),
            v("brand.on_brand[2].department", Problem::InvalidId(IdProblem::Character('S')), "Spa!"),
            v("brand.off_brand[0].text", Problem::EmptyText, ""),
        ],
    );
}

#[test]
fn every_violation_is_reported_at_once_in_document_order() {
    let mut d = Draft::valid();
    d.name = String::new();
    d.sequences[0].phases[0].steps[0].id = "Greet".into();
    d.sequences[0].phases[0].steps[1].moment = None;
    d.sequences[0].phases[1].steps[0].department = Some("spa".into());
    let message = d.build().unwrap_err();
    assert_eq!(
        message,
        [
            v("name", Problem::EmptyName, ""),
            v("stay/check-in/Greet", Problem::InvalidId(IdProblem::Character('G')), "Greet"),
            v("stay/check-in/find.moment", Problem::MissingMoment, ""),
            v("stay/check-out/invoice.department", Problem::UnknownDepartment, "spa"),
        ]
    );
}

fn any_id() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec!["a", "b", "stay", "check-in", "front-office", "billing"]).prop_map(String::from),
        2 => "[a-z0-9-]{0,8}",
        2 => ".{0,8}",
        1 => "[a-z]{60,70}",
    ]
}

fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z ]{1,12}",
        1 => Just(String::new()),
        1 => Just("  ".to_owned()),
        1 => ".{0,6}",
        1 => r"[a \t\n\x00\x{200B}\x{202E}\x{2066}\x{3164}\x{FEFF}]{1,4}",
    ]
}

fn some_channels() -> impl Strategy<Value = Vec<Channel>> {
    prop::collection::vec(prop::sample::select(Channel::ALL), 0..3)
}

fn any_step() -> impl Strategy<Value = StepDraft> {
    (
        any_id(),
        any_name(),
        prop::option::weighted(0.8, prop::sample::select(MomentKind::ALL)),
        some_channels(),
        prop::option::of(any_id()),
        prop::option::weighted(0.3, any_name()),
        prop::option::weighted(0.3, any_name()),
    )
        .prop_map(|(id, name, moment, channels, department, customer_action, backstage)| StepDraft {
            id,
            name,
            moment,
            channels,
            department,
            customer_action,
            backstage,
        })
}

fn any_phase() -> impl Strategy<Value = PhaseDraft> {
    (any_id(), any_name(), some_channels(), prop::collection::vec(any_step(), 0..4))
        .prop_map(|(id, name, channels, steps)| PhaseDraft { id, name, channels, steps })
}

fn any_draft() -> impl Strategy<Value = Draft> {
    (
        any_name(),
        prop::collection::vec((any_id(), any_name()), 0..4),
        prop::collection::vec(any_name(), 0..3),
        prop::collection::vec((any::<bool>(), prop::option::of(any_id()), any_name()), 0..3),
        prop::collection::vec(
            (any_id(), any_name(), prop::collection::vec(any_phase(), 0..3))
                .prop_map(|(id, name, phases)| SequenceDraft { id, name, phases }),
            0..3,
        ),
    )
        .prop_map(|(name, departments, values, behaviours, sequences)| Draft {
            name,
            departments,
            values,
            behaviours,
            sequences,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn builders_report_exactly_what_an_independent_check_expects(d in any_draft()) {
        let expected = oracle(&d, true);
        match d.build() {
            Ok(_) => prop_assert!(expected.is_empty(), "built, but expected {:?}", expected),
            Err(found) => prop_assert_eq!(found, expected),
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn documents_report_exactly_what_an_independent_check_expects(d in any_draft()) {
        let expected = oracle(&d, false);
        match serde_json::from_str::<ServiceModel>(&d.json()) {
            Ok(_) => prop_assert!(expected.is_empty(), "loaded, but expected {:?}", expected),
            Err(err) => {
                let listed: Vec<String> = expected
                    .iter()
                    .take(20)
                    .map(|(path, problem, value)| Violation::new(path.as_str(), *problem, value.clone().unwrap_or_default()).to_string())
                    .collect();
                let message = err.to_string();
                prop_assert!(!expected.is_empty(), "{}", message);
                prop_assert!(message.starts_with(&format!("invalid service model: {}", listed.join("; "))), "{}", message);
            }
        }
    }
}
