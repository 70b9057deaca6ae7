//! Service blueprints as Mermaid flowcharts.

use std::{collections::HashMap, fmt::Write as _};

use crate::{Department, Id, Locale, ServiceModel, practice::locale::Text};

/// A service blueprint of a sequence, as a Mermaid flowchart that renders on
/// GitHub: the phases in order, and for each step the customer's action
/// above the line of interaction, the frontstage contact (channels and
/// department) on it, and the backstage work below the line of visibility.
///
/// # Examples
///
/// ```
/// use service_standards::Blueprint;
/// # let model = service_standards::doc_model()?;
/// let mermaid = Blueprint::new(&model).mermaid("stay").unwrap();
/// assert!(mermaid.starts_with("flowchart LR\n"));
/// assert!(mermaid.contains("subgraph p1[\"1. Check-in\"]"));
/// assert!(mermaid.contains("Customer: Walks up to the desk"));
/// assert!(Blueprint::new(&model).mermaid("no-such-sequence").is_none());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Blueprint<'a> {
    model: &'a ServiceModel,
    locale: Locale,
}

impl<'a> Blueprint<'a> {
    /// Blueprints of `model`'s sequences, labelled in English.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Blueprint;
    /// # let model = service_standards::doc_model()?;
    /// let blueprint = Blueprint::new(&model);
    /// # let _ = blueprint;
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn new(model: &'a ServiceModel) -> Self {
        Self { model, locale: Locale::English }
    }

    /// The same blueprints labelled in another language.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Blueprint, Locale};
    /// # let model = service_standards::doc_model()?;
    /// let mermaid = Blueprint::new(&model).locale(Locale::Polish).mermaid("stay").unwrap();
    /// assert!(mermaid.contains("kontakt bezpośredni"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn locale(mut self, locale: Locale) -> Self {
        self.locale = locale;
        self
    }

    /// The Mermaid flowchart of one sequence, or `None` if there is no such sequence.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Blueprint;
    /// # let model = service_standards::doc_model()?;
    /// let chart = Blueprint::new(&model).mermaid("stay").unwrap();
    /// assert!(chart.contains("s1_1[\"Guest approaches the desk"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn mermaid(&self, sequence: &str) -> Option<String> {
        let l = self.locale;
        let sequence = self.model.sequence(sequence)?;
        // Departments by id, looked up once per step (the first of an id, as
        // `ServiceModel::department` finds it).
        let departments: HashMap<&Id, &Department> =
            self.model.departments().iter().rev().map(|d| (d.id(), d)).collect();
        let mut out = String::from("flowchart LR\n");
        let _ = writeln!(out, "    %% {}: {}", escape(self.model.name()), escape(sequence.name()));
        for (p, phase) in sequence.phases().iter().enumerate() {
            let p = p + 1;
            let _ = writeln!(out, "    subgraph p{p}[\"{p}. {}\"]", escape(phase.name()));
            let _ = writeln!(out, "        direction TB");
            let mut previous: Option<String> = None;
            for (s, step) in phase.steps().iter().enumerate() {
                let node = format!("s{p}_{}", s + 1);
                let channels: Vec<&str> = phase.channels_of(step).iter().map(|c| l.label(c)).collect();
                let department = step
                    .department()
                    .and_then(|d| departments.get(d).copied())
                    .map_or_else(String::new, |d| format!(" · {}", escape(d.name())));
                let _ = writeln!(
                    out,
                    "        {node}[\"{}<br/>{} · {}{department}\"]",
                    escape(step.name()),
                    l.label(step.moment()),
                    channels.join(", ")
                );
                if let Some(action) = step.customer_action() {
                    let _ = writeln!(
                        out,
                        "        {node}_c([\"{}: {}\"])",
                        l.text(Text::Customer),
                        escape(action)
                    );
                    let _ = writeln!(out, "        {node}_c --> {node}");
                }
                if let Some(work) = step.backstage() {
                    let _ = writeln!(
                        out,
                        "        {node}_b[/\"{}: {}\"/]",
                        l.text(Text::Backstage),
                        escape(work)
                    );
                    let _ = writeln!(out, "        {node} -.-> {node}_b");
                }
                if let Some(prev) = previous.replace(node.clone()) {
                    let _ = writeln!(out, "        {prev} --> {node}");
                }
            }
            let _ = writeln!(out, "    end");
            if p > 1 {
                let _ = writeln!(out, "    p{} --> p{p}", p - 1);
            }
        }
        Some(out)
    }
}

/// Escapes text for a quoted Mermaid label or a `%%` comment: the quote,
/// `<`, `>`, `&`, the backtick and `#` (which would start an entity such as
/// `#quot;`) become Mermaid entity codes, and a line break or any other
/// character [forbidden](crate::validate::is_forbidden) in names (a control
/// or bidirectional formatting character) becomes a space, so no text can
/// end its line, its label or its comment.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#38;"),
            '`' => out.push_str("#96;"),
            c if crate::validate::is_forbidden(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_labels() {
        assert_eq!(super::escape("a \"b\" <c>\nd"), "a #quot;b#quot; #lt;c#gt; d");
        assert_eq!(super::escape("#quot; & `x`"), "#35;quot; #38; #96;x#96;");
        assert_eq!(super::escape("a\r\u{2028}\u{202E}\0b"), "a    b");
    }
}
