//! AST shape of the constructs that are hard for an LR(1) Go grammar, dumped
//! as S-expressions and compared with the tree gc's parser builds for them.

use gorun::syntax::ast::*;
use gorun::syntax::{parse_expr, parse_file, parse_stmts};

fn e(x: &Expr) -> String {
    match &x.kind {
        ExprKind::Ident(id) => id.name.to_string(),
        ExprKind::BasicLit(l) => match l {
            Lit::Int(v) => v.to_string(),
            Lit::Float(t) | Lit::Imag(t) => t.clone(),
            Lit::Rune(r) => format!("'{r}'"),
            Lit::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        },
        ExprKind::CompositeLit { ty, elts, .. } => {
            let t = ty.as_ref().map_or("_".to_string(), |t| e(t));
            let els: Vec<String> = elts
                .iter()
                .map(|el| match &el.key {
                    Some(k) => format!("{}:{}", e(k), e(&el.value)),
                    None => e(&el.value),
                })
                .collect();
            format!("(lit {t} [{}])", els.join(" "))
        }
        ExprKind::FuncLit { ty, body } => format!("(funclit {} {})", sig(ty), block(body)),
        ExprKind::Paren(x) => format!("(paren {})", e(x)),
        ExprKind::Selector { x, sel } => format!("(sel {} {})", e(x), sel.name),
        ExprKind::Index { x, index } => format!("(index {} {})", e(x), e(index)),
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            let o = |v: &Option<Box<Expr>>| v.as_ref().map_or("_".to_string(), |x| e(x));
            format!(
                "(slice{} {} {} {} {})",
                if *three { "3" } else { "" },
                e(x),
                o(lo),
                o(hi),
                o(max)
            )
        }
        ExprKind::TypeAssert { x, ty } => {
            format!(
                "(assert {} {})",
                e(x),
                ty.as_ref().map_or("type".to_string(), |t| e(t))
            )
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            let a: Vec<String> = args.iter().map(e).collect();
            let dots = if ellipsis.is_some() { "..." } else { "" };
            format!("(call {} [{}]{dots})", e(fun), a.join(" "))
        }
        ExprKind::Star(x) => format!("(star {})", e(x)),
        ExprKind::Unary { op, x } => format!("({} {})", op.as_str(), e(x)),
        ExprKind::Binary { op, x, y, .. } => format!("({} {} {})", op.as_str(), e(x), e(y)),
        ExprKind::ArrayType { len, elem } => {
            format!(
                "(array {} {})",
                len.as_ref().map_or("_".to_string(), |l| e(l)),
                e(elem)
            )
        }
        ExprKind::Ellipsis => "...".to_string(),
        ExprKind::MapType { key, value } => format!("(map {} {})", e(key), e(value)),
        ExprKind::ChanType { dir, elem } => {
            let d = match dir {
                ChanDir::Both => "chan",
                ChanDir::Send => "chan<-",
                ChanDir::Recv => "<-chan",
            };
            format!("({d} {})", e(elem))
        }
        ExprKind::FuncType(ty) => format!("(func {})", sig(ty)),
        ExprKind::StructType(fs) => format!("(struct {})", fields(fs)),
        ExprKind::InterfaceType(els) => {
            let v: Vec<String> = els
                .iter()
                .map(|el| match el {
                    InterfaceElem::Method { name, ty } => format!("{}{}", name.name, sig(ty)),
                    InterfaceElem::Embed(t) => e(t),
                })
                .collect();
            format!("(interface [{}])", v.join(" "))
        }
    }
}

fn fields(fs: &[Field]) -> String {
    let v: Vec<String> = fs
        .iter()
        .map(|f| {
            let names: Vec<&str> = f.names.iter().map(|n| &*n.name).collect();
            let dots = if f.variadic { "..." } else { "" };
            let tag = f.tag.as_ref().map_or(String::new(), |t| format!(" `{t}`"));
            format!(
                "{}{}{}{tag}",
                if names.is_empty() {
                    String::new()
                } else {
                    names.join(",") + " "
                },
                dots,
                e(&f.ty)
            )
        })
        .collect();
    format!("[{}]", v.join("; "))
}

fn sig(ty: &FuncType) -> String {
    format!("{}->{}", fields(&ty.params), fields(&ty.results))
}

