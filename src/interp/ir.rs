//! The interpreter's tree: what lowering produces and the step loop walks.
//!
//! A function body is a flat list of [`Instr`] (statements) with jump
//! targets; each statement holds expression trees ([`Expr`]) that are
//! evaluated by plain recursion. Lowering guarantees A-normal form: no
//! [`Expr`] can block, call Go code or change control flow, so a goroutine
//! only ever stops between statements and its whole state is
//! (function, pc, slots) per frame. Structured control flow (if, loops,
//! switch, labeled break/continue, goto, fallthrough) has become jumps:
//! the "cursor" of a frame is its `pc`.
//!
//! Variables live in frame slots ([`Slot`], relative to the frame's base in
//! the goroutine's one slot stack), or, when they escape (captured or
//! address taken), in a heap cell whose `Pointer::Cell` sits in the slot.

use crate::syntax::ast::{BinOp, Name, Span};
use crate::value::{FuncId, TypeId, Value};
use std::collections::HashMap;
use std::sync::Arc;

/// A frame-relative slot index.
pub type Slot = u32;

/// How an arithmetic or comparison operator reads its operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    /// An integer of `bits` bits.
    Int {
        bits: u8,
        signed: bool,
    },
    F32,
    F64,
    /// complex64 (`c64`) or complex128.
    Complex {
        c64: bool,
    },
    Str,
    Bool,
    /// Any other comparable type (`==`/`!=` only).
    Other,
}

/// A Go value conversion `T(x)` after lowering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvKind {
    /// Same representation (named ↔ underlying, pointer types...).
    Nop,
    IntToInt {
        bits: u8,
        signed: bool,
    },
    /// From an integer (signedness of the source) to a float.
    IntToFloat {
        from_signed: bool,
        f32: bool,
    },
    FloatToInt {
        bits: u8,
        signed: bool,
    },
    FloatToFloat {
        f32: bool,
    },
    /// Between complex types.
    ComplexToComplex {
        c64: bool,
    },
    /// `real(z)` and `imag(z)` (a complex64's parts are already float32).
    Real,
    Imag,
    /// `string(rune)`.
    IntToString,
    BytesToString,
    RunesToString,
    StringToBytes,
    StringToRunes,
}

/// What `x[i]`, `len(x)` or `x[lo:hi]` operate on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqKind {
    Array,
    Slice,
    String,
    Map,
    Chan,
}

/// An expression that cannot block, call Go code or jump.
#[derive(Clone, Debug)]
pub enum Expr {
    Const(Value),
    Local(Slot),
    /// The value in the heap cell referenced by the slot.
    CellGet(Slot),
    Global(u32),
    /// Fused `local < const` (ints).
    LocalLtConst(Slot, i64),
    Neg(NumKind, Box<Expr>),
    Not(Box<Expr>),
    /// `^x`.
    BitNot(NumKind, Box<Expr>),
    Binary(BinOp, NumKind, Box<Expr>, Box<Expr>),
    /// `a && b` / `a || b` with pure operands.
    AndAnd(Box<Expr>, Box<Expr>),
    OrOr(Box<Expr>, Box<Expr>),
    /// `==` (or `!=` when `neg`) on any comparable values; `iface` says an
    /// interface comparison that may panic on uncomparable dynamic types.
    Eq {
        neg: bool,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    Field(Box<Expr>, u32),
    /// `*p`; nil panics.
    Deref(Box<Expr>),
    Index(SeqKind, Box<Expr>, Box<Expr>),
    /// `m[k]` of a map: the zero value when absent.
    MapIndex {
        m: Box<Expr>,
        k: Box<Expr>,
        zero: Value,
        comma_ok: bool,
    },
    SliceOf {
        kind: SeqKind,
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    Len(SeqKind, Box<Expr>),
    Cap(SeqKind, Box<Expr>),
    Convert(ConvKind, Box<Expr>),
    /// Boxes a non-interface value into an interface of dynamic type `ty`.
    MakeIface(TypeId, Box<Expr>),
    /// `x.(T)`: `ty` the asserted type; `iface` when T is an interface
    /// (check the method set); `src` is the static type of `x` (for the panic text).
    TypeAssert {
        x: Box<Expr>,
        ty: TypeId,
        iface: bool,
        src: TypeId,
        comma_ok: bool,
        zero: Value,
    },
    StructLit(Vec<Expr>),
    /// Array of `len` elements: `zero` everywhere but the listed ones.
    ArrayLit {
        len: u32,
        zero: Value,
        elems: Vec<(u32, Expr)>,
    },
    SliceLit {
        len: u32,
        zero: Value,
        elems: Vec<(u32, Expr)>,
    },
    MapLit(Vec<(Expr, Expr)>),
    /// `&place`.
    AddrOf(Box<Place>),
    /// A new heap cell holding the value: `&T{...}`, `new(T)`.
    NewCell(Box<Expr>),
    /// A function literal capturing the cells in these slots.
    Closure(FuncId, Vec<Slot>),
    /// Method value `x.M` of a concrete method (receiver already adjusted).
    MethodValue(FuncId, Box<Expr>),
    /// Method value `x.M` of an interface.
    IfaceMethodValue(Box<Expr>, Name),
    MakeSlice {
        len: Box<Expr>,
        cap: Option<Box<Expr>>,
        zero: Value,
    },
    MakeMap,
    /// `make(chan T, cap)`.
    MakeChan {
        cap: Option<Box<Expr>>,
        zero: Value,
    },
    Append {
        s: Box<Expr>,
        elems: Vec<Expr>,
        spread: bool,
        string_src: bool,
        /// Element size in bytes and whether it holds pointers (Go rounds
        /// grown capacities up to malloc size classes).
        elem: (u32, bool),
    },
    /// `copy(dst, src)` (src may be a string).
    Copy(Box<Expr>, Box<Expr>),
    Tuple(Vec<Expr>),
    /// `min`/`max` (`max` when true).
    MinMax(bool, NumKind, Vec<Expr>),
    /// `complex(re, im)`, complex64 when `c64`.
    Complex(bool, Box<Expr>, Box<Expr>),
    /// Element `i` of a tuple value.
    TupleGet(Box<Expr>, u32),
    /// The value of an array variable that may have become an array view
    /// (it was sliced): a `Value::Slice` is copied back into an array.
    ArraySnap(Box<Expr>),
}

/// Where an assignment stores.
#[derive(Clone, Debug)]
pub enum Place {
    Blank,
    Local(Slot),
    Cell(Slot),
    Global(u32),
    /// `*p = v`.
    Deref(Expr),
    /// Field `i` of a struct place.
    Field(Box<Place>, u32),
    /// Element of an array place.
    ArrayIndex(Box<Place>, Expr),
    /// Element of a slice value.
    SliceIndex(Expr, Expr),
    /// `m[k] = v`.
    MapEntry(Expr, Expr),
}

/// What a call calls.
#[derive(Clone, Debug)]
pub enum Callee {
    /// A Go function or method known statically (the receiver is the first argument).
    Static(FuncId),
    /// A func value.
    Value(Expr),
    /// An interface method: `recv` is the interface value, dispatched on its
    /// dynamic type (the receiver is not in the argument list).
    Iface { recv: Expr, method: Name },
    /// A built-in with side effects run as a call (`panic`, `print`...).
    Builtin(BuiltinOp),
}

/// Built-ins that are statements (they write output, panic or mutate).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinOp {
    Panic,
    Print,
    Println,
    Delete,
    Clear,
    Close,
}

/// One range loop's iteration state kept in a hidden slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeKind {
    Int,
    Array,
    Slice,
    String,
    Map,
    Chan,
    Func,
}

