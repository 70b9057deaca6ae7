//! The standards handbook: a chapter per department, ready to post.

use std::fmt::Write as _;

use rustc_hash::FxHashMap;

use crate::{
    model::Behaviour, model::Department, model::Id, model::Phase, model::Sequence, model::ServiceModel,
    model::StandardKind, model::Step, model::StepRef, model::Vocabulary, publish::words::PublishText,
    standard::Locale, standard::Policy, standard::Standard, standard::StandardSet,
    standard::wording::capitalised,
};

/// A standards handbook: the brand's emotions and values, then a chapter per
/// department with its contact situations (the steps it owns), its standards
/// by phase and kind with their targets, and its on-brand and off-brand
/// behaviours, ready to post where everyone sees them.
///
/// Rendered as Markdown or as plain text for terminals, in any [`Locale`],
/// whole or one department at a time.
///
/// The whole handbook opens with the level the set was derived at and,
/// for a set derived with per-phase levels, each phase of the model at a
/// level of its own; a level given for a phase the model does not have
/// derived nothing and is not shown (see
/// [`Levels::unknown_phases`](crate::model::Levels::unknown_phases)).
///
/// # Examples
///
/// ```
/// use service_standards::{Handbook, Locale, RuleSet, ServiceLevel};
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let book = Handbook::new(&model, &set);
/// let markdown = book.markdown();
/// assert!(markdown.starts_with("# Hotel Aurora: customer service standards\n"));
/// assert!(markdown.contains("## Front office"));
/// let polish = book.locale(Locale::Polish).department_markdown("front-office").unwrap();
/// assert!(polish.starts_with("## Front office\n"));
/// assert!(polish.contains("### Sytuacje kontaktu z klientem"));
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handbook<'a> {
    model: &'a ServiceModel,
    standards: &'a StandardSet,
    locale: Locale,
}

/// How the handbook is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Markdown,
    Text,
}

