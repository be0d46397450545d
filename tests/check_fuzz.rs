//! Robustness: the checker must never panic or hang, whatever it is given.
//! Every corpus program (error corpus and, if present, programs/) is mutated
//! many times with a fixed-seed generator (lines deleted, duplicated, swapped,
//! tokens replaced) and each mutant that parses is checked.

use std::path::Path;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "x",
    "nil",
    "0",
    "1.5",
    "\"s\"",
    "int",
    "string",
    "[]int",
    "map[string]int",
    "chan int",
    "*T",
    "func()",
    "interface{}",
    "struct{}",
    "&x",
    "<-ch",
    "x.y",
    "f()",
    "len",
    "append",
    "make",
    "new",
    "iota",
    "true",
    "_",
    "go",
    "defer",
    "return",
    "break",
    "...",
    "+",
    "==",
    "<<",
    "&&",
    ":=",
    "=",
    ",",
    ";",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "range",
    "select",
    "case",
    "switch",
    "type",
    "var",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    for _ in 0..1 + rng.below(3) {
        let n = lines.len();
        match rng.below(5) {
            0 if n > 1 => {
                lines.remove(rng.below(n));
            }
            1 => {
                let i = rng.below(n);
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 if n > 1 => {
                let (a, b) = (rng.below(n), rng.below(n));
                lines.swap(a, b);
            }
            _ => {
                let i = rng.below(n);
                let mut toks: Vec<String> = lines[i].split(' ').map(str::to_string).collect();
                let j = rng.below(toks.len());
                toks[j] = WORDS[rng.below(WORDS.len())].to_string();
                lines[i] = toks.join(" ");
            }
        }
    }
    lines.join("\n") + "\n"
}

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["tests/check/errors", "programs"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "go"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = std::fs::read(&p) {
                out.push(String::from_utf8_lossy(&b).to_string());
            }
        }
    }
    out
}

#[test]
fn mutated_programs_never_crash_the_checker() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let rounds: usize = std::env::var("CHECK_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let (mut checked, mut total) = (0, 0);
    for src in corpus() {
        for _ in 0..rounds {
            let m = mutate(&src, &mut rng);
            total += 1;
            let mut ids = gorun::syntax::ast::NodeIds::new();
            let Ok(ast) = gorun::syntax::parse_file(&m, &mut ids) else {
                continue;
            };
            checked += 1;
            let source = gorun::diag::SourceFile::new("m.go", m.as_str());
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let _ = gorun::check::check_program(
                    vec![gorun::check::ParsedFile { source, ast }],
                    &mut ids,
                    &mut gorun::check::EmbeddedStd,
                );
            }));
            assert!(r.is_ok(), "checker panicked on:\n{m}");
        }
    }
    eprintln!("{checked} of {total} mutants parsed and were checked");
}

/// Go accepts expressions nested thousands deep; so does the checker (it
/// runs on a thread with a large stack and bounds its recursion).
#[test]
fn deeply_nested_expressions_check() {
    let n = 3000;
    let src = format!(
        "package main\nfunc main() {{\n\tx := {}1{}\n\ty := 1{}\n\t_, _ = x, y\n}}\n",
        "(".repeat(n),
        ")".repeat(n),
        " + 1".repeat(n)
    );
    let mut ids = gorun::syntax::ast::NodeIds::new();
    let r = gorun::check::check_source("deep.go", &src, &mut ids);
    assert!(r.is_ok(), "{:?}", r.err().map(|e| e.to_go_lines()));
}
