//! `content/drills/*.toml` in, validated [`Scenario`]s or every diagnostic out. Build time
//! only (feature `compile`): Markdown fields are compiled here so the browser never parses
//! Markdown, and every reference into docs, wizards and generators is checked against
//! [`Known`].

#[cfg(feature = "compile")]
pub mod giveaway;

use crate::content::known::Known;
use crate::content::toml::{self, First, Reader, Table};
use crate::content::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::doc::Prose;
use crate::drill::giveaway::Giveaway;
use crate::drill::marker::mark_code_blocks;
use crate::drill::model::{CommandRef, Decision, DecisionOption, Difficulty, Inject, Opens, Role, Scenario, Trigger};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use toml::Spanned;

#[derive(Deserialize, schemars::JsonSchema)]
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

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRole {
    id: Spanned<String>,
    name: Spanned<String>,
    brief: Spanned<String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
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

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCommand {
    generator: String,
    #[serde(default)]
    params: BTreeMap<String, String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
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

#[derive(Deserialize, schemars::JsonSchema)]
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
            r: Reader::new(file),
            known,
        };
        let scenario = match toml::parse(file, &[]) {
            Ok(raw) => cx.scenario(raw),
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        match cx.r.finish(Some(scenario)) {
            Ok(s) => scenarios.push(s),
            Err(mut d) => diagnostics.append(&mut d),
        }
    }
    toml::all_or_nothing(diagnostics)?;
    scenarios.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(scenarios)
}

/// One file's compilation: the file being read, and what references may point to.
struct Cx<'a> {
    r: Reader<'a>,
    known: &'a Known,
}

impl Cx<'_> {
    fn line<T>(&self, spanned: &Spanned<T>) -> usize {
        self.r.line(spanned)
    }

    fn problem(&mut self, line: usize, message: impl Into<String>) {
        self.r.problem(line, message);
    }

    fn scenario(&mut self, raw: RawScenario) -> Scenario {
        let top = Table::top("the scenario");
        let id = self.text_field(&raw.id, &top, "id");
        let id_line = self.line(&raw.id);
        self.r.check_file_id(&id, id_line);
        if raw.objectives.get_ref().iter().all(|o| o.trim().is_empty()) {
            let line = self.line(&raw.objectives);
            self.r
                .empty(line, &top, "objectives", "say what the drill should practise");
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
        Scenario {
            id,
            title: self.text_field(&raw.title, &top, "title"),
            difficulty: raw.difficulty,
            summary: self.text_field(&raw.summary, &top, "summary"),
            objectives: raw.objectives.into_inner(),
            situation: self.markdown(&raw.situation, &top, "situation"),
            roles,
            injects,
            decisions,
            facilitator_notes: self.markdown(&raw.facilitator_notes, &top, "facilitator-notes"),
            discussion: raw.discussion,
            source: self.r.path.to_string(),
        }
    }

    /// A text value, trimmed; blank is reported.
    fn text_field(&mut self, value: &Spanned<String>, table: &Table, key: &str) -> String {
        self.r.non_empty(value, table, key, "write it").unwrap_or_default()
    }

    /// Reports an id used twice among its kind (roles, injects, decisions, options).
    fn unique(&mut self, seen: &mut HashMap<String, usize>, id: &Spanned<String>, kind: &str) {
        let line = self.line(id);
        if let Some(first) = seen.insert(id.get_ref().clone(), line) {
            self.r
                .duplicate(line, &format!("{kind} id"), id.get_ref(), First::Line(first));
        }
    }

    fn roles(&mut self, raw: &[Spanned<RawRole>]) -> Vec<Role> {
        let mut seen = HashMap::new();
        raw.iter()
            .map(|r| {
                let table = Table::new(format!("the role `{}`", r.get_ref().id.get_ref()), self.line(r));
                let r = r.get_ref();
                self.unique(&mut seen, &r.id, "role");
                Role {
                    id: self.text_field(&r.id, &table, "id"),
                    name: self.text_field(&r.name, &table, "name"),
                    brief: self.markdown(&r.brief, &table, "brief"),
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
            let table = Table::new(format!("the inject `{}`", i.id.get_ref()), line);
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
                id: self.text_field(&i.id, &table, "id"),
                title: self.text_field(&i.title, &table, "title"),
                body: self.markdown(&i.body, &table, "body"),
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
            Ok(generator) => match crate::drill::marker::dated_command(generator, &params) {
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
            let table = Table::new(format!("the decision `{}`", d.id.get_ref()), self.line(spanned));
            let id = d.id.get_ref();
            self.unique(&mut seen, &d.id, "decision");
            let mut option_ids = HashMap::new();
            let options: Vec<DecisionOption> = d
                .options
                .get_ref()
                .iter()
                .map(|o| {
                    let option = Table::new(
                        format!("the option `{}` of {}", o.get_ref().id.get_ref(), table.name),
                        self.line(o),
                    );
                    let o = o.get_ref();
                    self.unique(&mut option_ids, &o.id, "option");
                    DecisionOption {
                        id: self.text_field(&o.id, &option, "id"),
                        label: self.text_field(&o.label, &option, "label"),
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
                id: self.text_field(&d.id, &table, "id"),
                prompt: self.text_field(&d.prompt, &table, "prompt"),
                opens,
                deadline_minutes: *d.deadline_minutes.get_ref(),
                options,
                expected: d.expected.get_ref().clone(),
                runbook: d.runbook.get_ref().clone(),
                runbook_title: self.known.label(d.runbook.get_ref()),
                why: self.markdown(&d.why, &table, "why"),
                critical: d.critical,
                wizard: d.wizard.as_ref().map(|w| w.get_ref().clone()),
            });
        }
        out
    }

    /// Reports a prompt that gives its answer away ([`crate::drill::giveaway`]): the players should
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
        let found = crate::drill::giveaway::giveaway(d.prompt.get_ref(), expected, &others, d.why.get_ref());
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
    fn markdown(&mut self, value: &Spanned<String>, table: &Table, key: &str) -> Prose {
        self.text_field(value, table, key);
        let mut doc = self.r.markdown(value, self.known, "drill").doc;
        mark_code_blocks(&mut doc.blocks);
        let known = self.known;
        Prose::render(&doc, &|id| known.generator(id).map(|g| g.title.clone()))
    }
}

fn sorted<'a>(ids: impl Iterator<Item = &'a String>) -> String {
    let mut all: Vec<&str> = ids.map(String::as_str).collect();
    all.sort_unstable();
    all.join(", ")
}

/// The JSON Schema of a drill file, from the type it is read into (`content::schema`).
pub(crate) fn json_schema() -> schemars::Schema {
    crate::content::schema::of::<RawScenario>()
}
