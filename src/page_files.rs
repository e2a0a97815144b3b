//! What the page shows of the runbook, fetched before the app draws it. The build writes one
//! postcard file per wizard, generator and drill scenario into a data folder the page names
//! in a `<meta>` (crates/sitegen/src/data_files.rs, `runbook::page_data`), and the page's
//! head has the browser fetch its own files alongside the app. So no app embeds the runbook:
//! an app is the same whatever the content, and a page's first load does not grow with the
//! number of wizards, generators or scenarios.
//!
//! [`load`] runs once per page load, before the app mounts anything, and hands each file to
//! the app's `SiteApp::keep`, which decodes only the kinds its pages show; the accessors
//! below then answer synchronously from what was kept (and find nothing that was not).

use runbook::command::Generator;
use runbook::drill::model::Listing;
use runbook::drill::Scenario;
use runbook::message::Message;
use runbook::page_data::{DataFile, ParamLabels, WizardFile};
use runbook::route::Route;
use runbook::wizard::diagram::Drawing;
use runbook::wizard::Wizard;
use std::sync::{Mutex, OnceLock};

/// The `<meta name>` naming the data folder (crates/sitegen/src/data_files.rs).
const META: &str = "runbook-data";

/// Where a doc page embeds a live generator (crates/sitegen/src/pages/doc.rs).
pub const GENERATOR_SLOTS: &str = ".generator-embed__form[data-generator]";

/// The files the page at `route` needs: those the build named for it (`files_for`, with the
/// generators a doc page embeds, read from its slots), and those its query asks for.
pub fn files_for_page(route: &Route) -> Vec<DataFile> {
    let embedded: Vec<String> = crate::static_page::all(GENERATOR_SLOTS)
        .iter()
        .filter_map(|slot| slot.get_attribute("data-generator"))
        .collect();
    let embedded: Vec<&str> = embedded.iter().map(String::as_str).collect();
    runbook::page_data::files_for(route, &crate::location::search(), &embedded)
}

/// A drill window's files: the scenarios of the drills this browser holds, in progress or
/// just replaced (only the browser knows which, so the build names none), and `joined`, the
/// scenario a players' window on another device joined through its link.
pub fn files_for_drill_window(joined: Option<String>) -> Vec<DataFile> {
    let mut ids = crate::drill_store::scenarios_in_use();
    if let Some(id) = joined.filter(|id| !ids.contains(id)) {
        ids.push(id);
    }
    let files = ids.iter().cloned().map(DataFile::Scenario).collect();
    let _ = ASKED_SCENARIOS.set(ids);
    files
}

/// The scenarios this page asked for as it loaded, found or not.
static ASKED_SCENARIOS: OnceLock<Vec<String>> = OnceLock::new();

/// Whether this page asked for the scenario as it loaded: if it has not got it, the build
/// has not, and loading the page again would not change that.
pub fn asked_for_scenario(id: &str) -> bool {
    ASKED_SCENARIOS
        .get()
        .is_some_and(|ids| ids.iter().any(|asked| asked == id))
}

/// A data file that arrived but does not decode.
pub struct Damaged;

/// Items kept while the page's files load, then read-only for the life of the page: every
/// file is kept before the app mounts anything, so nothing reads before the last is in.
struct Kept<T> {
    loading: Mutex<Vec<T>>,
    done: OnceLock<Vec<T>>,
}

impl<T> Kept<T> {
    const fn new() -> Self {
        Kept {
            loading: Mutex::new(Vec::new()),
            done: OnceLock::new(),
        }
    }

    fn keep(&self, item: T) {
        if let Ok(mut items) = self.loading.lock() {
            items.push(item);
        }
    }

