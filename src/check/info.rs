//! What the checker found out about a program, in go/types' `Info` style.
//!
//! The result of [`crate::check::check_program`] is a [`Program`]: the parsed
//! files it owns, the [`TypeTable`], an arena of [`Object`]s (every declared
//! name: variables, constants, type names, functions, packages, labels,
//! built-ins), and side tables keyed by the AST's [`NodeId`]s:
//!
//! * `types_of`: for every expression node its [`TypeAndValue`] (mode, type,
//!   constant value). Untyped expressions are recorded with the type their
//!   context gave them (`var x int64 = 1 << 3`: the constant is int64; in an
//!   interface context or `x := 1`, the default type), as go/types does; the
//!   operands inside a constant expression keep their untyped types (only
//!   the root's value matters), and so may a constant shift count. Unlike
//!   go/types, `nil` is recorded with the type it is used as (`var p *T =
//!   nil`: `*T`). A composite literal with an elided `&T` (`[]*T{{...}}`)
//!   is recorded with the pointer type. A two-value use of `m[k]`, `<-ch`
//!   or `x.(T)` records the tuple `(T, bool)`. The callee of a generic
//!   `slices`/`maps` function gets the instantiated signature.
//! * `defs` / `uses`: for every identifier, the object it declares or refers
//!   to (`_` on the left of `=` or `:=` has no object and no entry, a `_`
//!   declared by `var`/`const`/parameters has one; struct field keys
//!   and field/method selectors are not identifiers with objects: see
//!   `selections`).
//! * `implicits`: the per-clause variable of a type switch with a binding.
//! * `selections`: for every selector expression `x.f` that is not a qualified
//!   identifier, what it selects and the path through embedded fields.
//! * `conversions`: where a value is implicitly converted to another type
//!   (an int assigned to an interface, an untyped nil to a pointer, a
//!   channel to a directional channel): the target type.
//!
//! Invariant: nothing here refers to interpreter or runtime concepts; the
//! interpreter's lowering reads these tables and decides representation.

use crate::check::constant::ConstValue;
use crate::check::types::{TypeId, TypeTable};
use crate::diag::SourceFile;
use crate::syntax::ast::{self, Name, NodeId, Span};
use std::collections::HashMap;

/// Index of an [`Object`] in [`Program::objs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Index of a package in [`Program::packages`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

/// Index of a file in [`Program::files`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// What kind of operand an expression is (go/types' operand modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A computed value (not addressable).
    Value,
    /// An addressable variable (`x`, `*p`, `s[i]`, `a[i]` of addressable `a`, `x.f`).
    Variable,
    /// A map index `m[k]`: assignable but not addressable; yields `v, ok` in
    /// a two-value context.
    MapIndex,
    /// A value that yields `v, ok` in a two-value context (`<-ch`, `x.(T)`).
    CommaOk,
    /// A constant expression; its value is in [`TypeAndValue::value`].
    Constant,
    /// A type expression.
    Type,
    /// A built-in function name (only legal as the callee of a call).
    Builtin,
    /// A call of a function without results.
    NoValue,
}

/// The checker's verdict on one expression.
#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// The expression's type; a `Tuple` for a multi-value call; for a
    /// two-value `v, ok` use, the tuple `(T, bool)` is recorded on the
    /// expression (go/types does the same).
    pub ty: TypeId,
    /// The exact value of a constant expression, already converted to `ty`.
    pub value: Option<ConstValue>,
}

/// Go's predeclared functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
        }
    }
}

/// Where a function's body is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncBody {
    /// `Program::files[file].ast.decls[decl]` is the `FuncDecl`.
    Decl { file: FileId, decl: u32 },
    /// A library function declared without body: implemented natively by the
    /// library under its package path and name (`Recv.Name` for methods).
    Native { file: FileId, decl: u32 },
    /// An interface method (dispatched dynamically by name).
    Abstract,
    /// A generic function of package `slices` or `maps`, typed per call (the
    /// instantiated signature is recorded on the callee expression) and
    /// implemented natively by the library as `slices.Sort` etc.
    Generic,
}

/// Facts about a variable that decide how the interpreter stores it.
#[derive(Clone, Debug, Default)]
pub struct VarInfo {
    /// Declared at package level.
    pub global: bool,
    /// A function parameter or named result (receiver included).
    pub param: bool,
    /// A struct field (not used for fields today: fields are reached through
    /// [`Selection::path`], not objects).
    pub field: bool,
    /// Referenced from a function literal other than the one that declares it.
    pub captured: bool,
    /// Its address is taken: `&x`, `&x.f`, `x[:]` of an array, a method with
    /// pointer receiver called on it.
    pub addr_taken: bool,
    /// Declared by a `for` statement's init `:=` or by `for k, v := range`:
    /// Go 1.22 gives each iteration a fresh copy.
    pub loop_var: bool,
    /// Read somewhere (for "declared and not used").
    pub used: bool,
}

