//! The facts the checker records for the interpreter ([`gorun::check::Program`]):
//! expression types and constant values, untyped constants typed by their
//! context, selections through embedded fields, escaping and per-iteration
//! variables, type-switch implicits, implicit conversions, package variable
//! initialisation order, and `%T` type strings.

use gorun::check::info::*;
use gorun::check::types::{BasicKind, TypeKind};
use gorun::check::{check_source, Program};
use gorun::syntax::ast::{self, Expr, ExprKind, NodeIds, Stmt, StmtKind};

fn check(src: &str) -> Program {
    let mut ids = NodeIds::new();
    match check_source("prog.go", src, &mut ids) {
        Ok(p) => p,
        Err(e) => panic!("unexpected errors: {:?}", e.to_go_lines()),
    }
}

/// The user's file (the last one).
fn user_file(p: &Program) -> &ast::File {
    &p.files.iter().rfind(|f| !f.std).unwrap().ast
}

fn func<'p>(p: &'p Program, name: &str) -> &'p ast::FuncDecl {
    user_file(p)
        .decls
        .iter()
        .find_map(|d| match d {
            ast::Decl::Func(f) if &*f.name.name == name && f.recv.is_none() => Some(f),
            _ => None,
        })
        .unwrap()
}

/// The i-th statement of function `name`.
fn stmt<'p>(p: &'p Program, name: &str, i: usize) -> &'p Stmt {
    &func(p, name).body.as_ref().unwrap().stmts[i]
}

/// The object of a package-level name of main.
fn global(p: &Program, name: &str) -> ObjId {
    *p.packages.last().unwrap().scope.get(name).unwrap()
}

/// Finds the first local variable object named `name` declared in the user file.
fn local(p: &Program, name: &str) -> ObjId {
    let f = p.files.iter().position(|f| !f.std).unwrap() as u32;
    (0..p.objs.len() as u32)
        .map(ObjId)
        .find(|&o| {
            let ob = p.obj(o);
            &*ob.name == name && ob.file == Some(FileId(f)) && matches!(ob.kind, ObjKind::Var(_))
        })
        .unwrap()
}

fn rhs(s: &Stmt) -> &Expr {
    match &s.kind {
        StmtKind::Define { rhs, .. } | StmtKind::Assign { rhs, .. } => &rhs[0],
        StmtKind::Var(vd) => &vd.specs[0].values[0],
        StmtKind::Expr(e) => e,
        _ => panic!("no rhs"),
    }
}

#[test]
fn constants_are_exact_and_typed_by_context() {
    let p = check(
        "package main\nconst big = 1 << 100 >> 98\nfunc main() {\n\tvar x int64 = 3\n\ty := x + 1\n\tvar f float64 = 1\n\t_, _ = y, f\n}\n",
    );
    let big = p.obj(global(&p, "big"));
    match &big.kind {
        ObjKind::Const(v) => assert_eq!(v.as_i64(), Some(4)),
        k => panic!("{k:?}"),
    }
    assert_eq!(big.ty, p.types.basic(BasicKind::UntypedInt));
    // y := x + 1: the literal 1 is recorded as int64.
    let ExprKind::Binary { y, .. } = &rhs(stmt(&p, "main", 1)).kind else {
        panic!()
    };
    let tv = p.type_of(y).unwrap();
    assert_eq!(tv.ty, p.types.basic(BasicKind::Int64));
    assert_eq!(tv.mode, Mode::Constant);
    // var f float64 = 1: the literal is a float64 constant.
    let one = rhs(stmt(&p, "main", 2));
    let tv = p.type_of(one).unwrap();
    assert_eq!(tv.ty, p.types.basic(BasicKind::Float64));
    assert_eq!(tv.value.as_ref().and_then(|v| v.as_f64()), Some(1.0));
}

#[test]
fn iota_and_implicit_repetition() {
    let p = check(
        "package main\ntype W int\nconst (\n\tA W = iota * 10\n\tB\n\t_\n\tD\n)\nfunc main() {}\n",
    );
    let d = p.obj(global(&p, "D"));
    match &d.kind {
        ObjKind::Const(v) => assert_eq!(v.as_i64(), Some(30)),
        k => panic!("{k:?}"),
    }
    assert_eq!(p.types.type_string(d.ty), "main.W");
}

