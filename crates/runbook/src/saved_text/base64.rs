//! Base64 (RFC 4648, standard alphabet, no padding): saved bytes as text localStorage and a
//! download can carry. Decoding is strict, so damaged text is reported rather than misread.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // A chunk of k bytes carries 8k bits: k + 1 characters of six bits each.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
        }
    }
    out
}

/// The bytes `text` encodes, or the reason it is not base64 as [`encode`] writes it.
pub fn decode(text: &str) -> Result<Vec<u8>, String> {
    let sextet = |(i, c): (usize, u8)| match c {
        b'A'..=b'Z' => Ok(c - b'A'),
        b'a'..=b'z' => Ok(c - b'a' + 26),
        b'0'..=b'9' => Ok(c - b'0' + 52),
        b'+' => Ok(62),
        b'/' => Ok(63),
        _ => Err(format!("it has an unexpected character at position {}", i + 1)),
    };
    let digits = text
        .bytes()
        .enumerate()
        .map(sextet)
        .collect::<Result<Vec<u8>, String>>()?;
    if digits.len() % 4 == 1 {
        return Err("it is cut short".into());
    }
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &d)| n | (u32::from(d) << (18 - 6 * i)));
        let bytes = chunk.len() - 1;
        // Bits past the last whole byte must be zero, as `encode` leaves them: otherwise two
        // texts would read as the same bytes.
        if n & ((1 << (24 - 8 * bytes)) - 1) != 0 {
            return Err("it is cut short".into());
        }
        out.extend_from_slice(&n.to_be_bytes()[1..=bytes]);
    }
    Ok(out)
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