/// A statement.
#[derive(Clone, Debug)]
pub enum Instr {
    Set(Place, Expr),
    /// Parallel assignment: all right sides first, then the stores in order.
    SetN(Vec<Place>, Vec<Expr>),
    /// Declares an escaped variable: a fresh heap cell holding the value.
    NewCell(Slot, Expr),
    /// Evaluates for effects (and panics).
    Eval(Expr),
    Jump(u32),
    /// Jumps when the condition is false.
    JumpIfNot(Expr, u32),
    JumpIf(Expr, u32),
    /// Calls and stores the results.
    Call {
        callee: Callee,
        args: Vec<Expr>,
        spread: bool,
        dst: Vec<Place>,
    },
    Return(Vec<Expr>),
    Go {
        callee: Callee,
        args: Vec<Expr>,
        spread: bool,
    },
    Defer {
        callee: Callee,
        args: Vec<Expr>,
        spread: bool,
    },
    /// Range loop set-up: evaluates the operand into the hidden slot `state`
    /// (and `state+1` for the position).
    RangeInit {
        kind: RangeKind,
        x: Expr,
        state: Slot,
    },
    /// Advances: stores key/value, or jumps to `exit` when done.
    RangeNext {
        kind: RangeKind,
        state: Slot,
        key: Place,
        val: Place,
        exit: u32,
    },
    Recv {
        ch: Expr,
        dst: Place,
        ok: Place,
    },
    Send {
        ch: Expr,
        val: Expr,
    },
    /// `select`: cases in source order; stores the chosen case index in
    /// `chosen` (-1 default) and received value/ok in the case's places.
    Select {
        cases: Vec<SelectCase>,
        has_default: bool,
        chosen: Slot,
    },
    /// Falls off the end of a function without results.
    End,
    /// `recover()` stored in a place (only meaningful in a deferred call).
    Recover(Place),
    /// A type switch dispatch: stores the index of the first matching case
    /// (`-1` none) of the dynamic type of `x` in `dst`.
    TypeSwitch {
        x: Expr,
        cases: Vec<Vec<Option<(TypeId, bool)>>>,
        dst: Slot,
    },
}

#[derive(Clone, Debug)]
pub struct SelectCase {
    pub ch: Expr,
    /// `Some` for a send.
    pub send: Option<Expr>,
    pub dst: Place,
    pub ok: Place,
}