impl<'a> Handbook<'a> {
    /// A handbook of `standards`, derived from `model`, in English.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Handbook, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let book = Handbook::new(&model, &set);
    /// let chapter = book.department_markdown("front-office").unwrap();
    /// assert!(chapter.contains("Front office"));
    /// assert!(chapter.contains("Guest approaches the desk"));
    /// // A department the model does not have has no chapter:
    /// assert_eq!(book.department_markdown("spa"), None);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn new(model: &'a ServiceModel, standards: &'a StandardSet) -> Self {
        Self { model, standards, locale: Locale::English }
    }

    crate::setters::setters! {
        /// The same handbook in another language.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Handbook, Locale, RuleSet, ServiceLevel};
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
        /// let text = Handbook::new(&model, &set).locale(Locale::Polish).markdown();
        /// assert!(text.contains("standardy obsługi klienta"));
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn locale(locale: Locale) { locale = locale }
    }

    /// The whole handbook as Markdown.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Handbook, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// assert!(Handbook::new(&model, &set).markdown().contains("## Our brand"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn markdown(&self) -> String {
        self.book(Style::Markdown)
    }

    /// The whole handbook as plain text, for terminals.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Handbook, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let text = Handbook::new(&model, &set).text();
    /// assert!(text.starts_with("HOTEL AURORA: CUSTOMER SERVICE STANDARDS\n"));
    /// assert!(!text.contains('#'));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn text(&self) -> String {
        self.book(Style::Text)
    }

    /// One department's chapter as Markdown, or `None` if the model has no
    /// such department.
    ///
    /// Each call reads the whole model and set: for a chapter of every
    /// department, [`chapters_markdown`](Self::chapters_markdown) reads them
    /// once.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Handbook, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let book = Handbook::new(&model, &set);
    /// assert!(book.department_markdown("front-office").is_some());
    /// assert!(book.department_markdown("spa").is_none());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn department_markdown(&self, department: &str) -> Option<String> {
        self.department(department, Style::Markdown)
    }

    /// One department's chapter as plain text, or `None` if the model has no
    /// such department.
    ///
    /// Each call reads the whole model and set: for a chapter of every
    /// department, [`chapters_text`](Self::chapters_text) reads them once.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Handbook, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let text = Handbook::new(&model, &set).department_text("front-office").unwrap();
    /// assert!(text.starts_with("Front office\n------------\n"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn department_text(&self, department: &str) -> Option<String> {
        self.department(department, Style::Text)
    }

    /// Every department's chapter as Markdown, in model order, each as
    /// [`department_markdown`](Self::department_markdown) gives it: a file
    /// or a page per department, for the time of one handbook (a call of
    /// `department_markdown` per department takes the time of one handbook
    /// each).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Handbook, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let book = Handbook::new(&model, &set);
    /// let chapters = book.chapters_markdown();
    /// assert_eq!(chapters.len(), model.departments().len());
    /// let (department, chapter) = &chapters[0];
    /// assert_eq!(department.id().as_str(), "front-office");
    /// assert_eq!(Some(chapter), book.department_markdown("front-office").as_ref());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn chapters_markdown(&self) -> Vec<(&'a Department, String)> {
        self.chapters(Style::Markdown)
    }

    /// Every department's chapter as plain text, in model order, each as
    /// [`department_text`](Self::department_text) gives it, for the time
    /// of one handbook.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Handbook, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let book = Handbook::new(&model, &set);
    /// for (department, chapter) in book.chapters_text() {
    ///     assert_eq!(Some(chapter), book.department_text(department.id().as_str()));
    /// }
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn chapters_text(&self) -> Vec<(&'a Department, String)> {
        self.chapters(Style::Text)
    }

    fn chapters(&self, style: Style) -> Vec<(&'a Department, String)> {
        let index = Index::new(self.model, self.standards);
        self.model
            .departments()
            .iter()
            .map(|department| {
                let mut out = String::new();
                self.chapter(&mut out, style, &index, Some(department));
                end_with_one_newline(&mut out);
                (department, out)
            })
            .collect()
    }

    fn department(&self, id: &str, style: Style) -> Option<String> {
        let department = self.model.department(id)?;
        let index = Index::new(self.model, self.standards);
        let mut out = String::new();
        self.chapter(&mut out, style, &index, Some(department));
        end_with_one_newline(&mut out);
        Some(out)
    }

    fn book(&self, style: Style) -> String {
        let l = self.locale;
        let mut out = String::new();
        let title = format!("{}: {}", self.model.name(), l.text(PublishText::Standards));
        heading(&mut out, style, 1, &title);
        // A set derived with per-phase levels names each phase at a level of
        // its own; a level given for a phase the model lacks derived nothing
        // and is not claimed.
        let phases: Vec<String> = self
            .standards
            .levels()
            .phases_in(self.model)
            .map(|(p, level)| format!("{p}: {}", l.label(level)))
            .collect();
        let phases = if phases.is_empty() { String::new() } else { format!(" ({})", phases.join(", ")) };
        let _ = writeln!(
            out,
            "{}: {}{phases} · {}: {}\n",
            l.text(PublishText::Level),
            l.label(self.standards.level()),
            l.text(PublishText::StandardsCount),
            self.standards.len()
        );
        self.brand(&mut out, style);
        let index = Index::new(self.model, self.standards);
        self.policies(&mut out, style, &index, None);
        for department in self.model.departments() {
            self.chapter(&mut out, style, &index, Some(department));
        }
        if index.steps.contains_key(&None) {
            self.chapter(&mut out, style, &index, None);
        }
        end_with_one_newline(&mut out);
        out
    }

    fn brand(&self, out: &mut String, style: Style) {
        let l = self.locale;
        let brand = self.model.brand();
        if brand.emotions().is_empty() && brand.values().is_empty() {
            return;
        }
        heading(out, style, 2, l.text(PublishText::Brand));
        if !brand.emotions().is_empty() {
            let emotions: Vec<&str> = brand.emotions().iter().map(|e| l.label(e)).collect();
            let _ = writeln!(out, "{}: {}\n", l.text(PublishText::Emotions), emotions.join(", "));
        }
        if !brand.values().is_empty() {
            let _ = writeln!(out, "{}:\n", l.text(PublishText::Values));
            for value in brand.values() {
                let _ = writeln!(out, "- {value}");
            }
            out.push('\n');
        }
    }

    /// A department's chapter, or the chapter of steps without one (`None`).
    fn chapter(&self, out: &mut String, style: Style, index: &Index<'_>, department: Option<&Department>) {
        let l = self.locale;
        let id: Option<&Id> = department.map(Department::id);
        heading(out, style, 2, department.map_or(l.text(PublishText::NoDepartment), Department::name));

        let situations: &[StepRef<'_>] = index.steps.get(&id).map_or(&[], Vec::as_slice);
        heading(out, style, 3, l.text(PublishText::ContactSituations));
        if situations.is_empty() {
            let _ = writeln!(out, "{}\n", l.text(PublishText::None));
        }
        for (n, at) in situations.iter().enumerate() {
            let channels: Vec<&str> = at.channels().iter().map(|c| l.label(c)).collect();
            let _ = writeln!(
                out,
                "{}. {} › {}: {} ({}; {})",
                n + 1,
                at.sequence().name(),
                at.phase().name(),
                at.step().name(),
                l.label(at.step().moment()),
                channels.join(", ")
            );
        }
        if !situations.is_empty() {
            out.push('\n');
        }

        // The department's standards, by phase in model order (stable within a phase).
        let mine: &[Placed<'_>] = index.standards.get(&id).map_or(&[], Vec::as_slice);
        heading(out, style, 3, l.text(PublishText::StandardsHeading));
        if mine.is_empty() {
            let _ = writeln!(out, "{}\n", l.text(PublishText::None));
        }
        for run in mine.chunk_by(|a, b| a.0 == b.0) {
            let Some(&(_, sequence, phase, ..)) = run.first() else { continue };
            heading(out, style, 4, &format!("{} › {}", sequence.name(), phase.name()));
            for &kind in StandardKind::ALL {
                let mut of_kind = run.iter().filter(|(.., s, _)| s.kind() == kind).peekable();
                if of_kind.peek().is_none() {
                    continue;
                }
                match style {
                    Style::Markdown => {
                        let _ = writeln!(out, "**{}**\n", capitalised(l.label(kind)));
                    }
                    Style::Text => {
                        let _ = writeln!(out, "{}:", capitalised(l.label(kind)));
                    }
                }
                for &(.., s, situation) in of_kind {
                    self.standard(out, style, s, situation);
                }
                out.push('\n');
            }
        }

        self.policies(out, style, index, id);

        let on = index.on_brand.applying_to(id);
        let off = index.off_brand.applying_to(id);
        if on.is_empty() && off.is_empty() {
            return;
        }
        heading(out, style, 3, l.text(PublishText::Behaviours));
        for (caption, list) in [(PublishText::OnBrand, on), (PublishText::OffBrand, off)] {
            if list.is_empty() {
                continue;
            }
            match style {
                Style::Markdown => {
                    let _ = writeln!(out, "**{}**\n", l.text(caption));
                }
                Style::Text => {
                    let _ = writeln!(out, "{}:", l.text(caption));
                }
            }
            for b in list {
                let mark = if matches!(caption, PublishText::OnBrand) { "✓" } else { "✗" };
                let _ = writeln!(out, "- {mark} {}", b.text());
            }
            out.push('\n');
        }
    }

    /// The policies of a department (`Some`), or of the whole business
    /// (`None`), in a section of their own; nothing when there are none.
    fn policies(&self, out: &mut String, style: Style, index: &Index<'_>, department: Option<&Id>) {
        let l = self.locale;
        let policies: &[&Policy] = index.policies.get(&department).map_or(&[], Vec::as_slice);
        if policies.is_empty() {
            return;
        }
        let (heading_level, title) = match department {
            Some(_) => (3, PublishText::Policies),
            None => (2, PublishText::BusinessPolicies),
        };
        heading(out, style, heading_level, l.text(title));
        for p in policies {
            let statement = p.statement_in(l);
            let target_label = l.text(PublishText::Target);
            let target = l.target(p.standard().target());
            match style {
                Style::Markdown => {
                    let _ = writeln!(
                        out,
                        "- {statement}  \n  *{target_label}:* {target} · *{}:* `{}`",
                        l.text(PublishText::StandardId),
                        p.standard().rule()
                    );
                }
                Style::Text => {
                    let _ = writeln!(
                        out,
                        "  - {statement}\n    {target_label}: {target} | {}: {}",
                        l.text(PublishText::StandardId),
                        p.standard().rule()
                    );
                }
            }
        }
        out.push('\n');
    }

    /// One standard; `situation` is the name of its step in the model.
    fn standard(&self, out: &mut String, style: Style, s: &Standard, situation: &str) {
        let l = self.locale;
        let target = l.target(s.target());
        let from_level = l.text(match s.min_level() {
            crate::model::ServiceLevel::Basic => PublishText::FromBasic,
            crate::model::ServiceLevel::Expected => PublishText::FromExpected,
            crate::model::ServiceLevel::Exclusive => PublishText::FromExclusive,
        });
        let (situation_label, target_label, rule_label) =
            (l.text(PublishText::Situation), l.text(PublishText::Target), l.text(PublishText::StandardId));
        // The statement straight into the book, and the id as `StandardId`
        // writes it without building one (which clones the rule's and the
        // step's shared ids).
        let (rule, step) = (s.rule(), s.step());
        match style {
            Style::Markdown => {
                out.push_str("- ");
                l.write_statement(s, out);
                let _ = writeln!(
                    out,
                    "  \n  *{situation_label}:* {situation} · *{target_label}:* {target} · \
                     *{from_level}* · *{rule_label}:* `{rule}@{step}`"
                );
            }
            Style::Text => {
                out.push_str("  - ");
                l.write_statement(s, out);
                let _ = writeln!(
                    out,
                    "\n    {situation_label}: {situation} | {target_label}: {target} | \
                     {from_level} | {rule_label}: {rule}@{step}"
                );
            }
        }
    }
}

/// A standard with its phase's place in model order, its sequence, its
/// phase, and the name of its step in the model.
type Placed<'a> = (usize, &'a Sequence, &'a Phase, &'a Standard, &'a str);

/// How many steps of the model a standard's step is looked for after the
/// step of the standard before it (a step may have no standards).
const LOOKAHEAD: usize = 8;

/// The look-ups a handbook needs, built once per rendering so that the whole
/// book takes time in proportion to the model and the standards: no chapter
/// scans the whole model or every standard, and no standard scans its phase.
struct Index<'a> {
    /// Each department's steps (`None`: steps without one), in model order.
    steps: FxHashMap<Option<&'a Id>, Vec<StepRef<'a>>>,
    /// Each department's standards whose phase is in the model, in phase
    /// order and, within a phase, in the set's order.
    standards: FxHashMap<Option<&'a Id>, Vec<Placed<'a>>>,
    /// Each department's policies (`None`: the business's), in the set's
    /// order.
    policies: FxHashMap<Option<&'a Id>, Vec<&'a Policy>>,
    /// The on-brand behaviours.
    on_brand: Behaviours<'a>,
    /// The off-brand behaviours.
    off_brand: Behaviours<'a>,
}