    fn all(&'static self) -> &'static [T] {
        self.done.get_or_init(|| {
            self.loading
                .lock()
                .map(|mut items| std::mem::take(&mut *items))
                .unwrap_or_default()
        })
    }
}

static WIZARD: Kept<WizardFile> = Kept::new();
static DRAWING: Kept<Drawing> = Kept::new();
static GENERATORS: Kept<Generator> = Kept::new();
static LABELS: Kept<ParamLabels> = Kept::new();
static DRILLS: Kept<Scenario> = Kept::new();
static LISTINGS: Kept<Vec<Listing>> = Kept::new();
static MESSAGES: Kept<Message> = Kept::new();

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, Damaged> {
    postcard::from_bytes(bytes).map_err(|_| Damaged)
}

// One function per kind, so an app links only the decoders of the kinds it keeps
// (`SiteApp::keep`).

pub fn keep_wizard(bytes: &[u8]) -> Result<(), Damaged> {
    WIZARD.keep(decode(bytes)?);
    Ok(())
}

pub fn keep_wizard_drawing(bytes: &[u8]) -> Result<(), Damaged> {
    DRAWING.keep(decode(bytes)?);
    Ok(())
}

pub fn keep_generator(bytes: &[u8]) -> Result<(), Damaged> {
    GENERATORS.keep(decode(bytes)?);
    Ok(())
}

pub fn keep_param_labels(bytes: &[u8]) -> Result<(), Damaged> {
    LABELS.keep(decode(bytes)?);
    Ok(())
}

pub fn keep_drill_listings(bytes: &[u8]) -> Result<(), Damaged> {
    LISTINGS.keep(decode(bytes)?);
    Ok(())
}

pub fn keep_message(bytes: &[u8]) -> Result<(), Damaged> {
    MESSAGES.keep(decode(bytes)?);
    Ok(())
}

/// A scenario (its injects' commands rendered by the build: no generator comes with it).
pub fn keep_scenario(bytes: &[u8]) -> Result<(), Damaged> {
    DRILLS.keep(decode(bytes)?);
    Ok(())
}

/// Fetches `files` (`start` calls this only when there are some) and hands each to `keep`.
/// A scenario the build did not write (a saved
/// drill's, since removed) is left out: the drill window then says what is missing. The
/// error, for a file that could not be fetched or read, or that should be there and is not
/// (a page from an older build than the server's), is a sentence for the reader.
pub async fn load(files: Vec<DataFile>, keep: fn(&DataFile, &[u8]) -> Result<(), Damaged>) -> Result<(), String> {
    let folder =
        crate::browser::meta_content(META).ok_or("This copy of the runbook was built without its data folder.")?;
    // Every fetch starts at once; the files are then kept in order.
    let started: Vec<_> = files
        .into_iter()
        .map(|file| {
            let fetching = crate::browser::start_fetch(&format!("{folder}{}", file.path()));
            (file, fetching)
        })
        .collect();
    for (file, fetching) in started {
        let what = file.describe();
        let Some(bytes) = fetching.bytes_if_present(&what).await? else {
            if file.may_be_missing() {
                continue;
            }
            return Err(crate::browser::not_on_server(&what));
        };
        keep(&file, &bytes).map_err(|Damaged| format!("{what} arrived damaged. Reload the page to try again."))?;
    }
    Ok(())
}

/// The command generators the page loaded.
pub fn generators() -> &'static [Generator] {
    GENERATORS.all()
}

pub fn generator(id: &str) -> Option<&'static Generator> {
    generators().iter().find(|g| g.id == id)
}

/// The label a remembered value is shown under, if a generator uses it.
pub fn param_label(name: &str) -> Option<&'static str> {
    LABELS.all().first()?.label(name)
}

/// The page's wizard.
pub fn wizard(id: &str) -> Option<&'static Wizard> {
    WIZARD.all().iter().map(|f| &f.wizard).find(|w| w.id == id)
}

/// The page's wizard's whole tree, as the build drew it: loaded only for the view that
/// shows it.
pub fn wizard_drawing() -> Option<&'static Drawing> {
    DRAWING.all().first()
}

/// The title of a wizard the page's wizard suggests next.
pub fn linked_wizard_title(id: &str) -> Option<&'static str> {
    WIZARD
        .all()
        .iter()
        .flat_map(|f| &f.linked)
        .find(|l| l.id == id)
        .map(|l| l.title.as_str())
}

/// The scenarios of the drills this browser holds (see [`files_for_drill_window`]).
pub fn drills() -> &'static [Scenario] {
    DRILLS.all()
}

/// Each scenario's id and title: for the list of drills and the briefings, whose text is
/// static HTML.
pub fn drill_listings() -> &'static [Listing] {
    LISTINGS.all().first().map_or(&[], Vec::as_slice)
}

pub fn drill_listing(id: &str) -> Option<&'static Listing> {
    drill_listings().iter().find(|d| d.id == id)
}

/// The page's message.
pub fn message(id: &str) -> Option<&'static Message> {
    MESSAGES.all().iter().find(|m| m.id == id)
}
