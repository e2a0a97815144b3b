//! localStorage glue for drills: the drill in progress (the core's `Saved`, as versioned
//! text) and the list of past drills. Reading and writing text only; every decision
//! about what the text means is the core's (`runbook::drill::saved`).

use crate::page_files;
use runbook::drill::report_edits::{EditsProblem, ReportEdits};
use runbook::drill::saved::{PastDrill, PastDrills, Saved, SavedError};
use runbook::drill::DrillState;

/// The drill in progress.
pub const CURRENT_KEY: &str = "runbook-drill";
/// The list of past drills.
pub const PAST_KEY: &str = "runbook-drill-past";
/// The facilitator's edits to the after-action report (`runbook::drill::report_edits`).
pub const REPORT_EDITS_KEY: &str = "runbook-drill-report-edits";
/// The drill a players' window on another device follows through sync codes
/// (`runbook::drill::remote`): its own key, so a player's browser never takes it for a drill
/// it runs, and a reload keeps what the last code brought.
pub const JOINED_KEY: &str = "runbook-drill-joined";
/// A drill in progress that a new one replaced, until the facilitator's window (which has
/// the scenarios to score it) files it in the list of past drills.
pub const REPLACED_KEY: &str = "runbook-drill-replaced";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Wall time now, ms since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The raw saved text of the drill in progress, if any.
pub fn load_raw() -> Option<String> {
    storage()?.get_item(CURRENT_KEY).ok()?
}

/// What loading the drill in progress found.
pub enum Loaded {
    Nothing,
    Drill(Box<DrillState>),
    /// The saved text could not be resumed: the reason and the raw text, for export.
    Broken {
        error: SavedError,
        raw: String,
    },
}

/// Loads and replays the drill in progress.
pub fn load() -> Loaded {
    let Some(raw) = load_raw() else {
        return Loaded::Nothing;
    };
    match runbook::drill::saved::resume(&raw, page_files::drills()) {
        Ok(state) => Loaded::Drill(Box::new(state)),
        Err(error) => Loaded::Broken { error, raw },
    }
}

/// The drill in progress as saved, without replaying it: for the list of drills and the
/// briefings, which carry no scenarios. `Err` has the reason and the raw text, for export.
pub fn load_log() -> Option<Result<Saved, (SavedError, String)>> {
    let raw = load_raw()?;
    Some(Saved::load(&raw).map_err(|e| (e, raw)))
}

/// Saves the drill's log. Returns false when the browser refused (storage full or blocked).
pub fn save(state: &DrillState) -> bool {
    save_log(&Saved::from_state(state))
}

/// Saves a log as it is (a drill just started from its briefing).
pub fn save_log(saved: &Saved) -> bool {
    storage().is_some_and(|s| s.set_item(CURRENT_KEY, &saved.to_text()).is_ok())
}

/// Keeps a drill in progress that a new one is replacing, for [`file_replaced`]. False when
/// the browser refused (storage full or blocked): then the drill in progress must not be
/// replaced, or it would be lost from the past drills.
pub fn keep_replaced(saved: &Saved) -> bool {
    storage().is_some_and(|s| s.set_item(REPLACED_KEY, &saved.to_text()).is_ok())
}

/// Files a replaced drill (see [`keep_replaced`]) in the list of past drills, with its
/// score. A replaced log that no longer replays is dropped: it was never the one in use. A
/// drill that cannot be filed yet (the list is damaged, or the browser refused) stays kept,
/// to be filed once the list can take it; the title says which drill it is.
pub fn file_replaced() -> Result<(), (String, NotFiled)> {
    let Some(s) = storage() else { return Ok(()) };
    let Some(raw) = s.get_item(REPLACED_KEY).ok().flatten() else {
        return Ok(());
    };
    if let Ok(state) = runbook::drill::saved::resume(&raw, page_files::drills()) {
        record_past(&state).map_err(|why| (state.scenario().title.clone(), why))?;
    }
    let _ = s.remove_item(REPLACED_KEY);
    Ok(())
}

/// The scenarios of the drill in progress and of a replaced one, which a drill window loads
/// before it draws (`page_files::files_for_drill_window`). Text that cannot be read names none: the
/// window then reports it as it does now.
pub fn scenarios_in_use() -> Vec<String> {
    let Some(s) = storage() else { return Vec::new() };
    let mut ids: Vec<String> = Vec::new();
    for key in [CURRENT_KEY, REPLACED_KEY] {
        if let Some(Ok(saved)) = s.get_item(key).ok().flatten().map(|raw| Saved::load(&raw)) {
            if !ids.contains(&saved.scenario_id) {
                ids.push(saved.scenario_id);
            }
        }
    }
    ids
}

