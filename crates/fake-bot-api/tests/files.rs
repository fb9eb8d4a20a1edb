//! `sendPhoto` and `sendDocument` on the fake: raw `multipart/form-data`
//! bodies with binary files (CR LF, invalid UTF-8, near-boundaries), and
//! uploads by a real `teloxide::Bot`.

use std::time::Duration;

use fake_bot_api::{FakeBotApi, FakeConfig, FileKind};
use serde_json::Value;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{InputFile, ParseMode};

const USER: i64 = 4242;

const BOUNDARY: &str = "fake-boundary-7e3a";

async fn start(config: FakeConfig) -> FakeBotApi {
    FakeBotApi::start(config).await.expect("starting the fake")
}

/// One part of a hand-made multipart body.
enum Part<'a> {
    Text(&'a str, &'a str),
    File {
        name: &'a str,
        file_name: &'a str,
        bytes: &'a [u8],
    },
}

/// A `multipart/form-data` body with [`BOUNDARY`], written as reqwest
/// writes one: each part ends with CR LF before the next delimiter.
fn multipart(parts: &[Part]) -> Vec<u8> {
    let mut body = Vec::new();
    for part in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match part {
            Part::Text(name, value) => {
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}")
                        .as_bytes(),
                );
            }
            Part::File {
                name,
                file_name,
                bytes,
            } => {
                body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{name}\"; \
                         filename=\"{file_name}\"\r\n\
                         Content-Type: application/octet-stream\r\n\r\n"
                    )
                    .as_bytes(),
                );
                body.extend_from_slice(bytes);
            }
        }
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// Posts `body` to `method` as `multipart/form-data` with [`BOUNDARY`] and
/// returns the status and the JSON answer.
async fn post_multipart(fake: &FakeBotApi, method: &str, body: Vec<u8>) -> (u16, Value) {
    let client = teloxide::net::default_reqwest_settings()
        .no_proxy()
        .build()
        .unwrap();
    let url = format!("{}bot{}/{method}", fake.api_url(), fake.token());
    let response = client
        .post(url)
        .header(
            "Content-Type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap())
}

/// Bytes no text codec would survive: CR LF (doubled, as between a part's
/// headers and body), invalid UTF-8, lines that start like a delimiter but
/// are none, and a trailing CR LF that belongs to the file.
fn awkward_bytes() -> Vec<u8> {
    let mut bytes = b"a;b\r\n\r\n".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80]);
    bytes.extend_from_slice(format!("\r\n--{}", &BOUNDARY[..8]).as_bytes());
    bytes.extend_from_slice(format!("\r\n--{BOUNDARY}x").as_bytes());
    bytes.extend_from_slice(b"\r\n\r");
    bytes.extend_from_slice(b"\n\r\n");
    bytes
}

/// The start of a PNG of `width` × `height`, followed by binary junk
/// (enough for the fake, which reads only the header).
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(&13u32.to_be_bytes());
    bytes.extend_from_slice(b"IHDR");
    bytes.extend_from_slice(&width.to_be_bytes());
    bytes.extend_from_slice(&height.to_be_bytes());
    bytes.extend_from_slice(&[8, 6, 0, 0, 0]);
    bytes.extend_from_slice(&[0xde, 0xad, 0xbe, 0xef]);
    bytes.extend_from_slice(&awkward_bytes());
    bytes
}

fn description(answer: &Value) -> &str {
    answer["description"].as_str().unwrap_or_default()
}

#[tokio::test]
async fn a_png_photo_is_accepted_with_its_width_and_height() {
    let fake = start(FakeConfig::default()).await;
    let photo = png(640, 480);
    let body = multipart(&[
        Part::Text("chat_id", &USER.to_string()),
        Part::Text("caption", "Ukens innsikt"),
        Part::File {
            name: "photo",
            file_name: "chart.png",
            bytes: &photo,
        },
    ]);

    let (status, answer) = post_multipart(&fake, "sendPhoto", body).await;

    assert_eq!(status, 200, "{answer}");
    let message = &answer["result"];
    assert_eq!(message["caption"], "Ukens innsikt");
    assert!(message.get("text").is_none());
    assert_eq!(message["photo"][0]["width"], 640);
    assert_eq!(message["photo"][0]["height"], 480);
    assert_eq!(message["photo"][0]["file_size"], photo.len());
    let files = fake.sent_files();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].kind, FileKind::Photo);
    assert_eq!(files[0].chat_id, USER);
    assert_eq!(files[0].file_name, "chart.png");
    assert_eq!(files[0].caption, "Ukens innsikt");
    assert_eq!(files[0].bytes, photo);
    assert_eq!(files[0].message_id, message["message_id"].as_i64().unwrap());
    // A photo is no text message.
    assert!(fake.sent().is_empty());
}

