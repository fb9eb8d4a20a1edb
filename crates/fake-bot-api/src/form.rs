//! The parameters of a Bot API call: a query string, a form, a JSON object
//! or a `multipart/form-data` body with its file parts, read as bytes.

use super::*;

/// The parameters of a call, from the query string and a JSON, form or
/// multipart body.
pub(crate) struct Params {
    /// The named values (a multipart body's text parts among them).
    pub(crate) fields: Map<String, Value>,
    /// A multipart body's file parts.
    pub(crate) files: Vec<FilePart>,
}

/// A file part of a `multipart/form-data` body: one with a `filename`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FilePart {
    /// The part's `name`.
    pub(crate) name: String,
    /// The part's `filename` (empty if it was empty).
    pub(crate) file_name: String,
    /// The part's content.
    pub(crate) bytes: Bytes,
}

impl Params {
    pub(crate) fn string(&self, key: &str) -> Option<&str> {
        self.fields.get(key).and_then(Value::as_str)
    }

    /// An integer, sent as a JSON number or (in forms) as a string.
    pub(crate) fn integer(&self, key: &str) -> Result<Option<i64>, ApiError> {
        match self.fields.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or(ApiError::BadRequest("invalid integer parameter")),
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| ApiError::BadRequest("invalid integer parameter")),
            Some(_) => Err(ApiError::BadRequest("invalid integer parameter")),
        }
    }

    pub(crate) fn chat_id(&self) -> Result<i64, ApiError> {
        match self.fields.get("chat_id") {
            None | Some(Value::Null) => Err(ApiError::BadRequest("chat_id is empty")),
            // "@channelusername" names no chat the fake knows.
            Some(Value::String(s)) if s.starts_with('@') => {
                Err(ApiError::BadRequest("chat not found"))
            }
            Some(_) => self
                .integer("chat_id")?
                .ok_or(ApiError::BadRequest("chat_id is empty")),
        }
    }

    /// A parameter sent as JSON (an object or array) or, in forms, as JSON
    /// text; `None` if missing or not JSON.
    pub(crate) fn json(&self, key: &str) -> Option<Value> {
        match self.fields.get(key)? {
            Value::String(s) => serde_json::from_str(s).ok(),
            Value::Null => None,
            value => Some(value.clone()),
        }
    }

    /// `reply_markup`, sent as a JSON object or (in forms) as JSON text.
    pub(crate) fn reply_markup(&self) -> Result<Option<Value>, ApiError> {
        const UNPARSABLE: ApiError =
            ApiError::BadRequest("can't parse reply keyboard markup JSON object");
        match self.fields.get("reply_markup") {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(_)) => Ok(self.fields.get("reply_markup").cloned()),
            Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
                Ok(markup @ Value::Object(_)) => Ok(Some(markup)),
                _ => Err(UNPARSABLE),
            },
            Some(_) => Err(UNPARSABLE),
        }
    }

    /// The file uploaded as `kind`'s parameter (`photo`, `document`): the
    /// part its `attach://<name>` value names, as teloxide sends it, or else
    /// a file part with the parameter's own name (as `curl -F
    /// photo=@chart.png` sends it).
    pub(crate) fn file(&self, kind: FileKind) -> Result<&FilePart, ApiError> {
        // The fake keeps no files, so a file_id or URL names none it has.
        const WRONG_FILE: ApiError =
            ApiError::BadRequest("wrong file identifier/HTTP URL specified");
        let missing = match kind {
            FileKind::Photo => ApiError::BadRequest("there is no photo in the request"),
            FileKind::Document => ApiError::BadRequest("there is no document in the request"),
        };
        let field = kind.field();
        let part_name = match self.fields.get(field) {
            None | Some(Value::Null) => field,
            Some(Value::String(value)) if value.is_empty() => return Err(missing),
            Some(Value::String(value)) => value.strip_prefix("attach://").ok_or(WRONG_FILE)?,
            Some(_) => return Err(WRONG_FILE),
        };
        self.files
            .iter()
            .find(|part| part.name == part_name)
            .ok_or(missing)
    }
}

