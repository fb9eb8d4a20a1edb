//! Checks the shipped locales against the reference: same keys, no unknown
//! variables, no bidi isolation marks.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::{Locale, LocaleProblem, SOURCES};

/// What one message needs: the variables it references.
#[derive(Debug, Default)]
pub(crate) struct EntryInfo {
    pub variables: BTreeSet<String>,
    pub has_value: bool,
}

/// Every message and term of a locale, with the variables each references.
pub(crate) fn entries_of(locale: Locale) -> BTreeMap<String, EntryInfo> {
    let mut entries = BTreeMap::new();
    for source in SOURCES.iter().filter(|s| s.locale == locale) {
        let resource = match parser::parse(source.text) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            let (name, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut info = EntryInfo {
                has_value: value.is_some(),
                ..EntryInfo::default()
            };
            for pattern in value.iter().chain(attributes.iter().map(|a| &a.value)) {
                collect_variables(pattern, &mut info.variables);
            }
            entries.insert(name, info);
        }
    }
    entries
}

fn collect_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => collect_in_inline(inline, out),
    }
}

fn collect_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                collect_in_inline(positional, out);
            }
            for named in &arguments.named {
                collect_in_inline(&named.value, out);
            }
        }
        InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    }
}

/// Compares every locale with the reference (`nb`). Returns every problem.
pub fn check_locales() -> Vec<LocaleProblem> {
    let mut problems = Vec::new();
    let reference = entries_of(Locale::REFERENCE);
    for source in SOURCES {
        for (line_no, line) in source.text.lines().enumerate() {
            if line.contains(['\u{2068}', '\u{2069}']) {
                problems.push(LocaleProblem {
                    path: format!("{}:{}", source.path, line_no + 1),
                    message: "contains a bidi isolation mark (U+2068/U+2069)".into(),
                });
            }
        }
        if let Err((_, errors)) = parser::parse(source.text) {
            for error in errors {
                problems.push(LocaleProblem {
                    path: source.path.into(),
                    message: format!("syntax error: {error:?}"),
                });
            }
        }
    }
    for locale in Locale::ALL {
        let path = format!("locales/{}/", locale.code());
        let entries = entries_of(locale);
        for (key, info) in &entries {
            if !info.has_value && !key.starts_with('-') {
                problems.push(LocaleProblem {
                    path: path.clone(),
                    message: format!("{key} has no value"),
                });
            }
        }
        if locale == Locale::REFERENCE {
            continue;
        }
        for (key, reference_info) in &reference {
            match entries.get(key) {
                None => problems.push(LocaleProblem {
                    path: path.clone(),
                    message: format!("missing {key}"),
                }),
                Some(info) => {
                    for unknown in info.variables.difference(&reference_info.variables) {
                        problems.push(LocaleProblem {
                            path: path.clone(),
                            message: format!("{key} uses ${unknown}, which nb does not"),
                        });
                    }
                }
            }
        }
        for key in entries.keys().filter(|k| !reference.contains_key(*k)) {
            problems.push(LocaleProblem {
                path: path.clone(),
                message: format!("{key} is not in the reference locale nb"),
            });
        }
    }
    problems
}
