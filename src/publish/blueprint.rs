//! Service blueprints as Mermaid flowcharts.

use std::fmt::{self, Write as _};

use rustc_hash::FxHashMap;

use crate::{model::Department, model::ServiceModel, publish::words::PublishText, standard::Locale};

/// A service blueprint of a sequence, as a Mermaid flowchart that renders on
/// GitHub: the phases in order, and for each step the customer's action
/// above the line of interaction, the frontstage contact (channels and
/// department) on it, and the backstage work below the line of visibility.
///
/// Every text of the model shows as written: it is escaped so that it
/// cannot end its label, its comment or its line, nor hold a Mermaid
/// directive (`%%{init: …}%%`) that would reconfigure the diagram.
///
/// # Examples
///
/// ```
/// use service_standards::publish::Blueprint;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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
    /// use service_standards::publish::Blueprint;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let blueprint = Blueprint::new(&model);
    /// assert!(blueprint.mermaid("stay").unwrap().contains("Guest approaches the desk"));
    /// // A sequence the model does not have has no blueprint:
    /// assert_eq!(blueprint.mermaid("events"), None);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn new(model: &'a ServiceModel) -> Self {
        Self { model, locale: Locale::English }
    }

    crate::setters::setters! {
        /// The same blueprints labelled in another language.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{publish::Blueprint, Locale};
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let mermaid = Blueprint::new(&model).locale(Locale::Polish).mermaid("stay").unwrap();
        /// assert!(mermaid.contains("kontakt bezpośredni"));
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn locale(locale: Locale) { locale = locale }
    }

    /// The Mermaid flowchart of one sequence, or `None` if there is no such sequence.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::publish::Blueprint;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let chart = Blueprint::new(&model).mermaid("stay").unwrap();
    /// assert!(chart.contains("s1_1[\"Guest approaches the desk"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn mermaid(&self, sequence: &str) -> Option<String> {
        let l = self.locale;
        let sequence = self.model.sequence(sequence)?;
        let mut departments = Departments::new(self.model.departments());
        let steps: usize = sequence.phases().iter().map(|p| p.steps().len()).sum();
        let mut out = String::with_capacity(256 * steps + 1024);
        out.push_str("flowchart LR\n");
        let _ = writeln!(out, "    %% {}: {}", Escaped(self.model.name()), Escaped(sequence.name()));
        let (customer, backstage) = (l.text(PublishText::Customer), l.text(PublishText::Backstage));
        for (p, phase) in sequence.phases().iter().enumerate() {
            let p = p + 1;
            let _ = writeln!(out, "    subgraph p{p}[\"{p}. {}\"]", Escaped(phase.name()));
            let _ = writeln!(out, "        direction TB");
            for (s, step) in phase.steps().iter().enumerate() {
                let s = s + 1;
                let _ = write!(
                    out,
                    "        s{p}_{s}[\"{}<br/>{} · ",
                    Escaped(step.name()),
                    l.label(step.moment())
                );
                for (n, channel) in phase.channels_of(step).iter().enumerate() {
                    if n > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(l.label(channel));
                }
                if let Some(d) = step.department().and_then(|d| departments.get(d.as_str())) {
                    let _ = write!(out, " · {}", Escaped(d.name()));
                }
                out.push_str("\"]\n");
                if let Some(action) = step.customer_action() {
                    let _ = writeln!(out, "        s{p}_{s}_c([\"{customer}: {}\"])", Escaped(action));
                    let _ = writeln!(out, "        s{p}_{s}_c --> s{p}_{s}");
                }
                if let Some(work) = step.backstage() {
                    let _ = writeln!(out, "        s{p}_{s}_b[/\"{backstage}: {}\"/]", Escaped(work));
                    let _ = writeln!(out, "        s{p}_{s} -.-> s{p}_{s}_b");
                }
                if s > 1 {
                    let _ = writeln!(out, "        s{p}_{} --> s{p}_{s}", s - 1);
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

/// The departments of a model by id, for steps taken in order: the
/// department after the last one found is tried first, and the table by id
/// is built only when that guess fails.
struct Departments<'a> {
    all: &'a [Department],
    next: usize,
    by_id: Option<FxHashMap<&'a str, usize>>,
}

impl<'a> Departments<'a> {
    /// No look-up yet.
    fn new(all: &'a [Department]) -> Self {
        Self { all, next: 0, by_id: None }
    }

    /// The department with this id.
    fn get(&mut self, id: &str) -> Option<&'a Department> {
        // Department ids are unique in a model, so a guess that has the id is the one.
        let at = if self.all.get(self.next).is_some_and(|d| d.id().as_str() == id) {
            self.next
        } else {
            let all = self.all;
            let by_id = self.by_id.get_or_insert_with(|| {
                all.iter().enumerate().rev().map(|(i, d)| (d.id().as_str(), i)).collect()
            });
            *by_id.get(id)?
        };
        self.next = at + 1;
        self.all.get(at)
    }
}

/// Escapes text for a quoted Mermaid label or a `%%` comment: the quote,
/// `<`, `>`, `&`, the backtick, `#` (which would start an entity such as
/// `#quot;`) and `%` become Mermaid entity codes, and a line break or any
/// other character [forbidden](crate::validate::is_forbidden) in names (a
/// control or bidirectional formatting character) becomes a space, so no
/// text can end its line, its label or its comment.
///
/// `%` is escaped because Mermaid reads a directive (`%%{init: …}%%`, which
/// sets the diagram's configuration, its security level included) anywhere
/// in the text, inside a label or a comment, before it parses the chart;
/// with no `%` left, no text can hold one.
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Runs of plain characters are written whole.
        let mut plain = 0;
        for (i, c) in self.0.char_indices() {
            let code = match c {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '#' => "#35;",
                '&' => "#38;",
                '`' => "#96;",
                '%' => "#37;",
                c if crate::validate::is_forbidden(c) => " ",
                _ => continue,
            };
            f.write_str(self.0.get(plain..i).unwrap_or_default())?;
            f.write_str(code)?;
            plain = i + c.len_utf8();
        }
        f.write_str(self.0.get(plain..).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_labels() {
        assert_eq!(super::Escaped("a \"b\" <c>\nd").to_string(), "a #quot;b#quot; #lt;c#gt; d");
        assert_eq!(super::Escaped("#quot; & `x`").to_string(), "#35;quot; #38; #96;x#96;");
        assert_eq!(super::Escaped("a\r\u{2028}\u{202E}\0b").to_string(), "a    b");
        assert_eq!(super::Escaped("%%{init: {}}%% 5 %").to_string(), "#37;#37;{init: {}}#37;#37; 5 #37;");
    }
}
