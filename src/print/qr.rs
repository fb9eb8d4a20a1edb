//! The QR code on letters and posters, drawn as SVG so it stays sharp at
//! any size a printer or copier makes of it.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::PrintError;

/// A QR code for `url` as an SVG document, black on white with the quiet
/// zone around it that phone cameras need. Error correction level M: a
/// poster on a notice board may get a pin hole or a fold.
pub fn qr_svg(url: &str) -> Result<String, PrintError> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|e| PrintError::Qr(e.to_string()))?;
    Ok(code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(8, 8)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}
