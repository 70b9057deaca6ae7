//! The plan as Markdown, in a locale: [`ImprovementPlan::markdown`].

use jiff::civil::Date;

use crate::{assess::words::PlanText, standard::wording::Number};
use crate::{standard::Locale, standard::StandardId, survey::Subject};

use super::{Cause, Importance, ImprovementPlan, NamedStandard, Priority, Standing};

impl ImprovementPlan {
    /// The plan as Markdown in `locale`.
    ///
    /// In order: the title; the context (site, period, number of answers,
    /// each when given); the level; the ranking as a table (phases by their
    /// names, dimensions by their labels in `locale`; gaps to two decimals,
    /// intervals, the key driver's importance when the plan has drivers,
    /// compliance in per cent and the cause, `–` where there is none; a
    /// rank marked `=` is tied with the one above and `≈` overlaps it,
    /// each explained under the table); what to do first (the owner, the
    /// day to measure again, and the action its cause calls for, with the
    /// standards the audit found not met, named by their statements in
    /// `locale`, and the next item named beside it when the data do not set
    /// them apart); the other subjects that fall short, each with its cause;
    /// and what raising the phase to raise would mean: its level now and
    /// next (or that it cannot go higher), the standards added and dropped
    /// and the new targets, by their statements (or that nothing changes),
    /// and its coverage holes; or why no phase is raised. Empty lists are
    /// left out.
    ///
    /// Everything that came from a user or a cell (the site, phase,
    /// department and rule texts) is escaped: a control character or line
    /// break becomes a space, Markdown's and HTML's special characters
    /// (`` \ ` * _ [ ] < > | ~ & # ``) are escaped with a backslash, and so
    /// is a leading `=`, `+`, `-` or `@` (a formula to a spreadsheet), so
    /// no text breaks the table or becomes a link, a tag or code.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Exclusive));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
    ///     .site("<b>Gdańsk</b> | =HYPERLINK(\"x\")")
    ///     .build()?;
    /// let english = plan.markdown(Locale::English);
    /// assert!(english.starts_with("# Improvement plan\n"));
    /// assert!(english.contains("Site: \\<b\\>Gdańsk\\</b\\> \\| =HYPERLINK(\"x\")"));
    /// assert!(english.contains("| 1 | Check-in | -1.00 | – | – | cause unknown: not audited |"));
    /// let polish = plan.markdown(Locale::Polish);
    /// assert!(polish.contains("| 1 | Check-in | -1,00 | – | – | przyczyna nieznana: brak audytu |"));
    /// assert!(polish.contains("Ta faza ma już najwyższy poziom (wyjątkowy), więc nie można go podnieść."));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn markdown(&self, locale: Locale) -> String {
        use std::fmt::Write as _;
        let t = |text: PlanText| locale.text(text);
        let number = |x: f64| locale.number(x, Number::fixed(2));
        let percent = |x: f64| format!("{} %", locale.number(x * 100.0, Number::fixed(0)));
        let name = |p: &Priority| subject_name(locale, &p.subject, p.name.as_deref());
        let mut out = String::new();
        let _ = writeln!(out, "# {}\n", t(PlanText::Title));
        let mut context = Vec::new();
        if let Some(site) = &self.site {
            context.push(format!("{}: {}", t(PlanText::Site), escaped(site)));
        }
        if let Some((first, last)) = self.period {
            context.push(format!(
                "{}: {} – {}",
                t(PlanText::Period),
                date(locale, first),
                date(locale, last)
            ));
        }
        if let Some(answers) = self.answers {
            context.push(format!("{}: {answers}", t(PlanText::Answers)));
        }
        if !context.is_empty() {
            let _ = writeln!(out, "{}\n", context.join(" · "));
        }
        let _ = writeln!(out, "{}: {}\n", t(PlanText::Level), locale.label(self.level));
        let _ = writeln!(out, "## {}\n", t(PlanText::Priorities));
        let mut header = vec![t(PlanText::Subject), t(PlanText::Gap), t(PlanText::Interval)];
        if self.drivers {
            header.push(t(PlanText::Driver));
        }
        header.extend([t(PlanText::Compliance), t(PlanText::Cause)]);
        let _ = writeln!(out, "| # | {} |\n|---{}|", header.join(" | "), "|---".repeat(header.len()));
        for (n, p) in self.priorities.iter().enumerate() {
            let rank = match p.standing {
                Standing::Clear => (n + 1).to_string(),
                Standing::Tied => format!("{} =", n + 1),
                Standing::Overlapping => format!("{} ≈", n + 1),
            };
            let interval = p
                .interval
                .map_or_else(|| "–".to_owned(), |(lo, hi)| format!("{} … {}", number(lo), number(hi)));
            let mut row = vec![rank, name(p), number(p.gap), interval];
            if self.drivers {
                row.push(p.driver.map_or_else(|| "–".to_owned(), |d| importance(locale, d)));
            }
            row.push(p.compliance.map_or_else(|| "–".to_owned(), percent));
            row.push(p.cause.map_or("–", |c| t(cause_text(c))).to_owned());
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        out.push('\n');
        let has = |standing: Standing| self.priorities.iter().any(|p| p.standing == standing);
        if has(Standing::Tied) {
            let _ = writeln!(out, "{}\n", t(PlanText::TiedNote));
        }
        if has(Standing::Overlapping) {
            let _ = writeln!(out, "{}\n", t(PlanText::OverlapNote));
        }
        if self.drivers {
            let _ = writeln!(out, "{}\n", t(PlanText::DriverNote));
        }
        let threshold = percent(self.compliance_threshold);
        if self.priorities.iter().any(|p| p.compliance.is_some()) {
            let _ = writeln!(out, "{}\n", t(PlanText::ThresholdNote).replace("{threshold}", &threshold));
        }
        let list = |out: &mut String, heading: PlanText, lines: Vec<String>| {
            if lines.is_empty() {
                return;
            }
            let _ = writeln!(out, "### {} ({})\n", t(heading), lines.len());
            for line in lines {
                let _ = writeln!(out, "- {line}");
            }
            out.push('\n');
        };
        let statement = |n: &NamedStandard| escaped(n.statement(locale));
        let weak: Vec<&Priority> = self.priorities.iter().filter(|p| p.cause.is_some()).collect();
        if let (Some(step), Some(first)) = (&self.first, weak.first()) {
            let _ = writeln!(out, "## {}: {}\n", t(PlanText::FirstHeading), name(first));
            let owner = step.owner.as_deref().map_or_else(
                || t(PlanText::SiteManager).to_owned(),
                |d| t(PlanText::HeadOf).replace("{department}", &escaped(d)),
            );
            let _ = writeln!(out, "{}: {owner}\n", t(PlanText::Owner));
            if let (Some(again), Some((_, last))) = (step.measure_again, self.period) {
                let from = last.tomorrow().map_or_else(|_| "–".to_owned(), |d| date(locale, d));
                let _ = writeln!(
                    out,
                    "{}: {} ({})\n",
                    t(PlanText::MeasureAgain),
                    date(locale, again),
                    t(PlanText::AnswersFrom).replace("{date}", &from)
                );
            }
            // The order the data do not support is not claimed: a next item
            // tied with the first or overlapping it is named beside it.
            let at = self.priorities.iter().position(|p| std::ptr::eq(p, *first));
            let next = at.and_then(|i| self.priorities.get(i + 1));
            if let Some(next) = next.filter(|n| n.cause.is_some() && n.standing != Standing::Clear) {
                let _ = writeln!(out, "{}\n", t(PlanText::NotApart).replace("{subject}", &name(next)));
            }
            let compliance = first.compliance.map(percent).unwrap_or_default();
            let action = |text: PlanText| {
                t(text).replace("{compliance}", &compliance).replace("{threshold}", &threshold)
            };
            match first.cause {
                Some(Cause::NotMet) => {
                    let _ = writeln!(out, "{}\n", action(PlanText::NotMetAction));
                    list(&mut out, PlanText::Unmet, first.unmet.iter().map(statement).collect());
                }
                Some(Cause::TooLow) => {
                    let next = match &first.subject {
                        Subject::Phase(path) if self.raise.as_ref().is_some_and(|r| &r.phase == path) => {
                            PlanText::RaiseBelow
                        }
                        _ => PlanText::RaiseDimension,
                    };
                    let _ = writeln!(out, "{} {}\n", action(PlanText::TooLowAction), t(next));
                }
                Some(Cause::Unknown) | None => {
                    let _ = writeln!(out, "{}\n", t(PlanText::UnknownAction));
                }
            }
        }
        if weak.len() > 1 {
            let _ = writeln!(out, "## {}\n", t(PlanText::ThenHeading));
            for p in weak.iter().skip(1) {
                let cause = p.cause.map_or("–", |c| t(cause_text(c)));
                let _ = writeln!(out, "- {} ({}): {cause}", name(p), number(p.gap));
                for n in &p.unmet {
                    let _ = writeln!(out, "  - {}", statement(n));
                }
            }
            out.push('\n');
        }
        let Some(raise) = &self.raise else {
            let text = if weak.iter().any(|p| matches!(p.subject, Subject::Phase(_))) {
                PlanText::NoRaiseNotMet
            } else {
                PlanText::NothingToRaise
            };
            let _ = writeln!(out, "{}", t(text));
            return out;
        };
        let phase = subject_name(locale, &Subject::Phase(raise.phase.clone()), raise.name.as_deref());
        let _ = writeln!(out, "## {}: {phase}\n", t(PlanText::RaiseFirst));
        let unknown = self
            .priorities
            .iter()
            .any(|p| p.cause == Some(Cause::Unknown) && p.subject == Subject::Phase(raise.phase.clone()));
        if unknown && raise.raised_to.is_some() {
            let _ = writeln!(out, "{}\n", t(PlanText::RaiseIfMet));
        }
        match raise.raised_to {
            None => {
                let _ =
                    writeln!(out, "{}\n", t(PlanText::AtTop).replace("{level}", locale.label(raise.current)));
            }
            Some(to) => {
                let _ = writeln!(
                    out,
                    "{}: {} → {}\n",
                    t(PlanText::Level),
                    locale.label(raise.current),
                    locale.label(to)
                );
                if raise.diff.is_empty() {
                    let _ = writeln!(out, "{}\n", t(PlanText::NoChange));
                }
            }
        }
        // A standard is named by its statement; by its id only in a plan
        // read from a document that lacks the statement.
        let named = |id: &StandardId| raise.named(id).map_or_else(|| escaped(&id.to_string()), statement);
        let diff = &raise.diff;
        list(&mut out, PlanText::Added, diff.added().iter().map(named).collect());
        list(&mut out, PlanText::Removed, diff.removed().iter().map(named).collect());
        list(
            &mut out,
            PlanText::NewTargets,
            diff.target_changed()
                .iter()
                .map(|c| {
                    format!("{}: {} → {}", named(c.id()), locale.target(c.before()), locale.target(c.after()))
                })
                .collect(),
        );
        list(
            &mut out,
            PlanText::Holes,
            raise
                .holes
                .iter()
                .map(|h| {
                    format!(
                        "{}: {} — {}",
                        locale.label(h.channel()),
                        locale.label(h.missing()),
                        t(PlanText::NoStandard)
                    )
                })
                .collect(),
        );
        out
    }
}