pub(crate) fn parse_params(
    query: Option<&str>,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Params, ApiError> {
    let mut params = Map::new();
    let mut files = Vec::new();
    let mut add_form = |form: &[u8]| {
        for (key, value) in url::form_urlencoded::parse(form) {
            params.insert(key.into_owned(), Value::String(value.into_owned()));
        }
    };
    if let Some(query) = query {
        add_form(query.as_bytes());
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        add_form(body);
    } else if content_type.starts_with("application/json") && !body.is_empty() {
        match serde_json::from_slice(body) {
            Ok(Value::Object(fields)) => params.extend(fields),
            _ => return Err(ApiError::BadRequest("can't parse JSON object")),
        }
    } else if let Some(boundary) = content_type
        .strip_prefix("multipart/form-data")
        .and_then(|rest| rest.split("boundary=").nth(1))
    {
        let boundary = boundary.split(';').next().unwrap_or_default();
        let (fields, file_parts) = parse_multipart(body, boundary.trim().trim_matches('"'));
        params.extend(fields);
        files = file_parts;
    }
    Ok(Params {
        fields: params,
        files,
    })
}

/// The parts of a `multipart/form-data` body: its text fields (teloxide
/// sends `setWebhook` and the text parameters of uploads this way) and its
/// file parts (those with a `filename`). Read as bytes, since a file may
/// hold any bytes at all, CR LF and invalid UTF-8 included: each part runs
/// from the line after its delimiter to the CRLF before the next delimiter.
pub(crate) fn parse_multipart(body: &Bytes, boundary: &str) -> (Map<String, Value>, Vec<FilePart>) {
    let mut fields = Map::new();
    let mut files = Vec::new();
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    // The first delimiter may open the body; every later one ends a line.
    let next_delimiter = [b"\r\n", delimiter].concat();
    let Some(first) = find(body, delimiter, 0) else {
        return (fields, files);
    };
    let mut at = first + delimiter.len();
    // "--" right after a delimiter closes the body.
    while !body[at..].starts_with(b"--") {
        // Skip the rest of the delimiter line (transport padding).
        let Some(line_end) = find(body, b"\r\n", at) else {
            break;
        };
        let start = line_end + 2;
        // A part with no delimiter after it is cut off: ignore it.
        let Some(end) = find_delimiter(body, &next_delimiter, start) else {
            break;
        };
        let part = body.slice(start..end);
        // A part without headers starts with the empty line at once.
        let (head, content) = match part.strip_prefix(b"\r\n") {
            Some(_) => (&part[..0], part.slice(2..)),
            None => match find(&part, b"\r\n\r\n", 0) {
                Some(head_end) => (&part[..head_end], part.slice(head_end + 4..)),
                None => (&part[..], Bytes::new()),
            },
        };
        if let Some((name, file_name)) = disposition(&String::from_utf8_lossy(head)) {
            match file_name {
                Some(file_name) => files.push(FilePart {
                    name,
                    file_name,
                    bytes: content,
                }),
                None => {
                    let value = String::from_utf8_lossy(&content).into_owned();
                    fields.insert(name, Value::String(value));
                }
            }
        }
        at = end + next_delimiter.len();
    }
    (fields, files)
}

/// Where the next delimiter (CRLF, `--`, the boundary) starts in `body`
/// at or after `from`: only where the boundary is followed by `--` or the
/// end of its line (after optional spaces), so content that merely starts
/// like it (`--boundaryX`) is content.
pub(crate) fn find_delimiter(body: &[u8], delimiter: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let found = find(body, delimiter, at)?;
        let after = &body[found + delimiter.len()..];
        let padding = after
            .iter()
            .take_while(|&&byte| byte == b' ' || byte == b'\t')
            .count();
        if after.starts_with(b"--") || after[padding..].starts_with(b"\r\n") {
            return Some(found);
        }
        at = found + 1;
    }
}