/// A lowered function.
#[derive(Clone, Debug)]
pub struct Func {
    /// As Go tracebacks name it: `main.main`, `main.(*T).M`, `main.f.func1`.
    pub name: String,
    /// Parameters (receiver first) occupy slots `0..nparams`.
    pub nparams: u32,
    /// Results occupy `nparams..nparams+results.len()`, pre-set to these zeros.
    pub results: Vec<Value>,
    /// Which results live in cells (named results captured by a closure).
    pub result_cells: Vec<bool>,
    /// Parameters that escape: moved into a fresh cell at entry.
    pub param_cells: Vec<Slot>,
    /// The slot of each captured cell of a closure, in `Func::Closure` env order.
    pub capture_slots: Vec<Slot>,
    /// Slots in all.
    pub nslots: u32,
    pub code: Vec<Instr>,
    /// Source position of each instruction (for tracebacks).
    pub spans: Vec<Span>,
    /// The variadic parameter's index (the last parameter) if variadic.
    pub variadic: bool,
    /// A library native (its id in the library's table; `Some(None)` when
    /// gorun has no implementation): called with evaluated arguments.
    pub native: Option<Option<u32>>,
    /// Where the function is declared (for tracebacks).
    pub file: u32,
    pub span: Span,
    /// Set by [`Func::seal`]: a Go function whose frame is its arguments
    /// followed by [`Func::tail`] (no escaping parameter, captured cell or
    /// result cell, not a native), entered by the call fast path.
    pub plain: bool,
    /// Initial values of slots `nparams..nslots`: the results' zeros, then
    /// `Nil` (set by [`Func::seal`]).
    pub tail: Box<[Value]>,
}

impl Func {
    /// Computes [`Func::plain`] and [`Func::tail`] once lowering is done
    /// with the function.
    pub fn seal(mut self) -> Func {
        let np = self.nparams as usize;
        let n = self.nslots as usize;
        self.plain = self.native.is_none()
            && self.param_cells.is_empty()
            && self.capture_slots.is_empty()
            && !self.result_cells.iter().any(|&c| c)
            && np + self.results.len() <= n;
        self.tail = if self.plain {
            let mut t = self.results.clone();
            t.resize(n - np, Value::Nil);
            t.into()
        } else {
            Box::new([])
        };
        self
    }
}

/// A method found by dynamic dispatch on a concrete type: the function and
/// how to reach its receiver from the interface's dynamic value.
#[derive(Clone, Debug)]
pub struct MethodEntry {
    pub func: FuncId,
    /// Embedded fields to walk (deref first when `.0`).
    pub path: Vec<(bool, u32)>,
    /// The method has a pointer receiver.
    pub ptr_recv: bool,
    /// The method's signature (without receiver), to match interface
    /// methods by name and type.
    pub sig: TypeId,
    /// Promoted from an embedded interface: `path` leads to the interface
    /// value, which is dispatched again (`func` is unused).
    pub via_iface: bool,
}

/// What the running program needs to know about types.
#[derive(Debug, Default)]
pub struct TypeInfo {
    /// `%T`-style name of every type (by TypeId index).
    pub names: Vec<String>,
    /// Method sets of concrete types, promoted methods included.
    pub methods: HashMap<(TypeId, Name), MethodEntry>,
    /// Methods (name, signature) of interface types.
    pub iface_methods: HashMap<TypeId, Vec<(Name, TypeId)>>,
}

impl TypeInfo {
    pub fn name(&self, t: TypeId) -> &str {
        self.names
            .get(t.0 as usize)
            .map(String::as_str)
            .unwrap_or("?")
    }
    /// The first method of interface `iface` that `dynamic` lacks.
    pub fn missing_method(&self, dynamic: TypeId, iface: TypeId) -> Option<&Name> {
        self.iface_methods
            .get(&iface)?
            .iter()
            .find(|(m, sig)| {
                self.methods
                    .get(&(dynamic, m.clone()))
                    .is_none_or(|e| e.sig != *sig)
            })
            .map(|(m, _)| m)
    }
}

/// A whole lowered program.
#[derive(Debug)]
pub struct Program {
    pub types: TypeInfo,
    pub funcs: Vec<Arc<Func>>,
    pub globals: Vec<Arc<crate::value::Cell>>,
    /// Runs package initialisation (global vars and `init` functions) then returns.
    pub init: FuncId,
    pub main: FuncId,
    /// The checker's type table (natives format values with it).
    pub tt: crate::check::types::TypeTable,
    /// The program's files (tracebacks), indexed by `Func::file`.
    pub files: Vec<crate::diag::SourceFile>,
    /// Dynamic types of the values `recover()` returns for run-time errors.
    pub runtime_errors: RuntimeErrorTypes,
}

/// Go's run-time error types (all strings holding their Error() text).
#[derive(Debug, Clone, Copy)]
pub struct RuntimeErrorTypes {
    /// `runtime.boundsError`: index and slice bounds.
    pub bounds: TypeId,
    /// `runtime.errorString`: other `runtime error: ...` errors.
    pub error_string: TypeId,
    /// `runtime.plainError`: errors without the prefix (nil map writes,
    /// closed channels).
    pub plain: TypeId,
    /// `*runtime.TypeAssertionError` (a pointer to the message).
    pub type_assertion: TypeId,
}
