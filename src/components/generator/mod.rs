//! A command generator, drawn from the core's view model (`runbook::command::view`): the
//! same components in the build (the form with its defaults and the command as a template,
//! static HTML that reads without JavaScript) and in the browser (the live form); and, for
//! the one-file runbook, the generator as a template to fill in by hand.

mod command_output;
mod generator_field;
mod generator_form;
// Drawn only by the build, for the one-file runbook: no app draws it.
#[cfg(feature = "ssr")]
mod generator_template;
mod values_in_use;

pub use generator_form::{FormEvent, GeneratorForm};
#[cfg(feature = "ssr")]
pub use generator_template::GeneratorTemplate;
pub use values_in_use::{ValuesEvent, ValuesInUse};