#[test]
fn type_strings_as_percent_t_prints_them() {
    let p = check(
        "package main\ntype Point struct{ X, Y int }\nvar a Point\nvar b *Point\nvar c []int\nvar d map[string]int\nvar e chan<- int\nvar f func(int, ...string) (bool, error)\nvar g struct{ X int `json:\"x\"` }\nvar h interface{}\nvar i error\nvar j [3]<-chan bool\nvar k interface{ M() int }\nfunc main() {}\n",
    );
    let ts = |n: &str| p.types.type_string(p.obj(global(&p, n)).ty);
    assert_eq!(ts("a"), "main.Point");
    assert_eq!(ts("b"), "*main.Point");
    assert_eq!(ts("c"), "[]int");
    assert_eq!(ts("d"), "map[string]int");
    assert_eq!(ts("e"), "chan<- int");
    assert_eq!(ts("f"), "func(int, ...string) (bool, error)");
    assert_eq!(ts("g"), "struct { X int \"json:\\\"x\\\"\" }");
    assert_eq!(ts("h"), "interface {}");
    assert_eq!(ts("i"), "error");
    assert_eq!(ts("j"), "[3]<-chan bool");
    assert_eq!(ts("k"), "interface { M() int }");
    let pt = p.obj(global(&p, "a")).ty;
    assert_eq!(p.types.type_string_for(pt, "main"), "Point");
    assert!(matches!(p.types.under(pt), TypeKind::Struct(f) if f.len() == 2));
}

#[test]
fn escapes_and_loop_vars() {
    let p = check(
        "package main\ntype T struct{ n int }\nfunc (t *T) Inc() { t.n++ }\nfunc main() {\n\ta := 1\n\tb := 2\n\tc := 3\n\tvar t T\n\tp := &b\n\tf := func() int { return a }\n\tt.Inc()\n\tfor i := 0; i < 3; i++ {\n\t\t_ = i\n\t}\n\tfor k, v := range []int{1} {\n\t\t_, _ = k, v\n\t}\n\t_, _, _ = p, f, c\n}\n",
    );
    let info = |n: &str| p.obj(local(&p, n)).var_info().unwrap().clone();
    assert!(info("a").captured && info("a").escapes());
    assert!(info("b").addr_taken && info("b").escapes());
    assert!(!info("c").escapes());
    assert!(
        info("t").addr_taken,
        "pointer method on addressable var takes its address"
    );
    assert!(info("i").loop_var && info("k").loop_var && info("v").loop_var);
    assert!(!info("c").loop_var);
}

#[test]
fn selections_through_embedded_fields() {
    let p = check(
        "package main\ntype Base struct{ ID int }\nfunc (b *Base) Set(n int) { b.ID = n }\nfunc (b Base) Get() int { return b.ID }\ntype Mid struct{ *Base }\ntype Top struct {\n\tName string\n\tMid\n}\nfunc main() {\n\tvar t Top\n\t_ = t.ID\n\tt.Set(1)\n\tv := Top{}\n\tv.Get()\n\tg := (*Base).Set\n\t_ = g\n}\n",
    );
    // t.ID: Top.Mid (index 1), Mid.Base (index 0, then deref), Base.ID (index 0).
    let sel = rhs(stmt(&p, "main", 1));
    let s = p.selections.get(sel.id).unwrap();
    assert!(matches!(s.kind, SelectionKind::FieldVal));
    let path: Vec<(bool, u32)> = s.path.iter().map(|s| (s.deref, s.index)).collect();
    assert_eq!(path, vec![(false, 1), (false, 0), (true, 0)]);
    // t.Set: method reached through the embedded pointer: no & needed.
    let ExprKind::Call { fun, .. } = &rhs(stmt(&p, "main", 2)).kind else {
        panic!()
    };
    let s = p.selections.get(fun.id).unwrap();
    match &s.kind {
        SelectionKind::MethodVal {
            method,
            adjust,
            iface_index,
        } => {
            assert_eq!(&*p.obj(*method).name, "Set");
            assert_eq!(*adjust, RecvAdjust::None);
            assert!(iface_index.is_none());
            assert!(p.func_decl(*method).is_some());
        }
        k => panic!("{k:?}"),
    }
    // v.Get: value method through the pointer: deref.
    let ExprKind::Call { fun, .. } = &rhs(stmt(&p, "main", 4)).kind else {
        panic!()
    };
    match &p.selections.get(fun.id).unwrap().kind {
        SelectionKind::MethodVal { adjust, .. } => assert_eq!(*adjust, RecvAdjust::Deref),
        k => panic!("{k:?}"),
    }
    // (*Base).Set: a method expression of type func(*Base, int).
    let me = rhs(stmt(&p, "main", 5));
    let s = p.selections.get(me.id).unwrap();
    assert!(matches!(s.kind, SelectionKind::MethodExpr { .. }));
    assert_eq!(p.types.type_string(s.ty), "func(*main.Base, int)");
}

