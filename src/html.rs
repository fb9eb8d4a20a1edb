//! Telegram's HTML parse mode, the small part velkommen uses: escaped text,
//! `<b>` and text links `<a href="…">`. Long raw URLs make a message hard
//! to read on a phone; a text link shows a word and opens the page.

/// Escapes text for Telegram HTML: `&`, `<` and `>` (quotes matter only
/// inside attributes, see [`link`]).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A text link: `label` (plain text, escaped here) opening `url`.
pub fn link(label: &str, url: &str) -> String {
    let href = escape(url).replace('"', "&quot;");
    format!("<a href=\"{href}\">{}</a>", escape(label))
}

/// Bold text (plain text, escaped here).
pub fn bold(text: &str) -> String {
    format!("<b>{}</b>", escape(text))
}

/// The host of a URL without `www.`, as a link's visible text:
/// `https://www.skatteetaten.no/person/…` → `skatteetaten.no`.
pub fn host(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .map(|h| h.trim_start_matches("www.").to_owned())
        .unwrap_or_else(|| url.to_owned())
}

/// What a reader sees of an HTML message: tags removed, entities read.
/// With `with_urls`, a link shows its address after the text, as the
/// terminal chat prints it.
pub fn to_plain(html: &str, with_urls: bool) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut pending_url: Option<String> = None;
    while let Some(start) = rest.find('<') {
        out.push_str(&unescape(&rest[..start]));
        let Some(end) = rest[start..].find('>') else {
            out.push_str(&unescape(&rest[start..]));
            return out;
        };
        let tag = &rest[start + 1..start + end];
        if let Some(attributes) = tag.strip_prefix("a ") {
            pending_url = attributes
                .split_once("href=\"")
                .and_then(|(_, v)| v.split_once('"'))
                .map(|(url, _)| unescape(url));
        } else if tag == "/a"
            && let Some(url) = pending_url.take()
            && with_urls
        {
            out.push_str(&format!(" ({url})"));
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(&unescape(rest));
    out
}

/// A message whose placeholders are HTML: the message is rendered with
/// a marker in each HTML placeholder, escaped, and the markers replaced,
/// so a translation's own `&` or `<` can never break the markup.
pub fn message(
    tr: &crate::i18n::Tr,
    key: &str,
    plain: &[(&str, String)],
    markup: &[(&str, String)],
) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in plain {
        args.set(*name, value.clone());
    }
    for (i, (name, _)) in markup.iter().enumerate() {
        args.set(*name, marker(i));
    }
    let mut out = escape(&tr.msg_args(key, &args));
    for (i, (_, value)) in markup.iter().enumerate() {
        out = out.replace(&marker(i), value);
    }
    out
}

/// A placeholder that no translation contains and escaping leaves alone.
fn marker(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

/// Checks that `html` is what Telegram's HTML parse mode accepts of what
/// velkommen writes: only `<b>` and `<a href="…">` tags, properly closed,
/// and every `&` an entity. The first problem, if any.
pub fn check(html: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&', '>']) {
        let tail = &rest[i..];
        let near = || tail.chars().take(20).collect::<String>();
        if tail.starts_with('>') {
            return Err(format!("a bare '>' at {:?}", near()));
        }
        if let Some(after) = tail.strip_prefix('&') {
            if !["amp;", "lt;", "gt;", "quot;"]
                .iter()
                .any(|e| after.starts_with(e))
            {
                return Err(format!("a bare '&' at {:?}", near()));
            }
            rest = after;
            continue;
        }
        let Some(end) = tail.find('>') else {
            return Err("an unclosed tag".into());
        };
        let tag = &tail[1..end];
        match tag {
            "b" => open.push("b"),
            "/b" | "/a" => {
                if open.pop() != Some(&tag[1..]) {
                    return Err(format!("<{tag}> closes nothing open"));
                }
            }
            _ if tag.starts_with("a href=\"")
                && tag.ends_with('"')
                && !tag[8..tag.len() - 1].contains('"') =>
            {
                open.push("a")
            }
            _ => return Err(format!("an unexpected tag <{tag}>")),
        }
        rest = &tail[end + 1..];
    }
    match open.last() {
        Some(tag) => Err(format!("<{tag}> is never closed")),
        None => Ok(()),
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_links_read_as_their_words_and_survive_odd_characters() {
        let html = format!(
            "{} {}",
            escape("Fish & chips <3"),
            link("skatteetaten.no", "https://skatteetaten.no/a?b=1&c=\"2\"")
        );
        assert_eq!(
            html,
            "Fish &amp; chips &lt;3 <a href=\"https://skatteetaten.no/a?b=1&amp;c=&quot;2&quot;\">skatteetaten.no</a>"
        );
        assert_eq!(to_plain(&html, false), "Fish & chips <3 skatteetaten.no");
        assert_eq!(
            to_plain(&html, true),
            "Fish & chips <3 skatteetaten.no (https://skatteetaten.no/a?b=1&c=\"2\")"
        );
        assert_eq!(to_plain(&bold("a<b"), false), "a<b");
        assert_eq!(host("https://www.udi.no/en/x"), "udi.no");
        assert_eq!(check(&html), Ok(()));
    }

    #[test]
    fn the_checker_finds_what_telegram_would_refuse() {
        assert!(check("a & b").is_err());
        assert!(check("<b>open").is_err());
        assert!(check("<i>x</i>").is_err());
        assert!(check("x > y").is_err());
        assert!(check("</a>").is_err());
        assert!(check("<b>ok</b> &amp; <a href=\"u\">l</a>").is_ok());
    }
}