#[tokio::test]
async fn a_document_is_accepted_with_its_name_and_exact_bytes() {
    let fake = start(FakeConfig::default()).await;
    let bytes = awkward_bytes();
    // As teloxide sends it: the parameter names the part by `attach://`.
    let body = multipart(&[
        Part::Text("chat_id", &USER.to_string()),
        Part::Text("document", "attach://0123abcd"),
        Part::Text("caption", "<b>Eksport</b>"),
        Part::Text("parse_mode", "HTML"),
        Part::File {
            name: "0123abcd",
            file_name: "eksport.csv",
            bytes: &bytes,
        },
    ]);

    let (status, answer) = post_multipart(&fake, "sendDocument", body).await;

    assert_eq!(status, 200, "{answer}");
    let document = &answer["result"]["document"];
    assert_eq!(document["file_name"], "eksport.csv");
    assert_eq!(document["file_size"], bytes.len());
    assert!(document["file_id"].is_string());
    assert!(document["file_unique_id"].is_string());
    let files = fake.sent_files();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].kind, FileKind::Document);
    assert_eq!(files[0].file_name, "eksport.csv");
    assert_eq!(files[0].caption, "<b>Eksport</b>");
    assert_eq!(files[0].bytes, bytes);
}

#[tokio::test]
async fn a_caption_over_1024_characters_is_too_long_and_1024_is_fine() {
    let fake = start(FakeConfig::default()).await;
    let photo = png(1, 1);
    let send = |caption: String, parse_mode: Option<&'static str>| {
        let mut parts = vec![
            Part::Text("chat_id", "4242"),
            Part::File {
                name: "photo",
                file_name: "p.png",
                bytes: &photo,
            },
        ];
        let body = {
            parts.push(Part::Text("caption", &caption));
            if let Some(mode) = parse_mode {
                parts.push(Part::Text("parse_mode", mode));
            }
            multipart(&parts)
        };
        let fake = fake.clone();
        async move { post_multipart(&fake, "sendPhoto", body).await }
    };

    // Characters, not bytes: "ø" is two bytes in UTF-8.
    let (too_long, answer) = send("ø".repeat(1025), None).await;
    let (fine, _) = send("ø".repeat(1024), None).await;
    // With HTML the tags do not count.
    let (tagged, _) = send(format!("<b>{}</b>", "ø".repeat(1024)), Some("HTML")).await;

    assert_eq!(too_long, 400);
    assert_eq!(
        description(&answer),
        "Bad Request: message caption is too long"
    );
    assert_eq!(fine, 200);
    assert_eq!(tagged, 200);
    assert_eq!(fake.sent_files().len(), 2);
}

#[tokio::test]
async fn an_upload_without_its_file_is_refused() {
    let fake = start(FakeConfig::default()).await;
    let photo = png(1, 1);
    let with_other_file = multipart(&[
        Part::Text("chat_id", "4242"),
        Part::File {
            name: "thumbnail",
            file_name: "p.png",
            bytes: &photo,
        },
    ]);
    let attach_to_nothing = multipart(&[
        Part::Text("chat_id", "4242"),
        Part::Text("document", "attach://missing"),
    ]);

    let (photo_status, photo_answer) = post_multipart(&fake, "sendPhoto", with_other_file).await;
    let (document_status, document_answer) =
        post_multipart(&fake, "sendDocument", attach_to_nothing).await;

    assert_eq!(photo_status, 400);
    assert_eq!(
        description(&photo_answer),
        "Bad Request: there is no photo in the request"
    );
    assert_eq!(document_status, 400);
    assert_eq!(
        description(&document_answer),
        "Bad Request: there is no document in the request"
    );
    assert!(fake.sent_files().is_empty());
}

#[tokio::test]
async fn empty_files_unreadable_photos_and_big_photos_are_refused() {
    let fake = start(FakeConfig::default()).await;
    let upload = |method: &'static str, field: &'static str, bytes: Vec<u8>| {
        let body = multipart(&[
            Part::Text("chat_id", "4242"),
            Part::File {
                name: field,
                file_name: "f",
                bytes: &bytes,
            },
        ]);
        let fake = fake.clone();
        async move {
            let (status, answer) = post_multipart(&fake, method, body).await;
            (status, description(&answer).to_owned())
        }
    };
    let mut too_big = png(1, 1);
    too_big.resize((10 << 20) + 1, 0);
    let mut just_fits = png(1, 1);
    just_fits.resize(10 << 20, 0);

    let empty = upload("sendDocument", "document", Vec::new()).await;
    let not_an_image = upload("sendPhoto", "photo", awkward_bytes()).await;
    let big = upload("sendPhoto", "photo", too_big).await;
    let fits = upload("sendPhoto", "photo", just_fits).await;
    // JPEG is read too; its size is not.
    let jpeg = upload("sendPhoto", "photo", b"\xff\xd8\xff\xe0\r\n\xff".to_vec()).await;

    let bad = |text: &str| (400, format!("Bad Request: {text}"));
    assert_eq!(empty, bad("file must be non-empty"));
    assert_eq!(not_an_image, bad("IMAGE_PROCESS_FAILED"));
    assert_eq!(big, bad("file is too big"));
    assert_eq!(fits.0, 200);
    assert_eq!(jpeg.0, 200);
    let sizes: Vec<usize> = fake.sent_files().iter().map(|f| f.bytes.len()).collect();
    assert_eq!(sizes, [10 << 20, 7]);
}

