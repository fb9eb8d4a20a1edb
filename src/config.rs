//! Configuration: environment variables, over an optional `velkommen.toml`,
//! over defaults. Secrets (the bot token) come only from the environment.

use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveTime;
use serde::Deserialize;

use crate::delivery::DeliveryConfig;
use crate::when::QuietHours;

/// The default database: a SQLite file in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://velkommen.db";
/// The default content directory.
pub const DEFAULT_CONTENT_DIR: &str = "content";
/// The optional configuration file, read from the working directory.
pub const CONFIG_FILE: &str = "velkommen.toml";

/// Settings for every subcommand.
#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub content_dir: PathBuf,
    /// `TELOXIDE_TOKEN`; only `serve` needs it.
    pub telegram_token: Option<String>,
    /// `TELOXIDE_API_URL`: another Bot API server (a local one in tests).
    pub telegram_api_url: Option<url::Url>,
    /// How the delivery worker paces, and when it keeps quiet.
    pub delivery: DeliveryConfig,
    /// Use Telegram's paid broadcast for outbox messages.
    pub paid_broadcast: bool,
    /// Receive updates by webhook instead of long polling.
    pub webhook: Option<WebhookConfig>,
    /// How long finished outbox rows (and the message text in them) are
    /// kept; `None` keeps them.
    pub outbox_retention: Option<chrono::Duration>,
    /// `VELKOMMEN_INACTIVE_DAYS` and `VELKOMMEN_CLOSED_CASE_DAYS`.
    pub retention: crate::retention::Retention,
    /// `VELKOMMEN_METRICS_LISTEN`: where `/healthz` and `/metrics` are
    /// served in polling mode (in webhook mode they share its port).
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// Machine translation, if any (`VELKOMMEN_TRANSLATOR`).
    pub translator: Option<TranslatorConfig>,
    /// `VELKOMMEN_BOT_USERNAME`: the bot's username for the QR codes of
    /// printed letters and posters when Telegram cannot be asked (`chat`,
    /// `letter`, `poster` without a token). `serve` asks Telegram.
    pub bot_username: Option<String>,
}

/// Which machine translation service to use, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslatorConfig {
    /// `VELKOMMEN_TRANSLATOR`: `libretranslate` or `azure`.
    pub provider: TranslatorKind,
    /// `VELKOMMEN_TRANSLATOR_URL`: the LibreTranslate server, or Azure's
    /// endpoint (its European one unless given).
    pub url: url::Url,
    /// `VELKOMMEN_TRANSLATOR_KEY`, if the server wants one (Azure does).
    pub key: Option<String>,
    /// `VELKOMMEN_TRANSLATE_CASES` (on by default): whether questions to
    /// the municipality and their answers are translated too, or only
    /// what staff announce.
    pub cases: bool,
}

/// Which machine translation service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranslatorKind {
    /// A self-hosted LibreTranslate.
    LibreTranslate,
    /// Azure AI Translator; `VELKOMMEN_TRANSLATOR_REGION` is the
    /// resource's region (not needed for a global resource).
    Azure { region: Option<String> },
}

/// Finished outbox rows are kept this many days unless configured.
pub const DEFAULT_RETENTION_DAYS: i64 = 30;

pub use crate::telegram::WebhookConfig;

/// The default local address in webhook mode.
pub const DEFAULT_WEBHOOK_LISTEN: &str = "0.0.0.0:8443";

/// Telegram's rule for the secret token: 1-256 of A-Z, a-z, 0-9, _ and -.
fn valid_secret(secret: &str) -> bool {
    (1..=256).contains(&secret.len())
        && secret
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    content_dir: Option<PathBuf>,
    telegram_api_url: Option<String>,
    send_rate: Option<f64>,
    paid_broadcast: Option<bool>,
    quiet_hours: Option<String>,
    webhook_url: Option<String>,
    webhook_listen: Option<String>,
    outbox_retention_days: Option<String>,
}