#[test]
fn interface_method_values_and_conversions() {
    let p = check(
        "package main\ntype S interface{ A(); B() int }\ntype T struct{}\nfunc (T) A() {}\nfunc (T) B() int { return 1 }\nfunc main() {\n\tvar s S = T{}\n\ts.B()\n\tvar e interface{} = 42\n\t_ = e\n}\n",
    );
    let lit = rhs(stmt(&p, "main", 0));
    let sty = p.obj(local(&p, "s")).ty;
    assert_eq!(p.conversions.get(lit.id).copied(), Some(sty));
    let ExprKind::Call { fun, .. } = &rhs(stmt(&p, "main", 1)).kind else {
        panic!()
    };
    match &p.selections.get(fun.id).unwrap().kind {
        SelectionKind::MethodVal {
            method,
            iface_index,
            ..
        } => {
            assert_eq!(*iface_index, Some(1));
            assert_eq!(p.obj(*method).func_info().unwrap().body, FuncBody::Abstract);
        }
        k => panic!("{k:?}"),
    }
    // 42 in an interface context: an int constant, converted to interface{}.
    let c = rhs(stmt(&p, "main", 2));
    assert_eq!(p.type_of(c).unwrap().ty, p.types.basic(BasicKind::Int));
    assert_eq!(p.conversions.get(c.id).copied(), Some(p.types.empty_iface));
}

#[test]
fn type_switch_implicits_and_comma_ok() {
    let p = check(
        "package main\nfunc main() {\n\tvar x interface{} = 1\n\tswitch v := x.(type) {\n\tcase int:\n\t\t_ = v + 1\n\tcase string, bool:\n\t\t_ = v\n\t}\n\tm := map[string]int{}\n\tn, ok := m[\"a\"]\n\t_, _ = n, ok\n}\n",
    );
    let StmtKind::TypeSwitch { bind: Some(b), .. } = &stmt(&p, "main", 1).kind else {
        panic!()
    };
    let v0 = p.implicits[&(b.id, 0)];
    let v1 = p.implicits[&(b.id, 1)];
    assert_eq!(p.types.type_string(p.obj(v0).ty), "int");
    assert_eq!(p.types.type_string(p.obj(v1).ty), "interface {}");
    let idx = rhs(stmt(&p, "main", 3));
    let tv = p.type_of(idx).unwrap();
    assert_eq!(tv.mode, Mode::MapIndex);
    assert_eq!(p.types.type_string(tv.ty), "(int, bool)");
}

#[test]
fn package_var_initialisation_order() {
    let p = check(
        "package main\nvar (\n\ta = c + b\n\tb = f()\n\tc = f()\n\td = 3\n)\nfunc f() int {\n\td++\n\treturn d\n}\nfunc main() {}\n",
    );
    let order: Vec<String> = p
        .packages
        .last()
        .unwrap()
        .var_inits
        .iter()
        .map(|i| p.obj(i.lhs[0].unwrap()).name.to_string())
        .collect();
    assert_eq!(order, ["d", "b", "c", "a"]);
    assert!(p.main_func.is_some());
    // Every imported std package comes before main.
    assert_eq!(&*p.packages.last().unwrap().path, "main");
}

