//! A standard set as a document (JSON, TOML, …), checked when read.

use std::{
    collections::{BTreeMap, HashSet},
    sync::Arc,
};

use crate::{
    Channel, EnumSet, Id, Locale, MomentKind, Vocabulary, Problem, QualityAspect, QualityDimension, ServiceLevel, Standard,
    StandardId, StandardKind, StandardSet, Statement, Target, Targets, Template, Trigger,
    rules::rule::RuleCore, standard::standard::StepInfo, validate::Violations,
};

/// The version of the standard set document this release reads and writes.
///
/// # Examples
///
/// ```
/// assert_eq!(service_standards::STANDARDS_FORMAT_VERSION, 1);
/// ```
pub const STANDARDS_FORMAT_VERSION: u32 = 1;

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
    target: Target,
    statement: String,
    channels: EnumSet<Channel>,
    moment: MomentKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    department: Option<Id>,
    trigger: Trigger,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    concern: Option<Id>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<Locale, String>,
}

crate::document::versioned_document! {
    /// A standard set as a document.
    struct SetDocument("standard set", STANDARDS_FORMAT_VERSION) {
        level: ServiceLevel,
        standards: Vec<StandardRecord> = default,
    }
}

impl serde::Serialize for StandardSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let standards = self
            .iter()
            .map(|st| StandardRecord {
                id: st.id(),
                kind: st.kind(),
                aspect: st.aspect(),
                dimension: st.dimension(),
                level: st.level(),
                target: st.target(),
                statement: st.statement(),
                channels: st.channels(),
                moment: st.moment(),
                department: st.department().cloned(),
                trigger: st.trigger(),
                concern: (st.concern() != st.rule()).then(|| st.concern().clone()),
                translations: Locale::ALL
                    .iter()
                    .filter(|l| **l != Locale::English)
                    .filter(|l| st.has_statement_in(**l))
                    .map(|l| (*l, l.statement(st)))
                    .collect(),
            })
            .collect();
        SetDocument { format_version: STANDARDS_FORMAT_VERSION, level: self.level, standards }.serialize(s)
    }
}

/// Reading a set checks what a derived set guarantees: each aspect follows
/// from its kind, no standard is above the set's level, each applies on at
/// least one channel, has a statement, a target in range, and a unique id.
impl<'de> serde::Deserialize<'de> for StandardSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let doc = SetDocument::deserialize(d)?;
        let mut v = Violations::default();
        let mut seen = HashSet::new();
        let mut standards = Vec::with_capacity(doc.standards.len());
        for r in doc.standards {
            let path = format!("standards/{}", r.id);
            if !seen.insert(r.id.clone()) {
                v.push(path.as_str(), Problem::DuplicateId, r.id.to_string());
            }
            if r.aspect != r.kind.aspect() {
                v.push(format!("{path}.aspect"), Problem::Inconsistent, r.aspect.to_string());
            }
            if r.level > doc.level {
                v.push(format!("{path}.level"), Problem::Inconsistent, r.level.to_string());
            }
            if r.channels.is_empty() {
                v.push(format!("{path}.channels"), Problem::NoChannel, "");
            }
            if !r.target.is_in_range() {
                v.push(format!("{path}.target"), Problem::TargetOutOfRange, r.target.to_string());
            }
            v.text(format!("{path}.statement"), &r.statement);
            let template = Template {
                kind: r.kind,
                dimension: r.dimension,
                statement: Statement::literal(&r.statement),
                targets: Targets::new().at(doc.level, r.target),
                translations: r.translations.iter().map(|(l, t)| (*l, Statement::literal(t))).collect(),
            };
            let concern = r.concern.unwrap_or_else(|| r.id.rule().clone());
            standards.push(Standard {
                rule: Arc::new(RuleCore { id: r.id.rule().clone(), concern, min_level: r.level, template }),
                step: Arc::new(StepInfo {
                    path: r.id.step().clone(),
                    moment: r.moment,
                    department: r.department,
                    names: None,
                }),
                target: r.target,
                channels: r.channels,
                derived_at: doc.level,
                trigger: r.trigger,
            });
        }
        v.finish("standard set", || StandardSet::new(doc.level, standards)).map_err(D::Error::custom)
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