fn block(b: &Block) -> String {
    let v: Vec<String> = b.stmts.iter().map(s).collect();
    format!("{{{}}}", v.join("; "))
}

fn list(xs: &[Expr]) -> String {
    let v: Vec<String> = xs.iter().map(e).collect();
    v.join(",")
}

fn opt_stmt(x: &Option<Box<Stmt>>) -> String {
    x.as_ref().map_or("_".to_string(), |st| s(st))
}

fn cases(cs: &[CaseClause]) -> String {
    let v: Vec<String> = cs
        .iter()
        .map(|c| {
            let head = c
                .list
                .as_ref()
                .map_or("default".to_string(), |l| format!("case {}", list(l)));
            let body: Vec<String> = c.body.iter().map(s).collect();
            format!("{head}: {}", body.join("; "))
        })
        .collect();
    format!("[{}]", v.join(" | "))
}

fn s(st: &Stmt) -> String {
    match &st.kind {
        StmtKind::Empty => "empty".into(),
        StmtKind::Expr(x) => e(x),
        StmtKind::Send { ch, value } => format!("(send {} {})", e(ch), e(value)),
        StmtKind::IncDec { x, inc } => format!("({} {})", if *inc { "++" } else { "--" }, e(x)),
        StmtKind::Assign { lhs, op, rhs } => {
            format!(
                "({}= {} {})",
                op.map_or("", |o| o.as_str()),
                list(lhs),
                list(rhs)
            )
        }
        StmtKind::Define { lhs, rhs } => format!("(:= {} {})", list(lhs), list(rhs)),
        StmtKind::Const(_) => "const".into(),
        StmtKind::Var(d) => {
            let v: Vec<String> = d
                .specs
                .iter()
                .map(|sp| {
                    let n: Vec<&str> = sp.names.iter().map(|n| &*n.name).collect();
                    format!(
                        "{} {} {}",
                        n.join(","),
                        sp.ty.as_ref().map_or("_".into(), e),
                        list(&sp.values)
                    )
                })
                .collect();
            format!("(var {})", v.join("; "))
        }
        StmtKind::Type(_) => "type".into(),
        StmtKind::Go(x) => format!("(go {})", e(x)),
        StmtKind::Defer(x) => format!("(defer {})", e(x)),
        StmtKind::Return(xs) => format!("(return {})", list(xs)),
        StmtKind::Break(l) => format!(
            "(break{})",
            l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
        ),
        StmtKind::Continue(l) => {
            format!(
                "(continue{})",
                l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
            )
        }
        StmtKind::Goto(l) => format!("(goto {})", l.name),
        StmtKind::Fallthrough => "fallthrough".into(),
        StmtKind::Block(b) => block(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            format!(
                "(if {} {} {} {})",
                opt_stmt(init),
                e(cond),
                block(then),
                opt_stmt(els)
            )
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => format!(
            "(switch {} {} {})",
            opt_stmt(init),
            tag.as_ref().map_or("_".into(), e),
            cases(body)
        ),
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            body,
            ..
        } => format!(
            "(typeswitch {} {} {} {})",
            opt_stmt(init),
            bind.as_ref()
                .map_or("_".to_string(), |b| b.name.to_string()),
            e(x),
            cases(body)
        ),
        StmtKind::Select { body, .. } => {
            let v: Vec<String> = body
                .iter()
                .map(|c| {
                    let head = c
                        .comm
                        .as_ref()
                        .map_or("default".to_string(), |st| format!("case {}", s(st)));
                    let b: Vec<String> = c.body.iter().map(s).collect();
                    format!("{head}: {}", b.join("; "))
                })
                .collect();
            format!("(select [{}])", v.join(" | "))
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => format!(
            "(for {} {} {} {})",
            opt_stmt(init),
            cond.as_ref().map_or("_".into(), e),
            opt_stmt(post),
            block(body)
        ),
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        } => format!(
            "(range{} {} {} {} {})",
            if *define { ":=" } else { "=" },
            key.as_ref().map_or("_".into(), e),
            value.as_ref().map_or("_".into(), e),
            e(x),
            block(body)
        ),
        StmtKind::Labeled { label, stmt } => format!("(label {} {})", label.name, s(stmt)),
    }
}

fn expr(src: &str) -> String {
    e(&parse_expr(src, &mut NodeIds::new()).unwrap_or_else(|d| panic!("{src}: {}", d.message)))
}

