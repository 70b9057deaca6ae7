//! The crate's layers point one way: base ← `model` ← `standard` ← `rules`
//! ← `survey`, `publish` ← `assess` ← `charts`. A file in a layer names only its own layer and
//! those below it; the base files name no layer at all, and each names
//! only the base modules below it (the base is a stack, no circle).
//!
//! A type's inherent methods live in its own layer: an inherent `impl` of
//! a type is written in the type's layer (a trait impl may be anywhere).
//!
//! The check reads the sources under `src/` as text; the scanner lives in
//! `tests/support/layers.rs`, and the tests at the end show it catches what it
//! must.

#[path = "../support/layers.rs"]
mod scanner;

use std::{
    fs,
    path::{Path, PathBuf},
};

use std::collections::HashMap;

use scanner::{
    Finding, LAYERS, RootPath, base_rank, inherent_impls_elsewhere, layer_name, layer_of_module, module_of,
    root_paths, root_reexports, scan, type_names,
};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, with its path relative to `src/` (with `/`).
fn rust_files(dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(src()).unwrap().to_string_lossy().replace('\\', "/");
            out.push((relative, path));
        }
    }
}

#[test]
fn no_layer_names_a_higher_one() {
    let root = root_reexports(&fs::read_to_string(src().join("lib.rs")).unwrap());
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    assert!(files.len() > 40, "only {} files found under src/", files.len());
    let mut problems = Vec::new();
    for (relative, path) in &files {
        if relative == "lib.rs" {
            continue; // the root: it declares and re-exports every layer
        }
        let module = module_of(relative);
        let module: Vec<&str> = module.iter().map(String::as_str).collect();
        let Some(layer) = module.first().and_then(|m| layer_of_module(m)) else {
            problems.push(format!("src/{relative}: in no layer (add its module to LAYERS)"));
            continue;
        };
        let text = fs::read_to_string(path).unwrap();
        for Finding { line, path, names } in scan(&text, &module, layer, &root) {
            let what = match names {
                Some(higher) => format!("names {}, above {}", layer_name(higher), layer_name(layer)),
                None => "names something in no layer".to_owned(),
            };
            problems.push(format!("src/{relative}:{line}: `{path}` {what}"));
        }
    }
    assert!(problems.is_empty(), "layers named upwards:\n{}", problems.join("\n"));
}

#[test]
fn no_inherent_impl_outside_its_types_layer() {
    let root = root_reexports(&fs::read_to_string(src().join("lib.rs")).unwrap());
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut sources = Vec::new();
    let mut defined: HashMap<String, Vec<usize>> = HashMap::new();
    for (relative, path) in &files {
        let module = module_of(relative);
        let Some(layer) = module.first().and_then(|m| layer_of_module(m)) else { continue };
        let text = fs::read_to_string(path).unwrap();
        for name in type_names(&text) {
            let layers = defined.entry(name).or_default();
            if !layers.contains(&layer) {
                layers.push(layer);
            }
        }
        sources.push((relative, module, layer, text));
    }
    assert!(defined.contains_key("Standard") && defined.contains_key("Channel"), "{defined:?}");
    let mut problems = Vec::new();
    for (relative, module, layer, text) in &sources {
        let module: Vec<&str> = module.iter().map(String::as_str).collect();
        for Finding { line, path, names } in inherent_impls_elsewhere(text, &module, *layer, &root, &defined)
        {
            let whose = names.map_or("a type defined nowhere in src/".to_owned(), |l| {
                format!("a type of {}", layer_name(l))
            });
            problems.push(format!(
                "src/{relative}:{line}: `{path}` gives methods to {whose}, in {}",
                layer_name(*layer)
            ));
        }
    }
    assert!(problems.is_empty(), "inherent impls outside their type's layer:\n{}", problems.join("\n"));
}

/// The base modules, lowest first, are a stack: `error` names `chars`,
/// `id` names `error` and `text_serde`, and none names one above it.
#[test]
fn the_base_is_a_one_way_stack() {
    let Some((_, base)) = LAYERS.first() else { panic!("no layers") };
    let mut problems = Vec::new();
    for module in *base {
        let text = fs::read_to_string(src().join(format!("{module}.rs"))).unwrap();
        problems.extend(upwards_in_base(&text, module));
    }
    assert!(problems.is_empty(), "base modules named upwards:\n{}", problems.join("\n"));
}

