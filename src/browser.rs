//! The few browser facilities the UI needs, behind plain functions so components stay
//! declarative: today's date, the clipboard, and scrolling to an anchor.

use runbook::date::Date;
use wasm_bindgen::JsCast;

/// Today's date in UTC, from the browser's clock.
pub fn today() -> Date {
    let ms = js_sys::Date::now();
    Date::from_days_since_epoch((ms / 86_400_000.0).floor() as i64)
}

/// Copies `text` to the clipboard. Uses the async Clipboard API where the browser allows it,
/// else selects the text in a hidden field and uses the legacy copy command. Resolves to
/// whether the text was copied.
pub async fn copy_text(text: &str) -> bool {
    if let Some(window) = web_sys::window() {
        let clipboard = window.navigator().clipboard();
        if wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
            .await
            .is_ok()
        {
            return true;
        }
    }
    copy_by_selection(text)
}

/// What a Copy button's status line says after a copy that failed. A failure is an error,
/// in the GOV.UK error message's colour (`copy__status--error`) and read out after "Error:",
/// never in the green of success: someone at 2 a.m. must not paste what was never copied.
pub const COPY_FAILED: &str = "Could not copy: select the text and copy it by hand";

/// Copies `text` and says so in `status`, a static Copy button's status line (a live region).
pub async fn copy_and_say(text: &str, status: Option<web_sys::Element>) {
    let copied = copy_text(text).await;
    if let Some(status) = status {
        show_copy_status(&status, if copied { Ok("Copied") } else { Err(COPY_FAILED) });
    }
}

/// Writes what a copy did into its status line: `Ok` words in the colour of success, `Err`
/// words as an error (GOV.UK error colour, read out after "Error:").
pub fn show_copy_status(status: &web_sys::Element, said: Result<&str, &str>) {
    let _ = status
        .class_list()
        .toggle_with_force("copy__status--error", said.is_err());
    match said {
        Ok(words) => status.set_text_content(Some(words)),
        Err(words) => {
            status.set_text_content(None);
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                if let Ok(prefix) = document.create_element("span") {
                    prefix.set_class_name("visually-hidden");
                    prefix.set_text_content(Some("Error: "));
                    let _ = status.append_child(&prefix);
                }
            }
            let _ = status.append_with_str_1(words);
        }
    }
}

fn copy_by_selection(text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = document.body() else { return false };
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.class_list().add_1("copy-buffer");
    let _ = body.append_child(&area);
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}

/// The current page address without its fragment, for "copy link to this section".
pub fn current_url_without_hash() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let href = location.href().unwrap_or_default();
    match href.split_once('#') {
        Some((before, _)) => before.to_string(),
        None => href,
    }
}

/// The fragment of the current address, without `#`, percent-decoded (as typed when it is
/// not valid percent-encoding).
pub fn current_hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let hash = hash.strip_prefix('#').filter(|h| !h.is_empty())?;
    let decoded = js_sys::decode_uri_component(hash).ok().and_then(|s| s.as_string());
    Some(decoded.unwrap_or_else(|| hash.to_string()))
}

/// Moves focus to the element with `id`, giving it `tabindex="-1"` if it has none, so a
/// heading or a container can take focus as well as a control.
pub fn focus_id(id: &str) {
    let Some(el) = crate::static_page::element_by_id(id) else {
        return;
    };
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let _ = el.focus();
}

/// Moves focus to the control with `id` (a field, a link), which is in the tab order already,
/// so it keeps its place there (where [`focus_id`] would take it out).
pub fn focus_control(id: &str) {
    if let Some(el) = crate::static_page::element_by_id(id) {
        let _ = el.focus();
    }
}

/// The id of the focused element inside `within`, if focus is there and the element has an
/// id: what a page drawn again in place (by its app, over the build's) gives focus back to.
pub fn focused_id_within(within: &web_sys::Element) -> Option<String> {
    let focused = web_sys::window()?.document()?.active_element()?;
    (within.contains(Some(&focused)) && !focused.id().is_empty()).then(|| focused.id())
}

/// Marks the page as run by its app (`<html class="app-live">`), as GOV.UK Frontend marks
/// the body once its script runs: until then a page drawn by the build works as plain HTML
/// (a wizard's form is a GET form). The browser tests wait for it before using a control,
/// so they test the app rather than race it.
pub fn mark_live() {
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.class_list().add_1("app-live");
    }
}

/// Sets the document title, so screen readers and tabs say where the reader is: the page's
/// title, then the site's, which the build names in `<meta name="runbook-site-title">`
/// (`content/site.toml`; the app embeds no content).
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        match meta_content("runbook-site-title").filter(|site| !site.is_empty()) {
            Some(site) => doc.set_title(&format!("{title} – {site}")),
            None => doc.set_title(title),
        }
    }
}