impl<'a> Index<'a> {
    fn new(model: &'a ServiceModel, standards: &'a StandardSet) -> Self {
        let mut steps: FxHashMap<Option<&Id>, Vec<StepRef<'a>>> = FxHashMap::default();
        for at in model.steps() {
            steps.entry(at.step().department()).or_default().push(at);
        }
        // A set derived from this model lists its standards in the order of
        // the model's steps: each standard's step is found by walking the
        // steps forward, which reads the model in the order it lies in
        // memory. A standard out of that order is looked up in tables,
        // built the first time one is.
        let walk: Vec<(usize, &Sequence, &Phase, &Step)> = model
            .sequences()
            .iter()
            .flat_map(|q| q.phases().iter().map(move |p| (q, p)))
            .enumerate()
            .flat_map(|(n, (q, p))| p.steps().iter().map(move |step| (n, q, p, step)))
            .collect();
        let mut tables: Option<Tables<'a>> = None;
        let mut cursor = 0;
        let mut by_department: FxHashMap<Option<&Id>, Vec<Placed<'a>>> = FxHashMap::default();
        for s in standards {
            let path = s.step();
            let ahead = walk
                .get(cursor..)
                .unwrap_or_default()
                .iter()
                .take(LOOKAHEAD)
                .position(|(_, _, _, step)| step.path() == path);
            let placed = match ahead {
                Some(k) => {
                    cursor += k;
                    walk.get(cursor).map(|&(n, q, p, step)| (n, q, p, s, step.name()))
                }
                None => tables.get_or_insert_with(|| Tables::new(model)).place(s),
            };
            if let Some(placed) = placed {
                by_department.entry(s.department()).or_default().push(placed);
            }
        }
        for mine in by_department.values_mut() {
            mine.sort_by_key(|(n, ..)| *n);
        }
        let mut policies: FxHashMap<Option<&Id>, Vec<&Policy>> = FxHashMap::default();
        for p in standards.policies() {
            policies.entry(p.department()).or_default().push(p);
        }
        let brand = model.brand();
        Self {
            steps,
            standards: by_department,
            policies,
            on_brand: Behaviours::new(brand.on_brand()),
            off_brand: Behaviours::new(brand.off_brand()),
        }
    }
}

