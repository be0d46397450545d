//! The LR(1) parser: lalrpop's tables generated from grammar/go.lalrpop,
//! the actions' helpers ([`build`]) and the translation of lalrpop's errors
//! into gc's syntax error messages ([`errors`]).

pub mod build;
pub mod errors;

#[allow(clippy::all, unused_parens, unused_imports, dead_code)]
mod generated {
    lalrpop_util::lalrpop_mod!(pub go, "/go.rs");
}

pub use generated::go;
