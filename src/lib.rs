//! Canevas: a workshop companion for creators in the cultural and creative
//! industries. See ARCHITECTURE.md for the layers and which way they depend.
//!
//! Everything outside `ui` is plain Rust, free of the browser, and is tested
//! natively with `cargo test`.

pub mod format;
pub mod history;
pub mod i18n;
pub mod model;
pub mod route;
pub mod session;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;