/// The paths in `text`, the file of base module `module`, that name a base
/// module above it.
fn upwards_in_base(text: &str, module: &str) -> Vec<String> {
    let own = base_rank(module).unwrap();
    root_paths(text, &[module])
        .into_iter()
        .filter(|p| base_rank(&p.name).is_some_and(|rank| rank > own))
        .map(|RootPath { line, path, .. }| format!("src/{module}.rs:{line}: `{path}` is above {module}"))
        .collect()
}

#[test]
fn the_base_check_finds_a_module_named_upwards() {
    // The circle there was: error named id (for the longest id) and
    // validate (for the forbidden characters), both of which name error.
    let source = "\
use crate::chars::is_forbidden;
const _: () = assert!(QUOTE_LIMIT >= crate::id::Id::MAX_LEN);
fn f(c: char) -> bool { crate::validate::is_forbidden(c) }
";
    assert_eq!(
        upwards_in_base(source, "error"),
        [
            "src/error.rs:2: `crate::id::Id::MAX_LEN` is above error",
            "src/error.rs:3: `crate::validate::is_forbidden` is above error",
        ]
    );
    // The same paths are fine from a module above both.
    assert_eq!(upwards_in_base(source, "vocabulary"), Vec::<String>::new());
}

#[test]
fn every_module_of_the_root_has_a_layer() {
    let lib = fs::read_to_string(src().join("lib.rs")).unwrap();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod ").or_else(|| l.trim().strip_prefix("mod ")))
        .filter_map(|l| l.strip_suffix(';'))
        .collect();
    assert!(declared.contains(&"model") && declared.contains(&"error"), "{declared:?}");
    for module in declared {
        assert!(layer_of_module(module).is_some(), "`mod {module}` in lib.rs is in no layer");
    }
    // And every layer's modules exist.
    for (_, modules) in LAYERS {
        for m in *modules {
            assert!(src().join(format!("{m}.rs")).is_file() || src().join(m).join("mod.rs").is_file(), "{m}");
        }
    }
}

// The scanner itself: each kind of path it must see, on a small source.

fn found_in(source: &str, file: &str) -> Vec<(usize, String, Option<&'static str>)> {
    let root = root_reexports(
        "pub mod model;\npub use model::{Channel, Locale};\npub use rules::{Rule, RuleSet};\npub use jiff;\n",
    );
    let module = module_of(file);
    let module: Vec<&str> = module.iter().map(String::as_str).collect();
    let layer = layer_of_module(module[0]).unwrap();
    scan(source, &module, layer, &root)
        .into_iter()
        .map(|f| (f.line, f.path, f.names.map(layer_name)))
        .collect()
}

#[test]
fn the_scanner_finds_a_plain_path_upwards() {
    let source =
        "//! A standard.\n\nuse crate::{model::Id, standard::Target};\nuse crate::rules::rule::RuleCore;\n";
    assert_eq!(
        found_in(source, "standard/standard.rs"),
        [(4, "crate::rules::rule::RuleCore".to_owned(), Some("rules"))]
    );
    // The same path is fine one layer up.
    assert_eq!(found_in(source, "rules/derive.rs"), []);
}

#[test]
fn the_scanner_finds_an_item_of_a_use_group() {
    let source = "\
use crate::{
    model::Id,
    assess::{Label, plan::Text},
    standard::Target, rules::Rule as R,
};
";
    assert_eq!(
        found_in(source, "standard/policy.rs"),
        [
            (3, "crate::assess::{Label, plan::Text}".to_owned(), Some("assess")),
            (4, "crate::rules::Rule as R".to_owned(), Some("rules")),
        ]
    );
}

#[test]
fn the_scanner_follows_super_out_of_files_and_inline_modules() {
    let source = "\
use super::super::rules::Rule;
use super::Target;

#[cfg(test)]
mod tests {
    use super::super::set::StandardSet;
    use super::super::super::publish::Handbook;
}
use super::super::model::Id;
";
    assert_eq!(
        found_in(source, "standard/standard.rs"),
        [
            (1, "super::super::rules::Rule".to_owned(), Some("rules")),
            (7, "super::super::super::publish::Handbook".to_owned(), Some("publish")),
        ]
    );
}

