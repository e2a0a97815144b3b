//! Base64 (RFC 4648, standard alphabet, no padding): saved bytes as text localStorage and a
//! download can carry. Decoding is strict, so damaged text is reported rather than misread.

use data_encoding::{DecodeKind, BASE64_NOPAD};

pub fn encode(bytes: &[u8]) -> String {
    BASE64_NOPAD.encode(bytes)
}

/// The bytes `text` encodes, or the reason it is not base64 as [`encode`] writes it, as a
/// clause a person reads in "The saved drill cannot be read: …".
pub fn decode(text: &str) -> Result<Vec<u8>, String> {
    // BASE64_NOPAD is strict, as this format needs: no padding, and no bits set past the
    // last whole byte (otherwise two texts would read as the same bytes).
    let at = |position: usize| format!("it has an unexpected character at position {}", position + 1);
    BASE64_NOPAD.decode(text.as_bytes()).map_err(|e| match e.kind {
        DecodeKind::Symbol | DecodeKind::Padding => at(e.position),
        // The length is checked before the characters; a foreign character is the likelier
        // damage, and its place more use to the person reading.
        DecodeKind::Length => match text
            .bytes()
            .position(|b| !(b.is_ascii_alphanumeric() || b == b'+' || b == b'/'))
        {
            Some(position) => at(position),
            None => "it is cut short".to_string(),
        },
        DecodeKind::Trailing => "it is cut short".to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rfc_4648_vectors_without_padding() {
        for (bytes, text) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(bytes.as_bytes()), text);
            assert_eq!(decode(text), Ok(bytes.as_bytes().to_vec()));
        }
    }

    #[test]
    fn every_byte_value_and_length_round_trips() {
        for len in 0..300 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 7 + len) as u8).collect();
            assert_eq!(decode(&encode(&bytes)), Ok(bytes));
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&all)), Ok(all));
    }

    #[test]
    fn damage_is_reported() {
        assert_eq!(
            decode("Zm9v!"),
            Err("it has an unexpected character at position 5".into())
        );
        assert_eq!(decode("Zm9vY"), Err("it is cut short".into()));
        assert_eq!(
            decode("Zm=="),
            Err("it has an unexpected character at position 3".into())
        );
        // "Zh" has bits set past the one byte it carries.
        assert_eq!(decode("Zh"), Err("it is cut short".into()));
    }
}