/// The drill this browser follows as a player on another device, if it is `join`'s and still
/// replays (anything else is left to be replaced by the next code).
pub fn load_joined(join: &runbook::drill::remote::Join) -> Option<DrillState> {
    let raw = storage()?.get_item(JOINED_KEY).ok()??;
    let saved = Saved::load(&raw).ok().filter(|s| join.is(s))?;
    saved.resume(page_files::drills()).ok()
}

/// Keeps the drill a players' window on another device follows. False when the browser
/// refused (then a reload asks for the code again).
pub fn save_joined(saved: &Saved) -> bool {
    storage().is_some_and(|s| s.set_item(JOINED_KEY, &saved.to_text()).is_ok())
}

/// Forgets the drill in progress ("Start afresh").
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(CURRENT_KEY);
    }
}

/// The list of past drills. A damaged list is reported, not thrown away.
pub fn past() -> Result<PastDrills, (SavedError, String)> {
    let Some(raw) = storage().and_then(|s| s.get_item(PAST_KEY).ok().flatten()) else {
        return Ok(PastDrills::new());
    };
    PastDrills::load(&raw).map_err(|e| (e, raw))
}

/// Why a drill could not be added to the list of past drills.
pub enum NotFiled {
    /// The list there cannot be read: it is left as it is until the person chooses (download
    /// it, then clear it), never written over. The reason and the raw text, for export.
    Damaged { error: SavedError, raw: String },
    /// The browser would not save the list (storage full or blocked).
    Refused,
}

impl NotFiled {
    /// What went wrong, as a sentence for the page.
    pub fn sentence(&self, title: &str) -> String {
        match self {
            NotFiled::Damaged { error, .. } => format!(
                "The drill “{title}” could not be added to the list of past drills, because the list could not be read, and it is kept as it is. {error}"
            ),
            NotFiled::Refused => format!(
                "This browser would not save the list of past drills (storage may be full or blocked), so the drill “{title}” is not in it."
            ),
        }
    }
}

/// Adds (or updates, for the same start) a drill in the list of past drills. A damaged list is
/// never replaced: the drill is not filed, and the caller says so.
pub fn record_past(state: &DrillState) -> Result<(), NotFiled> {
    let entry = PastDrill::from_state(state, now_ms());
    let mut list = past().map_err(|(error, raw)| NotFiled::Damaged { error, raw })?;
    list.drills
        .retain(|d| !(d.started_wall_ms == entry.started_wall_ms && d.scenario_id == entry.scenario_id));
    list.drills.insert(0, entry);
    match storage() {
        Some(s) if s.set_item(PAST_KEY, &list.to_text()).is_ok() => Ok(()),
        _ => Err(NotFiled::Refused),
    }
}

/// The edits saved for an after-action report, if any. Edits that cannot be read come with
/// their text, exactly as saved, for the reader to keep.
pub fn report_edits() -> Option<Result<ReportEdits, (EditsProblem, String)>> {
    let raw = storage()?.get_item(REPORT_EDITS_KEY).ok()??;
    Some(ReportEdits::load(&raw).map_err(|problem| (problem, raw)))
}

/// What became of the report's edits on saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditsSaved {
    Saved,
    /// The browser would not keep them (storage full or blocked).
    Refused,
    /// Not saved: what is saved already cannot be read here, and stays until the reader
    /// chooses what to do with it ([`clear_report_edits`]); a newer build's, always.
    Held,
}

/// Keeps the report's edits, never over saved edits this build cannot read.
pub fn save_report_edits(edits: &ReportEdits) -> EditsSaved {
    let Some(s) = storage() else {
        return EditsSaved::Refused;
    };
    if let Some(raw) = s.get_item(REPORT_EDITS_KEY).ok().flatten() {
        if ReportEdits::load(&raw).is_err() {
            return EditsSaved::Held;
        }
    }
    match s.set_item(REPORT_EDITS_KEY, &edits.to_text()) {
        Ok(()) => EditsSaved::Saved,
        Err(_) => EditsSaved::Refused,
    }
}

/// Forgets saved report edits (when they cannot be read and the reader chooses to).
pub fn clear_report_edits() {
    if let Some(s) = storage() {
        let _ = s.remove_item(REPORT_EDITS_KEY);
    }
}

/// Forgets the list of past drills (when it is damaged and the reader chooses to).
pub fn clear_past() {
    if let Some(s) = storage() {
        let _ = s.remove_item(PAST_KEY);
    }
}
