//! How the site writes what it keeps in the browser (localStorage, and the messages between
//! a drill's windows): a label naming what the text holds and the version of its format, then
//! the value's postcard bytes in base64, as in `drill/2:AAEC…`.
//!
//! Why not JSON, as before: a JSON decoder for these types was the largest single piece of
//! the drills and commands apps (README, "Benchmarks and budgets"), and postcard is in every
//! app already for the embedded content. The label keeps the text self-describing: a person
//! who finds it sees what it is, and an older or newer format is told apart from damage
//! without decoding anything.

mod base64;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why saved text could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// It is not what [`encode`] wrote for this kind: the reason, as a clause.
    Damaged(String),
    /// It was written in another version of the format.
    OtherVersion { found: u32, current: u32 },
}

/// Every format before this one was JSON, version 1: such text is reported as that version.
const JSON_FORMAT_VERSION: u32 = 1;

/// The text for `value`: `kind` (a short lowercase name, such as `drill`) says what it holds.
pub fn encode<T: Serialize>(kind: &str, version: u32, value: &T) -> String {
    // The saved types are plain structs, enums, strings and integers: serialising to a
    // growable buffer cannot fail.
    let bytes = postcard::to_allocvec(value).unwrap_or_default();
    format!("{kind}/{version}:{}", base64::encode(&bytes))
}

/// Reads text [`encode`] wrote for `kind` in format `current`.
pub fn decode<T: DeserializeOwned>(kind: &str, current: u32, text: &str) -> Result<T, TextError> {
    if text.trim_start().starts_with('{') {
        return Err(TextError::OtherVersion {
            found: JSON_FORMAT_VERSION,
            current,
        });
    }
    let damaged = |reason: &str| TextError::Damaged(reason.to_string());
    let rest = text
        .strip_prefix(kind)
        .and_then(|r| r.strip_prefix('/'))
        .ok_or_else(|| damaged(&format!("it does not start with “{kind}/”")))?;
    let (version, payload) = rest
        .split_once(':')
        .ok_or_else(|| damaged("it has no “:” after the version"))?;
    let found: u32 = version
        .parse()
        .map_err(|_| damaged(&format!("“{version}” is not a version number")))?;
    if found != current {
        return Err(TextError::OtherVersion { found, current });
    }
    let bytes = base64::decode(payload).map_err(|reason| damaged(&reason))?;
    match postcard::take_from_bytes(&bytes) {
        Ok((value, [])) => Ok(value),
        Ok(_) => Err(damaged("it has data after its end")),
        Err(e) => Err(damaged(&format!("its contents do not fit: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Thing {
        name: String,
        n: u64,
        tag: Option<Tag>,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    enum Tag {
        Plain,
        With { words: Vec<String> },
    }

    fn thing() -> Thing {
        Thing {
            name: "s189p01-cpdec2-pd-pg «ok»".into(),
            n: u64::MAX,
            tag: Some(Tag::With {
                words: vec!["a".into(), "".into()],
            }),
        }
    }

    #[test]
    fn a_value_round_trips_behind_its_label() {
        let text = encode("thing", 3, &thing());
        assert!(text.starts_with("thing/3:"), "{text}");
        assert_eq!(decode::<Thing>("thing", 3, &text), Ok(thing()));
    }

    #[test]
    fn another_version_is_named_and_json_is_the_first() {
        let text = encode("thing", 3, &thing());
        let other = |found| Err(TextError::OtherVersion { found, current: 4 });
        assert_eq!(decode::<Thing>("thing", 4, &text), other(3));
        assert_eq!(decode::<Thing>("thing", 4, r#"{"schema-version":1}"#), other(1));
        assert_eq!(decode::<Thing>("thing", 4, " {not even json"), other(1));
    }

    #[test]
    fn damage_is_named_never_misread() {
        let text = encode("thing", 3, &thing());
        let damaged = |t: &str, kind: &str| match decode::<Thing>(kind, 3, t) {
            Err(TextError::Damaged(reason)) => reason,
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(damaged(&text, "other"), "it does not start with “other/”");
        assert_eq!(damaged("thing/3", "thing"), "it has no “:” after the version");
        assert_eq!(damaged("thing/x:AA", "thing"), "“x” is not a version number");
        assert_eq!(
            damaged("thing/3:A*", "thing"),
            "it has an unexpected character at position 2"
        );
        assert!(damaged(&text[..text.len() - 4], "thing").starts_with("its contents do not fit"));
        let longer = encode("thing", 3, &(thing(), 1u8));
        assert_eq!(damaged(&longer, "thing"), "it has data after its end");
        assert!(damaged("thing/3:", "thing").starts_with("its contents do not fit"));
    }
}
