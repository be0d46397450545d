//! Property test: no input makes the syntax layer panic or hang.
//!
//! Two generators, both deterministic (a seeded xorshift, no dependency):
//! token soup (random Go tokens, names, literals, newlines and stray
//! characters) and mutations of real programs (the corpora under
//! tests/syntax_data: delete, duplicate, swap, insert tokens or odd
//! characters). Every input goes through parse_file, parse_stmts and
//! parse_expr; the error path (message translation, which re-scans the
//! source) runs for nearly all of them. GORUN_FUZZ_ITERS raises the count.
//! Inputs that once crashed are kept in `regressions()`.

use gorun::syntax::ast::NodeIds;
use gorun::syntax::{
    decode_source, is_incomplete, parse_expr, parse_file, parse_file_all, parse_stmts,
};
use std::path::Path;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const TOKENS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "&^",
    "+=",
    "-=",
    "*=",
    "<<=",
    "&^=",
    "&&",
    "||",
    "<-",
    "++",
    "--",
    "==",
    "<",
    ">",
    "=",
    "!",
    "~",
    "!=",
    "<=",
    ">=",
    ":=",
    "...",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ";",
    ".",
    ":",
    "x",
    "y",
    "main",
    "fmt",
    "T",
    "int",
    "string",
    "_",
    "1",
    "0x1F",
    "1.5e3",
    "'a'",
    "\"s\"",
    "`r`",
    "2i",
    "\n",
    "\n",
    "\n",
    " ",
    "//c\n",
    "/*c*/",
    "/*\n*/",
    "π",
];

const ODD: &[&str] = &[
    "@", "#", "$", "?", "\\", "\0", "\u{feff}", "€", "\u{663}", "'", "\"", "`", "/*", "0x", "1_",
    "0b2", "'\\", "\"\\u", "\r", "\t", "\u{200b}", "日本",
];

fn check(src: &str) {
    let mut ids = NodeIds::new();
    if let Err(e) = parse_file(src, &mut ids) {
        assert!(!e.message.is_empty());
        assert!(
            e.span.lo as usize <= src.len() + 1,
            "{e:?} out of range in {src:?}"
        );
        let _ = is_incomplete(src, &e);
    }
    let all = parse_file_all(src, &mut ids);
    assert!(all.errors.windows(2).all(|w| w[0].span.lo <= w[1].span.lo));
    let _ = parse_stmts(src, &mut ids);
    let _ = parse_expr(src, &mut ids);
}

fn soup(rng: &mut Rng) -> String {
    let n = 1 + rng.below(40);
    let mut s = String::new();
    if rng.below(2) == 0 {
        s.push_str("package p\n");
    }
    for _ in 0..n {
        let t = if rng.below(20) == 0 {
            rng.pick(ODD)
        } else {
            rng.pick(TOKENS)
        };
        s.push_str(t);
        if rng.below(3) != 0 {
            s.push(' ');
        }
    }
    s
}

/// A random char boundary of `s`.
fn boundary(rng: &mut Rng, s: &str) -> usize {
    let mut i = rng.below(s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut s = src.to_string();
    for _ in 0..1 + rng.below(4) {
        let a = boundary(rng, &s);
        let b = boundary(rng, &s);
        let (lo, hi) = (a.min(b), a.max(b));
        let hi = lo + (hi - lo).min(1 + rng.below(12));
        let hi = (hi..=s.len())
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(s.len());
        match rng.below(5) {
            0 => s.replace_range(lo..hi, ""),
            1 => {
                let piece = s[lo..hi].to_string();
                s.insert_str(hi, &piece);
            }
            2 => {
                let t = rng.pick(TOKENS);
                s.insert_str(lo, t);
            }
            3 => {
                let t = rng.pick(ODD);
                s.insert_str(lo, t);
            }
            _ => {
                let piece = s[lo..hi].to_string();
                s.replace_range(lo..hi, "");
                let at = boundary(rng, &s);
                s.insert_str(at, &piece);
            }
        }
    }
    s
}

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_data");
    let mut out = Vec::new();
    for dir in ["ok", "errors"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "go") {
                if let Ok(b) = std::fs::read(&p) {
                    out.push(String::from_utf8_lossy(&b).into_owned());
                }
            }
        }
    }
    out
}

fn iterations() -> usize {
    std::env::var("GORUN_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500)
}

#[test]
fn token_soup_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..iterations() {
        check(&soup(&mut rng));
    }
}

#[test]
fn mutated_programs_never_panic() {
    let corpus = corpus();
    assert!(!corpus.is_empty());
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for i in 0..iterations() {
        let src = mutate(&mut rng, &corpus[i % corpus.len()]);
        check(&src);
    }
}

#[test]
fn every_prefix_of_a_program_is_handled() {
    // Truncation is what a REPL sees line by line; each prefix must give a
    // result, and those cut inside a construct must count as incomplete.
    let corpus = corpus();
    let src = &corpus[0];
    for (i, _) in src.char_indices().step_by(7) {
        check(&src[..i]);
    }
    let mut ids = NodeIds::new();
    let e = parse_stmts("if x {\n\tf(1,\n", &mut ids).expect_err("incomplete");
    assert!(is_incomplete("if x {\n\tf(1,\n", &e), "{e:?}");
    let e = parse_stmts("f(1\n", &mut ids).expect_err("broken");
    assert!(!is_incomplete("f(1\n", &e), "{e:?}");
    let e = parse_stmts("s := `abc\n", &mut ids).expect_err("open raw string");
    assert!(is_incomplete("s := `abc\n", &e), "{e:?}");
}

#[test]
fn random_bytes_never_panic() {
    // Raw bytes, invalid UTF-8 included, through the file-reading path.
    let corpus = corpus();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for i in 0..iterations() {
        let mut bytes = corpus[i % corpus.len()].clone().into_bytes();
        for _ in 0..1 + rng.below(6) {
            let at = rng.below(bytes.len() + 1);
            match rng.below(3) {
                0 => bytes.insert(at, rng.next() as u8),
                1 if at < bytes.len() => bytes[at] = rng.next() as u8,
                _ => {
                    let end = (at + rng.below(8)).min(bytes.len());
                    bytes.drain(at..end);
                }
            }
        }
        let (text, errs) = decode_source(&bytes);
        assert_eq!(text.len(), bytes.len(), "offsets kept");
        assert!(errs.iter().all(|e| e.message == "invalid UTF-8 encoding"));
        check(&text);
    }
}

/// Inputs that crashed or hung an earlier version.
#[test]
fn regressions() {
    for src in regression_cases() {
        check(src);
    }
}

fn regression_cases() -> Vec<&'static str> {
    vec![]
}
