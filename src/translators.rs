//! The machine translation providers velkommen can use (see
//! [`crate::translate`]): a self-hosted LibreTranslate, so that the texts
//! stay with the municipality. Its HTTP API: `POST /translate` with a JSON
//! body `{q, source, target, format, api_key}`, answering
//! `{"translatedText": …}`, or an error status with `{"error": …}` (429
//! when the rate limit is reached).

use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;

use crate::i18n::Locale;
use crate::translate::{TranslateError, Translator};

/// How long a translation may take before the original is sent instead.
const TIMEOUT: Duration = Duration::from_secs(8);

/// A LibreTranslate server.
pub struct LibreTranslate {
    client: reqwest::Client,
    url: url::Url,
    key: Option<String>,
}

#[derive(Deserialize)]
struct Answer {
    #[serde(rename = "translatedText")]
    translated: Option<String>,
    error: Option<String>,
}

impl LibreTranslate {
    /// A client for the server at `url` (its root; `/translate` is added),
    /// with an API key if the server wants one.
    pub fn new(url: url::Url, key: Option<String>) -> Result<LibreTranslate, String> {
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(LibreTranslate { client, url, key })
    }

    /// The language code LibreTranslate uses: Nynorsk is read as Bokmål;
    /// Dari is sent as Persian (`fa`), the closest it has; Tigrinya it does
    /// not have.
    fn code(locale: Locale) -> Result<&'static str, TranslateError> {
        Ok(match locale {
            Locale::Nb | Locale::Nn => "nb",
            Locale::En => "en",
            Locale::Uk => "uk",
            Locale::Pl => "pl",
            Locale::Lt => "lt",
            Locale::Ar => "ar",
            Locale::So => "so",
            Locale::Prs => "fa",
            Locale::Ti => return Err(TranslateError::Unsupported("ti")),
        })
    }
}

#[async_trait]
impl Translator for LibreTranslate {
    fn name(&self) -> &str {
        "LibreTranslate"
    }

    async fn translate(
        &self,
        text: &str,
        from: Locale,
        to: Locale,
    ) -> Result<String, TranslateError> {
        let source = LibreTranslate::code(from)?;
        let target = LibreTranslate::code(to)?;
        let endpoint = self
            .url
            .join("translate")
            .map_err(|e| TranslateError::Failed(e.to_string()))?;
        let mut body = serde_json::json!({
            "q": text,
            "source": source,
            "target": target,
            "format": "text",
        });
        if let Some(key) = &self.key {
            body["api_key"] = serde_json::Value::String(key.clone());
        }
        let response = self
            .client
            .post(endpoint)
            .json(&body)
            .send()
            .await
            .map_err(|e| TranslateError::Failed(e.without_url().to_string()))?;
        let status = response.status();
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            return Err(TranslateError::Quota);
        }
        let answer: Answer = response
            .json()
            .await
            .map_err(|e| TranslateError::Failed(e.without_url().to_string()))?;
        match (status.is_success(), answer.translated, answer.error) {
            (true, Some(translated), _) if !translated.trim().is_empty() => Ok(translated),
            (_, _, Some(error)) => Err(TranslateError::Failed(format!("{status}: {error}"))),
            _ => Err(TranslateError::Failed(format!("{status}: no translation"))),
        }
    }
}