impl Config {
    /// Reads `velkommen.toml` (if present) and the environment.
    pub fn load() -> anyhow::Result<Config> {
        Config::from_sources(Path::new(CONFIG_FILE), |name| std::env::var(name).ok())
    }

    /// Builds the configuration from a file path and an environment lookup.
    pub fn from_sources(
        file: &Path,
        env: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Config> {
        let file_config = if file.exists() {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("reading {}", file.display()))?;
            toml::from_str::<FileConfig>(&text)
                .with_context(|| format!("reading {}", file.display()))?
        } else {
            FileConfig::default()
        };
        let non_empty = |name: &str| env(name).filter(|v| !v.trim().is_empty());
        let api_url = non_empty("TELOXIDE_API_URL").or(file_config.telegram_api_url);
        let telegram_api_url = api_url
            .map(|u| url::Url::parse(&u).with_context(|| format!("TELOXIDE_API_URL {u:?}")))
            .transpose()?;
        let send_rate = match non_empty("VELKOMMEN_SEND_RATE") {
            Some(rate) => Some(
                rate.parse::<f64>()
                    .ok()
                    .filter(|r| *r > 0.0 && r.is_finite())
                    .with_context(|| {
                        format!("VELKOMMEN_SEND_RATE {rate:?}: give messages per second, e.g. 30")
                    })?,
            ),
            None => file_config.send_rate,
        };
        let paid_broadcast = match non_empty("VELKOMMEN_PAID_BROADCAST") {
            Some(flag) => parse_flag(&flag)
                .with_context(|| format!("VELKOMMEN_PAID_BROADCAST {flag:?}: use true or false"))?,
            None => file_config.paid_broadcast.unwrap_or(false),
        };
        let mut delivery = DeliveryConfig::default();
        if let Some(rate) = send_rate {
            delivery.global_per_second = rate;
        }
        if let Some(quiet) = non_empty("VELKOMMEN_QUIET_HOURS").or(file_config.quiet_hours) {
            delivery.quiet_hours = parse_quiet_hours(&quiet).with_context(|| {
                format!("quiet hours {quiet:?}: write them like 21:00-08:00, or off")
            })?;
        }
        let webhook = match non_empty("VELKOMMEN_WEBHOOK_URL").or(file_config.webhook_url) {
            None => None,
            Some(url) => {
                let parsed = url::Url::parse(&url)
                    .ok()
                    .filter(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some())
                    .with_context(|| {
                        format!(
                            "VELKOMMEN_WEBHOOK_URL {url:?}: give the public address, e.g. https://bot.example.no/telegram"
                        )
                    })?;
                let listen = non_empty("VELKOMMEN_WEBHOOK_LISTEN")
                    .or(file_config.webhook_listen)
                    .unwrap_or_else(|| DEFAULT_WEBHOOK_LISTEN.to_owned());
                let listen = listen.parse().with_context(|| {
                    format!(
                        "VELKOMMEN_WEBHOOK_LISTEN {listen:?}: give an address such as 0.0.0.0:8443"
                    )
                })?;
                let secret = match non_empty("VELKOMMEN_WEBHOOK_SECRET") {
                    Some(secret) if valid_secret(&secret) => Some(secret),
                    Some(_) => anyhow::bail!(
                        "VELKOMMEN_WEBHOOK_SECRET: use 1-256 characters of A-Z, a-z, 0-9, _ and -"
                    ),
                    None => None,
                };
                Some(WebhookConfig {
                    url: parsed,
                    listen,
                    secret,
                })
            }
        };
        let retention =
            non_empty("VELKOMMEN_OUTBOX_RETENTION_DAYS").or(file_config.outbox_retention_days);
        let outbox_retention = match retention {
            None => Some(chrono::Duration::days(DEFAULT_RETENTION_DAYS)),
            Some(days) => parse_retention(&days).with_context(|| {
                format!("outbox retention {days:?}: give whole days (at least 1), or off")
            })?,
        };
        let metrics_listen = match non_empty("VELKOMMEN_METRICS_LISTEN") {
            Some(listen) => Some(listen.parse().with_context(|| {
                format!(
                    "VELKOMMEN_METRICS_LISTEN {listen:?}: an address and port, like 127.0.0.1:9090"
                )
            })?),
            None => None,
        };
        let mut retention = crate::retention::Retention::default();
        if let Some(days) = non_empty("VELKOMMEN_INACTIVE_DAYS") {
            retention.inactive = parse_retention(&days)
                .filter(|d| d.is_none_or(|d| d > retention.warn_before))
                .with_context(|| {
                    format!(
                        "VELKOMMEN_INACTIVE_DAYS {days:?}: give whole days (more than 7), or off"
                    )
                })?;
        }
        if let Some(days) = non_empty("VELKOMMEN_CLOSED_CASE_DAYS") {
            retention.closed_cases = parse_retention(&days).with_context(|| {
                format!("VELKOMMEN_CLOSED_CASE_DAYS {days:?}: give whole days (at least 1), or off")
            })?;
        }
        let translator = match non_empty("VELKOMMEN_TRANSLATOR").as_deref() {
            None | Some("off") | Some("none") => None,
            Some(name @ ("libretranslate" | "azure")) => {
                let key = non_empty("VELKOMMEN_TRANSLATOR_KEY");
                let (provider, url) = if name == "azure" {
                    anyhow::ensure!(
                        key.is_some(),
                        "VELKOMMEN_TRANSLATOR=azure needs VELKOMMEN_TRANSLATOR_KEY (the resource's key)"
                    );
                    let url = non_empty("VELKOMMEN_TRANSLATOR_URL")
                        .unwrap_or_else(|| crate::translators::AZURE_EUROPE.to_owned());
                    let region = non_empty("VELKOMMEN_TRANSLATOR_REGION");
                    (TranslatorKind::Azure { region }, url)
                } else {
                    let url = non_empty("VELKOMMEN_TRANSLATOR_URL").context(
                        "VELKOMMEN_TRANSLATOR=libretranslate needs VELKOMMEN_TRANSLATOR_URL",
                    )?;
                    (TranslatorKind::LibreTranslate, url)
                };
                let url = url::Url::parse(&url)
                    .with_context(|| format!("VELKOMMEN_TRANSLATOR_URL {url:?} is not a URL"))?;
                let cases = match non_empty("VELKOMMEN_TRANSLATE_CASES").as_deref() {
                    None | Some("on") => true,
                    Some("off") => false,
                    Some(other) => anyhow::bail!("VELKOMMEN_TRANSLATE_CASES {other:?}: on or off"),
                };
                Some(TranslatorConfig {
                    provider,
                    url,
                    key,
                    cases,
                })
            }
            Some(other) => {
                anyhow::bail!("VELKOMMEN_TRANSLATOR {other:?}: libretranslate, azure or off")
            }
        };
        let bot_username = match non_empty("VELKOMMEN_BOT_USERNAME") {
            Some(name) => Some(crate::print::valid_bot_username(&name).with_context(|| {
                format!(
                    "VELKOMMEN_BOT_USERNAME {name:?}: the bot's Telegram username, like velkommen_haram_bot"
                )
            })?),
            None => None,
        };
        Ok(Config {
            bot_username,
            translator,
            outbox_retention,
            retention,
            metrics_listen,
            delivery,
            paid_broadcast,
            webhook,
            database_url: non_empty("DATABASE_URL")
                .or(file_config.database_url)
                .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            content_dir: non_empty("VELKOMMEN_CONTENT_DIR")
                .map(PathBuf::from)
                .or(file_config.content_dir)
                .unwrap_or_else(|| PathBuf::from(DEFAULT_CONTENT_DIR)),
            telegram_token: non_empty("TELOXIDE_TOKEN"),
            telegram_api_url,
        })
    }
}

