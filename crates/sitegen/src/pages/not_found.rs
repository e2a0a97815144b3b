//! `404.html`: the page for any address the site does not have. When the address names a
//! generator, wizard or drill that does not exist, the docs app replaces this with a page
//! that says which (`src/pages/not_found_page.rs`).

pub const TITLE: &str = "Page not found";

pub fn main(root: &str) -> String {
    format!(
        "<h1 class=\"heading-xl\">{TITLE}</h1>\
         <p class=\"body\">If you typed the web address, check it is correct.</p>\
         <p class=\"body\">If you pasted the web address, check you copied the entire address.</p>\
         <p class=\"body\">Go to the <a class=\"link\" href=\"{root}/\">start of the runbook</a> to find the page you need.</p>"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn it_links_home_under_the_base_path() {
        let html = super::main("/runbook");
        assert!(html.starts_with("<h1 class=\"heading-xl\">Page not found</h1>"));
        assert!(html.contains("<a class=\"link\" href=\"/runbook/\">start of the runbook</a>"));
    }
}