impl VarInfo {
    /// The variable must live in a heap cell rather than a frame slot.
    pub fn escapes(&self) -> bool {
        self.captured || self.addr_taken
    }
}

/// A function or method.
#[derive(Clone, Debug)]
pub struct FuncInfo {
    pub body: FuncBody,
    /// For a method: the receiver's base named type and whether the receiver
    /// is a pointer (`func (p *T) M()`).
    pub recv: Option<(TypeId, bool)>,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    Var(VarInfo),
    Const(ConstValue),
    TypeName {
        /// `type A = B`.
        alias: bool,
    },
    Func(FuncInfo),
    /// An imported package name in a file scope.
    PkgName(PkgId),
    Builtin(Builtin),
    Label,
    Nil,
}

/// A declared entity.
#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: Name,
    /// The package that declares it (`None` for the universe).
    pub pkg: Option<PkgId>,
    /// Its type (the signature for a func, the declared type for a type name,
    /// `Invalid` for package names, labels and built-ins).
    pub ty: TypeId,
    /// Where it is declared (default span for the universe).
    pub file: Option<FileId>,
    pub span: Span,
}

impl Object {
    pub fn var_info(&self) -> Option<&VarInfo> {
        match &self.kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }
    pub fn func_info(&self) -> Option<&FuncInfo> {
        match &self.kind {
            ObjKind::Func(f) => Some(f),
            _ => None,
        }
    }
    pub fn is_exported(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_uppercase)
    }
}

/// One step of a field path: select field `index` of the struct, after
/// dereferencing a pointer first if `deref`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathStep {
    pub deref: bool,
    pub index: u32,
}

/// What the receiver needs at the end of the path before a method is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecvAdjust {
    /// Use as is.
    None,
    /// Take its address (`v.M()` with pointer receiver `M`, `v` addressable).
    AddrOf,
    /// Dereference it (`p.M()` with value receiver `M`, `p` a pointer).
    Deref,
}

#[derive(Clone, Debug)]
pub enum SelectionKind {
    /// `x.f`, a struct field (possibly promoted).
    FieldVal,
    /// `x.M`, a method value or the callee of a method call. For an interface
    /// method `method` is its abstract object and `iface_index` its index in
    /// the sorted method set.
    MethodVal {
        method: ObjId,
        adjust: RecvAdjust,
        iface_index: Option<u32>,
    },
    /// `T.M` or `(*T).M`: a function taking the receiver first.
    MethodExpr {
        method: ObjId,
        adjust: RecvAdjust,
        iface_index: Option<u32>,
    },
}

/// A resolved selector `x.f`.
#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The type of `x`.
    pub recv: TypeId,
    /// The type of `x.f` (for a method expression, the function type with the
    /// receiver first).
    pub ty: TypeId,
    /// Embedded fields walked from `x` (for a field, the last step is the
    /// field itself).
    pub path: Vec<PathStep>,
}

/// A package-level variable initialisation, in Go's initialisation order.
#[derive(Clone, Debug)]
pub struct Initializer {
    /// The variables set (one, or several for `var a, b = f()`); `None` for `_`.
    pub lhs: Vec<Option<ObjId>>,
    pub rhs: ast::Expr,
    pub file: FileId,
}

/// A checked package.
#[derive(Clone, Debug)]
pub struct Package {
    pub path: Name,
    pub name: Name,
    pub files: Vec<FileId>,
    /// Package-scope objects by name.
    pub scope: HashMap<Name, ObjId>,
    /// Imported packages (by id), each earlier in [`Program::packages`].
    pub imports: Vec<PkgId>,
    /// Package-level variable initialisations in Go's order.
    pub var_inits: Vec<Initializer>,
    /// `func init()` functions in source order.
    pub init_funcs: Vec<ObjId>,
}

/// A source file of the program with its AST.
#[derive(Clone, Debug)]
pub struct CheckedFile {
    pub source: SourceFile,
    pub ast: ast::File,
    pub pkg: PkgId,
    /// A standard-library file (bodyless functions allowed, errors are gorun bugs).
    pub std: bool,
}

/// A dense map from [`NodeId`] to `T`.
#[derive(Clone, Debug)]
pub struct NodeMap<T> {
    slots: Vec<Option<T>>,
}

impl<T> Default for NodeMap<T> {
    fn default() -> Self {
        NodeMap { slots: Vec::new() }
    }
}

impl<T> NodeMap<T> {
    pub fn get(&self, id: NodeId) -> Option<&T> {
        self.slots.get(id as usize).and_then(Option::as_ref)
    }
    pub fn get_mut(&mut self, id: NodeId) -> Option<&mut T> {
        self.slots.get_mut(id as usize).and_then(Option::as_mut)
    }
    pub fn insert(&mut self, id: NodeId, v: T) {
        let i = id as usize;
        if i >= self.slots.len() {
            self.slots.resize_with(i + 1, || None);
        }
        self.slots[i] = Some(v);
    }
    pub fn iter(&self) -> impl Iterator<Item = (NodeId, &T)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.as_ref().map(|v| (i as NodeId, v)))
    }
}

