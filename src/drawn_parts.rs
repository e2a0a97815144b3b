//! A page drawn in parts, as the drill windows are: the core writes each part's HTML on every
//! tick, and only a part whose HTML changed is redrawn, keeping the person's place in it. The
//! clocks' text is written in place.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The parts under `root` (`data-part="<name>"`) and the HTML each shows.
pub struct Parts {
    root: Element,
    drawn: Vec<(&'static str, String)>,
    /// A redraw took away the control that had focus, and nothing has taken it since.
    lost_focus: bool,
}

impl Parts {
    pub fn new(root: Element) -> Self {
        Self {
            root,
            drawn: Vec::new(),
            lost_focus: false,
        }
    }

    /// The element under the root that `selector` finds.
    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).ok().flatten()
    }

    /// Writes `text` into the element `data-testid="<testid>"` if it shows something else:
    /// the clocks, on every tick.
    pub fn write_text(&self, testid: &str, text: &str) {
        if let Some(el) = self.find(&format!("[data-testid=\"{testid}\"]")) {
            if el.text_content().as_deref() != Some(text) {
                el.set_text_content(Some(text));
            }
        }
    }

    /// Redraws part `name` with `html` if that is not what it shows.
    pub fn draw(&mut self, name: &'static str, html: String) {
        match self.drawn.iter_mut().find(|(n, _)| *n == name) {
            Some((_, drawn)) if *drawn == html => return,
            Some((_, drawn)) => *drawn = html.clone(),
            None => self.drawn.push((name, html.clone())),
        }
        if let Some(part) = self.find(&format!("[data-part=\"{name}\"]")) {
            self.lost_focus |= !redraw_keeping_place(&part, &html);
        }
    }

    /// If a redraw took away the control that had focus (a decision just recorded, the drill
    /// just ended), moves focus to the first of `parts` that shows something, so a keyboard or
    /// screen reader user goes on from there instead of from the top of the page.
    pub fn refocus(&mut self, parts: &[&str]) {
        if !std::mem::take(&mut self.lost_focus) {
            return;
        }
        let shown = parts
            .iter()
            .filter_map(|name| self.find(&format!("[data-part=\"{name}\"]")))
            .find(|part| part.child_element_count() > 0)
            .and_then(|part| part.dyn_into::<HtmlElement>().ok());
        if let Some(part) = shown {
            let _ = part.set_attribute("tabindex", "-1");
            let _ = part.focus();
        }
    }
}

/// Replaces `part`'s content with `html`, keeping the person's place: an option they chose
/// (and have not yet recorded) is still chosen if it is still there, and if a control had
/// focus, the control with the same `data-key` gets it, so a keyboard user stays put. False
/// when focus was in the part and has nowhere to go back to.
fn redraw_keeping_place(part: &Element, html: &str) -> bool {
    let active = document().active_element().filter(|el| part.contains(Some(el)));
    let had_focus = active.is_some();
    let focused = active.and_then(|el| el.get_attribute("data-key"));
    let chosen: Vec<String> = part
        .query_selector_all("input:checked")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
                .map(|el| el.id())
                .collect()
        })
        .unwrap_or_default();
    part.set_inner_html(html);
    for id in chosen.iter().filter(|id| !id.is_empty()) {
        let again = part.query_selector(&format!("#{id}")).ok().flatten();
        if let Some(input) = again.and_then(|el| el.dyn_into::<HtmlInputElement>().ok()) {
            input.set_checked(true);
        }
    }
    if let Some(key) = focused {
        let again = part
            .query_selector(&format!("[data-key=\"{key}\"]"))
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        if let Some(el) = again {
            let _ = el.focus();
            return true;
        }
    }
    !had_focus
}
