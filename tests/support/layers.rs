//! The crate's layers, and a scanner that finds the paths in a source file
//! that name a layer above the file's own (used by `tests/integration/layers.rs`).
//!
//! The layers, lowest first: the base files, `model`, `standard` (with its
//! wording), `rules`, then the rooms that use standards (`survey`,
//! `publish`, `assess`, `charts`), and the `prelude` on top. A file may name
//! only its own layer and those its layer may name ([`may_name`]).
//!
//! The scanner reads Rust as tokens: it skips comments (doc comments too:
//! an intra-doc link points the reader somewhere, the code does not depend
//! on it), reads `crate::…`, `$crate::…` and `super::…` paths (with `use`
//! groups, `use crate::{a::X, b::{Y, Z}}`, and inline modules such as
//! `mod tests { … }`, which `super` climbs out of), and the `crate::…` paths
//! written inside string literals (`#[schemars(with = "crate::model::Id")]`).
//! A path through a root re-export (`crate::Locale`) counts as naming the
//! layer the name comes from.

use std::collections::HashMap;

/// The layers, lowest first, each with the top-level modules it holds.
///
/// The base's modules are a stack too, lowest first: each names only those
/// before it ([`base_rank`]).
pub const LAYERS: &[(&str, &[&str])] = &[
    ("base", &["chars", "error", "text_serde", "id", "validate", "vocabulary", "set", "setters", "document"]),
    ("model", &["model"]),
    ("standard", &["standard"]),
    ("rules", &["rules", "packs"]),
    ("statistics", &["statistics"]),
    ("survey", &["survey"]),
    ("import", &["import"]),
    ("publish", &["publish"]),
    ("assess", &["assess"]),
    ("charts", &["charts"]),
    ("prelude", &["prelude"]),
];

/// The layers each layer may name besides its own: every layer below it,
/// except that the rooms that use standards stand side by side where they
/// need nothing of each other (`survey` needs only the model; `publish`
/// nothing of surveys).
const MAY_NAME: &[(&str, &[&str])] = &[
    ("base", &[]),
    ("model", &["base"]),
    ("standard", &["base", "model"]),
    ("rules", &["base", "model", "standard"]),
    ("statistics", &["base"]),
    ("survey", &["base", "model", "statistics"]),
    ("import", &["base", "model", "statistics", "survey"]),
    ("publish", &["base", "model", "standard", "rules"]),
    ("assess", &["base", "model", "standard", "rules", "statistics", "survey", "publish"]),
    ("charts", &["base", "model", "standard", "statistics", "survey", "assess"]),
    (
        "prelude",
        &[
            "base",
            "model",
            "standard",
            "rules",
            "statistics",
            "survey",
            "import",
            "publish",
            "assess",
            "charts",
        ],
    ),
];

/// Whether a file of layer `file` may name layer `named`.
pub fn may_name(file: usize, named: usize) -> bool {
    file == named
        || MAY_NAME
            .iter()
            .find(|(name, _)| *name == layer_name(file))
            .is_some_and(|(_, below)| below.contains(&layer_name(named)))
}

/// The place of the base module `name` in the base's stack (lowest first),
/// or `None` if it is not a base module.
pub fn base_rank(name: &str) -> Option<usize> {
    LAYERS.first().and_then(|(_, modules)| modules.iter().position(|m| *m == name))
}

/// The layer (its index in [`LAYERS`]) of the top-level module `name`.
pub fn layer_of_module(name: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, modules)| modules.contains(&name))
}

/// The name of layer `layer`.
pub fn layer_name(layer: usize) -> &'static str {
    LAYERS.get(layer).map_or("?", |(name, _)| name)
}