/// A subject as a plan in `locale` names it: a phase by the model's name
/// (escaped), else by its path; a dimension by its label.
fn subject_name(locale: Locale, subject: &Subject, name: Option<&str>) -> String {
    match (subject, name) {
        (Subject::Dimension(d), _) => crate::standard::wording::capitalised(locale.label(*d)),
        (_, Some(name)) => escaped(name),
        // A phase the model lacks has no name; the service overall is no
        // subject of a plan (feedback refuses it).
        (_, None) => escaped(&subject.to_string()),
    }
}

/// The key-driver cell: the importance and its interval in per cent of
/// the outcome's variance.
fn importance(locale: Locale, d: Importance) -> String {
    let pc = |x: f64| locale.number(x * 100.0, Number::fixed(0));
    match d.interval {
        Some((low, high)) => format!("{} % ({} … {} %)", pc(d.importance), pc(low), pc(high)),
        None => format!("{} %", pc(d.importance)),
    }
}

/// A day as `locale` writes it: `2026-07-01`, `01.07.2026`.
fn date(locale: Locale, day: Date) -> String {
    match locale {
        Locale::English => day.to_string(),
        Locale::Polish => format!("{:02}.{:02}.{:04}", day.day(), day.month(), day.year()),
    }
}

/// The label of a cause.
fn cause_text(cause: Cause) -> PlanText {
    match cause {
        Cause::NotMet => PlanText::CauseNotMet,
        Cause::TooLow => PlanText::CauseTooLow,
        Cause::Unknown => PlanText::CauseUnknown,
    }
}

/// `text` safe to put in a Markdown line or table cell: control characters
/// and line breaks become spaces; Markdown's and HTML's special characters
/// are escaped with a backslash, and so is a leading `=`, `+`, `-` or `@`.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        match c {
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '=' | '+' | '-' | '@' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}