/// The `content` of the page's `<meta name="{name}">`: where the build says a file of this
/// site is (the search index, the data folder).
pub fn meta_content(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .get_attribute("content")
}

/// Fetches a file of this site as bytes. The error is a sentence for the reader.
pub async fn fetch_bytes(url: &str, what: &str) -> Result<Vec<u8>, String> {
    start_fetch(url)
        .bytes_if_present(what)
        .await?
        .ok_or_else(|| not_on_server(what))
}

/// The sentence for a file the page names that the server does not have: the page and the
/// server are from different builds.
pub fn not_on_server(what: &str) -> String {
    format!("{what} is not on the server: this page is from another version of the runbook. Reload the page to get the current one.")
}

/// Starts fetching a file of this site; [`Fetching::bytes_if_present`] waits for it. Files
/// started one after another download side by side, whatever order they are waited for in.
pub fn start_fetch(url: &str) -> Fetching {
    // `JsFuture` handles the promise from the start, so a failed fetch that is never
    // waited for (an earlier file failed) is not an unhandled rejection.
    Fetching(web_sys::window().map(|w| wasm_bindgen_futures::JsFuture::from(w.fetch_with_str(url))))
}

/// A fetch [`start_fetch`] started.
pub struct Fetching(Option<wasm_bindgen_futures::JsFuture>);

impl Fetching {
    /// The file's bytes, or `None` when the site has no such file (404). The error is a
    /// sentence for the reader.
    pub async fn bytes_if_present(self, what: &str) -> Result<Option<Vec<u8>>, String> {
        use wasm_bindgen_futures::JsFuture;
        let unreachable = || format!("{what} could not be downloaded. Check your connection and try again.");
        let response = self.0.ok_or_else(unreachable)?.await.map_err(|_| unreachable())?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| unreachable())?;
        if response.status() == 404 {
            return Ok(None);
        }
        if !response.ok() {
            return Err(format!(
                "{what} could not be downloaded (the server answered {}).",
                response.status()
            ));
        }
        let buffer = JsFuture::from(response.array_buffer().map_err(|_| unreachable())?)
            .await
            .map_err(|_| unreachable())?;
        Ok(Some(js_sys::Uint8Array::new(&buffer).to_vec()))
    }
}

/// Minutes since the Unix epoch, UTC, from the browser's clock.
pub fn now_minutes() -> i64 {
    (js_sys::Date::now() / 60_000.0).floor() as i64
}

/// The site's origin (`https://host:port`), for links pasted outside the site.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Whether the page on screen is the one the browser loaded (rather than one reached by a
/// step inside the app). The first call in a document records the address it was loaded at,
/// so every wizard page calls this as it renders.
pub fn is_loaded_address() -> bool {
    static LOADED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    LOADED.get_or_init(|| href.clone()) == &href
}

/// Offers `text` as a file download, through a Blob and an object URL (no network, no
/// inline script). Returns false if the browser would not.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(filename);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
        a.click();
        a.remove();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// A form just submitted, to read its fields by name.
pub struct SubmittedForm {
    form: web_sys::HtmlFormElement,
    data: web_sys::FormData,
}

impl SubmittedForm {
    /// The field's value, or empty when the form has none by that name.
    pub fn get(&self, name: &str) -> String {
        self.data.get(name).as_string().unwrap_or_default()
    }

    /// Empties the form, once what it said is kept.
    pub fn reset(&self) {
        self.form.reset();
    }
}

/// The form `ev` submits, with what its fields hold.
pub fn submitted_form(ev: &web_sys::SubmitEvent) -> Option<SubmittedForm> {
    let form: web_sys::HtmlFormElement = ev.target()?.dyn_into().ok()?;
    let data = web_sys::FormData::new_with_form(&form).ok()?;
    Some(SubmittedForm { form, data })
}

/// Reads the file chosen in the submitted form's file input `name` and gives its text to
/// `then` (empty when none is chosen, or it cannot be read as text).
pub fn read_chosen_file(ev: &web_sys::SubmitEvent, name: &str, then: impl FnOnce(String) + 'static) {
    let file = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        .and_then(|form| form.query_selector(&format!("input[name=\"{name}\"]")).ok().flatten())
        .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0));
    let Some(file) = file else {
        then(String::new());
        return;
    };
    let reading = wasm_bindgen_futures::JsFuture::from(file.text());
    leptos::task::spawn_local(async move {
        then(reading.await.ok().and_then(|v| v.as_string()).unwrap_or_default());
    });
}