#[tokio::test]
async fn a_document_over_50_mb_is_too_big() {
    let fake = start(FakeConfig::default()).await;
    let bytes = vec![b'x'; (50 << 20) + 1];
    let body = multipart(&[
        Part::Text("chat_id", "4242"),
        Part::File {
            name: "document",
            file_name: "big.csv",
            bytes: &bytes,
        },
    ]);

    let (status, answer) = post_multipart(&fake, "sendDocument", body).await;

    assert_eq!(status, 400);
    assert_eq!(description(&answer), "Bad Request: file is too big");
}

#[tokio::test]
async fn a_body_over_64_mb_is_refused_as_too_large() {
    let fake = start(FakeConfig::default()).await;
    let bytes = vec![b'x'; 64 << 20];
    let body = multipart(&[
        Part::Text("chat_id", "4242"),
        Part::File {
            name: "document",
            file_name: "huge.csv",
            bytes: &bytes,
        },
    ]);

    let (status, answer) = post_multipart(&fake, "sendDocument", body).await;

    assert_eq!(status, 413);
    assert_eq!(answer["error_code"], 413);
    assert_eq!(description(&answer), "Request Entity Too Large");
}

#[tokio::test]
async fn a_blocked_chat_is_forbidden_a_photo_too() {
    let fake = start(FakeConfig::default()).await;
    fake.block_chat(USER);
    let photo = png(2, 2);
    let body = multipart(&[
        Part::Text("chat_id", &USER.to_string()),
        Part::File {
            name: "photo",
            file_name: "p.png",
            bytes: &photo,
        },
    ]);

    let (status, answer) = post_multipart(&fake, "sendPhoto", body).await;

    assert_eq!(status, 403);
    assert_eq!(
        description(&answer),
        "Forbidden: bot was blocked by the user"
    );
    assert_eq!(fake.rejected_403(), 1);
    assert!(fake.sent_files().is_empty());
}

#[tokio::test]
async fn files_and_texts_share_a_chats_rate_limit() {
    let fake = start(FakeConfig {
        global_per_second: None,
        per_chat_spacing: Some(Duration::from_secs(1)),
    })
    .await;
    let bot = fake.bot();
    bot.send_message(ChatId(USER), "first").await.unwrap();

    let error = bot
        .send_document(
            ChatId(USER),
            InputFile::memory(&b"a,b\n"[..]).file_name("x.csv"),
        )
        .await
        .unwrap_err();
    let other_chat = bot
        .send_document(ChatId(USER + 1), InputFile::memory(&b"a,b\n"[..]))
        .await;

    assert!(matches!(error, RequestError::RetryAfter(_)), "{error:?}");
    assert!(other_chat.is_ok(), "{other_chat:?}");
    assert_eq!(fake.rejected_429(), 1);
    assert_eq!(fake.sent().len(), 1);
    assert_eq!(fake.sent_files().len(), 1);
    assert_eq!(fake.max_sent_in_any_second(), 2);
}

#[tokio::test]
async fn teloxide_sends_a_document_from_memory_byte_for_byte() {
    let fake = start(FakeConfig::default()).await;
    let bytes = awkward_bytes();

    let message = fake
        .bot()
        .send_document(
            ChatId(USER),
            InputFile::memory(bytes.clone()).file_name("x.csv"),
        )
        .caption("<i>Eksport</i> for uke 3")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();

    let document = message.document().expect("a document message");
    assert_eq!(document.file_name.as_deref(), Some("x.csv"));
    assert_eq!(document.file.size as usize, bytes.len());
    assert_eq!(message.caption(), Some("<i>Eksport</i> for uke 3"));
    assert!(fake.wait_for_sent_files(1, Duration::from_secs(1)).await);
    let files = fake.sent_files();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].kind, FileKind::Document);
    assert_eq!(files[0].file_name, "x.csv");
    assert_eq!(files[0].bytes, bytes);
    assert_eq!(files[0].message_id, i64::from(message.id.0));
}

#[tokio::test]
async fn teloxide_sends_a_png_photo_and_reads_its_size() {
    let fake = start(FakeConfig::default()).await;
    let photo = png(800, 600);

    let message = fake
        .bot()
        .send_photo(ChatId(USER), InputFile::memory(photo.clone()))
        .await
        .unwrap();

    let sizes = message.photo().expect("a photo message");
    assert_eq!((sizes[0].width, sizes[0].height), (800, 600));
    assert_eq!(message.caption(), None);
    let files = fake.sent_files();
    assert_eq!(files[0].kind, FileKind::Photo);
    // teloxide sends an empty file name for unnamed memory files.
    assert_eq!(files[0].file_name, "");
    assert_eq!(files[0].bytes, photo);
}

#[tokio::test]
async fn clear_forgets_the_sent_files() {
    let fake = start(FakeConfig::default()).await;
    fake.bot()
        .send_photo(ChatId(USER), InputFile::memory(png(1, 1)))
        .await
        .unwrap();

    fake.clear();

    assert!(fake.sent_files().is_empty());
}
