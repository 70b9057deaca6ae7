//! A standard set as a document (JSON, TOML, …), checked when read.

use std::{
    collections::{BTreeMap, HashSet},
    sync::Arc,
};

use crate::{
    error::Entity, error::Problem, model::Channel, model::EnumSet, model::Id, model::Levels,
    model::MomentKind, model::PhasePath, model::QualityAspect, model::QualityDimension, model::ServiceLevel,
    model::StandardKind, model::StepPath, model::Vocabulary, standard::LevelTargets, standard::Locale,
    standard::Policy, standard::PolicyScope, standard::Provenance, standard::Standard, standard::StandardId,
    standard::StandardSet, standard::Statement, standard::Template, standard::source::Source,
    standard::standard::StepInfo, standard::target::TargetText, validate::Violations,
};

/// The version of the standard set document this release reads and writes.
pub(crate) const STANDARDS_FORMAT_VERSION: u32 = 1;

impl StandardSet {
    /// The version of the standard set document this release reads and writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::standard::StandardSet::FORMAT_VERSION, 1);
    /// ```
    pub const FORMAT_VERSION: u32 = STANDARDS_FORMAT_VERSION;
}

/// One standard as written: everything it shows, its statement rendered.
#[derive(serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct StandardRecord {
    id: StandardId,
    kind: StandardKind,
    aspect: QualityAspect,
    dimension: QualityDimension,
    level: ServiceLevel,
    #[cfg_attr(feature = "schemars", schemars(with = "crate::standard::Target"))]
    target: TargetText,
    statement: String,
    channels: EnumSet<Channel>,
    moment: MomentKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    department: Option<Id>,
    trigger: Provenance,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    concern: Option<Id>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<Locale, String>,
}

/// One policy as written: the standard it was derived as at its first
/// step, where it is stated, and every step that calls for it.
#[derive(serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct PolicyRecord {
    scope: PolicyScope,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    department: Option<Id>,
    steps: Vec<StepPath>,
    standard: StandardRecord,
}

/// A phase derived at a level of its own.
#[derive(serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct PhaseLevelRecord {
    phase: PhasePath,
    level: ServiceLevel,
}

crate::document::versioned_document! {
    /// A standard set as a document. `level` is the model's level; `phases`
    /// (absent from a set derived at one level) lists the phases derived at
    /// a level of their own.
    struct SetDocument(Entity::StandardSet, STANDARDS_FORMAT_VERSION) {
        level: ServiceLevel,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        phases: Vec<PhaseLevelRecord> = default,
        standards: Vec<StandardRecord> = default,
        policies: Vec<PolicyRecord> = default,
    }
}

/// A standard as written.
fn record(st: &Standard) -> StandardRecord {
    StandardRecord {
        id: st.id(),
        kind: st.kind(),
        aspect: st.aspect(),
        dimension: st.dimension(),
        level: st.min_level(),
        target: st.target().into(),
        statement: st.statement(),
        channels: st.channels(),
        moment: st.moment(),
        department: st.department().cloned(),
        trigger: st.provenance(),
        concern: (st.concern() != st.rule()).then(|| st.concern().clone()),
        translations: Locale::ALL
            .iter()
            .filter(|l| **l != Locale::English && st.has_statement_in(**l))
            .map(|l| (*l, l.statement(st)))
            .collect(),
    }
}

/// A standard as read, checked into `v` at `path`: what a derived standard
/// guarantees, and provenance that can be true of it; `None` if its target
/// does not read.
fn standard(r: StandardRecord, levels: &Levels, path: &str, v: &mut Violations) -> Option<Standard> {
    let level = levels.at(r.id.step().sequence(), r.id.step().phase());
    let target = r.target.read(&format!("{path}.target"), v);
    if r.aspect != r.kind.aspect() {
        v.push(
            format!("{path}.aspect"),
            Problem::Contradicts("aspect does not follow from the kind"),
            r.aspect.to_string(),
        );
    }
    if r.level > level {
        v.push(
            format!("{path}.level"),
            Problem::Contradicts("level above the set's level"),
            r.level.to_string(),
        );
    }
    if r.channels.is_empty() {
        v.push(format!("{path}.channels"), Problem::NoChannel, "");
    }
    if let Some(target) = target.filter(|t| !t.is_in_range()) {
        v.push(format!("{path}.target"), Problem::TargetOutOfRange, target.to_string());
    }
    let possible = match r.trigger {
        Provenance::Channel(c) => r.channels.contains(c),
        Provenance::Capability(c) => r.channels.iter().all(|ch| ch.has(c)),
        Provenance::Moment(m) => m == r.moment,
        Provenance::Characteristic(_) | Provenance::Factor(_) | Provenance::Emotion(_) => true,
    };
    if !possible {
        v.push(
            format!("{path}.trigger"),
            Problem::Contradicts("trigger the standard cannot have"),
            r.trigger.to_string(),
        );
    }
    v.text(format!("{path}.statement"), &r.statement);
    for (locale, text) in &r.translations {
        let at = format!("{path}.translations.{locale}");
        if *locale == Locale::English {
            v.push(at, Problem::EnglishTranslation, text.as_str());
        } else {
            v.text(at, text);
        }
    }
    let target = target?;
    let template = Template::new(
        r.kind,
        r.dimension,
        Statement::literal(&r.statement),
        LevelTargets::new().at(level, target),
        r.translations.iter().map(|(l, t)| (*l, Statement::literal(t))).collect(),
    );
    let concern = r.concern.unwrap_or_else(|| r.id.rule().clone());
    // The standard's own source: no rule is built to read a set back.
    Some(Standard::new(
        Arc::new(Source::new(r.id.rule().clone(), concern, r.level, template)),
        Arc::new(StepInfo::new(r.id.step().clone(), r.moment, r.department, None)),
        target,
        r.channels,
        level,
        r.trigger,
    ))
}

