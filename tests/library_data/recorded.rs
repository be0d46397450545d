//! Expectations recorded from the real Go toolchain by
//! scripts/regen-library.sh, shared by the tests/library_*.rs tests.
//!
//! A test builds its Go program from its own case list; the committed copy
//! `tests/library_data/NAME.go` must equal it (so the recorded
//! `NAME.expected` answers exactly these cases), and `NAME.expected` holds
//! one header line saying how it was made, then Go's stdout byte for byte.
//! Nothing here runs Go: a missing or stale file fails the test with the
//! command that regenerates it. With `GORUN_LIBRARY_WRITE=1` (set by the
//! script) a test writes its current program instead and checks nothing.

#![allow(dead_code)] // each test binary uses part of it

use std::path::PathBuf;

/// The directory of the committed programs and expectations.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/library_data")
}

/// True when the script asks the tests to write their Go programs.
pub fn writing() -> bool {
    std::env::var_os("GORUN_LIBRARY_WRITE").is_some()
}

/// Checks that the committed `NAME.go` is the program built from the
/// current cases (or writes it, in write mode). Returns `true` in write
/// mode: the caller then stops.
pub fn sync_program(name: &str, program: &str) -> bool {
    let path = data_dir().join(format!("{name}.go"));
    if writing() {
        std::fs::write(&path, program).unwrap();
        eprintln!("wrote {}", path.display());
        return true;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; record it with scripts/regen-library.sh",
            path.display()
        )
    });
    assert!(
        committed == program,
        "{} is not the program of the current cases; re-record with scripts/regen-library.sh",
        path.display()
    );
    false
}

/// The recorded Go output for `NAME` (`NAME.expected` without its header
/// line); panics (fails the test) when the file is missing or malformed.
pub fn expected(name: &str) -> Vec<u8> {
    let path = data_dir().join(format!("{name}.expected"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; record it with scripts/regen-library.sh (needs Go)",
            path.display()
        )
    });
    let nl = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or_else(|| panic!("{}: no header line", path.display()));
    assert!(
        bytes.starts_with(b"// recorded by scripts/regen-library.sh"),
        "{}: header line missing",
        path.display()
    );
    bytes[nl + 1..].to_vec()
}
