//! mt-eligibility: an eligibility check for internationally educated Medical Technologists.
//!
//! `domain` holds the rules (pure Rust), `ui` the Yew components that present them,
//! and `web` the browser glue that mounts the widget on a host page.

#![warn(missing_docs)]

pub mod domain;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
