//! The machine translation providers velkommen can use (see
//! [`crate::translate`]):
//!
//! - [`LibreTranslate`], self-hosted, so that the texts stay with the
//!   municipality. Its HTTP API: `POST /translate` with a JSON body `{q,
//!   source, target, format, api_key}`, answering `{"translatedText": …}`,
//!   or an error status with `{"error": …}` (429 when the rate limit is
//!   reached). It has no Tigrinya and reads Dari as Persian.
//! - [`Azure`] AI Translator (Text Translation v3.0), the commercial one
//!   whose language list has all of velkommen's languages, Tigrinya
//!   (`ti`), Somali (`so`) and Dari (`prs`) included. `POST
//!   /translate?api-version=3.0&from=nb&to=uk` with the key in
//!   `Ocp-Apim-Subscription-Key` (and the resource's region in
//!   `Ocp-Apim-Subscription-Region`), a body `[{"Text": …}]`, answering
//!   `[{"translations": [{"text": …, "to": "uk"}]}]`, or an error status
//!   with `{"error": {"code": 429001, "message": …}}` — 429 when too many
//!   requests were sent, 403 when the subscription's quota is used up. By
//!   default it is asked at Microsoft's European endpoint, so that texts
//!   are processed in the EU.

use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;

use crate::i18n::Locale;
use crate::translate::{TranslateError, Translator};

/// How long a translation may take before the original is sent instead.
const TIMEOUT: Duration = Duration::from_secs(8);

fn client(timeout: Duration) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .timeout(timeout)
        .build()
        .map_err(|e| e.to_string())
}

fn failed(error: reqwest::Error) -> TranslateError {
    TranslateError::Failed(error.without_url().to_string())
}

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
        Ok(LibreTranslate {
            client: client(TIMEOUT)?,
            url,
            key,
        })
    }

    /// The same with another time limit than the 8 s (for tests).
    pub fn with_timeout(self, timeout: Duration) -> Result<LibreTranslate, String> {
        Ok(LibreTranslate {
            client: client(timeout)?,
            ..self
        })
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
            .map_err(failed)?;
        let status = response.status();
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            return Err(TranslateError::Quota);
        }
        let answer: Answer = response.json().await.map_err(failed)?;
        match (status.is_success(), answer.translated, answer.error) {
            (true, Some(translated), _) if !translated.trim().is_empty() => Ok(translated),
            (_, _, Some(error)) => Err(TranslateError::Failed(format!("{status}: {error}"))),
            _ => Err(TranslateError::Failed(format!("{status}: no translation"))),
        }
    }
}

/// Microsoft's European endpoint of Azure AI Translator: requests are
/// processed in the EU (France Central, West Europe).
pub const AZURE_EUROPE: &str = "https://api-eur.cognitive.microsofttranslator.com/";

/// Azure AI Translator.
pub struct Azure {
    client: reqwest::Client,
    url: url::Url,
    key: String,
    region: Option<String>,
}

#[derive(Deserialize)]
struct AzureItem {
    translations: Vec<AzureTranslation>,
}

#[derive(Deserialize)]
struct AzureTranslation {
    text: String,
}

#[derive(Deserialize)]
struct AzureError {
    error: AzureErrorBody,
}

#[derive(Deserialize)]
struct AzureErrorBody {
    code: i64,
    message: String,
}

impl Azure {
    /// A client for the endpoint at `url` (see [`AZURE_EUROPE`]) with the
    /// resource's key, and its region unless it is a global resource.
    pub fn new(url: url::Url, key: String, region: Option<String>) -> Result<Azure, String> {
        Ok(Azure {
            client: client(TIMEOUT)?,
            url,
            key,
            region,
        })
    }

    /// The same with another time limit than the 8 s (for tests).
    pub fn with_timeout(self, timeout: Duration) -> Result<Azure, String> {
        Ok(Azure {
            client: client(timeout)?,
            ..self
        })
    }

    /// Azure's language code: Nynorsk is read as Bokmål, which Azure calls
    /// Norwegian (`nb`).
    fn code(locale: Locale) -> &'static str {
        match locale {
            Locale::Nb | Locale::Nn => "nb",
            other => other.code(),
        }
    }
}

#[async_trait]
impl Translator for Azure {
    fn name(&self) -> &str {
        "Azure AI Translator"
    }

    async fn translate(
        &self,
        text: &str,
        from: Locale,
        to: Locale,
    ) -> Result<String, TranslateError> {
        let mut endpoint = self
            .url
            .join("translate")
            .map_err(|e| TranslateError::Failed(e.to_string()))?;
        endpoint
            .query_pairs_mut()
            .append_pair("api-version", "3.0")
            .append_pair("from", Azure::code(from))
            .append_pair("to", Azure::code(to))
            .append_pair("textType", "plain");
        let mut request = self
            .client
            .post(endpoint)
            .header("Ocp-Apim-Subscription-Key", &self.key)
            .json(&serde_json::json!([{ "Text": text }]));
        if let Some(region) = &self.region {
            request = request.header("Ocp-Apim-Subscription-Region", region);
        }
        let response = request.send().await.map_err(failed)?;
        let status = response.status();
        if status.is_success() {
            let items: Vec<AzureItem> = response.json().await.map_err(failed)?;
            return items
                .into_iter()
                .next()
                .and_then(|item| item.translations.into_iter().next())
                .map(|t| t.text)
                .filter(|t| !t.trim().is_empty())
                .ok_or_else(|| TranslateError::Failed(format!("{status}: no translation")));
        }
        let error = response.json::<AzureError>().await.ok().map(|e| e.error);
        match (status.as_u16(), error) {
            // Too many requests, or the quota used up (403001 and its kin).
            (429, _) => Err(TranslateError::Quota),
            (403, Some(e)) if (403001..403100).contains(&e.code) => Err(TranslateError::Quota),
            (_, Some(e)) => Err(TranslateError::Failed(format!(
                "{status}: {} {}",
                e.code, e.message
            ))),
            (_, None) => Err(TranslateError::Failed(status.to_string())),
        }
    }
}