#[test]
fn std_packages_check_cleanly() {
    let p = check(
        "package main\nimport (\n\t\"bytes\"\n\t\"context\"\n\t\"errors\"\n\t\"fmt\"\n\t\"io\"\n\t\"math\"\n\t\"math/rand\"\n\t\"os\"\n\t\"runtime\"\n\t\"sort\"\n\t\"strconv\"\n\t\"strings\"\n\t\"sync\"\n\t\"sync/atomic\"\n\t\"time\"\n\t\"unicode\"\n\t\"unicode/utf8\"\n)\nvar _ = bytes.NewBuffer\nvar _ = context.Background\nvar _ = errors.New\nvar _ = fmt.Println\nvar _ = io.EOF\nvar _ = math.Pi\nvar _ = rand.Intn\nvar _ = os.Exit\nvar _ = runtime.Gosched\nvar _ = sort.Ints\nvar _ = strconv.Itoa\nvar _ = strings.Split\nvar _ sync.Mutex\nvar _ atomic.Int64\nvar _ = time.Now\nvar _ = unicode.IsUpper\nvar _ = utf8.RuneLen\nfunc main() {}\n",
    );
    // Dependencies first: each package's imports precede it.
    for (i, pkg) in p.packages.iter().enumerate() {
        for imp in &pkg.imports {
            assert!((imp.0 as usize) < i, "{} imports a later package", pkg.path);
        }
    }
}

#[test]
fn options_for_a_repl_silence_unused_and_missing_main() {
    let src = "package main\nimport \"fmt\"\nfunc helper() {\n\tx := 1\n}\n";
    let mut ids = NodeIds::new();
    let err = check_source("prog.go", src, &mut ids).unwrap_err();
    assert_eq!(
        err.to_go_lines(),
        [
            "prog.go:2:8: \"fmt\" imported and not used",
            "prog.go:4:2: declared and not used: x"
        ]
    );
    let mut ids = NodeIds::new();
    let ast = gorun::syntax::parse_file(src, &mut ids).unwrap();
    let source = gorun::diag::SourceFile::new("prog.go", src);
    let opts = gorun::check::CheckOptions {
        unused_errors: false,
        require_main: false,
    };
    let r = gorun::check::check_program_with(
        vec![gorun::check::ParsedFile { source, ast }],
        &mut ids,
        &mut gorun::check::EmbeddedStd,
        &opts,
    );
    assert!(r.is_ok(), "{:?}", r.err().map(|e| e.to_go_lines()));
}

/// `%T` strings, expected values printed by Go 1.27 for the same declarations.
#[test]
fn more_percent_t_strings() {
    let p = check(
        "package main\nimport \"time\"\ntype Point struct{ X, Y int }\nvar a struct{ Point }\nvar b func(...int) (int, error)\nvar c func() func() int\nvar d chan (<-chan int)\nvar e []interface{}\nvar f map[string][]*Point\nvar g struct {\n\tx int\n\tY string `k:\"v\"`\n}\nvar h time.Duration\nvar i []byte\nvar j [2]rune\nvar l func(int, string)\nfunc main() {}\n",
    );
    let want = [
        ("a", "struct { main.Point }"),
        ("b", "func(...int) (int, error)"),
        ("c", "func() func() int"),
        ("d", "chan (<-chan int)"),
        ("e", "[]interface {}"),
        ("f", "map[string][]*main.Point"),
        ("g", "struct { x int; Y string \"k:\\\"v\\\"\" }"),
        ("h", "time.Duration"),
        ("i", "[]uint8"),
        ("j", "[2]int32"),
        ("l", "func(int, string)"),
    ];
    for (name, t) in want {
        assert_eq!(p.types.type_string(p.obj(global(&p, name)).ty), t, "{name}");
    }
}
