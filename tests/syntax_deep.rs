//! Pathologically deep input ends in an error, never a stack overflow.
use gorun::syntax::ast::NodeIds;
use gorun::syntax::lexer::MAX_NESTING;
use gorun::syntax::{parse_expr, parse_file};

#[test]
fn deep_expressions_are_rejected_not_overflowing() {
    let n = 20_000;
    let inputs = [
        vec!["a"; n].join("+"),
        format!("{}a{}", "(".repeat(n), ")".repeat(n)),
        format!("{}a", "- ".repeat(n)),
        format!("{}a{}", "f(".repeat(n), ")".repeat(n)),
        format!("{}{}", "[]".repeat(n), "int{}"),
        format!("*{}", "*".repeat(n)),
    ];
    for src in &inputs {
        let err = parse_expr(src, &mut NodeIds::new()).expect_err("too deep");
        assert_eq!(err.message, "syntax error: program too deeply nested");
    }
    let body = format!("package p\nfunc f() {}{}\n", "{".repeat(n), "}".repeat(n));
    assert!(parse_file(&body, &mut NodeIds::new()).is_err());
}

#[test]
fn long_flat_lists_are_fine() {
    // Separators reset the count: a big table is not deep.
    let n = 20_000;
    let src = format!("[]int{{{}}}", vec!["-1"; n].join(", "));
    assert!(parse_expr(&src, &mut NodeIds::new()).is_ok());
    let stmts = format!(
        "package p\nfunc f() {{\n{}}}\n",
        "x = a + b + c\n".repeat(n)
    );
    if let Err(e) = parse_file(&stmts, &mut NodeIds::new()) {
        panic!("{e:?}");
    }
    let chain = vec!["a"; (MAX_NESTING / 2) as usize].join("+");
    assert!(parse_expr(&chain, &mut NodeIds::new()).is_ok());
}