/// Each phase of a model, and each step's name, by id: for the standards
/// of a set that do not follow the model's order.
struct Tables<'a> {
    /// Each phase's place in model order, sequence and phase.
    phases: FxHashMap<(&'a Id, &'a Id), (usize, &'a Sequence, &'a Phase)>,
    /// The name of each step, by its phase's place in model order and its id.
    step_names: FxHashMap<(usize, &'a Id), &'a str>,
}

impl<'a> Tables<'a> {
    fn new(model: &'a ServiceModel) -> Self {
        let mut phases = FxHashMap::default();
        let mut step_names = FxHashMap::default();
        let all_phases = model.sequences().iter().flat_map(|q| q.phases().iter().map(move |p| (q, p)));
        for (n, (q, p)) in all_phases.enumerate() {
            phases.insert((q.id(), p.id()), (n, q, p));
            for step in p.steps() {
                step_names.entry((n, step.id())).or_insert(step.name());
            }
        }
        Self { phases, step_names }
    }

    /// Where `s` goes, if its phase is in the model (a step that is not
    /// has no name).
    fn place(&self, s: &'a Standard) -> Option<Placed<'a>> {
        let &(n, q, p) = self.phases.get(&(s.step().sequence(), s.step().phase()))?;
        Some((n, q, p, s, self.step_names.get(&(n, s.step().step())).copied().unwrap_or("")))
    }
}

/// Behaviours by the department they are for, each with its place in the
/// order given.
struct Behaviours<'a> {
    /// Those for every department.
    everywhere: Vec<(usize, &'a Behaviour)>,
    /// Those for one department.
    by_department: FxHashMap<&'a Id, Vec<(usize, &'a Behaviour)>>,
}

