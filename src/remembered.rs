//! Answers the visitor asked this device to remember. They stay in the browser's `localStorage`
//! and are never sent anywhere. The glue (`web::remembered`) and the loader agree on where; the
//! build writes this key into the loader.

/// A set's remembered answers are kept under this, followed by the set's name. The value is the
/// set's entry exactly as a link writes it (`mt_requirements::link`), so both are read one way.
pub const KEY_PREFIX: &str = "mt-eligibility-answers:";
