//! The table of natives: every bodyless declaration of std/*.go bound to
//! its Rust implementation by key (see [`super::abi`] for the key format
//! and the calling convention).
//!
//! Each submodule serves one package and exports `NATIVES`, a list of
//! `(key, fn)`; the table is their concatenation, indexed once.
//! Guarantee: keys are unique (a test checks), ids are stable for the
//! process's life.

use super::abi::{NativeFn, NativeId};
use std::collections::HashMap;
use std::sync::OnceLock;

mod atomic;
mod errors;
mod fmt;
mod math;
mod os;
mod runtime;
mod slices;
mod sort;
mod strconv;
mod strings;
mod sync;
mod unicode;
pub mod util;

/// The natives in id order, and the index from key to id.
type Table = (
    Vec<(&'static str, NativeFn)>,
    HashMap<&'static str, NativeId>,
);

/// Every package's natives, in id order.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let parts: &[&[(&str, NativeFn)]] = &[
            atomic::NATIVES,
            atomic::BITWISE,
            errors::NATIVES,
            fmt::NATIVES,
            math::NATIVES,
            os::NATIVES,
            runtime::NATIVES,
            slices::NATIVES,
            sort::NATIVES,
            strconv::NATIVES,
            strings::NATIVES,
            sync::NATIVES,
            unicode::NATIVES,
        ];
        let list: Vec<(&str, NativeFn)> = parts.iter().flat_map(|p| p.iter().copied()).collect();
        let index = list
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (*k, i as NativeId))
            .collect();
        (list, index)
    })
}

/// The id of the native bound to `key` (`"fmt.Sprintf"`), if gorun has one.
pub fn lookup(key: &str) -> Option<NativeId> {
    table().1.get(key).copied()
}

/// The native with id `id`.
pub fn get(id: NativeId) -> Option<NativeFn> {
    table().0.get(id as usize).map(|(_, f)| *f)
}

/// The key of native `id` (for tracebacks: `fmt.Sprintf`).
pub fn key(id: NativeId) -> Option<&'static str> {
    table().0.get(id as usize).map(|(k, _)| *k)
}

/// Every key, in id order.
pub fn keys() -> impl Iterator<Item = &'static str> {
    table().0.iter().map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_are_unique_and_round_trip() {
        let keys: Vec<_> = super::keys().collect();
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), keys.len(), "duplicate native key");
        for k in keys {
            let id = super::lookup(k).unwrap();
            assert_eq!(super::key(id), Some(k));
            assert!(super::get(id).is_some());
        }
    }
}
