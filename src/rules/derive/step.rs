//! What the standards of one step share: the step's record (its path,
//! moment, department and the names placeholders need), made once for the
//! step, and its department's place in the model, for the policies.

use std::sync::Arc;

use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::{
    model::Id,
    model::ServiceModel,
    model::StepRef,
    standard::standard::{Names, StepInfo},
    standard::wording::nouns::Nouns,
};

/// A department's place in the model's list of departments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct DepartmentPos(u32);

impl DepartmentPos {
    /// The place.
    pub(super) fn get(self) -> u32 {
        self.0
    }
}

/// A step's department: its id and its place in the model.
#[derive(Debug, Clone, Copy)]
pub(super) struct Department<'a> {
    pub(super) id: &'a Id,
    pub(super) pos: DepartmentPos,
}

/// A model's departments by id: each one's place in the model and its name.
pub(super) struct Departments<'a>(FxHashMap<&'a str, (DepartmentPos, &'a Arc<str>)>);

impl<'a> Departments<'a> {
    pub(super) fn new(model: &'a ServiceModel) -> Self {
        let departments = model.departments();
        let mut by_id = FxHashMap::with_capacity_and_hasher(departments.len(), FxBuildHasher);
        for (n, d) in departments.iter().enumerate() {
            // A model of more than 2³² departments does not fit in memory.
            let pos = DepartmentPos(u32::try_from(n).unwrap_or(u32::MAX));
            by_id.insert(d.id().as_str(), (pos, d.name_shared()));
        }
        Self(by_id)
    }

    /// The department of `at`'s step with its name, if the step names one.
    fn of(&self, at: StepRef<'a>) -> Option<(Department<'a>, &'a Arc<str>)> {
        let id = at.step().department()?;
        let found = self.0.get(id.as_str());
        // A model names every department its steps have (checked when built).
        debug_assert!(found.is_some(), "the model has the department `{id}` of a step");
        found.map(|&(pos, name)| (Department { id, pos }, name))
    }
}

/// What the standards of one step share.
pub(super) struct Shared<'a> {
    /// The step's record, one allocation per step that has standards.
    pub(super) info: Arc<StepInfo>,
    /// The step's department.
    pub(super) department: Option<Department<'a>>,
}

impl<'a> Shared<'a> {
    pub(super) fn new(
        model: &ServiceModel,
        at: StepRef<'a>,
        departments: &Departments<'a>,
        nouns: &Arc<Nouns>,
    ) -> Self {
        let department = departments.of(at);
        let names = Names {
            company: Arc::clone(model.name_shared()),
            sequence: Arc::clone(&at.sequence().name),
            phase: Arc::clone(&at.phase().name),
            step: Arc::clone(&at.step().name),
            department: department.map(|(_, name)| Arc::clone(name)),
            nouns: Arc::clone(nouns),
        };
        let info = StepInfo::new(at.path(), at.step().moment(), at.step().department().cloned(), Some(names));
        Self { info: Arc::new(info), department: department.map(|(d, _)| d) }
    }
}
