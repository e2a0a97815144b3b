//! Players on their own devices, with no server: the join link and the sync code.
//!
//! A player's laptop shares nothing with the facilitator's browser, so its players' window
//! is rebuilt from what a person carries across: the **join link** (the players' page with
//! the drill's scenario and seed, `?drill=<id>&seed=<n>`, shown as a link and a QR code) says
//! which drill the window follows, and the **sync code** (a short text, re-shown after each
//! event) carries the drill's log, so the window replays it with this core and shows the
//! same `view::participant_view` the facilitator's own players' window shows.
//!
//! The code is `SYNC<version>-` then base32 (RFC 4648, no padding: capitals and digits, which a
//! QR code holds in its compact alphanumeric mode, and which survive a chat or a phone's
//! keyboard) of the postcard bytes of the log, followed by a 32-bit checksum of them. Wall
//! times are kept as the gap from the event before (a few bytes each, not eight), and the
//! facilitator's notes are left out: a player's window never shows them, so the code that a
//! player can decode never holds them.

use super::event::{Event, EventKind};
use super::saved::Saved;
use crate::address;
use crate::hash::fnv1a;
use serde::{Deserialize, Serialize};

/// Bump when the code's contents change: [`EventKind`] is stored by position, as in saved
/// drills, so a new kind of event is a new version.
pub const SYNC_VERSION: u32 = 1;

const PREFIX: &str = "SYNC";

/// The longest text read as a code. A long drill's code is a few hundred characters; text far
/// beyond that is not a code this runbook wrote.
pub const MAX_CODE_CHARS: usize = 16 * 1024;

/// The drill a players' window joined: what its join link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Join {
    pub scenario_id: String,
    pub seed: u64,
}

impl Join {
    /// The drill `saved` is, to join.
    pub fn of(saved: &Saved) -> Self {
        Self {
            scenario_id: saved.scenario_id.clone(),
            seed: saved.seed,
        }
    }

    /// The players' window's query that joins this drill (after the page's path).
    pub fn query(&self) -> String {
        format!("?drill={}&seed={}", address::encode(&self.scenario_id), self.seed)
    }

    /// Whether `saved` is this drill.
    pub fn is(&self, saved: &Saved) -> bool {
        saved.scenario_id == self.scenario_id && saved.seed == self.seed
    }
}

/// What the code holds: the log for players, each wall time as the gap from the one before.
#[derive(Serialize, Deserialize)]
struct Compact {
    scenario_id: String,
    seed: u64,
    events: Vec<(i64, EventKind)>,
}

/// The log a player's window follows: `saved` without the facilitator's notes.
pub fn for_players(saved: &Saved) -> Saved {
    Saved {
        scenario_id: saved.scenario_id.clone(),
        seed: saved.seed,
        events: saved
            .events
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::NoteAdded { .. }))
            .cloned()
            .collect(),
    }
}

/// The sync code of `saved`, for players' windows on other devices.
pub fn sync_code(saved: &Saved) -> String {
    let players = for_players(saved);
    let mut before = 0;
    let events = players
        .events
        .into_iter()
        .map(|e| {
            let gap = e.wall_ms.wrapping_sub(before);
            before = e.wall_ms;
            (gap, e.kind)
        })
        .collect();
    let compact = Compact {
        scenario_id: players.scenario_id,
        seed: players.seed,
        events,
    };
    // Plain structs, strings and integers: serialising to a growable buffer cannot fail.
    pack(
        PREFIX,
        SYNC_VERSION,
        postcard::to_allocvec(&compact).unwrap_or_default(),
    )
}

/// `<prefix><version>-` and base32 of `bytes` with their checksum.
fn pack(prefix: &str, version: u32, mut bytes: Vec<u8>) -> String {
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum);
    format!("{prefix}{version}-{}", data_encoding::BASE32_NOPAD.encode(&bytes))
}

