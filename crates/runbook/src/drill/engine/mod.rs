//! The drill engine: a scenario as data ([`model`]), the append-only log ([`event`]) and the
//! state replayed from it ([`state`]), the wall and simulated clocks ([`clock`]), the seed's
//! part ([`rng`], [`wheel`]) and the score against the runbook ([`score`]). Plain data in,
//! plain data out: no storage and no view.

pub mod clock;
pub mod event;
pub mod model;
pub mod rng;
pub mod score;
pub mod state;
pub mod wheel;
