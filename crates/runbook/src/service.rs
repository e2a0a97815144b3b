//! Who a runbook is for: `content/site.toml`. The site's name, the service and its
//! organisation, the service's source repository and the groups of people to contact are
//! content, so another team's runbook needs no change to the code. The build writes them
//! into the static pages (the header, every title, the footer, the one-file runbook, the
//! web app manifest); the apps embed no content, so what they show of it they read from the
//! page (`<meta name="runbook-site-title">`).

use serde::{Deserialize, Serialize};

/// The `content/site.toml` the runbook was built from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Service {
    /// The site's own name: the header's link home, the end of every page's title, the
    /// installed app's name ("Runbook").
    pub title: String,
    /// The service the runbook is for ("Register early career teachers").
    pub service: String,
    /// The line beside the name in the header.
    pub tagline: String,
    /// Who runs the service.
    pub organisation: String,
    /// The service's source repository, an `https` address.
    pub repository: String,
    /// The groups of people an incident may need to reach, in the file's order.
    pub contacts: Vec<ContactGroup>,
}

/// People an incident may need to tell, and how to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactGroup {
    /// Unique within the file; a slug.
    pub id: String,
    /// Who they are ("Lead providers").
    pub name: String,
    /// How to reach them, as a plain sentence.
    pub how: String,
    /// The runbook page (or `page#section`) that says more, checked at build time.
    pub page: Option<String>,
}

impl Service {
    /// The document title for a page of this site: "Page – Runbook".
    pub fn page_title(&self, page: &str) -> String {
        format!("{page} – {}", self.title)
    }
}

#[cfg(feature = "compile")]
pub use compile::compile;
#[cfg(feature = "compile")]
pub(crate) use compile::json_schema;

#[cfg(feature = "compile")]
mod compile {
    use super::{ContactGroup, Service};
    use crate::content::known::Known;
    use crate::content::toml::Spanned;
    use crate::content::toml::{parse, First, Reader, Table};
    use crate::content::SourceFile;
    use crate::diagnostic::Diagnostic;
    use serde::Deserialize;
    use std::collections::HashMap;

    /// Who the runbook is for (`content/site.toml`).
    #[derive(Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        /// The site's own name.
        #[schemars(required)]
        title: Option<Spanned<String>>,
        /// The service the runbook is for.
        #[schemars(required)]
        service: Option<Spanned<String>>,
        /// The line beside the name in the header.
        #[schemars(required)]
        tagline: Option<Spanned<String>>,
        /// Who runs the service.
        #[schemars(required)]
        organisation: Option<Spanned<String>>,
        /// The service's source code, an `https://` address.
        #[schemars(required)]
        repository: Option<Spanned<String>>,
        /// The groups of people an incident may need to tell.
        #[serde(default)]
        contact: Vec<Spanned<RawContact>>,
    }

    /// A group of people an incident may need to tell.
    #[derive(Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    struct RawContact {
        /// Names the group: a slug, unique in the file.
        #[schemars(required)]
        id: Option<Spanned<String>>,
        /// Who they are.
        #[schemars(required)]
        name: Option<Spanned<String>>,
        /// How to reach them, as a plain sentence.
        #[schemars(required)]
        how: Option<Spanned<String>>,
        /// Where the runbook says more (`slug` or `slug#section`).
        page: Option<Spanned<String>>,
    }

    /// The JSON Schema of `site.toml`, from the type it is read into (`content::schema`).
    pub(crate) fn json_schema() -> schemars::Schema {
        crate::content::schema::of::<Raw>()
    }

    /// Compiles `site.toml` with the content toolkit (`content::toml`), so its mistakes are
    /// worded as every other file's. A contact group's `page` is checked against the
    /// runbook's pages. Every problem is reported at once, sorted by line.
    pub fn compile(file: &SourceFile, known: &Known) -> Result<Service, Vec<Diagnostic>> {
        let raw: Raw = parse(file, &[]).map_err(|d| vec![d])?;
        let mut f = Reader::new(file);
        let top = Table::top("the site");
        let title = f.required(raw.title, &top, "title", "\"Runbook\"");
        let service = f.required(raw.service, &top, "service", "\"Apply for teacher training\"");
        let tagline = f.required(
            raw.tagline,
            &top,
            "tagline",
            "\"Disaster recovery for Apply for teacher training\"",
        );
        let organisation = f.required(raw.organisation, &top, "organisation", "\"Department for Education\"");
        let repository = f.required(raw.repository, &top, "repository", "\"https://github.com/owner/name\"");
        if let Some((address, line)) = &repository {
            let host = address.strip_prefix("https://").unwrap_or("");
            if host.is_empty() || address.chars().any(char::is_whitespace) {
                f.problem(
                    *line,
                    format!("The repository `{address}` is not an address: write it whole, starting `https://`."),
                );
            }
        }
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut contacts = Vec::new();
        for c in raw.contact {
            let table = Table::new("this `[[contact]]` table", f.line(&c));
            let c = c.into_inner();
            let id = f.required(c.id, &table, "id", "\"lead-providers\"");
            let name = f.required(c.name, &table, "name", "\"Lead providers\"");
            let how = f.required(
                c.how,
                &table,
                "how",
                "\"The private Teams channels, or the contact list.\"",
            );
            if let Some((id, line)) = &id {
                if f.check_slug("contact group id", id, *line) {
                    if let Some(first) = seen.insert(id.clone(), *line) {
                        f.duplicate(*line, "contact group id", id, First::Line(first));
                    }
                }
            }
            let page = c.page.map(|p| {
                let line = f.line(&p);
                if let Err(e) = known.check_doc(p.get_ref()) {
                    f.problem(line, format!("The page {e}"));
                }
                p.into_inner()
            });
            if let (Some((id, _)), Some((name, _)), Some((how, _))) = (id, name, how) {
                contacts.push(ContactGroup { id, name, how, page });
            }
        }
        let service = match (title, service, tagline, organisation, repository) {
            (Some(title), Some(service), Some(tagline), Some(organisation), Some(repository)) => Some(Service {
                title: title.0,
                service: service.0,
                tagline: tagline.0,
                organisation: organisation.0,
                repository: repository.0,
                contacts,
            }),
            _ => None,
        };
        f.problems.sort();
        f.finish(service)
    }
}

