//! gorun: a Go-subset interpreter with its own M:N goroutine scheduler.
//!
//! See ARCHITECTURE.md for the map. The pipeline, bottom to top:
//! [`syntax`] → [`check`] → [`interp`] ⇄ [`runtime`], with [`library`]
//! beside the interpreter and [`diag`] shared by every front-end stage.

pub mod check;
pub mod cli;
pub mod diag;
pub mod interp;
pub mod library;
pub mod repl;
pub mod runtime;
pub mod syntax;
pub mod trace;
pub mod value;