/// A checked program: everything the interpreter needs.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub types: TypeTable,
    pub objs: Vec<Object>,
    /// In dependency order: every package after the packages it imports; the
    /// user's `main` package last. Initialise in this order.
    pub packages: Vec<Package>,
    pub files: Vec<CheckedFile>,
    /// Type and value of every expression.
    pub types_of: NodeMap<TypeAndValue>,
    /// Identifier → object it declares.
    pub defs: NodeMap<ObjId>,
    /// Identifier → object it denotes.
    pub uses: NodeMap<ObjId>,
    /// Type switch with a binding: the variable of each clause, keyed by the
    /// binding identifier's NodeId and the clause's index in the switch body.
    pub implicits: HashMap<(NodeId, u32), ObjId>,
    /// Selector expression node → selection (absent for qualified identifiers,
    /// which are in `uses` under the `sel` identifier).
    pub selections: NodeMap<Selection>,
    /// Expression node → the type it is implicitly converted to by its context.
    pub conversions: NodeMap<TypeId>,
    /// The user's `main` function.
    pub main_func: Option<ObjId>,
}

impl Program {
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }
    pub fn package(&self, id: PkgId) -> &Package {
        &self.packages[id.0 as usize]
    }
    /// The object an identifier declares or uses.
    pub fn object_of(&self, ident: &ast::Ident) -> Option<ObjId> {
        self.defs
            .get(ident.id)
            .or_else(|| self.uses.get(ident.id))
            .copied()
    }
    /// The type and value recorded for an expression.
    pub fn type_of(&self, e: &ast::Expr) -> Option<&TypeAndValue> {
        self.types_of.get(e.id)
    }
    /// The declaration of a function object with a Go body or a native one.
    pub fn func_decl(&self, f: ObjId) -> Option<&ast::FuncDecl> {
        match self.obj(f).func_info()?.body {
            FuncBody::Decl { file, decl } | FuncBody::Native { file, decl } => {
                match self.files[file.0 as usize].ast.decls.get(decl as usize)? {
                    ast::Decl::Func(fd) => Some(fd),
                    _ => None,
                }
            }
            FuncBody::Abstract | FuncBody::Generic => None,
        }
    }
    /// Package path of an object (`main`, `fmt`...), `None` for the universe.
    pub fn pkg_path(&self, obj: ObjId) -> Option<&str> {
        self.obj(obj)
            .pkg
            .map(|p| &*self.packages[p.0 as usize].path)
    }
    /// A method of named type `t` (declared on `t`, not promoted) by name.
    pub fn method_of(&self, t: TypeId, name: &str) -> Option<ObjId> {
        self.types
            .named(t)?
            .methods
            .iter()
            .copied()
            .find(|m| &*self.obj(*m).name == name)
    }
}

/// The error for a main package without `func main` (gc's linker reports it
/// without position, as `runtime.main_main·f: function main is undeclared in
/// the main package`).
pub const MAIN_UNDECLARED: &str = "function main is undeclared in the main package";

/// One compile error and the file it is in.
#[derive(Clone, Debug)]
pub struct FileDiagnostic {
    pub file: FileId,
    pub diag: crate::diag::Diagnostic,
}

/// A failed check: sorted diagnostics (at most [`crate::diag::MAX_ERRORS`])
/// and the files they point into.
#[derive(Clone, Debug)]
pub struct CheckErrors {
    pub files: Vec<SourceFile>,
    pub diags: Vec<FileDiagnostic>,
    /// gc stopped at the tenth error: print its "too many errors" line.
    pub too_many: bool,
    /// Where gc prints "too many errors": the tenth error found (which,
    /// after sorting, is not necessarily the last one shown).
    pub too_many_at: Option<(FileId, Span)>,
}

impl CheckErrors {
    /// Every diagnostic in gc's one-line form `path:line:col: message`,
    /// followed by `too many errors` when truncated.
    pub fn to_go_lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .diags
            .iter()
            .map(|d| {
                if d.diag.message == MAIN_UNDECLARED {
                    // A linker error in gc: no source position.
                    format!("runtime.main_main·f: {MAIN_UNDECLARED}")
                } else {
                    d.diag.to_go_line(&self.files[d.file.0 as usize])
                }
            })
            .collect();
        if self.too_many {
            let at = self
                .too_many_at
                .or_else(|| self.diags.last().map(|d| (d.file, d.diag.span)));
            if let Some((file, span)) = at {
                let f = &self.files[file.0 as usize];
                let (l, c) = f.line_col(span.lo);
                out.push(format!("{}:{l}:{c}: too many errors", f.name));
            }
        }
        out
    }
}
