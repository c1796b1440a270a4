//! mt-eligibility: an eligibility check for internationally educated Medical Technologists.
//!
//! The rules are their own crate, `mt_requirements` (`crates/requirements`). This one holds
//! `shipped` (the requirement sets built into the widget), `remembered` (where a device keeps answers), `language` and `messages` (the languages
//! it speaks and its own words in each), `ui` (the Yew components that present
//! the rules) and `web` (the browser glue that mounts the widget on a host page).

#![warn(missing_docs)]

/// The widget's version, from `Cargo.toml`, the one place it is set: the loader, every event's
/// `detail.version` and the package all take it from there.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod attributes;
pub mod first_view;
pub mod language;
pub mod messages;
pub mod remembered;
pub mod shipped;
pub mod theme;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