#[cfg(all(test, feature = "compile"))]
mod tests {
    use super::*;
    use crate::content::known::Known;
    use crate::content::SourceFile;

    const GOOD: &str = r#"title = "Runbook"
service = "Apply for teacher training"
tagline = "Disaster recovery for Apply for teacher training"
organisation = "Department for Education"
repository = "https://github.com/example/apply"

[[contact]]
id = "providers"
name = "Training providers"
how = "Email them through Notify."
page = "contacting-users#providers"
"#;

    fn known() -> Known {
        let mut k = Known::default();
        k.pages
            .insert("contacting-users".into(), ["providers".to_string()].into());
        k
    }

    fn check(text: &str) -> Result<Service, Vec<String>> {
        compile(&SourceFile::new("content/site.toml", text), &known())
            .map_err(|d| d.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_whole_file_compiles() {
        let s = check(GOOD).unwrap();
        assert_eq!(s.title, "Runbook");
        assert_eq!(s.page_title("Azure is down"), "Azure is down – Runbook");
        assert_eq!(s.contacts.len(), 1);
        assert_eq!(s.contacts[0].page.as_deref(), Some("contacting-users#providers"));
    }

    #[test]
    fn unknown_and_missing_keys_and_wrong_types_are_sentences_at_their_lines() {
        assert_eq!(
            check(&GOOD.replace("tagline", "strapline")).unwrap_err(),
            ["content/site.toml:3: Unknown key `strapline`: this table takes `title`, `service`, `tagline`, `organisation`, `repository` and `contact`."]
        );
        assert_eq!(
            check(&GOOD.replace("how =", "reach =")).unwrap_err(),
            ["content/site.toml:10: Unknown key `reach`: this table takes `id`, `name`, `how` and `page`."]
        );
        assert_eq!(
            check(&GOOD.replace("organisation = \"Department for Education\"\n", "")).unwrap_err(),
            ["content/site.toml:1: The site has no `organisation`. Add a line like `organisation = \"Department for Education\"`."]
        );
        assert_eq!(
            check(&GOOD.replace("\"Runbook\"", "3")).unwrap_err(),
            ["content/site.toml:1: The `title` is the number 3, but it must be text."]
        );
    }

    #[test]
    fn addresses_ids_and_pages_are_checked() {
        let bad = GOOD
            .replace("https://github.com/example/apply", "github.com/example/apply")
            .replace("id = \"providers\"", "id = \"Providers\"")
            .replace("#providers", "#nope");
        let problems = check(&bad).unwrap_err();
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(
            problems[0].starts_with("content/site.toml:5: The repository `github.com/example/apply` is not an address")
        );
        assert!(problems[1].starts_with("content/site.toml:8: The contact group id `Providers` is not valid"));
        assert!(
            problems[2].starts_with("content/site.toml:11: The page `contacting-users#nope` names the section `nope`")
        );
        let twice = format!("{GOOD}\n[[contact]]\nid = \"providers\"\nname = \"Again\"\nhow = \"Again.\"\n");
        assert_eq!(
            check(&twice).unwrap_err(),
            ["content/site.toml:14: The contact group id `providers` is already used on line 8: each contact group id must be unique."]
        );
        assert_eq!(
            check(&GOOD.replace("\"Runbook\"", "\"  \"")).unwrap_err(),
            ["content/site.toml:1: The `title` of the site is empty: write it."]
        );
    }
}
