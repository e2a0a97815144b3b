//! A QR code as a matrix of modules, for a component to draw (as SVG): the drill's join link
//! and sync code, so a player's phone or laptop camera can read them off the facilitator's
//! screen. The encoding is the `qrcode` crate's (no image or SVG features: the site draws).

use qrcode::{Color, EcLevel, QrCode};

/// The modules of a QR code, row by row, `true` for dark; `width` on a side. Readers need a
/// quiet zone of 4 modules around it, which the drawing adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// The code for `text`, at error correction level M (15% may be lost: a screen read at
    /// an angle, a smudge on a projector). `None` when the text is too long for any QR code.
    pub fn of(text: &str) -> Option<Self> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
        Some(Self { width, dark })
    }

    /// The dark modules' places, as (column, row).
    pub fn dark_modules(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.dark
            .iter()
            .enumerate()
            .filter(|(_, d)| **d)
            .map(|(i, _)| (i % self.width, i / self.width))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_square_with_its_finder_patterns() {
        let qr = QrMatrix::of("SYNC1-ABCDEFGH234567").unwrap();
        assert_eq!(qr.width, 21, "version 1 holds a short code");
        assert_eq!(qr.dark.len(), qr.width * qr.width);
        // The top-left finder pattern: a dark 7×7 ring.
        assert!((0..7).all(|i| qr.dark[i] && qr.dark[i * qr.width]));
        assert!(!qr.dark[qr.width + 1]);
        assert!(qr.dark_modules().all(|(x, y)| x < qr.width && y < qr.width));
        assert!(QrMatrix::of(&"A".repeat(5_000)).is_none(), "too long for any version");
    }
}
