//! PostgreSQL over TLS, with the TLS the binary is built with (rustls; no
//! OpenSSL anywhere): the store migrates and works with `sslmode=require`
//! and with `sslmode=verify-full` against the server's certificate, the
//! connection is encrypted, and a server that cannot show a certificate
//! from the given authority is refused.
//!
//! Needs `TEST_POSTGRES_URL` for a server with TLS on and `TEST_POSTGRES_CA`
//! naming its certificate (`.ci/run` makes both); when
//! `VELKOMMEN_REQUIRE_POSTGRES` is set, a missing one fails the test.

mod common;

use sqlx::{Connection, PgConnection};

/// The server's certificate file, if given.
fn server_certificate() -> Option<String> {
    match std::env::var("TEST_POSTGRES_CA") {
        Ok(path) => Some(path),
        Err(_) if std::env::var_os("VELKOMMEN_REQUIRE_POSTGRES").is_some() => {
            panic!("VELKOMMEN_REQUIRE_POSTGRES is set but TEST_POSTGRES_CA is not")
        }
        Err(_) => {
            eprintln!("skipped: PostgreSQL over TLS (TEST_POSTGRES_CA is not set)");
            None
        }
    }
}

fn with_query(url: &str, query: &str) -> String {
    let mut url = url::Url::parse(url).unwrap();
    url.set_query(Some(query));
    url.to_string()
}

#[tokio::test]
async fn the_store_talks_to_postgresql_over_tls() {
    let Some(certificate) = server_certificate() else {
        return;
    };
    let Some(db) = common::postgres_db().await else {
        return;
    };
    for query in [
        "sslmode=require".to_owned(),
        format!("sslmode=verify-full&sslrootcert={certificate}"),
    ] {
        let url = with_query(&db.url, &query);
        let store = velkommen::app::open_store(&url)
            .await
            .unwrap_or_else(|e| panic!("{query}: {e}"));
        store.ping().await.unwrap();
        let mut connection = PgConnection::connect(&url).await.unwrap();
        let encrypted: bool =
            sqlx::query_scalar("select ssl from pg_stat_ssl where pid = pg_backend_pid()")
                .fetch_one(&mut connection)
                .await
                .unwrap();
        assert!(encrypted, "{query}: the connection is encrypted");
    }

    // Another authority's certificate: the server's is not trusted.
    let other = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(other.path(), OTHER_AUTHORITY).unwrap();
    let url = with_query(
        &db.url,
        &format!("sslmode=verify-full&sslrootcert={}", other.path().display()),
    );
    let refused = PgConnection::connect(&url).await.unwrap_err().to_string();
    assert!(
        refused.contains("UnknownIssuer") || refused.to_lowercase().contains("certificate"),
        "{refused}"
    );
}

/// A certificate authority that signed nothing of the test server's: a
/// self-signed certificate made once for this test (its key thrown away).
const OTHER_AUTHORITY: &str = "-----BEGIN CERTIFICATE-----
MIIBizCCATGgAwIBAgIUG+KSUIVBjZ+QAukNrY8D6oLQ+mkwCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPb3RoZXItYXV0aG9yaXR5MCAXDTI2MTIwMjE0NDMwMloYDzIx
MjYxMTA4MTQ0MzAyWjAaMRgwFgYDVQQDDA9vdGhlci1hdXRob3JpdHkwWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAATZx8x2hz/5OY70APeNljRh1gC9tyoJHCMz5whZ
WZZpE/y1nMF4oNSd79PPEVOi8bPCrOPG4L80RWLpD/wBa3U2o1MwUTAdBgNVHQ4E
FgQU14/pZNvan4l51Zs7rQFr/49A8UowHwYDVR0jBBgwFoAU14/pZNvan4l51Zs7
rQFr/49A8UowDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEA2u86
4avi5K7LPtnx/sO7KWpto0c2338K+elPOChVGhQCIGeAc8WG3Lbf4C783cLhn+3a
L9Rhuhj42HcTbJoDnOUt
-----END CERTIFICATE-----
";