/// Why text is not what [`pack`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unpacked {
    Empty,
    /// It starts with none of the prefixes asked for.
    Other,
    Damaged,
    Newer(u32),
    Older(u32),
}

/// The prefix (one of `prefixes`) and the bytes of text [`pack`] wrote in `version`. Case,
/// spaces and line breaks do not matter.
fn unpack<'p>(text: &str, prefixes: &[&'p str], version: u32) -> Result<(&'p str, Vec<u8>), Unpacked> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return Err(Unpacked::Empty);
    }
    if text.len() > MAX_CODE_CHARS {
        return Err(Unpacked::Damaged);
    }
    let text = text.to_ascii_uppercase();
    let (prefix, rest) = prefixes
        .iter()
        .find_map(|p| text.strip_prefix(p).map(|rest| (*p, rest)))
        .ok_or(Unpacked::Other)?;
    let (found, payload) = rest.split_once('-').ok_or(Unpacked::Damaged)?;
    let found: u32 = found.parse().map_err(|_| Unpacked::Damaged)?;
    if found > version {
        return Err(Unpacked::Newer(found));
    }
    if found < version {
        return Err(Unpacked::Older(found));
    }
    let bytes = data_encoding::BASE32_NOPAD
        .decode(payload.as_bytes())
        .map_err(|_| Unpacked::Damaged)?;
    let (body, sum) = bytes
        .split_at_checked(bytes.len().saturating_sub(4))
        .ok_or(Unpacked::Damaged)?;
    if sum.len() != 4 || checksum(body) != sum {
        return Err(Unpacked::Damaged);
    }
    Ok((prefix, body.to_vec()))
}

fn checksum(bytes: &[u8]) -> [u8; 4] {
    // The low half of the project's one stable hash: enough to tell a code cut short or
    // mistyped from a real one (one in four billion passes by chance).
    (fnv1a(bytes) as u32).to_be_bytes()
}

/// Why a pasted code could not bring a window up to date; each a sentence with the way on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error("Paste the sync code shown in the facilitator's window.")]
    Empty,
    #[error("This is not a sync code. A sync code starts with “SYNC”: copy the one under “Sync code” in the facilitator's window.")]
    NotACode,
    #[error("This is a live link code, not a sync code: it goes under “Follow live”.")]
    LinkCode,
    #[error("This sync code is damaged or incomplete. Copy it again, whole, from the facilitator's window.")]
    Damaged,
    #[error("This sync code is from a newer version of the runbook (format {found}, this page reads {current}). Reload this page to get the newer version, then paste the code again.")]
    NewerVersion { found: u32, current: u32 },
    #[error("This sync code is from an older version of the runbook (format {found}, this page reads {current}). Ask the facilitator to reload their window and show the code again.")]
    OlderVersion { found: u32, current: u32 },
    #[error("This sync code is for another drill (scenario “{}”, seed {}), not the one this window joined. Ask the facilitator for this drill's code, or join the drill the code is for.", .code_for.scenario_id, .code_for.seed)]
    OtherDrill { code_for: Join },
    #[error("This sync code is older than what this window shows (it has {in_code} events, the window shows {shown}). Paste the newest code the facilitator's window shows.")]
    Stale { in_code: usize, shown: usize },
}

/// A code read and checked against the window: the log to show, and how many events it
/// adds to what the window showed (0: it was up to date already).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    pub saved: Saved,
    pub new_events: usize,
}

impl Synced {
    /// What the window says once it took the code.
    pub fn sentence(&self) -> String {
        match self.new_events {
            0 => "This window was already up to date.".to_string(),
            1 => "Brought up to date: 1 new event.".to_string(),
            n => format!("Brought up to date: {n} new events."),
        }
    }
}