/// Where `needle` first occurs in `haystack` at or after `from`.
pub(crate) fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last_start = haystack.len().checked_sub(needle.len())?;
    let mut at = from;
    while at <= last_start {
        at += haystack[at..=last_start]
            .iter()
            .position(|&byte| byte == first)?;
        if haystack[at + 1..at + needle.len()] == *rest {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// The `name` of a part and, for a file, its `filename`, from the
/// `Content-Disposition` header among the part's `head`ers; `None` without
/// such a header or a name in it.
pub(crate) fn disposition(head: &str) -> Option<(String, Option<String>)> {
    let value = head.split("\r\n").find_map(|line| {
        let (header, value) = line.split_once(':')?;
        header
            .trim()
            .eq_ignore_ascii_case("content-disposition")
            .then_some(value)
    })?;
    let (mut name, mut file_name) = (None, None);
    let (mut extended_name, mut extended_file_name) = (None, None);
    for (key, value) in header_parameters(value) {
        match key.to_ascii_lowercase().as_str() {
            "name" => name = Some(value),
            "filename" => file_name = Some(value),
            // RFC 8187's `name*=utf-8''...`, which wins over the plain one.
            "name*" => extended_name = decode_extended(&value),
            "filename*" => extended_file_name = decode_extended(&value),
            _ => {}
        }
    }
    Some((extended_name.or(name)?, extended_file_name.or(file_name)))
}

/// The `key=value` parameters after a header value's first `;`, with quoted
/// values unquoted (`\x` stands for `x` inside quotes, as reqwest writes a
/// `"` or `\` in a file name).
pub(crate) fn header_parameters(value: &str) -> Vec<(String, String)> {
    let mut parameters = Vec::new();
    let Some((_, mut rest)) = value.split_once(';') else {
        return parameters;
    };
    while let Some(i) = rest.find(['=', ';']) {
        if rest.as_bytes()[i] == b';' {
            // A parameter without a value.
            rest = &rest[i + 1..];
            continue;
        }
        let key = rest[..i].trim();
        let after_key = rest[i + 1..].trim_start();
        let mut value = String::new();
        let mut chars = after_key.char_indices();
        let mut next = after_key.len();
        if after_key.starts_with('"') {
            chars.next();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => value.extend(chars.next().map(|(_, escaped)| escaped)),
                    '"' => {
                        next = i + 1;
                        break;
                    }
                    c => value.push(c),
                }
            }
        } else {
            let end = after_key.find(';').unwrap_or(after_key.len());
            value.push_str(after_key[..end].trim_end());
            next = end;
        }
        parameters.push((key.to_owned(), value));
        rest = &after_key[next..];
        match rest.find(';') {
            Some(i) => rest = &rest[i + 1..],
            None => break,
        }
    }
    parameters
}

/// An RFC 8187 extended value (`utf-8''na%C3%AFve.csv`), decoded.
pub(crate) fn decode_extended(value: &str) -> Option<String> {
    let mut pieces = value.splitn(3, '\'');
    let charset = pieces.next()?;
    let _language = pieces.next()?;
    let encoded = pieces.next()?.as_bytes();
    let mut bytes = Vec::with_capacity(encoded.len());
    let mut i = 0;
    while i < encoded.len() {
        let hex = encoded
            .get(i + 1..i + 3)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (encoded[i], hex) {
            (b'%', Some(byte)) => {
                bytes.push(byte);
                i += 3;
            }
            (byte, _) => {
                bytes.push(byte);
                i += 1;
            }
        }
    }
    if charset.eq_ignore_ascii_case("utf-8") {
        Some(String::from_utf8_lossy(&bytes).into_owned())
    } else {
        // ISO-8859-1, the only other charset RFC 8187 requires.
        Some(bytes.into_iter().map(char::from).collect())
    }
}
