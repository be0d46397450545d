//! Front-end speed: lex, lex+parse, and lex+parse+check (the whole front
//! end, std packages included) of a generated 10,000-line Go program,
//! reported in lines per second (best of several runs).
//!
//! Run with `cargo bench --bench frontend`. The issue's target is 200k
//! lines/s for lex+parse+check.

use gorun::syntax::ast::NodeIds;
use gorun::syntax::lexer::Lexer;
use gorun::syntax::parse_file;
use std::time::{Duration, Instant};

/// A program of about `lines` lines mixing the usual constructs.
fn program(lines: usize) -> String {
    let mut s = String::from("package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n");
    s.push_str("type Point struct {\n\tX, Y int\n\tName string `json:\"name\"`\n}\n\n");
    let mut i = 0;
    while s.lines().count() < lines {
        s.push_str(&format!(
            r#"// worker{i} sums what it receives.
func worker{i}(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {{
	defer wg.Done()
	total := 0
	for j := range jobs {{
		if j%2 == 0 && j > {i} {{
			total += j * 2
		}} else if j < 0 {{
			continue
		}} else {{
			total -= j
		}}
	}}
	p := Point{{X: id, Y: total, Name: "w{i}"}}
	switch {{
	case p.X > 10:
		fmt.Println("big", p.X, p.Y)
	default:
		fmt.Printf("%d %s\n", p.Y, p.Name)
	}}
	xs := []int{{1, 2, 3, {i}}}
	for k, v := range xs[1:] {{
		_ = k + v<<1
	}}
	select {{
	case results <- total:
	case v, ok := <-jobs:
		_, _ = v, ok
	}}
}}

"#
        ));
        i += 1;
    }
    s.push_str("func main() {}\n");
    s
}

/// Best time of `f` over `runs` runs; dropping its result is not timed.
fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let out = f();
            let d = t.elapsed();
            drop(out);
            d
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let src = program(10_000);
    let lines = src.lines().count();
    let lex = best_of(10, || {
        let n = Lexer::new(&src).filter(|t| t.is_ok()).count();
        assert!(n > 0);
    });
    let parse = best_of(10, || {
        let f = parse_file(&src, &mut NodeIds::new()).expect("generated program parses");
        assert!(!f.decls.is_empty());
        f
    });
    // The whole front end, as `gorun check` runs it (the std packages the
    // program imports are checked too).
    let check = best_of(10, || {
        gorun::check::check_source("gen.go", &src, &mut NodeIds::new())
            .map_err(|e| e.to_go_lines())
            .expect("generated program checks")
    });
    let rate = |d: Duration| lines as f64 / d.as_secs_f64();
    println!("frontend: {lines} lines, {} bytes", src.len());
    println!(
        "lex:        {:>8.2} ms  {:>10.0} lines/s",
        lex.as_secs_f64() * 1e3,
        rate(lex)
    );
    println!(
        "lex+parse:  {:>8.2} ms  {:>10.0} lines/s",
        parse.as_secs_f64() * 1e3,
        rate(parse)
    );
    println!(
        "lex+parse+check: {:>8.2} ms  {:>10.0} lines/s  (target: 200000 lines/s)",
        check.as_secs_f64() * 1e3,
        rate(check)
    );
}
