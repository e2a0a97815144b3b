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
pub use compile::{compile, ALLOWED_KEYS, CONTACT_KEYS};

#[cfg(feature = "compile")]
mod compile {
    use super::{ContactGroup, Service};
    use crate::content::known::Known;
    use crate::content::SourceFile;
    use crate::diagnostic::{line_of, Diagnostic};
    use crate::doc::slug::{is_valid_slug, slugify};
    use serde::Deserialize;
    use std::collections::HashMap;
    use toml::Spanned;

    /// The keys `site.toml` takes at its top level, as a sentence lists them.
    pub const ALLOWED_KEYS: &str = "title, service, tagline, organisation, repository and [[contact]]";
    /// The keys of a `[[contact]]` table.
    pub const CONTACT_KEYS: &str = "id, name, how and page";

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        title: Option<Spanned<String>>,
        service: Option<Spanned<String>>,
        tagline: Option<Spanned<String>>,
        organisation: Option<Spanned<String>>,
        repository: Option<Spanned<String>>,
        #[serde(default)]
        contact: Vec<Spanned<RawContact>>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawContact {
        id: Option<Spanned<String>>,
        name: Option<Spanned<String>>,
        how: Option<Spanned<String>>,
        page: Option<Spanned<String>>,
    }

    /// Compiles `site.toml`. A contact group's `page` is checked against the runbook's
    /// pages. Every problem is reported at once, sorted by line.
    pub fn compile(file: &SourceFile, known: &Known) -> Result<Service, Vec<Diagnostic>> {
        let raw: Raw = toml::from_str(&file.text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(&file.text, s.start));
            vec![Diagnostic::new(&file.path, line, toml_sentence(e.message()))]
        })?;
        let mut f = File {
            file,
            problems: Vec::new(),
        };
        let title = f.required(raw.title, "title", 1, "\"Runbook\"");
        let service = f.required(raw.service, "service", 1, "\"Apply for teacher training\"");
        let tagline = f.required(
            raw.tagline,
            "tagline",
            1,
            "\"Disaster recovery for Apply for teacher training\"",
        );
        let organisation = f.required(raw.organisation, "organisation", 1, "\"Department for Education\"");
        let repository = f.required(raw.repository, "repository", 1, "\"https://github.com/owner/name\"");
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
            let table = line_of(&file.text, c.span().start);
            let c = c.into_inner();
            let id = f.required(c.id, "id", table, "\"lead-providers\"");
            let name = f.required(c.name, "name", table, "\"Lead providers\"");
            let how = f.required(
                c.how,
                "how",
                table,
                "\"The private Teams channels, or the contact list.\"",
            );
            if let Some((id, line)) = &id {
                if !is_valid_slug(id) {
                    f.problem(
                        *line,
                        format!(
                            "The id `{id}` is not valid: use lowercase letters, digits and single hyphens, like `{}`.",
                            slugify(id)
                        ),
                    );
                } else if let Some(first) = seen.insert(id.clone(), *line) {
                    f.problem(
                        *line,
                        format!(
                            "The contact group id `{id}` is used twice (first on line {first}). Ids must be unique."
                        ),
                    );
                }
            }
            let page = c.page.map(|p| {
                let line = line_of(&file.text, p.span().start);
                if let Err(e) = known.check_doc(p.get_ref()) {
                    f.problem(line, format!("The page {e}"));
                }
                p.into_inner()
            });
            if let (Some((id, _)), Some((name, _)), Some((how, _))) = (id, name, how) {
                contacts.push(ContactGroup { id, name, how, page });
            }
        }
        match (title, service, tagline, organisation, repository) {
            (Some(title), Some(service), Some(tagline), Some(organisation), Some(repository))
                if f.problems.is_empty() =>
            {
                Ok(Service {
                    title: title.0,
                    service: service.0,
                    tagline: tagline.0,
                    organisation: organisation.0,
                    repository: repository.0,
                    contacts,
                })
            }
            _ => {
                f.problems.sort();
                Err(f.problems)
            }
        }
    }

    struct File<'a> {
        file: &'a SourceFile,
        problems: Vec<Diagnostic>,
    }

    impl File<'_> {
        fn problem(&mut self, line: usize, message: impl Into<String>) {
            self.problems.push(Diagnostic::new(&self.file.path, line, message));
        }

        /// A required, non-empty text key, trimmed, with its line.
        fn required(
            &mut self,
            value: Option<Spanned<String>>,
            key: &str,
            at: usize,
            example: &str,
        ) -> Option<(String, usize)> {
            match value {
                None => {
                    self.problem(
                        at,
                        format!("The key `{key}` is missing. Add a line like `{key} = {example}`."),
                    );
                    None
                }
                Some(v) => {
                    let line = line_of(&self.file.text, v.span().start);
                    let text = v.into_inner().trim().to_string();
                    if text.is_empty() {
                        self.problem(line, format!("The `{key}` must not be empty."));
                        return None;
                    }
                    Some((text, line))
                }
            }
        }
    }

    /// toml's messages, as sentences a content editor can act on.
    fn toml_sentence(message: &str) -> String {
        let message = message.trim();
        if let Some(rest) = message.strip_prefix("unknown field `") {
            let key = rest.split('`').next().unwrap_or(rest);
            let allowed = if rest.contains("`how`") {
                CONTACT_KEYS
            } else {
                ALLOWED_KEYS
            };
            return format!("Unknown key `{key}`. The keys allowed here are {allowed}.");
        }
        if let Some(rest) = message.strip_prefix("invalid type: ") {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "something else"));
            let expected = match expected {
                "a string" => "text in quotes, like `\"…\"`",
                "a sequence" => "a list of `[[contact]]` tables",
                other => other,
            };
            return format!("This value is {found}, but it must be {expected}.");
        }
        format!("This is not valid: {message}.")
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
            ["content/site.toml:3: Unknown key `strapline`. The keys allowed here are title, service, tagline, organisation, repository and [[contact]]."]
        );
        assert_eq!(
            check(&GOOD.replace("how =", "reach =")).unwrap_err(),
            ["content/site.toml:10: Unknown key `reach`. The keys allowed here are id, name, how and page."]
        );
        assert_eq!(
            check(&GOOD.replace("organisation = \"Department for Education\"\n", "")).unwrap_err(),
            ["content/site.toml:1: The key `organisation` is missing. Add a line like `organisation = \"Department for Education\"`."]
        );
        assert_eq!(
            check(&GOOD.replace("\"Runbook\"", "3")).unwrap_err(),
            ["content/site.toml:1: This value is integer `3`, but it must be text in quotes, like `\"…\"`."]
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
        assert!(problems[1].starts_with("content/site.toml:8: The id `Providers` is not valid"));
        assert!(
            problems[2].starts_with("content/site.toml:11: The page `contacting-users#nope` names the section `nope`")
        );
        let twice = format!("{GOOD}\n[[contact]]\nid = \"providers\"\nname = \"Again\"\nhow = \"Again.\"\n");
        assert_eq!(
            check(&twice).unwrap_err(),
            ["content/site.toml:14: The contact group id `providers` is used twice (first on line 8). Ids must be unique."]
        );
        assert_eq!(
            check(&GOOD.replace("\"Runbook\"", "\"  \"")).unwrap_err(),
            ["content/site.toml:1: The `title` must not be empty."]
        );
    }
}
