//! Checking speed on a generated 10,000-line program. Not a timed assertion
//! (the machine is shared): run `cargo test --release --test check_speed --
//! --ignored --nocapture` to print lines per second.

/// A program of about `n` lines: structs with methods, interfaces, closures,
/// loops, maps, channels and constant arithmetic.
pub fn generate(n: usize) -> String {
    let mut s = String::from(
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() float64\n}\n\n",
    );
    let mut i = 0;
    while s.lines().count() < n {
        s.push_str(&format!(
            "type T{i} struct {{\n\tx, y int\n\tname string\n}}\n\nfunc (t *T{i}) Area() float64 {{\n\treturn float64(t.x*t.y) + {i}.5\n}}\n\nconst C{i} = 1 << ({i} % 60)\n\nfunc f{i}(n int, m map[string]int, ch chan int) (int, error) {{\n\tt := &T{i}{{x: n, y: 2, name: \"t\"}}\n\tvar s Shape = t\n\ttotal := 0\n\tfor j := 0; j < n; j++ {{\n\t\tif j%2 == 0 {{\n\t\t\ttotal += j * C{i}\n\t\t}} else {{\n\t\t\ttotal -= m[t.name]\n\t\t}}\n\t}}\n\tgo func() {{ ch <- total }}()\n\tswitch v := s.(type) {{\n\tcase *T{i}:\n\t\ttotal += v.x\n\tdefault:\n\t\tfmt.Println(v)\n\t}}\n\treturn total + int(s.Area()), nil\n}}\n\n"
        ));
        i += 1;
    }
    s.push_str("func main() {}\n");
    s
}

#[test]
#[ignore]
fn check_10k_lines() {
    let src = generate(10_000);
    let lines = src.lines().count();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let mut ids = gorun::syntax::ast::NodeIds::new();
        let t = std::time::Instant::now();
        let file = gorun::syntax::parse_file(&src, &mut ids).expect("parses");
        let parsed = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let source = gorun::diag::SourceFile::new("gen.go", src.as_str());
        let r = gorun::check::check_program(
            vec![gorun::check::ParsedFile { source, ast: file }],
            &mut ids,
            &mut gorun::check::EmbeddedStd,
        );
        let checked = t.elapsed().as_secs_f64();
        assert!(r.is_ok(), "{:?}", r.err().map(|e| e.to_go_lines()));
        best = best.min(checked);
        println!(
            "{lines} lines: parse {:.1} ms, check {:.1} ms (incl. std)",
            parsed * 1e3,
            checked * 1e3
        );
    }
    println!("check: {:.0} lines/s", lines as f64 / best);
}