#[test]
fn the_scanner_finds_dollar_crate_in_macros_and_paths_in_strings() {
    let source = "\
macro_rules! m {
    () => { impl $crate::publish::Render for X {} };
}
#[cfg_attr(feature = \"schemars\", schemars(with = \"Option<crate::model::Id>\"))]
struct A;
";
    assert_eq!(
        found_in(source, "vocabulary.rs"),
        [
            (2, "$crate::publish::Render".to_owned(), Some("publish")),
            (4, "crate::model::Id".to_owned(), Some("model")),
        ]
    );
}

#[test]
fn the_scanner_reads_root_re_exports_as_their_layer() {
    let source = "fn f(_: crate::Locale, _: &crate::RuleSet, _: crate::jiff::civil::Date) {}\n";
    assert_eq!(found_in(source, "standard/set.rs"), [(1, "crate::RuleSet".to_owned(), Some("rules"))]);
    let source = "use crate::nowhere::X;\nuse crate::*;\n";
    assert_eq!(
        found_in(source, "model/brand.rs"),
        [(1, "crate::nowhere::X".to_owned(), None), (2, "crate::*".to_owned(), None)]
    );
}

#[test]
fn the_scanner_skips_comments_but_not_what_follows_tricky_literals() {
    let source = "\
/// See [`Rule`](crate::rules::Rule).
// use crate::assess::Audit;
/* use crate::assess::Audit;
   also here */
fn f<'a>(s: &'a str) -> char {
    let _ = r#\"a \" quote\"#;
    let _ = \"an escaped \\\" quote\";
    let q = '\"';
    let _: crate::assess::Audit;
    q
}
";
    assert_eq!(found_in(source, "error.rs"), [(9, "crate::assess::Audit".to_owned(), Some("assess"))]);
}

/// The inherent impls `source` (the file `file`) writes for types of
/// another layer; the types are defined as in the crate (`Standard` in the
/// standard layer, `Verdict` in assess, `Locale` in standard).
fn impls_found_in(source: &str, file: &str) -> Vec<(usize, String, Option<&'static str>)> {
    let root = root_reexports("pub use standard::{Locale, Standard};\n");
    let defined: HashMap<String, Vec<usize>> = [
        ("Standard", "standard"),
        ("Locale", "standard"),
        ("Verdict", "assess"),
        ("Audit", "assess"),
        ("Channel", "model"),
    ]
    .into_iter()
    .map(|(name, module)| (name.to_owned(), vec![layer_of_module(module).unwrap()]))
    .collect();
    let module = module_of(file);
    let module: Vec<&str> = module.iter().map(String::as_str).collect();
    let layer = layer_of_module(module[0]).unwrap();
    inherent_impls_elsewhere(source, &module, layer, &root, &defined)
        .into_iter()
        .map(|f| (f.line, f.path, f.names.map(layer_name)))
        .collect()
}

#[test]
fn the_inherent_impl_check_finds_a_type_of_another_layer() {
    let source = "\
use crate::{standard::Standard, model::Channel as C};

impl Standard {
    pub fn verdict(&self) -> Verdict { Verdict::Pass }
}

#[cfg(test)]
impl<'a> C {}
impl crate::Locale {}
";
    assert_eq!(
        impls_found_in(source, "assess/audit.rs"),
        [
            (3, "impl Standard".to_owned(), Some("standard")),
            (8, "impl C".to_owned(), Some("model")),
            (9, "impl crate::Locale".to_owned(), Some("standard")),
        ]
    );
    // In the standard layer, only the model's type is another layer's.
    assert_eq!(impls_found_in(source, "standard/wording/mod.rs"), [(8, "impl C".to_owned(), Some("model"))]);
}

#[test]
fn the_inherent_impl_check_passes_trait_impls_and_the_types_own_layer() {
    let source = "\
use crate::{assess::Verdict, standard::Labelled, standard::Standard};

impl Labelled for Verdict {
    fn label_in(self, locale: Locale) -> &'static str { \"\" }
}
impl<T: Fn() -> Standard> From<T> for Audit {}
impl Verdict {
    fn iter(&self) -> impl Iterator<Item = Standard> { std::iter::empty() }
}
macro_rules! m { ($ty:ty) => { impl $ty { fn f() {} } }; }
pub struct Tally;
impl Tally {}
";
    assert_eq!(impls_found_in(source, "assess/audit.rs"), []);
    // From the publish layer, `impl Verdict` is an assess type's.
    assert_eq!(impls_found_in(source, "publish/review.rs"), [(7, "impl Verdict".to_owned(), Some("assess"))]);
}
