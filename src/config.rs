//! Configuration: environment variables, over an optional `velkommen.toml`,
//! over defaults. Secrets (the bot token) come only from the environment.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

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
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    content_dir: Option<PathBuf>,
    telegram_api_url: Option<String>,
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
        Ok(Config {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_bad_api_url_is_reported() {
        let error = Config::from_sources(Path::new("/nonexistent"), |name| {
            (name == "TELOXIDE_API_URL").then(|| "not a url".to_owned())
        })
        .unwrap_err();
        assert!(format!("{error:#}").contains("TELOXIDE_API_URL"));
    }
}
