//! Dependencies point one way (`../shared/DESIGN.md`, "Layers and rooms"):
//! domain ← store ← context ← engine and workers ← adapters ← app. A module
//! that names a module of a higher layer (`crate::conversation` in a domain
//! module, say) fails this test, and so does the engine naming a worker or
//! a worker naming the engine (they sit beside each other).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layer of each top-level module, lowest first.
fn layer(module: &str) -> Option<usize> {
    let layers: [&[&str]; 6] = [
        // The domain: plain types and rules.
        &[
            "args",
            "clock",
            "i18n",
            "html",
            "when",
            "newcomers",
            "staff",
            "skills",
            "cases",
            "content",
            "guide",
            "letter",
            "print",
            "announcements",
            "events",
            "outbox",
            "mentors",
            "followups",
            "pulse",
            "insight",
            "featured",
            "translate",
            "privacy",
            "audit",
            "retention",
            "metrics",
        ],
        &["store"],
        &["context"],
        // The engine and the workers beside it.
        &["conversation", "delivery", "scheduler"],
        // Adapters.
        &["telegram", "terminal", "translators", "web"],
        // Assembly.
        &["app", "cli", "config", "main", "lib"],
    ];
    layers.iter().position(|l| l.contains(&module))
}

/// Pairs in one layer that must not name each other.
const APART: [(&str, &str); 4] = [
    ("conversation", "delivery"),
    ("conversation", "scheduler"),
    ("delivery", "conversation"),
    ("scheduler", "conversation"),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to: `src/guide/load.rs` → `guide`.
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap();
    let first = relative.components().next().unwrap().as_os_str();
    first.to_str().unwrap().trim_end_matches(".rs").to_owned()
}

/// The top-level modules a file names with `crate::…` (outside comments).
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                names.insert(name);
            }
            rest = after;
        }
        // `use crate::{a, b}` is not used here; `crate::args!` is a macro.
    }
    names
}

#[test]
fn no_module_names_a_higher_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        let Some(own) = layer(&module) else {
            problems.push(format!("{}: module {module} has no layer", file.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for named in named_modules(&text) {
            let Some(theirs) = layer(&named) else {
                problems.push(format!("{}: names unknown module {named}", file.display()));
                continue;
            };
            if theirs > own || APART.contains(&(module.as_str(), named.as_str())) {
                problems.push(format!(
                    "{} ({module}, layer {own}) names {named} (layer {theirs})",
                    file.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_a_domain_module_naming_the_engine() {
    let names = named_modules("use crate::conversation::Reply; // crate::app in a comment");
    assert_eq!(names, BTreeSet::from(["conversation".to_owned()]));
    assert!(layer("conversation") > layer("announcements"));
}
