//! Telegram's HTML parse mode, as its documentation describes it: which
//! tags it accepts, which entities, and what a reader then sees.
//!
//! This is the fake's own reading, written from the Bot API documentation
//! ("Formatting options → HTML style") and not shared with the code under
//! test, so a mistake in velkommen's HTML writer cannot hide itself here.

/// Tags Telegram accepts (the opening form; `a` and `span` take attributes).
const TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
];

/// The named entities Telegram reads; numeric ones (`&#123;`, `&#x1F600;`)
/// are read too.
const NAMED_ENTITIES: &[(&str, char)] = &[("lt", '<'), ("gt", '>'), ("amp", '&'), ("quot", '"')];

/// What Telegram answers to markup it cannot parse.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError(pub String);

/// Parses `html` as Telegram does and returns the text a reader sees, or
/// why Telegram would answer "can't parse entities".
pub fn visible_text(html: &str) -> Result<String, ParseError> {
    let mut out = String::with_capacity(html.len());
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&', '>']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with('>') {
            return Err(ParseError("unexpected '>'".into()));
        }
        if let Some(after) = tail.strip_prefix('&') {
            let (ch, used) = entity(after)
                .ok_or_else(|| ParseError(format!("unsupported entity near {:?}", near(tail))))?;
            out.push(ch);
            rest = &after[used..];
            continue;
        }
        let end = tail
            .find('>')
            .ok_or_else(|| ParseError("unclosed start tag".into()))?;
        let inner = &tail[1..end];
        if let Some(name) = inner.strip_prefix('/') {
            let name = name.trim();
            match open.pop() {
                Some(top) if top == name => {}
                _ => {
                    return Err(ParseError(format!("unmatched end tag </{name}>")));
                }
            }
        } else {
            let name = inner.split_whitespace().next().unwrap_or("");
            if !TAGS.contains(&name) {
                return Err(ParseError(format!("unsupported start tag \"{name}\"")));
            }
            if name == "a" && !has_quoted_href(inner) {
                return Err(ParseError("a link without href".into()));
            }
            open.push(name.to_owned());
        }
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    match open.last() {
        Some(tag) => Err(ParseError(format!(
            "can't find end tag corresponding to <{tag}>"
        ))),
        None => Ok(out),
    }
}

fn near(text: &str) -> String {
    text.chars().take(20).collect()
}

/// `href="…"` with a closing quote (the value itself is not checked).
fn has_quoted_href(tag: &str) -> bool {
    tag.split_once("href=\"")
        .is_some_and(|(_, value)| value.contains('"'))
}

/// The character an entity stands for and the bytes it used after `&`.
fn entity(after: &str) -> Option<(char, usize)> {
    let semicolon = after.find(';')?;
    let body = &after[..semicolon];
    let ch = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
    } else if let Some(decimal) = body.strip_prefix('#') {
        char::from_u32(decimal.parse().ok()?)?
    } else {
        NAMED_ENTITIES
            .iter()
            .find(|(name, _)| *name == body)
            .map(|(_, ch)| *ch)?
    };
    Some((ch, semicolon + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_telegram_reads() {
        assert_eq!(
            visible_text(
                "<b>Fish</b> &amp; <a href=\"https://x.no/?a=1&amp;b=2\">chips</a> &lt;3 &#65;&#x42;"
            ),
            Ok("Fish & chips <3 AB".to_owned())
        );
        assert_eq!(
            visible_text("<i>a</i> <code>b</code>"),
            Ok("a b".to_owned())
        );
    }

    #[test]
    fn refuses_what_telegram_refuses() {
        for bad in [
            "a & b",
            "<b>open",
            "<h1>x</h1>",
            "x > y",
            "</a>",
            "<b><i>x</b></i>",
            "<a>x</a>",
            "&nbsp;",
        ] {
            assert!(visible_text(bad).is_err(), "{bad}");
        }
    }
}