/// Reads a pasted code (case, spaces and line breaks do not matter, so one read aloud or
/// wrapped by a chat still reads).
pub fn decode(text: &str) -> Result<Saved, SyncError> {
    let (_, body) = unpack(text, &[PREFIX], SYNC_VERSION).map_err(|e| match e {
        Unpacked::Empty => SyncError::Empty,
        Unpacked::Other
            if ["OFFER", "ANSWER"]
                .iter()
                .any(|p| text.trim_start().to_ascii_uppercase().starts_with(p)) =>
        {
            SyncError::LinkCode
        }
        Unpacked::Other => SyncError::NotACode,
        Unpacked::Damaged => SyncError::Damaged,
        Unpacked::Newer(found) => SyncError::NewerVersion {
            found,
            current: SYNC_VERSION,
        },
        Unpacked::Older(found) => SyncError::OlderVersion {
            found,
            current: SYNC_VERSION,
        },
    })?;
    let compact: Compact = match postcard::take_from_bytes(&body) {
        Ok((value, [])) => value,
        _ => return Err(SyncError::Damaged),
    };
    let mut at: i64 = 0;
    let events = compact
        .events
        .into_iter()
        .map(|(gap, kind)| {
            at = at.wrapping_add(gap);
            Event::new(at, kind)
        })
        .collect();
    Ok(Saved {
        scenario_id: compact.scenario_id,
        seed: compact.seed,
        events,
    })
}

/// Reads a code pasted into a players' window that joined `joined` and shows `current`
/// (if anything), and says what the window shows next.
///
/// A code for another drill is refused (with that drill, so the page can offer to join it).
/// A code is taken when it carries the window's drill on (every event the window has, and
/// more or the same), or when it is a new start of the same drill (the facilitator started
/// it again from the same briefing); an older copy is refused as stale.
pub fn read(text: &str, joined: &Join, current: Option<&Saved>) -> Result<Synced, SyncError> {
    let told = decode(text)?;
    if !joined.is(&told) {
        return Err(SyncError::OtherDrill {
            code_for: Join::of(&told),
        });
    }
    let Some(current) = current.map(for_players) else {
        let new_events = told.events.len();
        return Ok(Synced {
            saved: told,
            new_events,
        });
    };
    let start = |s: &Saved| s.events.first().map(|e| e.wall_ms);
    let stale = Err(SyncError::Stale {
        in_code: told.events.len(),
        shown: current.events.len(),
    });
    if start(&told) == start(&current) {
        if !told.events.starts_with(&current.events) {
            return stale;
        }
        let new_events = told.events.len() - current.events.len();
        return Ok(Synced {
            saved: told,
            new_events,
        });
    }
    if start(&told) < start(&current) {
        return stale;
    }
    let new_events = told.events.len();
    Ok(Synced {
        saved: told,
        new_events,
    })
}

/// The version of the live link's codes (below).
pub const LINK_VERSION: u32 = 1;

/// Which half of a live link a code is. A live link is a WebRTC data channel between the
/// facilitator's console and one player's window, signalled by hand (no server, no STUN:
/// host candidates only, so both devices must reach each other on the local network). The
/// console makes an **offer**, the player's window answers it with an **answer**; each is
/// the browser's session description, carried as a code like a sync code. Once the channel
/// opens, the console sends the sync code down it after every event, and the window takes it
/// as if pasted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkSide {
    Offer,
    Answer,
}

impl LinkSide {
    fn prefix(self) -> &'static str {
        match self {
            LinkSide::Offer => "OFFER",
            LinkSide::Answer => "ANSWER",
        }
    }
}

/// The code carrying one side's session description `sdp`.
pub fn link_code(side: LinkSide, sdp: &str) -> String {
    pack(side.prefix(), LINK_VERSION, sdp.as_bytes().to_vec())
}

