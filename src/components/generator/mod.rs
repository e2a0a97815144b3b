//! A command generator, drawn from the core's view model (`runbook::command::view`): the
//! same components in the build (the form with its defaults and the command as a template,
//! static HTML that reads without JavaScript) and in the browser (the live form).

mod command_output;
mod generator_field;
mod generator_form;
mod values_in_use;

pub use generator_form::{FormEvent, GeneratorForm};
pub use values_in_use::{ValuesEvent, ValuesInUse};