fn stmts(src: &str) -> String {
    let v =
        parse_stmts(src, &mut NodeIds::new()).unwrap_or_else(|d| panic!("{src}: {}", d.message));
    v.iter().map(s).collect::<Vec<_>>().join("; ")
}

#[test]
fn composite_literals_in_statement_headers() {
    // A named type's literal must be parenthesized in a header; the brace
    // after a plain name opens the block.
    assert_eq!(
        stmts("if x == (T{}) {}"),
        "(if _ (== x (paren (lit T []))) {} _)"
    );
    assert_eq!(stmts("if x {}"), "(if _ x {} _)");
    assert_eq!(
        stmts("if v := (T{a: 1}); v.a > 0 {}"),
        "(if (:= v (paren (lit T [a:1]))) (> (sel v a) 0) {} _)"
    );
    // Explicit array, slice, map and struct types may stand unparenthesized.
    assert_eq!(
        stmts("for _, v := range []T{{1}, {2}} {}"),
        "(range:= _ v (lit (array _ T) [(lit _ [1]) (lit _ [2])]) {})"
    );
    assert_eq!(stmts("switch (T{}) {}"), "(switch _ (paren (lit T [])) [])");
    assert_eq!(
        stmts("for i := 0; i < len(T{}.s); i++ {}"),
        "(for (:= i 0) (< i (call len [(sel (lit T []) s)])) (++ i) {})"
    );
}

#[test]
fn func_types_take_a_following_paren_as_results() {
    // gc parses []func()(x) as the type []func() (x), not a conversion.
    assert_eq!(expr("[]func()(x)"), "(array _ (func []->[x]))");
    assert_eq!(expr("[]func(){}"), "(lit (array _ (func []->[])) [])");
    assert_eq!(
        expr("make([]func(), 3)"),
        "(call make [(array _ (func []->[])) 3])"
    );
    assert_eq!(expr("(func())(f)"), "(call (paren (func []->[])) [f])");
    assert_eq!(expr("func() {}()"), "(call (funclit []->[] {}) [])");
    assert_eq!(expr("[]byte(s)"), "(call (array _ byte) [s])");
}

#[test]
fn channel_directions() {
    assert_eq!(
        expr("make(chan<- <-chan int)"),
        "(call make [(chan<- (<-chan int))])"
    );
    assert_eq!(
        expr("make(chan (<-chan int))"),
        "(call make [(chan (paren (<-chan int)))])"
    );
    assert_eq!(
        expr("make(chan<- chan int)"),
        "(call make [(chan<- (chan int))])"
    );
    assert_eq!(expr("(<-chan int)(c)"), "(call (paren (<-chan int)) [c])");
    assert_eq!(expr("<-c"), "(<- c)");
    assert_eq!(expr("<-<-c"), "(<- (<- c))");
    // As in gc: a receive from the conversion chan int(nil).
    assert_eq!(expr("<-chan int(nil)"), "(<- (call (chan int) [nil]))");
}

#[test]
fn pointer_conversions_and_method_expressions() {
    assert_eq!(expr("(*T)(p)"), "(call (paren (star T)) [p])");
    assert_eq!(expr("(*T).M"), "(sel (paren (star T)) M)");
    assert_eq!(expr("*p.x"), "(star (sel p x))");
    assert_eq!(expr("&T{}"), "(& (lit T []))");
}

#[test]
fn labels_and_branches() {
    assert_eq!(
        stmts("L: for { break L; continue L }\ngoto L"),
        "(label L (for _ _ _ {(break L); (continue L)})); (goto L)"
    );
    assert_eq!(stmts("{ L: }"), "{(label L empty)}");
}

#[test]
fn type_switch_guards() {
    assert_eq!(
        stmts("switch y := x.(type) { case int, []string: ; case nil: default: }"),
        "(typeswitch _ y x [case int,(array _ string):  | case nil:  | default: ])"
    );
    assert_eq!(stmts("switch x.(type) {}"), "(typeswitch _ _ x [])");
    assert_eq!(
        stmts("switch a := f(); t := a.(type) {}"),
        "(typeswitch (:= a (call f [])) t a [])"
    );
    assert_eq!(stmts("switch x := 1; x {}"), "(switch (:= x 1) x [])");
}

