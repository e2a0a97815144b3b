//! Behaviour for markup written at build time.
//!
//! Every page's frame (header, navigation, footer) and the whole of a doc page are static
//! HTML from `sitegen postbuild` (crates/sitegen/src/frame.rs), so they paint before any app
//! loads and no app carries the code to render them. An app adds only what needs the
//! browser: it mounts its page into `<main>` and wires the small interactive parts here.

use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Wires what every page has: Copy buttons, the `/` shortcut to search, the banner that
/// says a new version is ready, and the banner of an open incident (but on the incident's
/// own page, which shows the whole record).
pub fn wire_frame() {
    on_document("click", copy_on_click);
    on_document("keydown", focus_search_on_slash);
    mount_into("update-banner", crate::components::UpdateBanner);
    if crate::location::route() != runbook::route::Route::Incident {
        mount_into("incident-banner", incident_banner);
    }
}

/// The open incident's banner: read from what is saved, again when another tab saves, and
/// its times every half minute.
fn incident_banner() -> impl IntoView {
    use crate::incident_store;
    let read = || match incident_store::banner() {
        Ok(summary) => (summary.map(|s| s.view(incident_store::now_ms())), false),
        Err(()) => (None, true),
    };
    let (first, broken) = read();
    let banner = RwSignal::new(first);
    let unreadable = RwSignal::new(broken);
    let refresh = move || {
        let (now, broken) = read();
        banner.set(now);
        unreadable.set(broken);
    };
    incident_store::on_change_elsewhere(refresh);
    let tick = set_interval_with_handle(refresh, std::time::Duration::from_secs(30));
    // The banner lives as long as the page.
    std::mem::forget(tick);
    view! { <crate::components::incident::IncidentBanner banner=banner unreadable=unreadable/> }
}

/// Says that the page's data could not be loaded, and why: as the page, where the app draws
/// it alone, or at the top of `<main>` above the static text a page has (a doc page keeps
/// its text when its generator does not load).
pub fn show_data_problem(problem: String) {
    use crate::components::DataProblem;
    let Some(main) = element_by_id("main-content") else {
        return;
    };
    // A page the build drew for its app to bring to life (a wizard's first question) is no
    // use without its data, and at another address it is not even this page: it goes too.
    let drawn_for_the_app = main.query_selector(":scope > .wizard").ok().flatten().is_some();
    if drawn_for_the_app || main.query_selector("h1").ok().flatten().is_none() {
        mount(main, move || view! { <DataProblem problem=problem whole_page=true/> });
        return;
    }
    let Ok(slot) = document().create_element("div") else {
        return;
    };
    let _ = main.prepend_with_node_1(&slot);
    if let Ok(slot) = slot.dyn_into::<web_sys::HtmlElement>() {
        mount(slot, move || view! { <DataProblem problem=problem whole_page=false/> });
    }
}

/// Mounts `view` into the element with `id`, if the page has that slot.
pub fn mount_into<N: IntoView + 'static>(id: &str, view: impl FnOnce() -> N + 'static) {
    if let Some(slot) = element_by_id(id) {
        mount(slot, view);
    }
}

/// Mounts `view` as the content of `slot`, for the life of the page.
pub fn mount<N: IntoView + 'static>(slot: web_sys::HtmlElement, view: impl FnOnce() -> N + 'static) {
    slot.set_inner_html("");
    leptos::mount::mount_to(slot, view).forget();
}

/// Draws `view` in place of the page the build drew in `slot` (the same components, drawn
/// by `sitegen`), keeping what the reader did with that page before the app loaded: the
/// radios chosen, the text typed and where focus was. Until then the build's page worked as
/// plain HTML, so a quick reader may already have used it.
///
/// Drawing afresh rather than hydrating was measured (docs/performance.md, item 33): the
/// hydrating build was 19 KB larger, and built for release it failed to hydrate the page.
pub fn take_over<N: IntoView + 'static>(slot: web_sys::HtmlElement, view: impl FnOnce() -> N + 'static) {
    let used = UsedControls::read(&slot);
    mount(slot, view);
    used.restore();
}

/// What a reader did with the controls of a page drawn by the build.
struct UsedControls {
    /// `(id, checked, value)` of each input with an id.
    inputs: Vec<(String, bool, String)>,
    /// The id of the focused element inside the slot, if any.
    focused: Option<String>,
}

impl UsedControls {
    fn read(slot: &web_sys::HtmlElement) -> Self {
        let mut inputs = Vec::new();
        if let Ok(list) = slot.query_selector_all("input[id]") {
            for i in 0..list.length() {
                if let Some(input) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    inputs.push((input.id(), input.checked(), input.value()));
                }
            }
        }
        let focused = browser::focused_id_within(slot);
        Self { inputs, focused }
    }

    fn restore(self) {
        for (id, checked, value) in self.inputs {
            if let Some(input) = control::<web_sys::HtmlInputElement>(&id) {
                match input.type_().as_str() {
                    "radio" | "checkbox" => input.set_checked(checked),
                    "hidden" => {}
                    _ => input.set_value(&value),
                }
            }
        }
        if let Some(id) = self.focused {
            if let Some(el) = element_by_id(&id) {
                let _ = el.focus();
            }
        }
    }
}

/// The element with `id`, if the page has it.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    control(id)
}

/// The element with `id` as the kind of element the caller expects (an input, a text
/// area), if the page has it and it is that kind.
pub fn control<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// Every element matching `selector`, in document order.
pub fn all(selector: &str) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn on_document(event: &str, handler: fn(web_sys::Event)) {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(handler);
    let _ = document().add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    closure.forget();
}

/// A static Copy button (`data-copy="code"` beside a code block, `"record"` beside a wizard's
/// decision record, `"link"` beside a heading) copies exactly the code, the record or a link
/// to the section, and says so in its status.
fn copy_on_click(ev: web_sys::Event) {
    let Some(button) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button[data-copy]").ok().flatten())
    else {
        return;
    };
    // A code block's text, or a wizard's decision record: the preformatted text beside it.
    let block_text = |block: &str| {
        button
            .closest(block)
            .ok()
            .flatten()
            .and_then(|block| block.query_selector("pre").ok().flatten())
            .and_then(|pre| pre.text_content())
    };
    let text = match button.get_attribute("data-copy").as_deref() {
        Some("code") => block_text(".code-block"),
        Some("record") => block_text(".wizard-record"),
        Some("link") => button
            .get_attribute("data-anchor")
            .map(|anchor| format!("{}#{anchor}", browser::current_url_without_hash())),
        _ => None,
    };
    let Some(text) = text else { return };
    let status = button
        .parent_element()
        .and_then(|copy| copy.query_selector(".copy__status").ok().flatten());
    spawn_local(async move { browser::copy_and_say(&text, status).await });
}

/// `/` anywhere (except while typing in a field) focuses search: the results page's own box
/// if there is one, else the header's.
fn focus_search_on_slash(ev: web_sys::Event) {
    let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(ev) {
        return;
    }
    let target = element_by_id("search-page-input").or_else(|| element_by_id("header-search-input"));
    if let Some(target) = target {
        ev.prevent_default();
        let _ = target.focus();
    }
}

fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}
