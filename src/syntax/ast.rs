//! The abstract syntax tree of a Go source file, as the parser builds it.
//!
//! The shape follows go/ast: types are expressions (`*T` is a `Star`, `[]T` an
//! `ArrayType` without a length), so the parser never has to decide early
//! whether `(x)` or `*p` names a type or a value; the checker does.
//!
//! Every expression and identifier carries a [`NodeId`], unique across all the
//! files of one program (the parser takes a [`NodeIds`] counter), so that the
//! checker's side tables (types of expressions, what an identifier refers to)
//! can be keyed by it, as go/types' `Info` is keyed by node. Every node carries
//! its [`Span`] (byte offsets into its file) for diagnostics.
//!
//! Invariant: the tree is exactly what was written; nothing is resolved or
//! desugared here (no implicit const repetition, no parenthesis removal).

use std::sync::Arc;

/// Identity of an expression or identifier node, unique within a program.
pub type NodeId = u32;

/// Hands out fresh [`NodeId`]s; one counter is shared by every parse that
/// feeds the same program (prelude, user file, each REPL input).
#[derive(Debug, Default)]
pub struct NodeIds {
    next: NodeId,
}

impl NodeIds {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn fresh(&mut self) -> NodeId {
        let id = self.next;
        self.next += 1;
        id
    }
}

/// Byte range `lo..hi` in the source file the node came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Self {
        Span {
            lo: lo as u32,
            hi: hi as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

/// Interned-enough name: cheap to clone, shared across threads.
pub type Name = Arc<str>;

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub name: Name,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        &*self.name == "_"
    }
}

/// One parsed source file.
#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `_`, `.` or a rename; `None` for a plain import.
    pub name: Option<Ident>,
    /// The decoded import path, e.g. `math/rand`.
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

// A file holds few declarations and each is visited once: boxing the
// largest variant would add an allocation per function for no gain.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Decl {
    Const(ConstDecl),
    Var(VarDecl),
    Type(TypeDecl),
    Func(FuncDecl),
}

/// `const X = 1` or `const ( ... )`.
#[derive(Clone, Debug)]
pub struct ConstDecl {
    pub specs: Vec<ValueSpec>,
    pub grouped: bool,
    pub span: Span,
}

/// `var x int` or `var ( ... )`.
#[derive(Clone, Debug)]
pub struct VarDecl {
    pub specs: Vec<ValueSpec>,
    pub grouped: bool,
    pub span: Span,
}

/// One line of a const or var declaration: `a, b T = 1, 2`.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty in a const group line that repeats the previous expressions.
    pub values: Vec<Expr>,
    /// Position of the spec in its group: the value of `iota` for consts.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeDecl {
    pub specs: Vec<TypeSpec>,
    pub grouped: bool,
    pub span: Span,
}

/// `type T U` or, with `alias`, `type T = U`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// The receiver of a method: one field, possibly unnamed.
    pub recv: Option<Field>,
    pub name: Ident,
    pub ty: FuncType,
    /// `None` for a declaration without body (only allowed in the library
    /// prelude, where the body is native; elsewhere "missing function body").
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, receiver or struct field group: `a, b int`,
/// `int`, `xs ...string`, or an embedded struct field (`names` empty).
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// `...T` as the last parameter.
    pub variadic: bool,
    /// Struct field tag, decoded.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method { name: Ident, ty: FuncType },
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
        }
    }
}

/// A literal's value, decoded by the lexer.
#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    /// Integer literal, exact (may exceed 64 bits: `1 << 100` is fine as a constant).
    Int(num_bigint::BigInt),
    /// Float literal as written, `_` removed (decimal or hex); the checker
    /// converts it to an exact rational.
    Float(String),
    /// Imaginary literal as written (rejected by the checker).
    Imag(String),
    /// Rune literal: its code point.
    Rune(u32),
    /// String literal: its bytes (Go strings may hold any bytes).
    Str(Vec<u8>),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(Ident),
    BasicLit(Lit),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        /// Position of the closing brace.
        rbrace: Span,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel` (also a qualified identifier `pkg.Name`).
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three`).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` (only valid as a type-switch guard).
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    /// `f(args)`, a conversion `T(x)`, or a built-in call.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// Position of `...` after the last argument.
        ellipsis: Option<Span>,
        /// Position of the closing paren.
        rparen: Span,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinOp,
        op_span: Span,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    // ---- types ----
    /// `[N]T`, `[...]T` (`len` is an `Ellipsis`), or `[]T` (`len` is `None`).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    /// `...` as an array length.
    Ellipsis,
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub lbrace: Span,
    pub rbrace: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

/// `case a, b:` or `default:` (`list` is `None`).
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub list: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A select case: `comm` is a send, a receive expression statement, or an
/// assignment / short variable declaration whose right side is a receive;
/// `None` for `default:`.
#[derive(Clone, Debug)]
pub struct CommClause {
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    /// `lhs = rhs` (`op` is `None`) or `lhs op= rhs`.
    Assign {
        lhs: Vec<Expr>,
        op: Option<BinOp>,
        rhs: Vec<Expr>,
    },
    /// `lhs := rhs`; `lhs` is kept as expressions so the checker can say
    /// "non-name ... on left side of :=".
    Define {
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
    },
    Const(ConstDecl),
    Var(VarDecl),
    Type(TypeDecl),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// An `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        rbrace: Span,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`; `x` is the operand
    /// of `.(type)`. Case lists hold types (or `nil`).
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        body: Vec<CaseClause>,
        rbrace: Span,
    },
    Select {
        body: Vec<CommClause>,
        rbrace: Span,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}`, `for k = range x {}`, `for range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
}