#[test]
fn select_comm_clauses() {
    assert_eq!(
        stmts("select { case v, ok := <-ch: f(v, ok)\ncase ch <- 1:\ncase <-done:\ncase x = <-ch:\ndefault: }"),
        "(select [case (:= v,ok (<- ch)): (call f [v ok]) | case (send ch 1):  | case (<- done):  | case (= x (<- ch)):  | default: ])"
    );
}

#[test]
fn precedence_and_slices() {
    assert_eq!(
        expr("a || b && c == d + e * f"),
        "(|| a (&& b (== c (+ d (* e f)))))"
    );
    assert_eq!(expr("-x.y[1]"), "(- (index (sel x y) 1))");
    assert_eq!(expr("a << 1 | b &^ c"), "(| (<< a 1) (&^ b c))");
    assert_eq!(expr("s[1:2:3]"), "(slice3 s 1 2 3)");
    assert_eq!(expr("s[:]"), "(slice s _ _ _)");
    assert_eq!(expr("f(xs...)"), "(call f [xs]...)");
    assert_eq!(expr("x.(T)"), "(assert x T)");
}

#[test]
fn declarations() {
    let src = "package p\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t_ \"os\"\n\t. \"strings\"\n)\nconst (\n\tA = iota\n\tB\n)\nvar x, y int = 1, 2\ntype T struct {\n\ta, b int `tag`\n\t*U\n\tfmt.Stringer\n}\ntype I interface {\n\tM(int) (string, error)\n\tfmt.Stringer\n}\ntype F = func(a, b int, c ...string) (r int)\nfunc (t *T) M(x int) {}\nfunc f()\n";
    let f = parse_file(src, &mut NodeIds::new()).unwrap_or_else(|d| panic!("{}", d.message));
    let imports: Vec<String> = f
        .imports
        .iter()
        .map(|i| format!("{}={}", i.name.as_ref().map_or("", |n| &*n.name), i.path))
        .collect();
    assert_eq!(imports, ["=fmt", "m=math", "_=os", ".=strings"]);
    let Decl::Const(c) = &f.decls[0] else {
        panic!("const")
    };
    assert!(c.grouped);
    assert_eq!((c.specs[1].iota, c.specs[1].values.len()), (1, 0));
    let Decl::Type(t) = &f.decls[2] else {
        panic!("type")
    };
    assert_eq!(
        e(&t.specs[0].ty),
        "(struct [a,b int `tag`; (star U); (sel fmt Stringer)])"
    );
    let Decl::Type(i) = &f.decls[3] else {
        panic!("type")
    };
    assert_eq!(
        e(&i.specs[0].ty),
        "(interface [M[int]->[string; error] (sel fmt Stringer)])"
    );
    let Decl::Type(a) = &f.decls[4] else {
        panic!("type")
    };
    assert!(a.specs[0].alias);
    assert_eq!(e(&a.specs[0].ty), "(func [a,b int; c ...string]->[r int])");
    let Decl::Func(m) = &f.decls[5] else {
        panic!("func")
    };
    let recv = m.recv.as_ref().expect("receiver");
    assert_eq!(
        (recv.names[0].name.as_ref(), e(&recv.ty)),
        ("t", "(star T)".to_string())
    );
    let Decl::Func(g) = &f.decls[6] else {
        panic!("func")
    };
    assert!(g.body.is_none());
}

#[test]
fn node_ids_are_unique() {
    let mut ids = NodeIds::new();
    let a = parse_expr("a + b", &mut ids).expect("parses");
    let b = parse_expr("a", &mut ids).expect("parses");
    let ExprKind::Binary { x, y, .. } = &a.kind else {
        panic!()
    };
    let mut all = vec![a.id, x.id, y.id, b.id];
    if let ExprKind::Ident(i) = &x.kind {
        all.push(i.id);
    }
    let n = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), n);
}

/// Valid programs (compiled by real Go) parse without any error.
#[test]
fn valid_programs_parse() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_data/ok");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("ok dir").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "go") {
            let text = std::fs::read_to_string(&path).expect("readable");
            let p = gorun::syntax::parse_file_all(&text, &mut NodeIds::new());
            assert!(
                p.errors.is_empty() && p.tree.is_some(),
                "{}: {:?}",
                path.display(),
                p.errors
            );
            n += 1;
        }
    }
    assert!(n >= 3);
}