fn parse_flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// Whole days (at least one), or `off` to keep everything.
fn parse_retention(value: &str) -> Option<Option<chrono::Duration>> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("off") {
        return Some(None);
    }
    let days: i64 = value.parse().ok().filter(|d| (1..=36_500).contains(d))?;
    Some(Some(chrono::Duration::days(days)))
}

/// `21:00-08:00`, or `off` for none.
fn parse_quiet_hours(value: &str) -> Option<Option<QuietHours>> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("off") {
        return Some(None);
    }
    let (start, end) = value.split_once('-')?;
    let start = NaiveTime::parse_from_str(start.trim(), "%H:%M").ok()?;
    let end = NaiveTime::parse_from_str(end.trim(), "%H:%M").ok()?;
    (start != end).then_some(Some(QuietHours { start, end }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outbox_retention_is_days_or_off() {
        let config = |value: &str| {
            let value = value.to_owned();
            Config::from_sources(Path::new("/nonexistent/velkommen.toml"), move |name| {
                (name == "VELKOMMEN_OUTBOX_RETENTION_DAYS").then(|| value.clone())
            })
        };
        let default = Config::from_sources(Path::new("/nonexistent"), |_| None).unwrap();
        assert_eq!(default.outbox_retention, Some(chrono::Duration::days(30)));
        assert_eq!(
            config("7").unwrap().outbox_retention,
            Some(chrono::Duration::days(7))
        );
        assert_eq!(config("off").unwrap().outbox_retention, None);
        for bad in ["0", "-3", "a week", "2.5"] {
            let error = config(bad).unwrap_err().to_string();
            assert!(error.contains("whole days"), "{bad}: {error}");
        }
    }

    #[test]
    fn a_translator_is_chosen_with_what_it_needs() {
        let config = |pairs: &[(&str, &str)]| {
            let pairs: Vec<(String, String)> = pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            Config::from_sources(Path::new("/nonexistent/velkommen.toml"), move |name| {
                pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            })
        };
        assert_eq!(config(&[]).unwrap().translator, None);
        let azure = config(&[
            ("VELKOMMEN_TRANSLATOR", "azure"),
            ("VELKOMMEN_TRANSLATOR_KEY", "k"),
            ("VELKOMMEN_TRANSLATOR_REGION", "norwayeast"),
        ])
        .unwrap()
        .translator
        .unwrap();
        assert_eq!(
            azure.provider,
            TranslatorKind::Azure {
                region: Some("norwayeast".into())
            }
        );
        assert_eq!(azure.url.as_str(), crate::translators::AZURE_EUROPE);
        assert!(azure.cases);
        let error = config(&[("VELKOMMEN_TRANSLATOR", "azure")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("VELKOMMEN_TRANSLATOR_KEY"), "{error}");
        let error = config(&[("VELKOMMEN_TRANSLATOR", "libretranslate")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("VELKOMMEN_TRANSLATOR_URL"), "{error}");
        let libre = config(&[
            ("VELKOMMEN_TRANSLATOR", "libretranslate"),
            ("VELKOMMEN_TRANSLATOR_URL", "http://localhost:5000/"),
            ("VELKOMMEN_TRANSLATE_CASES", "off"),
        ])
        .unwrap()
        .translator
        .unwrap();
        assert_eq!(libre.provider, TranslatorKind::LibreTranslate);
        assert!(!libre.cases);
        let error = config(&[("VELKOMMEN_TRANSLATOR", "deepl")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("libretranslate, azure or off"), "{error}");
    }

    #[test]
    fn defaults_need_no_setup() {
        let config =
            Config::from_sources(Path::new("/nonexistent/velkommen.toml"), |_| None).unwrap();
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.content_dir, PathBuf::from("content"));
        assert!(config.telegram_token.is_none());
    }

    #[test]
    fn environment_wins_over_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("velkommen.toml");
        std::fs::write(
            &file,
            "database_url = \"sqlite://file.db\"\ncontent_dir = \"packs\"\n",
        )
        .unwrap();
        let config = Config::from_sources(&file, |name| {
            (name == "DATABASE_URL").then(|| "postgres://db/velkommen".to_owned())
        })
        .unwrap();
        assert_eq!(config.database_url, "postgres://db/velkommen");
        assert_eq!(config.content_dir, PathBuf::from("packs"));
    }

    #[test]
    fn delivery_pacing_and_quiet_hours_are_configurable() {
        let config = Config::from_sources(Path::new("/nonexistent"), |name| match name {
            "VELKOMMEN_SEND_RATE" => Some("1000".into()),
            "VELKOMMEN_PAID_BROADCAST" => Some("true".into()),
            "VELKOMMEN_QUIET_HOURS" => Some("22:00-07:30".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(config.delivery.global_per_second, 1000.0);
        assert!(config.paid_broadcast);
        let quiet = config.delivery.quiet_hours.unwrap();
        assert_eq!(quiet.start, NaiveTime::from_hms_opt(22, 0, 0).unwrap());
        assert_eq!(quiet.end, NaiveTime::from_hms_opt(7, 30, 0).unwrap());
        let off = Config::from_sources(Path::new("/nonexistent"), |name| {
            (name == "VELKOMMEN_QUIET_HOURS").then(|| "off".into())
        })
        .unwrap();
        assert!(off.delivery.quiet_hours.is_none());
        for (name, bad) in [
            ("VELKOMMEN_SEND_RATE", "fast"),
            ("VELKOMMEN_SEND_RATE", "-3"),
            ("VELKOMMEN_PAID_BROADCAST", "maybe"),
            ("VELKOMMEN_QUIET_HOURS", "9pm to 8am"),
        ] {
            let error = Config::from_sources(Path::new("/nonexistent"), |n| {
                (n == name).then(|| bad.to_owned())
            })
            .unwrap_err();
            assert!(
                format!("{error:#}").contains(bad),
                "{name}={bad}: {error:#}"
            );
        }
    }

    #[test]
    fn a_bad_api_url_is_reported() {
        let error = Config::from_sources(Path::new("/nonexistent"), |name| {
            (name == "TELOXIDE_API_URL").then(|| "not a url".to_owned())
        })
        .unwrap_err();
        assert!(format!("{error:#}").contains("TELOXIDE_API_URL"));
    }

    #[test]
    fn webhook_mode_needs_a_public_address_and_a_valid_secret() {
        let env = |url: &'static str, secret: Option<&'static str>| {
            move |name: &str| match name {
                "VELKOMMEN_WEBHOOK_URL" => Some(url.to_owned()),
                "VELKOMMEN_WEBHOOK_SECRET" => secret.map(str::to_owned),
                _ => None,
            }
        };
        let none = Path::new("/nonexistent");
        let config =
            Config::from_sources(none, env("https://bot.example.no/telegram", None)).unwrap();
        let webhook = config.webhook.unwrap();
        assert_eq!(webhook.listen.to_string(), DEFAULT_WEBHOOK_LISTEN);
        assert_eq!(webhook.secret, None);
        assert!(
            Config::from_sources(none, |_| None)
                .unwrap()
                .webhook
                .is_none()
        );
        let error = Config::from_sources(none, env("bot.example.no", None)).unwrap_err();
        assert!(format!("{error:#}").contains("VELKOMMEN_WEBHOOK_URL"));
        let error = Config::from_sources(none, env("https://bot.example.no/t", Some("has space")))
            .unwrap_err();
        assert!(format!("{error:#}").contains("VELKOMMEN_WEBHOOK_SECRET"));
    }
}
