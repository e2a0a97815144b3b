//! `content/drills/*.toml` in, validated [`Scenario`]s or every diagnostic out. Build time
//! only (feature `compile`): Markdown fields are compiled here so the browser never parses
//! Markdown, and every reference into docs, wizards and generators is checked against
//! [`Known`].

use super::giveaway::Giveaway;
use super::marker::mark_code_blocks;
use super::model::{CommandRef, Decision, DecisionOption, Difficulty, Inject, Opens, Role, Scenario, Trigger};
use crate::content::known::Known;
use crate::content::SourceFile;
use crate::diagnostic::{line_of, Diagnostic};
use crate::doc::markdown;
use crate::doc::{LinkTarget, Prose};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawScenario {
    id: Spanned<String>,
    title: Spanned<String>,
    difficulty: Difficulty,
    summary: Spanned<String>,
    objectives: Spanned<Vec<String>>,
    situation: Spanned<String>,
    #[serde(default)]
    roles: Vec<Spanned<RawRole>>,
    #[serde(default)]
    injects: Vec<Spanned<RawInject>>,
    #[serde(default)]
    decisions: Vec<Spanned<RawDecision>>,
    facilitator_notes: Spanned<String>,
    #[serde(default)]
    discussion: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRole {
    id: Spanned<String>,
    name: Spanned<String>,
    brief: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawInject {
    id: Spanned<String>,
    title: Spanned<String>,
    body: Spanned<String>,
    at_minute: Option<u32>,
    on_decision: Option<Spanned<String>>,
    option: Option<Spanned<String>>,
    on_no_decision: Option<Spanned<String>>,
    #[serde(default)]
    jitter_minutes: u32,
    #[serde(default)]
    complication: bool,
    #[serde(default)]
    commands: Vec<Spanned<RawCommand>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCommand {
    generator: String,
    #[serde(default)]
    params: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawDecision {
    id: Spanned<String>,
    prompt: Spanned<String>,
    opens_at_minute: Option<u32>,
    opens_with: Option<Spanned<String>>,
    deadline_minutes: Spanned<u32>,
    options: Spanned<Vec<Spanned<RawOption>>>,
    expected: Spanned<String>,
    runbook: Spanned<String>,
    why: Spanned<String>,
    #[serde(default)]
    critical: bool,
    wizard: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawOption {
    id: Spanned<String>,
    label: Spanned<String>,
}

/// Compiles every scenario; all problems in all files are reported at once, sorted by
/// file and line. Scenarios come back sorted by id, so the wheel picks the same scenario
/// for a seed whatever order the files were read in. `known.generators` render the
/// injects' commands, so a command that cannot be shown fails the build.
pub fn compile_drills(files: &[SourceFile], known: &Known) -> Result<Vec<Scenario>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let mut scenarios = Vec::new();
    for file in files {
        let mut cx = Cx {
            path: &file.path,
            text: &file.text,
            known,
            problems: Vec::new(),
        };
        if let Some(s) = cx.scenario() {
            if cx.problems.is_empty() {
                scenarios.push(s);
            }
        }
        diagnostics.append(&mut cx.problems);
    }
    if !diagnostics.is_empty() {
        diagnostics.sort();
        diagnostics.dedup();
        return Err(diagnostics);
    }
    scenarios.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(scenarios)
}

/// One file's compilation: where it is, and the problems found so far.
struct Cx<'a> {
    path: &'a str,
    text: &'a str,
    known: &'a Known,
    problems: Vec<Diagnostic>,
}

impl Cx<'_> {
    fn line<T>(&self, spanned: &Spanned<T>) -> usize {
        line_of(self.text, spanned.span().start)
    }

    fn problem(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Diagnostic::new(self.path, line, message));
    }

    fn scenario(&mut self) -> Option<Scenario> {
        let raw: RawScenario = match toml::from_str(self.text) {
            Ok(raw) => raw,
            Err(err) => {
                let line = err.span().map_or(1, |s| line_of(self.text, s.start));
                let sentence = toml_sentence(err.message());
                self.problem(line, sentence);
                return None;
            }
        };
        let id = self.text_field(&raw.id, "id");
        let stem = file_stem(self.path);
        if !crate::doc::slug::is_valid_slug(&id) {
            self.problem(
                self.line(&raw.id),
                format!("The id `{id}` is not valid: use lowercase letters, digits and single hyphens."),
            );
        } else if id != stem {
            self.problem(
                self.line(&raw.id),
                format!(
                    "The id `{id}` must match the file name: rename the file `{id}.toml` or set `id = \"{stem}\"`."
                ),
            );
        }
        if raw.objectives.get_ref().iter().all(|o| o.trim().is_empty()) {
            self.problem(
                self.line(&raw.objectives),
                "The `objectives` list is empty: say what the drill should practise.",
            );
        }
        let roles = self.roles(&raw.roles);
        if roles.is_empty() {
            self.problem(
                1,
                "The scenario has no roles. Add a `[[roles]]` table with an `id`, a `name` and a private `brief`.",
            );
        }
        let decision_options: HashMap<String, HashSet<String>> = raw
            .decisions
            .iter()
            .map(|d| {
                let d = d.get_ref();
                (
                    d.id.get_ref().clone(),
                    d.options
                        .get_ref()
                        .iter()
                        .map(|o| o.get_ref().id.get_ref().clone())
                        .collect(),
                )
            })
            .collect();
        let injects = self.injects(&raw.injects, &decision_options);
        let decisions = self.decisions(&raw.decisions, &injects);
        if decisions.is_empty() {
            self.problem(
                1,
                "The scenario has no decisions. Add a `[[decisions]]` table: a drill is scored on its decisions.",
            );
        }
        Some(Scenario {
            id,
            title: self.text_field(&raw.title, "title"),
            difficulty: raw.difficulty,
            summary: self.text_field(&raw.summary, "summary"),
            objectives: raw.objectives.into_inner(),
            situation: self.markdown(&raw.situation, "situation"),
            roles,
            injects,
            decisions,
            facilitator_notes: self.markdown(&raw.facilitator_notes, "facilitator-notes"),
            discussion: raw.discussion,
            source: self.path.to_string(),
        })
    }

    fn text_field(&mut self, value: &Spanned<String>, key: &str) -> String {
        let text = value.get_ref().trim();
        if text.is_empty() {
            self.problem(self.line(value), format!("The `{key}` must not be empty."));
        }
        text.to_string()
    }

    /// Reports an id used twice among its kind (roles, injects, decisions, options).
    fn unique(&mut self, seen: &mut HashMap<String, usize>, id: &Spanned<String>, kind: &str) {
        let line = self.line(id);
        if let Some(first) = seen.insert(id.get_ref().clone(), line) {
            self.problem(
                line,
                format!(
                    "The {kind} id `{}` is used twice (first on line {first}). Ids must be unique.",
                    id.get_ref()
                ),
            );
        }
    }

    fn roles(&mut self, raw: &[Spanned<RawRole>]) -> Vec<Role> {
        let mut seen = HashMap::new();
        raw.iter()
            .map(|r| {
                let r = r.get_ref();
                self.unique(&mut seen, &r.id, "role");
                Role {
                    id: self.text_field(&r.id, "id"),
                    name: self.text_field(&r.name, "name"),
                    brief: self.markdown(&r.brief, "brief"),
                }
            })
            .collect()
    }

    fn injects(&mut self, raw: &[Spanned<RawInject>], decisions: &HashMap<String, HashSet<String>>) -> Vec<Inject> {
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for spanned in raw {
            let i = spanned.get_ref();
            let line = self.line(spanned);
            self.unique(&mut seen, &i.id, "inject");
            let known_decision = |cx: &mut Self, d: &Spanned<String>| {
                if !decisions.contains_key(d.get_ref()) {
                    cx.problem(
                        cx.line(d),
                        format!(
                            "The inject `{}` waits on the decision `{}`, which this scenario does not have.",
                            i.id.get_ref(),
                            d.get_ref()
                        ),
                    );
                }
            };
            let trigger = match (&i.at_minute, &i.on_decision, &i.on_no_decision) {
                (Some(m), None, None) => Some(Trigger::AtMinute(*m)),
                (None, Some(d), None) => {
                    known_decision(self, d);
                    if let (Some(o), Some(options)) = (&i.option, decisions.get(d.get_ref())) {
                        if !options.contains(o.get_ref()) {
                            self.problem(
                                self.line(o),
                                format!("The decision `{}` has no option `{}`.", d.get_ref(), o.get_ref()),
                            );
                        }
                    }
                    Some(Trigger::OnDecision {
                        decision: d.get_ref().clone(),
                        option: i.option.as_ref().map(|o| o.get_ref().clone()),
                    })
                }
                (None, None, Some(d)) => {
                    known_decision(self, d);
                    Some(Trigger::NoDecisionBy(d.get_ref().clone()))
                }
                _ => {
                    self.problem(line, format!("The inject `{}` needs exactly one of `at-minute`, `on-decision` or `on-no-decision`, to say when it is revealed.", i.id.get_ref()));
                    None
                }
            };
            if let (Some(o), None) = (&i.option, &i.on_decision) {
                self.problem(
                    self.line(o),
                    "`option` only makes sense with `on-decision`: say which decision it is an option of.",
                );
            }
            let commands = i.commands.iter().map(|c| self.command(c)).collect();
            let inject = Inject {
                id: self.text_field(&i.id, "id"),
                title: self.text_field(&i.title, "title"),
                body: self.markdown(&i.body, "body"),
                trigger: trigger.unwrap_or(Trigger::AtMinute(0)),
                jitter_minutes: i.jitter_minutes,
                complication: i.complication,
                commands,
            };
            out.push(inject);
        }
        out
    }

    fn command(&mut self, spanned: &Spanned<RawCommand>) -> CommandRef {
        let c = spanned.get_ref();
        let params: crate::collect::SmallMap<String, String> = c.params.clone().into_iter().collect();
        let checked = self
            .known
            .check_generator(&c.generator, c.params.keys().map(String::as_str));
        let text = match checked {
            Ok(generator) => match super::marker::dated_command(generator, &params) {
                Ok(text) => text,
                Err(problems) => {
                    self.problem(
                        self.line(spanned),
                        format!(
                            "The command from `{}` cannot be shown with these `params`: {}",
                            c.generator,
                            problems.join(" ")
                        ),
                    );
                    Default::default()
                }
            },
            Err(message) => {
                self.problem(self.line(spanned), message);
                Default::default()
            }
        };
        CommandRef {
            generator: c.generator.clone(),
            params,
            text,
        }
    }

    fn decisions(&mut self, raw: &[Spanned<RawDecision>], injects: &[Inject]) -> Vec<Decision> {
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for spanned in raw {
            let d = spanned.get_ref();
            let id = d.id.get_ref();
            self.unique(&mut seen, &d.id, "decision");
            let mut option_ids = HashMap::new();
            let options: Vec<DecisionOption> = d
                .options
                .get_ref()
                .iter()
                .map(|o| {
                    let o = o.get_ref();
                    self.unique(&mut option_ids, &o.id, "option");
                    DecisionOption {
                        id: self.text_field(&o.id, "id"),
                        label: self.text_field(&o.label, "label"),
                    }
                })
                .collect();
            if options.len() < 2 {
                self.problem(
                    self.line(&d.options),
                    format!(
                        "The decision `{id}` needs at least two options: a decision with one answer tests nothing."
                    ),
                );
            }
            if !option_ids.contains_key(d.expected.get_ref()) {
                self.problem(
                    self.line(&d.expected),
                    format!(
                        "The expected choice `{}` is not one of the decision's options ({}).",
                        d.expected.get_ref(),
                        sorted(option_ids.keys())
                    ),
                );
            }
            self.check_prompt(d);
            if *d.deadline_minutes.get_ref() == 0 {
                self.problem(
                    self.line(&d.deadline_minutes),
                    "The `deadline-minutes` must be at least 1.",
                );
            }
            if let Err(message) = self.known.check_doc(d.runbook.get_ref()) {
                self.problem(self.line(&d.runbook), message);
            }
            if let Some(w) = &d.wizard {
                if let Err(message) = self.known.check_wizard(w.get_ref()) {
                    self.problem(self.line(w), message);
                }
            }
            let opens = match (&d.opens_at_minute, &d.opens_with) {
                (Some(_), Some(w)) => {
                    self.problem(
                        self.line(w),
                        format!("The decision `{id}` sets both `opens-at-minute` and `opens-with`: keep one."),
                    );
                    Opens::WithInject(w.get_ref().clone())
                }
                (None, Some(w)) => {
                    match injects.iter().find(|i| i.id == *w.get_ref()) {
                        None => self.problem(self.line(w), format!("The decision `{id}` opens with the inject `{}`, which this scenario does not have.", w.get_ref())),
                        Some(Inject { trigger: Trigger::OnDecision { decision, .. } | Trigger::NoDecisionBy(decision), .. }) if decision == id => self.problem(
                            self.line(w),
                            format!("The decision `{id}` opens with the inject `{}`, which waits on this same decision: it could never open.", w.get_ref()),
                        ),
                        Some(_) => {}
                    }
                    Opens::WithInject(w.get_ref().clone())
                }
                (m, None) => Opens::AtMinute(m.unwrap_or(0)),
            };
            out.push(Decision {
                id: self.text_field(&d.id, "id"),
                prompt: self.text_field(&d.prompt, "prompt"),
                opens,
                deadline_minutes: *d.deadline_minutes.get_ref(),
                options,
                expected: d.expected.get_ref().clone(),
                runbook: d.runbook.get_ref().clone(),
                runbook_title: self.known.label(d.runbook.get_ref()),
                why: self.markdown(&d.why, "why"),
                critical: d.critical,
                wizard: d.wizard.as_ref().map(|w| w.get_ref().clone()),
            });
        }
        out
    }

    /// Reports a prompt that gives its answer away ([`super::giveaway`]): the players should
    /// work the answer out from the situation and the injects, not read it in the question.
    fn check_prompt(&mut self, d: &RawDecision) {
        let mut expected = None;
        let mut others: Vec<&str> = Vec::new();
        for o in d.options.get_ref() {
            let o = o.get_ref();
            if o.id.get_ref() == d.expected.get_ref() {
                expected = Some(o.label.get_ref().as_str());
            } else {
                others.push(o.label.get_ref());
            }
        }
        let Some(expected) = expected else {
            return;
        };
        let found = super::giveaway::giveaway(d.prompt.get_ref(), expected, &others, d.why.get_ref());
        let said = match found {
            None => return,
            Some(Giveaway::Label(phrase)) => format!(
                "The prompt gives its answer away: “{phrase}” is in the expected option's label and in no other option's."
            ),
            Some(Giveaway::Why(phrase)) => {
                format!("The prompt gives its answer away: “{phrase}” repeats the reason for the expected answer (`why`).")
            }
        };
        self.problem(
            self.line(&d.prompt),
            format!("{said} Ask only the question, and let the situation or an inject give the facts that decide it."),
        );
    }

    /// Compiles a Markdown field, reporting Markdown problems and broken links at their
    /// line in the TOML file, and renders it as the site shows it. Code blocks get the drill
    /// marker.
    fn markdown(&mut self, value: &Spanned<String>, key: &str) -> Prose {
        self.text_field(value, key);
        let start = value.span().start;
        let raw = self.text.get(start..).unwrap_or("");
        // A multi-line string's first newline is not part of the value.
        let skips_newline = ["\"\"\"\n", "\"\"\"\r\n", "'''\n", "'''\r\n"]
            .iter()
            .any(|q| raw.starts_with(q));
        let first = line_of(self.text, start) + usize::from(skips_newline);
        let parsed = markdown::parse(value.get_ref());
        for p in &parsed.problems {
            self.problem(first + p.line - 1, p.message.clone());
        }
        for link in &parsed.links {
            let line = first + link.line - 1;
            match &link.target {
                LinkTarget::External(_) => {}
                LinkTarget::Anchor(a) => self.problem(line, format!("The link `#{a}` points into the drill itself; link to a runbook page instead, like `page.md#{a}`.")),
                LinkTarget::Page { slug, anchor } => {
                    let reference = anchor.as_ref().map_or_else(|| slug.clone(), |a| format!("{slug}#{a}"));
                    if let Err(message) = self.known.check_doc(&reference) {
                        self.problem(line, message);
                    }
                }
            }
        }
        let mut doc = parsed.doc;
        mark_code_blocks(&mut doc.blocks);
        let known = self.known;
        Prose::render(&doc, &|id| known.generator(id).map(|g| g.title.clone()))
    }
}

/// toml's messages, as sentences a content editor can act on.
fn toml_sentence(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let expected = expected.trim_start_matches(',').trim().trim_start_matches("expected ");
        return format!("There is no key `{key}` here. The keys allowed here are {expected}.");
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return format!("The key `{key}` is missing here.");
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let expected = expected.trim_start_matches(',').trim().trim_start_matches("expected ");
        return format!("`{value}` is not allowed here: use {expected}.");
    }
    format!("This is not valid TOML for a drill: {message}.")
}

fn sorted<'a>(ids: impl Iterator<Item = &'a String>) -> String {
    let mut all: Vec<&str> = ids.map(String::as_str).collect();
    all.sort_unstable();
    all.join(", ")
}

fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}
