//! Go's standard library as gorun provides it.
//!
//! # Go source first, natives underneath
//! Each supported package is one Go source file `std/<path>.go`, where
//! `<path>` is the import path with `/` replaced by `_` (`math/rand` →
//! `std/math_rand.go`, `sync/atomic` → `std/sync_atomic.go`). The files are
//! embedded in the binary ([`std_source`]); the checker parses and
//! type-checks them like user code and the interpreter runs their Go
//! bodies like user code. Whatever is naturally Go is Go: strings, bytes,
//! errors (except As's type checks), sort (Go's own pdqsort and SymMerge,
//! so ties end where Go leaves them), context, time's Duration, Time and
//! calendar, strconv's error values, sync.Once/Map/Pool, math/rand,
//! fmt.Fprint*/Errorf, io.
//!
//! A function or method declared *without a body* is native: implemented
//! in Rust in [`natives`] and bound by its key (see [`abi::native_key`]):
//! `"<import path>.<Func>"` for functions (`"fmt.Sprintf"`,
//! `"math/rand.runtimeSeed"`) and `"<import path>.<Type>.<Method>"` for
//! methods, with the receiver's base type name whether the receiver is a
//! pointer or not (`"sync.WaitGroup.Wait"`). Natives do what needs Rust:
//! the formatting engine ([`fmt`], byte-exact with Go's fmt), number
//! conversion ([`strconv`]), Unicode tables generated from Go
//! ([`unicode`], `gen/unicode_tables.go`), math, atomics, the runtime's
//! sync objects and timers, the clock, the process environment, and the
//! generic packages slices and maps (bound by key once the checker types
//! their calls; see std/slices.go).
//!
//! # Contracts
//! * [`abi`] is the whole interface with the interpreter: the `Host` trait
//!   (type table, method calls, Go callbacks run to completion, writes,
//!   clock, the runtime context) and the `Outcome` of a native (return,
//!   Go panic, park, exit, Goexit).
//! * Natives never panic in Rust and never block the OS thread: a Go
//!   failure is `Outcome::Panic` with Go's value and text, a blocking
//!   operation parks through the runtime and is called again on wake-up.
//! * Natives build no Go values of named types: where a Go error value is
//!   needed the native returns a code and std/*.go builds the error
//!   (strconv's *NumError), so no Rust code depends on a Go type's layout
//!   except the opaque `impl any` fields (holding `Value::Native`) and
//!   time.Time's `{wall, mono, loc}` made by timer ticks.
//! * Every path in [`STD_PACKAGES`] has a source; every std source
//!   type-checks with Go's own go/types and every bodyless declaration has
//!   a native (tests/library_std.rs checks both).
//!
//! # Not provided
//! fmt's Formatter interface (a user Format method is not called) and
//! Scan family; complex numbers; time zones other than UTC (Local is UTC);
//! os files other than the standard streams; random sequences identical to
//! Go's (math/rand is splitmix64). AfterFunc timers are goroutines that
//! sleep (they show in NumGoroutine and deadlock dumps while pending).

pub mod abi;
pub mod fmt;
pub mod natives;
pub mod pdqsort;
pub mod strconv;
pub mod unicode;
pub mod utf8;

/// Import paths of the standard packages gorun supports, sorted.
pub const STD_PACKAGES: &[&str] = &[
    "bytes",
    "context",
    "errors",
    "fmt",
    "io",
    "maps",
    "math",
    "math/cmplx",
    "math/rand",
    "os",
    "runtime",
    "slices",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "time",
    "unicode",
    "unicode/utf8",
];

/// The Go source of a supported standard package, or `None` when gorun does
/// not provide `import_path` (the checker then reports Go's
/// `package foo is not in std`).
pub fn std_source(import_path: &str) -> Option<&'static str> {
    Some(match import_path {
        "bytes" => include_str!("../../std/bytes.go"),
        "context" => include_str!("../../std/context.go"),
        "errors" => include_str!("../../std/errors.go"),
        "fmt" => include_str!("../../std/fmt.go"),
        "io" => include_str!("../../std/io.go"),
        "maps" => include_str!("../../std/maps.go"),
        "math" => include_str!("../../std/math.go"),
        "math/cmplx" => include_str!("../../std/math_cmplx.go"),
        "math/rand" => include_str!("../../std/math_rand.go"),
        "os" => include_str!("../../std/os.go"),
        "runtime" => include_str!("../../std/runtime.go"),
        "slices" => include_str!("../../std/slices.go"),
        "sort" => include_str!("../../std/sort.go"),
        "strconv" => include_str!("../../std/strconv.go"),
        "strings" => include_str!("../../std/strings.go"),
        "sync" => include_str!("../../std/sync.go"),
        "sync/atomic" => include_str!("../../std/sync_atomic.go"),
        "time" => include_str!("../../std/time.go"),
        "unicode" => include_str!("../../std/unicode.go"),
        "unicode/utf8" => include_str!("../../std/unicode_utf8.go"),
        _ => return None,
    })
}

/// The file name `std_source(import_path)` comes from, for diagnostics and
/// tracebacks inside library code (`"std/math_rand.go"`).
pub fn std_file_name(import_path: &str) -> Option<String> {
    std_source(import_path).map(|_| format!("std/{}.go", import_path.replace('/', "_")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_package_has_its_source_and_clause() {
        for path in STD_PACKAGES {
            let src = std_source(path).expect("listed package has a source");
            let name = path.rsplit('/').next().unwrap();
            assert!(
                src.lines().any(|l| l == format!("package {name}")),
                "{path}: wrong package clause"
            );
        }
        assert!(std_source("net/http").is_none());
        assert_eq!(std_file_name("math/rand").unwrap(), "std/math_rand.go");
    }
}