/// Why a pasted live link code could not be used; each a sentence with the way on, worded
/// for the window it was pasted in (the one that wants `want`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    Empty {
        want: LinkSide,
    },
    /// The other half: pasted in the window that made it, or the wrong window.
    WrongSide {
        want: LinkSide,
    },
    NotACode {
        want: LinkSide,
    },
    Damaged,
    OtherVersion {
        found: u32,
        current: u32,
    },
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use LinkSide::{Answer, Offer};
        let text = match self {
            LinkError::Empty { want: Offer } => "Paste the live link code from the facilitator's screen.".to_string(),
            LinkError::Empty { want: Answer } => "Paste the answer code the player's window shows.".to_string(),
            LinkError::WrongSide { want: Offer } => "This is a player's answer code: it goes in the facilitator's console. Paste the facilitator's live link code here (it starts with “OFFER”).".to_string(),
            LinkError::WrongSide { want: Answer } => "This is the console's own live link code: it goes in the player's window. Paste here the answer code the player's window shows (it starts with “ANSWER”).".to_string(),
            LinkError::NotACode { want: Offer } => "This is not a live link code. The facilitator's starts with “OFFER”: they make one with “Make a live link” in the console.".to_string(),
            LinkError::NotACode { want: Answer } => "This is not a player's answer code. It starts with “ANSWER”, and the player's window shows it once they paste the live link code.".to_string(),
            LinkError::Damaged => "This code is damaged or incomplete. Copy it again, whole.".to_string(),
            LinkError::OtherVersion { found, current } => format!("This code is from another version of the runbook (format {found}, this page reads {current}). Reload both windows so they run the same version, then make a new live link."),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LinkError {}

/// The session description in a code pasted into the window that wants `want`.
pub fn read_link_code(text: &str, want: LinkSide) -> Result<String, LinkError> {
    let other = match want {
        LinkSide::Offer => LinkSide::Answer,
        LinkSide::Answer => LinkSide::Offer,
    };
    let (prefix, body) = unpack(text, &[want.prefix(), other.prefix()], LINK_VERSION).map_err(|e| match e {
        Unpacked::Empty => LinkError::Empty { want },
        Unpacked::Other => LinkError::NotACode { want },
        Unpacked::Damaged => LinkError::Damaged,
        Unpacked::Newer(found) | Unpacked::Older(found) => LinkError::OtherVersion {
            found,
            current: LINK_VERSION,
        },
    })?;
    if prefix != want.prefix() {
        return Err(LinkError::WrongSide { want });
    }
    String::from_utf8(body).map_err(|_| LinkError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::super::clock::REAL_TIME;
    use super::super::testing::scenario;
    use super::super::DrillState;
    use super::*;

    fn drill() -> Saved {
        let mut s = DrillState::start(scenario("s"), 42, 1_765_000_000_000, REAL_TIME).unwrap();
        s.apply(Event::new(1_765_000_060_000, EventKind::Paused)).unwrap();
        s.apply(Event::new(
            1_765_000_061_000,
            EventKind::NoteAdded {
                text: "SECRET facilitator note".into(),
            },
        ))
        .unwrap();
        s.apply(Event::new(1_765_000_090_000, EventKind::Resumed)).unwrap();
        s.apply(Event::new(
            1_765_000_095_000,
            EventKind::DecisionMade {
                decision: "first".into(),
                option: "wait".into(),
                role: Some("lead".into()),
            },
        ))
        .unwrap();
        Saved::from_state(&s)
    }

    fn joined() -> Join {
        Join {
            scenario_id: "s".into(),
            seed: 42,
        }
    }

    #[test]
    fn a_code_round_trips_without_the_facilitators_notes() {
        let saved = drill();
        let code = sync_code(&saved);
        assert!(code.starts_with("SYNC1-"), "{code}");
        assert!(
            code.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'),
            "a QR code's alphanumeric mode holds it: {code}"
        );
        let read_back = decode(&code).unwrap();
        assert_eq!(read_back, for_players(&saved));
        assert_eq!(read_back.events.len(), saved.events.len() - 1);
        assert!(!format!("{read_back:?}").contains("SECRET"));
        // Replays to the same players' view as the full log.
        let full = saved.resume(&[scenario("s")]).unwrap();
        let players = read_back.resume(&[scenario("s")]).unwrap();
        let now = 1_765_000_200_000;
        assert_eq!(
            super::super::view::participant_view(&full, now, None),
            super::super::view::participant_view(&players, now, None)
        );
        // Short: gaps, not wall times.
        assert!(code.len() < 80, "{} characters: {code}", code.len());
    }

    #[test]
    fn a_pasted_code_may_be_lower_case_wrapped_or_spaced() {
        let code = sync_code(&drill());
        let (a, b) = code.split_at(20);
        let messy = format!("  {}\n{} \n", a.to_lowercase(), b);
        assert_eq!(decode(&messy), decode(&code));
    }

    #[test]
    fn a_damaged_code_is_refused_never_misread() {
        let code = sync_code(&drill());
        assert_eq!(decode(""), Err(SyncError::Empty));
        assert_eq!(decode(" \n"), Err(SyncError::Empty));
        assert_eq!(decode("hello"), Err(SyncError::NotACode));
        assert_eq!(decode("drill/2:AAAA"), Err(SyncError::NotACode));
        assert_eq!(decode(&link_code(LinkSide::Offer, "v=0")), Err(SyncError::LinkCode));
        assert_eq!(decode("SYNC1"), Err(SyncError::Damaged));
        assert_eq!(decode("SYNCX-AAAA"), Err(SyncError::Damaged));
        assert_eq!(decode(&code[..code.len() - 3]), Err(SyncError::Damaged), "cut short");
        assert_eq!(decode(&format!("{code}A")), Err(SyncError::Damaged), "one too many");
        assert_eq!(
            decode(&code.replace('-', "-!")),
            Err(SyncError::Damaged),
            "a stray mark"
        );
        // Every single character changed to another of the alphabet is caught.
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        for i in 6..code.len() {
            let was = code.as_bytes()[i] as char;
            let other = alphabet.chars().find(|c| *c != was).unwrap();
            let mut typo = code.clone();
            typo.replace_range(i..=i, &other.to_string());
            assert!(decode(&typo).is_err(), "a typo at {i} is caught");
        }
        assert_eq!(
            decode(&format!("SYNC1-{}", "A".repeat(MAX_CODE_CHARS))),
            Err(SyncError::Damaged)
        );
    }

    #[test]
    fn a_code_from_another_version_says_which_way_to_go() {
        let code = sync_code(&drill());
        let future = code.replacen("SYNC1-", "SYNC2-", 1);
        assert_eq!(decode(&future), Err(SyncError::NewerVersion { found: 2, current: 1 }));
        assert_eq!(
            decode(&future).unwrap_err().to_string(),
            "This sync code is from a newer version of the runbook (format 2, this page reads 1). Reload this page to get the newer version, then paste the code again."
        );
        assert_eq!(
            decode(&code.replacen("SYNC1-", "SYNC0-", 1)),
            Err(SyncError::OlderVersion { found: 0, current: 1 })
        );
    }

    #[test]
    fn a_code_for_another_drill_names_it() {
        let code = sync_code(&drill());
        let elsewhere = Join {
            scenario_id: "other".into(),
            seed: 42,
        };
        let reseeded = Join { seed: 7, ..joined() };
        for join in [elsewhere, reseeded] {
            let error = read(&code, &join, None).unwrap_err();
            assert_eq!(error, SyncError::OtherDrill { code_for: joined() });
            assert_eq!(
                error.to_string(),
                "This sync code is for another drill (scenario “s”, seed 42), not the one this window joined. Ask the facilitator for this drill's code, or join the drill the code is for."
            );
        }
    }

    #[test]
    fn a_window_takes_a_code_that_carries_its_drill_on() {
        let full = drill();
        let mut earlier = full.clone();
        earlier.events.truncate(2);
        let first = read(&sync_code(&earlier), &joined(), None).unwrap();
        assert_eq!(first.new_events, 2);
        let next = read(&sync_code(&full), &joined(), Some(&first.saved)).unwrap();
        assert_eq!(next.saved, for_players(&full));
        assert_eq!(next.new_events, 2, "the note is not counted");
        assert_eq!(next.sentence(), "Brought up to date: 2 new events.");
        // The same code again: up to date, nothing new.
        assert_eq!(
            read(&sync_code(&full), &joined(), Some(&next.saved))
                .unwrap()
                .new_events,
            0
        );
        // A window that shows the facilitator's full log (the same browser) compares without notes.
        assert_eq!(read(&sync_code(&full), &joined(), Some(&full)).unwrap().new_events, 0);
        // An older code is stale.
        assert_eq!(
            read(&sync_code(&earlier), &joined(), Some(&next.saved)),
            Err(SyncError::Stale { in_code: 2, shown: 4 })
        );
        // A log that rewrites what the window shows is refused as stale too.
        let mut rewritten = full.clone();
        rewritten.events[1].wall_ms += 1;
        assert!(matches!(
            read(&sync_code(&rewritten), &joined(), Some(&next.saved)),
            Err(SyncError::Stale { .. })
        ));
        // The same drill started again later is taken; one started earlier is not.
        let mut again = full.clone();
        again.events = vec![Event::new(
            full.events[0].wall_ms + 5_000,
            EventKind::Started { speed: REAL_TIME },
        )];
        assert_eq!(
            read(&sync_code(&again), &joined(), Some(&next.saved)).unwrap().saved,
            again
        );
        let mut before = again.clone();
        before.events[0].wall_ms -= 10_000;
        assert!(read(&sync_code(&before), &joined(), Some(&next.saved)).is_err());
    }

    #[test]
    fn the_join_link_names_the_drill() {
        let join = Join {
            scenario_id: "db outage".into(),
            seed: 18_446_744_073_709_551_615,
        };
        assert_eq!(join.query(), "?drill=db%20outage&seed=18446744073709551615");
        assert!(joined().is(&drill()));
    }

    const SDP: &str = "v=0\r\no=- 46117 2 IN IP4 127.0.0.1\r\ns=-\r\na=candidate:1 1 udp 2113937151 a7665df4.local 42779 typ host\r\n";

    #[test]
    fn a_live_link_code_round_trips_and_says_where_it_goes() {
        let offer = link_code(LinkSide::Offer, SDP);
        assert!(offer.starts_with("OFFER1-"));
        assert_eq!(
            read_link_code(&offer.to_lowercase(), LinkSide::Offer).as_deref(),
            Ok(SDP)
        );
        let answer = link_code(LinkSide::Answer, SDP);
        assert_eq!(read_link_code(&answer, LinkSide::Answer).as_deref(), Ok(SDP));
        assert_eq!(
            read_link_code(&offer, LinkSide::Answer),
            Err(LinkError::WrongSide { want: LinkSide::Answer })
        );
        assert_eq!(
            read_link_code(&answer, LinkSide::Offer),
            Err(LinkError::WrongSide { want: LinkSide::Offer })
        );
        assert_eq!(
            read_link_code(" ", LinkSide::Offer),
            Err(LinkError::Empty { want: LinkSide::Offer })
        );
        assert_eq!(
            read_link_code(&sync_code(&drill()), LinkSide::Offer),
            Err(LinkError::NotACode { want: LinkSide::Offer })
        );
        assert_eq!(
            read_link_code(&offer[..offer.len() - 2], LinkSide::Offer),
            Err(LinkError::Damaged)
        );
        assert_eq!(
            read_link_code(&offer.replacen("OFFER1", "OFFER2", 1), LinkSide::Offer),
            Err(LinkError::OtherVersion { found: 2, current: 1 })
        );
        for side in [LinkSide::Offer, LinkSide::Answer] {
            for e in [
                LinkError::Empty { want: side },
                LinkError::WrongSide { want: side },
                LinkError::NotACode { want: side },
            ] {
                assert!(e.to_string().ends_with('.') || e.to_string().ends_with(")."), "{e}");
            }
        }
    }
}