impl serde::Serialize for StandardSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let standards = self.iter().map(record).collect();
        let policies = self
            .policies()
            .iter()
            .map(|p| PolicyRecord {
                scope: p.scope(),
                department: p.department().cloned(),
                steps: p.steps().to_vec(),
                standard: record(p.standard()),
            })
            .collect();
        let phases =
            self.levels().phases().map(|(p, l)| PhaseLevelRecord { phase: p.clone(), level: l }).collect();
        SetDocument {
            format_version: STANDARDS_FORMAT_VERSION,
            level: self.level(),
            phases,
            standards,
            policies,
        }
        .serialize(s)
    }
}

/// Reading a set checks what a derived set guarantees: each aspect follows
/// from its kind, no standard is above its phase's level (the set's, or the
/// level its phase is listed at under `phases`, each phase listed once), each applies on at
/// least one channel, has a target that reads and is in range, a unique id, and
/// provenance that can be true of it (naming one of its channels,
/// a capability they all have, or its own moment); its statement and each
/// translation of it are texts people read, as a rule's are (not blank, no
/// control or bidirectional character), and none is an `english` one (the
/// statement is the English text); a policy is stated for a
/// department exactly when its scope is a department's, and names the steps
/// that call for it, its own first, each once; no two policies are one
/// (the same standard id), or state one concern for the same department
/// (or both for the business), and a policy's rule derives no standard of
/// the set (a rule derives policies or standards), nor has a standard's id.
impl<'de> serde::Deserialize<'de> for StandardSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let doc = SetDocument::deserialize(d)?;
        let mut v = Violations::default();
        let mut levels = Levels::new(doc.level);
        let mut phases_seen = HashSet::new();
        for (i, p) in doc.phases.iter().enumerate() {
            if !phases_seen.insert(&p.phase) {
                v.push(format!("phases[{i}]"), Problem::DuplicateId, p.phase.to_string());
            }
        }
        // Sorted once, however the document orders them.
        levels.extend(doc.phases.into_iter().map(|p| (p.phase, p.level)));
        let mut seen = HashSet::new();
        let mut rules = HashSet::new();
        let mut standards = Vec::with_capacity(doc.standards.len());
        for r in doc.standards {
            let path = format!("standards/{}", r.id);
            if !seen.insert(r.id.clone()) {
                v.push(path.as_str(), Problem::DuplicateId, r.id.to_string());
            }
            rules.insert(r.id.rule().clone());
            standards.extend(standard(r, &levels, &path, &mut v));
        }
        let mut policies = Vec::with_capacity(doc.policies.len());
        let mut stated = HashSet::new();
        for (i, p) in doc.policies.into_iter().enumerate() {
            let path = format!("policies[{i}]");
            let mut steps = HashSet::with_capacity(p.steps.len());
            for (j, step) in p.steps.iter().enumerate() {
                if !steps.insert(step) {
                    v.push(format!("{path}.steps[{j}]"), Problem::DuplicateId, step.to_string());
                }
            }
            let id = &p.standard.id;
            let concern = p.standard.concern.as_ref().unwrap_or(id.rule());
            if !seen.insert(id.clone()) {
                v.push(format!("{path}.standard.id"), Problem::DuplicateId, id.to_string());
            } else if rules.contains(id.rule()) {
                v.push(
                    format!("{path}.standard.id"),
                    Problem::Contradicts("the rule of a policy derives standards of the set too"),
                    id.rule().as_str(),
                );
            } else if !stated.insert((p.department.clone(), concern.clone())) {
                let how = if p.department.is_some() {
                    "another policy states this concern for the same department"
                } else {
                    "another policy states this concern for the business"
                };
                v.push(format!("{path}.standard.concern"), Problem::Contradicts(how), concern.as_str());
            }
            if (p.scope == PolicyScope::Department) != p.department.is_some() {
                v.push(
                    format!("{path}.department"),
                    Problem::Contradicts("a department is named exactly for a department's policy"),
                    p.scope.to_string(),
                );
            }
            if p.steps.first() != Some(p.standard.id.step()) {
                v.push(
                    format!("{path}.steps"),
                    Problem::Contradicts("the first step is not the standard's step"),
                    p.standard.id.step().to_string(),
                );
            }
            if let Some(standard) = standard(p.standard, &levels, &format!("{path}.standard"), &mut v) {
                policies.push(Policy::new(standard, p.scope, p.department, p.steps));
            }
        }
        v.finish(Entity::StandardSet, || {
            StandardSet::new(levels, standards).with_outcome(policies, Vec::new())
        })
        .map_err(D::Error::custom)
    }
}

/// The schema of the standard set document.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for StandardSet {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StandardSet".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        SetDocument::json_schema(generator)
    }
}