impl<'a> Behaviours<'a> {
    fn new(list: impl Iterator<Item = &'a Behaviour>) -> Self {
        let mut everywhere = Vec::new();
        let mut by_department: FxHashMap<&Id, Vec<_>> = FxHashMap::default();
        for (n, b) in list.enumerate() {
            match b.department() {
                Some(d) => by_department.entry(d).or_default().push((n, b)),
                None => everywhere.push((n, b)),
            }
        }
        Self { everywhere, by_department }
    }

    /// The behaviours that apply in a department's chapter (those for every
    /// department and its own), or in the chapter of steps without one
    /// (those for every department), in the order given.
    fn applying_to(&self, department: Option<&Id>) -> Vec<&'a Behaviour> {
        let own = department.and_then(|d| self.by_department.get(d)).map_or(&[][..], Vec::as_slice);
        let mut list: Vec<(usize, &Behaviour)> = self.everywhere.iter().chain(own).copied().collect();
        list.sort_by_key(|(n, _)| *n);
        list.into_iter().map(|(_, b)| b).collect()
    }
}

fn heading(out: &mut String, style: Style, level: usize, title: &str) {
    match style {
        Style::Markdown => {
            let _ = writeln!(out, "{} {title}\n", "#".repeat(level));
        }
        Style::Text => match level {
            1 => {
                let upper = title.to_uppercase();
                let _ = writeln!(out, "{upper}\n{}\n", "=".repeat(upper.chars().count()));
            }
            2 => {
                let _ = writeln!(out, "{title}\n{}\n", "-".repeat(title.chars().count()));
            }
            _ => {
                let _ = writeln!(out, "{}\n", title.to_uppercase());
            }
        },
    }
}

/// Ends a document with exactly one newline: no blank line after the last
/// section, whether it is the whole book or one chapter.
fn end_with_one_newline(out: &mut String) {
    while out.ends_with("\n\n") {
        out.pop();
    }
}