/// A path in a file that names a layer above the file's own (or a
/// top-level name that belongs to no layer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The line the path starts on, from 1.
    pub line: usize,
    /// The path as written (for a `use` group, the group's prefix and the one item).
    pub path: String,
    /// The layer it names; `None` for a name of no layer.
    pub names: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Ident(String),
    PathSep,
    Punct(char),
    Str(String),
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// The source as tokens, without comments.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while let Some(c) = at(i) {
        let start_line = line;
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == Some('/') {
            while at(i).is_some_and(|c| c != '\n') {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == Some('*') {
            let mut depth = 0;
            while let Some(c) = at(i) {
                if c == '/' && at(i + 1) == Some('*') {
                    depth += 1;
                    i += 2;
                } else if c == '*' && at(i + 1) == Some('/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(c == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            // A string: its text, escapes kept as written.
            let mut text = String::new();
            i += 1;
            while let Some(c) = at(i) {
                if c == '\\' {
                    text.push(c);
                    if let Some(next) = at(i + 1) {
                        line += usize::from(next == '\n');
                        text.push(next);
                    }
                    i += 2;
                } else if c == '"' {
                    i += 1;
                    break;
                } else {
                    line += usize::from(c == '\n');
                    text.push(c);
                    i += 1;
                }
            }
            out.push(Token { kind: Kind::Str(text), line: start_line });
        } else if (c == 'r' || (c == 'b' && at(i + 1) == Some('r')))
            && matches!(at(i + usize::from(c == 'b') + 1), Some('"' | '#'))
        {
            // A raw string: r"…", r#"…"#, br"…".
            let mut j = i + usize::from(c == 'b') + 1;
            let mut hashes = 0;
            while at(j) == Some('#') {
                hashes += 1;
                j += 1;
            }
            if at(j) != Some('"') {
                // `r#ident`, a raw identifier.
                let start = j;
                while at(j).is_some_and(is_ident_char) {
                    j += 1;
                }
                out.push(Token { kind: Kind::Ident(chars[start..j].iter().collect()), line });
                i = j;
                continue;
            }
            j += 1;
            let mut text = String::new();
            loop {
                match at(j) {
                    None => break,
                    Some('"') if (1..=hashes).all(|k| at(j + k) == Some('#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    Some(c) => {
                        line += usize::from(c == '\n');
                        text.push(c);
                        j += 1;
                    }
                }
            }
            out.push(Token { kind: Kind::Str(text), line: start_line });
            i = j;
        } else if c == '\'' {
            // A char literal ('x', '\n', '"') or a lifetime ('a).
            if at(i + 1) == Some('\\') {
                // Past the backslash and the character it escapes (`'\''`).
                let mut j = i + 3;
                while at(j).is_some_and(|c| c != '\'') {
                    j += 1;
                }
                i = j + 1;
            } else if at(i + 2) == Some('\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if is_ident_start(c) {
            let start = i;
            while at(i).is_some_and(is_ident_char) {
                i += 1;
            }
            out.push(Token { kind: Kind::Ident(chars[start..i].iter().collect()), line });
        } else if c == ':' && at(i + 1) == Some(':') {
            out.push(Token { kind: Kind::PathSep, line });
            i += 2;
        } else {
            out.push(Token { kind: Kind::Punct(c), line });
            i += 1;
        }
    }
    out
}

fn ident(token: Option<&Token>) -> Option<&str> {
    match token.map(|t| &t.kind) {
        Some(Kind::Ident(name)) => Some(name),
        _ => None,
    }
}

fn is(token: Option<&Token>, kind: &Kind) -> bool {
    token.is_some_and(|t| t.kind == *kind)
}

fn text_of(tokens: &[Token]) -> String {
    let mut out = String::new();
    let mut after_ident = false;
    for t in tokens {
        if after_ident && matches!(t.kind, Kind::Ident(_)) {
            out.push(' '); // `Rule as R`
        }
        after_ident = matches!(t.kind, Kind::Ident(_));
        match &t.kind {
            Kind::Ident(name) => out.push_str(name),
            Kind::PathSep => out.push_str("::"),
            Kind::Punct(',') => out.push_str(", "),
            Kind::Punct(c) => out.push(*c),
            Kind::Str(s) => out.push_str(&format!("{s:?}")),
        }
    }
    out
}

/// The names the crate root re-exports (`pub use model::{Channel, …};`),
/// each with the layer it comes from; read from the text of `lib.rs`.
/// A name re-exported from outside the crate (`pub use jiff;`) has no layer.
pub fn root_reexports(lib_rs: &str) -> HashMap<String, Option<usize>> {
    let tokens = tokens(lib_rs);
    let mut names = HashMap::new();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        match t.kind {
            Kind::Punct('{') => depth += 1,
            Kind::Punct('}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        let starts_use =
            depth == 0 && ident(Some(t)) == Some("pub") && ident(tokens.get(i + 1)) == Some("use");
        if !starts_use {
            i += 1;
            continue;
        }
        let Some(first) = ident(tokens.get(i + 2)) else {
            i += 2;
            continue;
        };
        let layer = layer_of_module(first);
        if layer.is_none() {
            names.insert(first.to_owned(), None);
        }
        // The leaves of the use tree: an identifier followed by `,`, `}` or `;`
        // (after `as`, the alias).
        let mut j = i + 3;
        while let Some(t) = tokens.get(j) {
            if t.kind == Kind::Punct(';') {
                break;
            }
            let next = tokens.get(j + 1).map(|t| &t.kind);
            if let (Kind::Ident(name), Some(Kind::Punct(',' | '}' | ';'))) = (&t.kind, next) {
                names.insert(name.clone(), layer);
            }
            j += 1;
        }
        i = j;
    }
    names
}

/// The layer a name right below the crate root belongs to: a module's, or
/// the layer of the item the root re-exports under that name. `Err(())`
/// for a name of no layer; `Ok(None)` for a crate the root re-exports.
fn layer_below_root(name: &str, root: &HashMap<String, Option<usize>>) -> Result<Option<usize>, ()> {
    match layer_of_module(name) {
        Some(layer) => Ok(Some(layer)),
        None => root.get(name).copied().ok_or(()),
    }
}

/// The paths in `source` (the text of the file of module `module`, such as
/// `["standard", "standard"]` for `src/standard/standard.rs` or
/// `["standard"]` for `src/standard/mod.rs`) that name a layer above
/// `file_layer`, or a name of no layer; `root` maps the root's re-exports
/// to their layers ([`root_reexports`]).
pub fn scan(
    source: &str,
    module: &[&str],
    file_layer: usize,
    root: &HashMap<String, Option<usize>>,
) -> Vec<Finding> {
    root_paths(source, module)
        .into_iter()
        .filter_map(|RootPath { line, name, path }| match layer_below_root(&name, root) {
            Ok(Some(layer)) if !may_name(file_layer, layer) => {
                Some(Finding { line, path, names: Some(layer) })
            }
            Ok(_) => None,
            Err(()) => Some(Finding { line, path, names: None }),
        })
        .collect()
}

/// A path in a file that reaches the crate root: `crate::model::Id`,
/// `super::super::rules::Rule` from two modules down, an item of a `use`
/// group, a `crate::…` path in a string literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RootPath {
    /// The line the path starts on, from 1.
    pub line: usize,
    /// The name right below the root: a top-level module, a root
    /// re-export, or `*` for a glob of the root.
    pub name: String,
    /// The path as written (for a `use` group, the group's prefix and the one item).
    pub path: String,
}

/// Every path in `source` (the text of the file of module `module`, as for
/// [`scan`]) that reaches the crate root, in the order written.
pub fn root_paths(source: &str, module: &[&str]) -> Vec<RootPath> {
    let tokens = tokens(source);
    let mut found = Vec::new();
    let mut check = |name: &str, line: usize, path: String| {
        found.push(RootPath { line, name: name.to_owned(), path });
    };
    // Inline modules open at this point (`mod tests {`), with the brace depth they opened at.
    let mut inline: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        match &t.kind {
            Kind::Punct('{') => {
                depth += 1;
                i += 1;
                continue;
            }
            Kind::Punct('}') => {
                if inline.last() == Some(&depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                i += 1;
                continue;
            }
            Kind::Ident(m) if m == "mod" => {
                if ident(tokens.get(i + 1)).is_some() && is(tokens.get(i + 2), &Kind::Punct('{')) {
                    inline.push(depth + 1);
                }
                i += 1;
                continue;
            }
            Kind::Str(text) => {
                for (at, _) in text.match_indices("crate::") {
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(is_ident_char) {
                        continue;
                    }
                    let rest = &text[at + "crate::".len()..];
                    let name: String = rest.chars().take_while(|c| is_ident_char(*c)).collect();
                    let path: String =
                        text[at..].chars().take_while(|c| is_ident_char(*c) || *c == ':').collect();
                    check(&name, t.line, path);
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        // A path starts at `crate` or `super` that does not follow `::`.
        let first = ident(Some(t));
        let after_sep = i > 0 && is(tokens.get(i - 1), &Kind::PathSep);
        if after_sep || !matches!(first, Some("crate" | "super")) {
            i += 1;
            continue;
        }
        let start = if i > 0 && is(tokens.get(i - 1), &Kind::Punct('$')) { i - 1 } else { i };
        let mut j = i;
        let mut below_root = true;
        if first == Some("super") {
            let mut supers = 0;
            while ident(tokens.get(j)) == Some("super") && is(tokens.get(j + 1), &Kind::PathSep) {
                supers += 1;
                j += 2;
            }
            // Where the file's module and its open inline modules are, `super`
            // climbs out; only a path that reaches the root can name a layer.
            if supers == 0 {
                i += 1;
                continue;
            }
            below_root = supers == module.len() + inline.len();
            j -= 1;
        } else if is(tokens.get(j + 1), &Kind::PathSep) {
            j += 1;
        } else {
            i += 1;
            continue;
        }
        // `j` is at the `::` right after the root.
        if !below_root {
            i = j + 1;
            continue;
        }
        let prefix = text_of(tokens.get(start..=j).unwrap_or_default());
        match tokens.get(j + 1).map(|t| &t.kind) {
            Some(Kind::Ident(name)) => {
                let mut end = j + 1;
                while is(tokens.get(end + 1), &Kind::PathSep) && ident(tokens.get(end + 2)).is_some() {
                    end += 2;
                }
                let path = text_of(tokens.get(start..=end).unwrap_or_default());
                check(name, t.line, path);
                i = end + 1;
            }
            Some(Kind::Punct('{')) => {
                // A group: the first name of each item at its top level.
                let mut k = j + 2;
                let mut level = 1;
                let mut item_start = k;
                while let Some(tk) = tokens.get(k) {
                    match tk.kind {
                        Kind::Punct('{') => level += 1,
                        Kind::Punct('}') | Kind::Punct(',') if level == 1 => {
                            let item = tokens.get(item_start..k).unwrap_or_default();
                            if let Some(name) = ident(item.first()).filter(|n| *n != "self") {
                                let line = item.first().map_or(t.line, |f| f.line);
                                check(name, line, format!("{prefix}{}", text_of(item)));
                            }
                            item_start = k + 1;
                            if tk.kind == Kind::Punct('}') {
                                break;
                            }
                        }
                        Kind::Punct('}') => level -= 1,
                        _ => {}
                    }
                    k += 1;
                }
                i = k + 1;
            }
            // A glob of the root takes every layer's names.
            Some(Kind::Punct('*')) => {
                check("*", t.line, format!("{prefix}*"));
                i = j + 2;
            }
            _ => i = j + 1,
        }
    }
    found
}

/// The module path of the file at `relative` (to `src/`, with `/`):
/// `standard/standard.rs` → `["standard", "standard"]`, `standard/mod.rs` →
/// `["standard"]`, `error.rs` → `["error"]`.
pub fn module_of(relative: &str) -> Vec<String> {
    let without = relative.strip_suffix(".rs").unwrap_or(relative);
    let mut parts: Vec<String> = without.split('/').map(str::to_owned).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The names of the types `source` defines (`struct`, `enum`, `union`, at
/// any depth, and those a declaring macro's invocation spells out, such as
/// `vocabulary! { pub enum Channel(…) { … } }`), in the order written.
pub fn type_names(source: &str) -> Vec<String> {
    let tokens = tokens(source);
    tokens
        .windows(2)
        .filter(|w| matches!(ident(w.first()), Some("struct" | "enum" | "union")))
        .filter_map(|w| ident(w.get(1)).map(str::to_owned))
        .collect()
}

/// An inherent `impl` (`impl Standard { … }`, `impl<T> EnumSet<T> { … }`):
/// the line it starts on, the path of its type as written, and the type's
/// own name (the path's last segment).
#[derive(Debug, Clone, PartialEq, Eq)]
struct InherentImpl {
    line: usize,
    path: Vec<String>,
}

/// The inherent impls of `source`. A trait impl (`impl Labelled for
/// Verdict`) is not one, nor is `impl Trait` in a type (`-> impl
/// Iterator`), nor an impl a macro writes for its argument (`impl $ty`).
fn inherent_impls(source: &str) -> Vec<InherentImpl> {
    let tokens = tokens(source);
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if ident(Some(t)) != Some("impl") {
            continue;
        }
        // An item starts after a block, a `;`, an attribute's `]`, or `unsafe`.
        let item = i == 0
            || tokens.get(i - 1).is_some_and(|p| {
                matches!(p.kind, Kind::Punct('}' | '{' | ';' | ']'))
                    || matches!(&p.kind, Kind::Ident(w) if w == "unsafe")
            });
        if !item {
            continue;
        }
        // Past the generics (`<T: Fn() -> U>`: an arrow's `>` closes nothing).
        let mut j = i + 1;
        if is(tokens.get(j), &Kind::Punct('<')) {
            let mut depth = 0usize;
            while let Some(tk) = tokens.get(j) {
                match tk.kind {
                    Kind::Punct('<') => depth += 1,
                    Kind::Punct('>') if !is(tokens.get(j - 1), &Kind::Punct('-')) => {
                        depth -= 1;
                        if depth == 0 {
                            j += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        // The type (or trait) up to `for`, `where` or `{`, outside its own
        // generics; its path is the identifiers before them.
        let mut path = Vec::new();
        let mut depth = 0usize;
        let mut inherent = true;
        let mut by_macro = false;
        while let Some(tk) = tokens.get(j) {
            match &tk.kind {
                Kind::Punct('<') => depth += 1,
                Kind::Punct('>') if !is(tokens.get(j - 1), &Kind::Punct('-')) => {
                    depth = depth.saturating_sub(1)
                }
                Kind::Punct('$') if path.is_empty() => by_macro = true,
                Kind::Ident(w) if depth == 0 && w == "for" => {
                    inherent = false;
                    break;
                }
                Kind::Ident(w) if depth == 0 && w == "where" => break,
                Kind::Punct('{') | Kind::Punct(';') if depth == 0 => break,
                Kind::Ident(w) if depth == 0 && w != "dyn" => path.push(w.clone()),
                _ => {}
            }
            j += 1;
        }
        if inherent && !by_macro && !path.is_empty() {
            found.push(InherentImpl { line: t.line, path });
        }
    }
    found
}

/// The inherent impls in `source` (the file of module `module`, in layer
/// `file_layer`) of a type of another layer. A type is the one the impl's
/// path names (`impl crate::standard::Standard`); else one the file
/// defines; else the one it imports under that name through the root
/// (`use crate::standard::{Locale as L}`); else, if the file's layer
/// defines a type of that name, that one (reached through `super` or
/// `self`); else the type of that name `defined` (name → layers, from
/// [`type_names`] over `src/`) places in another layer. `names` is the
/// type's layer (`None`: defined nowhere in `src/`).
pub fn inherent_impls_elsewhere(
    source: &str,
    module: &[&str],
    file_layer: usize,
    root: &HashMap<String, Option<usize>>,
    defined: &HashMap<String, Vec<usize>>,
) -> Vec<Finding> {
    let own = type_names(source);
    let imported = root_paths(source, module);
    let mut found = Vec::new();
    for InherentImpl { line, path } in inherent_impls(source) {
        let Some(name) = path.last() else { continue };
        let layer = if matches!(path.first().map(String::as_str), Some("crate")) {
            path.get(1).and_then(|below| layer_below_root(below, root).ok().flatten())
        } else if own.contains(name) {
            Some(file_layer)
        } else if let Some(p) = imported.iter().find(|p| p.path.rsplit([':', ' ']).next() == Some(name)) {
            layer_below_root(&p.name, root).ok().flatten()
        } else {
            let layers = defined.get(name).map(Vec::as_slice).unwrap_or_default();
            if layers.contains(&file_layer) { Some(file_layer) } else { layers.first().copied() }
        };
        if layer != Some(file_layer) {
            found.push(Finding { line, path: format!("impl {}", path.join("::")), names: layer });
        }
    }
    found
}
