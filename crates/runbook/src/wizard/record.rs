//! "Copy decision as Markdown": the answers, the outcome and a UTC timestamp, ready to
//! paste into the incident channel. Plain bullets, because chat tools render few tables.

use super::datetime;
use super::engine::{Current, Journey};
use super::model::{Service, Wizard};
use std::fmt::Write;

/// The decision record. `now` is minutes since the Unix epoch (UTC); `link` is the shared
/// address of this decision, when the caller has one.
pub fn markdown(wizard: &Wizard, journey: &Journey, now: i64, link: Option<&str>) -> String {
    let mut out = format!("**Decision: {}**\n", wizard.title);
    let _ = writeln!(out, "Recorded {} UTC", datetime::format(now).replace('T', " "));
    out.push_str("\nAnswers:\n");
    let rows = journey.summary(wizard);
    if rows.is_empty() {
        out.push_str("- (none yet)\n");
    }
    for row in rows {
        let _ = writeln!(out, "- {} **{}**", row.question_text, row.answer);
    }
    out.push('\n');
    match (&journey.current, journey.outcome(wizard)) {
        (_, Some(outcome)) => {
            let _ = writeln!(out, "Outcome: **{}**", outcome.title);
            match outcome.service {
                Some(Service::Stop) => out.push_str("Service: stop it (maintenance mode)\n"),
                Some(Service::KeepRunning) => out.push_str("Service: keep it running\n"),
                None => {}
            }
            if let Some(loss) = outcome.data_loss(&journey.steps, now) {
                let _ = writeln!(out, "Data lost: {}", super::view::data_loss_sentence(&loss));
            }
            if !outcome.steps.is_empty() {
                out.push_str("\nNext steps:\n");
                for step in &outcome.steps {
                    let _ = writeln!(out, "- [ ] {step}");
                }
            }
        }
        (Current::Ask { question, .. }, None) => {
            let text = wizard.question(question).map_or(question.as_str(), |q| q.text.as_str());
            let _ = writeln!(out, "Outcome: not reached yet. Next question: {text}");
        }
        (_, None) => out.push_str("Outcome: not reached: the wizard's data is inconsistent.\n"),
    }
    if let Some(link) = link {
        let _ = write!(out, "\nLink: {link}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Prose;
    use crate::wizard::engine::{replay, Answers};
    use crate::wizard::model::{Outcome, Question, QuestionKind};

    fn wizard() -> Wizard {
        Wizard {
            id: "w".into(),
            title: "Should we stop the service?".into(),
            summary: String::new(),
            start: "q".into(),
            questions: vec![Question {
                id: "q".into(),
                text: "Is it bad?".into(),
                hint: None,
                since: None,
                kind: QuestionKind::YesNo {
                    yes: "stop".into(),
                    no: "stop".into(),
                },
            }],
            outcomes: vec![Outcome {
                id: "stop".into(),
                title: "Stop the service".into(),
                service: Some(Service::Stop),
                body: Prose::default(),
                steps: vec!["Enable maintenance mode x".into(), "Tell users x".into()],
                contacts: vec![],
                messages: vec![],
                links: vec![],
                commands: vec![],
                wizards: vec![],
                loses_data_after: None,
            }],
            source: String::new(),
            start_here: false,
            serves: vec![],
        }
    }

    /// 2026-05-22T14:30 UTC.
    const NOW: i64 = (20_595 * 24 + 14) * 60 + 30;

    #[test]
    fn records_answers_outcome_steps_and_time() {
        let answers: Answers = [("q".to_string(), "yes".to_string())].into();
        let journey = replay(&wizard(), &answers, None);
        let expected = "**Decision: Should we stop the service?**\nRecorded 2026-05-22 14:30 UTC\n\nAnswers:\n- Is it bad? **Yes**\n\nOutcome: **Stop the service**\nService: stop it (maintenance mode)\n\nNext steps:\n- [ ] Enable maintenance mode x\n- [ ] Tell users x\n\nLink: https://example.test/wizards/w?q=yes\n";
        assert_eq!(
            markdown(&wizard(), &journey, NOW, Some("https://example.test/wizards/w?q=yes")),
            expected
        );
    }

    #[test]
    fn an_unfinished_journey_says_so() {
        let journey = replay(&wizard(), &Answers::new(), None);
        let text = markdown(&wizard(), &journey, NOW, None);
        assert!(text.contains("- (none yet)"));
        assert!(text.contains("Outcome: not reached yet. Next question: Is it bad?"));
        assert!(!text.contains("Link:"));
    }
}
