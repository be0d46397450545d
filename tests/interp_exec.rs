//! The step loop on hand-built interpreter trees (independent of the
//! parser and checker): calls and recursion depth, runaway recursion,
//! defer/recover, unrecovered panics and their report.

use gorun::check::types::{BasicKind, TypeTable};
use gorun::interp::ir::{BuiltinOp, Callee, Expr, Func, Instr, NumKind, Place, Program, TypeInfo};
use gorun::interp::{run_program, RunOptions};
use gorun::syntax::ast::{BinOp, Span};
use gorun::value::Value;
use parking_lot::Mutex;
use std::io::Write;
use std::sync::Arc;

#[derive(Clone, Default)]
struct Buf(Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const INT: NumKind = NumKind::Int {
    bits: 64,
    signed: true,
};

fn func(name: &str, nparams: u32, nresults: usize, nslots: u32, code: Vec<Instr>) -> Func {
    let n = code.len();
    Func {
        name: name.into(),
        nparams,
        results: vec![Value::Int(0); nresults],
        result_cells: vec![false; nresults],
        param_cells: Vec::new(),
        capture_slots: Vec::new(),
        nslots,
        code,
        spans: vec![Span::default(); n],
        variadic: false,
        native: None,
        file: 0,
        span: Span::default(),
        plain: false,
        tail: Box::new([]),
    }
}

fn local(s: u32) -> Box<Expr> {
    Box::new(Expr::Local(s))
}
fn int(i: i64) -> Box<Expr> {
    Box::new(Expr::Const(Value::Int(i)))
}

/// Runs funcs[main] after an empty init; returns (exit code, stderr).
fn run(mut funcs: Vec<Func>, main: u32) -> (i32, String) {
    funcs.push(func("runtime.doInit", 0, 0, 1, vec![Instr::End]));
    let init = funcs.len() as u32 - 1;
    let tt = TypeTable::new();
    let prog = Program {
        types: TypeInfo {
            names: (0..tt.len())
                .map(|i| tt.type_string(gorun::check::types::TypeId(i as u32)))
                .collect(),
            ..Default::default()
        },
        funcs: funcs.into_iter().map(|f| Arc::new(f.seal())).collect(),
        globals: Vec::new(),
        init,
        main,
        runtime_errors: gorun::interp::ir::RuntimeErrorTypes {
            bounds: tt.basic(BasicKind::String),
            error_string: tt.basic(BasicKind::String),
            plain: tt.basic(BasicKind::String),
            type_assertion: tt.basic(BasicKind::String),
        },
        tt,
        files: vec![gorun::diag::SourceFile::new("prog.go", "package main\n")],
    };
    let err = Buf::default();
    let code = run_program(
        Arc::new(prog),
        vec!["prog".into()],
        &RunOptions::default(),
        Box::new(Buf::default()),
        Box::new(err.clone()),
    );
    let s = String::from_utf8_lossy(&err.0.lock()).into_owned();
    (code, s)
}

fn println(args: Vec<Expr>) -> Instr {
    Instr::Call {
        callee: Callee::Builtin(BuiltinOp::Println),
        args,
        spread: false,
        dst: vec![],
    }
}

/// fib(n) as funcs[0]: if n < 2 { return n }; return fib(n-1) + fib(n-2).
fn fib() -> Func {
    func(
        "main.fib",
        1,
        1,
        4,
        vec![
            Instr::JumpIfNot(Expr::LocalLtConst(0, 2), 2),
            Instr::Return(vec![Expr::Local(0)]),
            Instr::Call {
                callee: Callee::Static(0),
                args: vec![Expr::Binary(BinOp::Sub, INT, local(0), int(1))],
                spread: false,
                dst: vec![Place::Local(2)],
            },
            Instr::Call {
                callee: Callee::Static(0),
                args: vec![Expr::Binary(BinOp::Sub, INT, local(0), int(2))],
                spread: false,
                dst: vec![Place::Local(3)],
            },
            Instr::Return(vec![Expr::Binary(BinOp::Add, INT, local(2), local(3))]),
        ],
    )
}

#[test]
fn recursion_computes_fib() {
    let main = func(
        "main.main",
        0,
        0,
        1,
        vec![
            Instr::Call {
                callee: Callee::Static(0),
                args: vec![Expr::Const(Value::Int(20))],
                spread: false,
                dst: vec![Place::Local(0)],
            },
            println(vec![Expr::Local(0)]),
            Instr::End,
        ],
    );
    assert_eq!(run(vec![fib(), main], 1), (0, "6765\n".into()));
}

/// down(n): if n == 0 { return 0 }; return down(n-1) + 1, called with `depth`.
fn deep(depth: i64) -> (i32, String) {
    let down = func(
        "main.down",
        1,
        1,
        3,
        vec![
            Instr::JumpIfNot(Expr::Binary(BinOp::Eql, INT, local(0), int(0)), 2),
            Instr::Return(vec![Expr::Const(Value::Int(0))]),
            Instr::Call {
                callee: Callee::Static(0),
                args: vec![Expr::Binary(BinOp::Sub, INT, local(0), int(1))],
                spread: false,
                dst: vec![Place::Local(2)],
            },
            Instr::Return(vec![Expr::Binary(BinOp::Add, INT, local(2), int(1))]),
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        1,
        vec![
            Instr::Call {
                callee: Callee::Static(0),
                args: vec![Expr::Const(Value::Int(depth))],
                spread: false,
                dst: vec![Place::Local(0)],
            },
            println(vec![Expr::Local(0)]),
            Instr::End,
        ],
    );
    run(vec![down, main], 1)
}

#[test]
fn depth_100000_recursion_works() {
    assert_eq!(deep(100_000), (0, "100000\n".into()));
}

#[test]
fn runaway_recursion_is_a_go_stack_overflow() {
    let (code, err) = deep(-1);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\n"),
        "{err}"
    );
    assert!(err.contains("\nfatal error: stack overflow\n"), "{err}");
}

#[test]
fn divide_by_zero_panics_with_go_text_after_defers() {
    // main: defer println("deferred"); x := 0; println(1 / x)
    let deferred = func(
        "main.main.func1",
        0,
        0,
        1,
        vec![
            println(vec![Expr::Const(Value::str("deferred"))]),
            Instr::End,
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        2,
        vec![
            Instr::Defer {
                callee: Callee::Static(0),
                args: vec![],
                spread: false,
            },
            Instr::Set(Place::Local(0), Expr::Const(Value::Int(0))),
            println(vec![Expr::Binary(BinOp::Quo, INT, int(1), local(0))]),
            Instr::End,
        ],
    );
    let (code, err) = run(vec![deferred, main], 1);
    assert_eq!(code, 2);
    assert!(err.starts_with("deferred\npanic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n"), "{err}");
}

#[test]
fn recover_stops_the_panic_and_named_result_is_returned() {
    // f() (r int): defer func(){ recover(); r = 7 }(); panic("x")
    // The deferred closure writes r through a captured cell.
    let mut d = func(
        "main.f.func1",
        0,
        0,
        2,
        vec![
            Instr::Recover(Place::Local(1)),
            Instr::Set(Place::Cell(0), Expr::Const(Value::Int(7))),
            Instr::End,
        ],
    );
    d.capture_slots = vec![0];
    let mut f = func(
        "main.f",
        0,
        1,
        1,
        vec![
            Instr::Defer {
                callee: Callee::Value(Expr::Closure(0, vec![0])),
                args: vec![],
                spread: false,
            },
            Instr::Call {
                callee: Callee::Builtin(BuiltinOp::Panic),
                args: vec![Expr::Const(Value::str("x"))],
                spread: false,
                dst: vec![],
            },
            Instr::End,
        ],
    );
    f.result_cells = vec![true];
    let main = func(
        "main.main",
        0,
        0,
        1,
        vec![
            Instr::Call {
                callee: Callee::Static(1),
                args: vec![],
                spread: false,
                dst: vec![Place::Local(0)],
            },
            println(vec![Expr::Local(0)]),
            Instr::End,
        ],
    );
    assert_eq!(run(vec![d, f, main], 2), (0, "7\n".into()));
}

#[test]
fn parked_goroutine_state_stays_small() {
    // The per-goroutine structures (design.md: a parked goroutine should
    // cost a few hundred bytes in all).
    let g = std::mem::size_of::<gorun::interp::exec::GoState>();
    let f = std::mem::size_of::<gorun::interp::exec::Frame>();
    assert!(g <= 160, "GoState is {g} bytes");
    assert!(f <= 48, "Frame is {f} bytes");
}
