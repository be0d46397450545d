//! Go types, interned so that type identity is [`TypeId`] equality.
//!
//! Every type of a program lives in one [`TypeTable`]. Composite types
//! (pointer, slice, array, map, chan, struct, func, interface, tuple) are
//! interned by structure: building `[]int` twice yields the same id, so
//! "identical types" (Go spec) is `a == b`. A named type (`type T ...`) is
//! created fresh by each declaration and identified by that id alone; its
//! underlying type and methods are filled in once the checker has resolved
//! them (which is what makes recursive types like `type L struct{ next *L }`
//! possible).
//!
//! Two printers: [`TypeTable::type_string`] writes a type as `%T` (reflect)
//! prints it (`main.Point`, `struct { X int }`, `interface {}`), and
//! [`TypeTable::type_string_for`] as cmd/compile's error messages do
//! (`Point` inside its own package, `struct{X int}`, `any`).
//!
//! Invariant: the table only grows; a `TypeId` stays valid for the program's
//! life (the REPL keeps adding to the same table).

use crate::check::info::ObjId;
use crate::syntax::ast::{ChanDir, Name};
use std::collections::HashMap;
use std::fmt::Write;

/// Index of a type in its [`TypeTable`]. Equal ids ⇔ identical types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// The predeclared basic types, including the untyped constant kinds.
/// `byte` and `rune` are aliases of `Uint8` and `Int32`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BasicKind {
    /// The type of an erroneous expression; never reported twice.
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    // The complex kinds come last so that the ids of the others stay put;
    // among the untyped numeric kinds the order is still Go's
    // (int < rune < float < complex).
    Complex64,
    Complex128,
    UntypedComplex,
}

impl BasicKind {
    /// All kinds in table order: `TypeId(k as u32)` is the id of basic kind `k`.
    pub const ALL: [BasicKind; 25] = [
        BasicKind::Invalid,
        BasicKind::Bool,
        BasicKind::Int,
        BasicKind::Int8,
        BasicKind::Int16,
        BasicKind::Int32,
        BasicKind::Int64,
        BasicKind::Uint,
        BasicKind::Uint8,
        BasicKind::Uint16,
        BasicKind::Uint32,
        BasicKind::Uint64,
        BasicKind::Uintptr,
        BasicKind::Float32,
        BasicKind::Float64,
        BasicKind::String,
        BasicKind::UntypedBool,
        BasicKind::UntypedInt,
        BasicKind::UntypedRune,
        BasicKind::UntypedFloat,
        BasicKind::UntypedString,
        BasicKind::UntypedNil,
        BasicKind::Complex64,
        BasicKind::Complex128,
        BasicKind::UntypedComplex,
    ];

    /// The Go name (`int`, `untyped int`, `untyped nil`, `invalid type`).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            String => "string",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Complex64 => "complex64",
            Complex128 => "complex128",
            UntypedComplex => "untyped complex",
        }
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }
    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    /// Ordered types support `< <= > >=`.
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    /// Size in bits of a sized integer, float or complex type
    /// (int/uint/uintptr are 64).
    pub fn bits(self) -> u32 {
        use BasicKind::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 => 32,
            Complex128 => 128,
            _ => 64,
        }
    }
}

/// One struct field. Field identity includes the name, type, embedding and tag.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Name,
    pub ty: TypeId,
    /// An embedded field; `name` is then the type's name (`T` for `*pkg.T`).
    pub embedded: bool,
    pub tag: Option<String>,
}

/// A function type: parameter and result types (names are not part of the type).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`; its type in `params` is then `[]T`.
    pub variadic: bool,
}

/// An interface method: name and signature (without receiver).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: Name,
    pub sig: TypeId,
}

/// A declared (defined) type.
#[derive(Clone, Debug)]
pub struct Named {
    /// The TypeName object that declares it.
    pub obj: ObjId,
    pub name: Name,
    /// Package path (`main`, `time`, `math/rand`); `None` for `error`.
    pub pkg_path: Option<Name>,
    /// Package name as `%T` qualifies (`rand` for `math/rand`).
    pub pkg_name: Option<Name>,
    /// The underlying type; `Invalid` until resolved (or if invalid recursive).
    pub underlying: TypeId,
    /// Declared methods (Func objects) in declaration order; both value and
    /// pointer receivers.
    pub methods: Vec<ObjId>,
    /// Distinguishes types declared inside functions (`%T` ignores it; identity
    /// is the id anyway).
    pub local: bool,
}

/// The structure of a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    /// The complete method set (embedded interfaces flattened), sorted by name.
    Interface(Vec<IfaceMethod>),
    /// Result lists of multi-value calls (and `v, ok` forms): never a value's type.
    Tuple(Vec<TypeId>),
    /// A defined type; index into [`TypeTable::named`] data.
    Named(u32),
}

/// All the types of a program.
#[derive(Clone, Debug)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    intern: HashMap<TypeKind, TypeId>,
    named: Vec<Named>,
    /// The universe's `error` type.
    pub error: TypeId,
    /// `interface{}` (also `any`).
    pub empty_iface: TypeId,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    /// A table holding the basic types (at `TypeId(kind as u32)`), `interface{}`
    /// and `error` (whose TypeName object is [`ObjId`] `error_obj`, set by the
    /// universe later via [`TypeTable::set_named_obj`]).
    pub fn new() -> Self {
        let mut t = TypeTable {
            kinds: Vec::new(),
            intern: HashMap::new(),
            named: Vec::new(),
            error: TypeId(0),
            empty_iface: TypeId(0),
        };
        for k in BasicKind::ALL {
            t.intern(TypeKind::Basic(k));
        }
        t.empty_iface = t.intern(TypeKind::Interface(Vec::new()));
        let string = t.basic(BasicKind::String);
        let sig = t.intern(TypeKind::Func(Signature {
            params: vec![],
            results: vec![string],
            variadic: false,
        }));
        let iface = t.intern(TypeKind::Interface(vec![IfaceMethod {
            name: "Error".into(),
            sig,
        }]));
        t.error = t.new_named(ObjId(u32::MAX), "error".into(), None, None, false);
        t.set_underlying(t.error, iface);
        t
    }

    /// The id of a basic type.
    pub fn basic(&self, k: BasicKind) -> TypeId {
        TypeId(k as u32)
    }
    pub fn invalid(&self) -> TypeId {
        TypeId(BasicKind::Invalid as u32)
    }

    /// Interns a structural type (not for `Named`: use [`TypeTable::new_named`]).
    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.intern.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.intern.insert(kind, id);
        id
    }
    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(elem))
    }
    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(elems))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(TypeKind::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    /// Creates a new defined type with an invalid underlying type.
    pub fn new_named(
        &mut self,
        obj: ObjId,
        name: Name,
        pkg_path: Option<Name>,
        pkg_name: Option<Name>,
        local: bool,
    ) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(Named {
            obj,
            name,
            pkg_path,
            pkg_name,
            underlying: self.invalid(),
            methods: Vec::new(),
            local,
        });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Named(idx));
        id
    }
    /// Sets a named type's underlying type (resolved to its own underlying).
    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let TypeKind::Named(i) = self.kinds[named.0 as usize] {
            self.named[i as usize].underlying = u;
        }
    }
    pub fn set_named_obj(&mut self, named: TypeId, obj: ObjId) {
        if let TypeKind::Named(i) = self.kinds[named.0 as usize] {
            self.named[i as usize].obj = obj;
        }
    }
    pub fn add_method(&mut self, named: TypeId, method: ObjId) {
        if let TypeKind::Named(i) = self.kinds[named.0 as usize] {
            self.named[i as usize].methods.push(method);
        }
    }

    /// The structure of `t` (for a named type, `Named`: see [`TypeTable::underlying`]).
    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }
    /// The named-type data of `t`, if it is a defined type.
    pub fn named(&self, t: TypeId) -> Option<&Named> {
        match self.kinds[t.0 as usize] {
            TypeKind::Named(i) => Some(&self.named[i as usize]),
            _ => None,
        }
    }
    /// The underlying type (Go spec): `t` itself unless `t` is a defined type.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kinds[t.0 as usize] {
            TypeKind::Named(i) => self.named[i as usize].underlying,
            _ => t,
        }
    }
    /// The structure of the underlying type.
    pub fn under(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }
    /// The basic kind of the underlying type, if basic.
    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            TypeKind::Basic(k) => Some(*k),
            _ => None,
        }
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kinds[t.0 as usize], TypeKind::Named(_))
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Interface(_))
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(k) if k.is_untyped())
    }
    pub fn is_invalid(&self, t: TypeId) -> bool {
        t == self.invalid()
    }
    /// The signature of a func type (through named types).
    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under(t) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }
    /// The element types of a tuple, or `[t]` for any other type.
    pub fn tuple_elems(&self, t: TypeId) -> Vec<TypeId> {
        match self.kind(t) {
            TypeKind::Tuple(v) => v.clone(),
            _ => vec![t],
        }
    }
    /// The struct fields of `t`'s underlying type (empty otherwise).
    pub fn struct_fields(&self, t: TypeId) -> &[Field] {
        match self.under(t) {
            TypeKind::Struct(f) => f,
            _ => &[],
        }
    }
    /// The method set of an interface type (empty otherwise), sorted by name.
    pub fn iface_methods(&self, t: TypeId) -> &[IfaceMethod] {
        match self.under(t) {
            TypeKind::Interface(m) => m,
            _ => &[],
        }
    }
    /// The element of a pointer type, if `t`'s underlying type is a pointer.
    pub fn pointer_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under(t) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        }
    }
    /// Number of types in the table.
    pub fn len(&self) -> usize {
        self.kinds.len()
    }
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Whether values of `t` can be compared with `==` (Go spec "comparable").
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.under(t) {
            TypeKind::Basic(k) => *k != BasicKind::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            TypeKind::Array(_, e) => self.comparable(*e),
            _ => false,
        }
    }

    /// `t` written as `%T` prints it: `main.Point`, `[]int`, `struct { X int }`.
    pub fn type_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Style::Reflect);
        s
    }
    /// `t` written as cmd/compile's messages do, from inside package `local`
    /// (its own types unqualified): `Point`, `time.Duration`, `struct{X int}`.
    pub fn type_string_for(&self, t: TypeId, local: &str) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Style::Compiler(local));
        s
    }

    fn write_type(&self, s: &mut String, t: TypeId, style: Style) {
        let reflect = matches!(style, Style::Reflect);
        match self.kind(t) {
            TypeKind::Basic(k) => s.push_str(k.name()),
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, style);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, style);
            }
            TypeKind::Array(n, e) => {
                let _ = write!(s, "[{n}]");
                self.write_type(s, *e, style);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, style);
                s.push(']');
                self.write_type(s, *v, style);
            }
            TypeKind::Chan(dir, e) => {
                let paren = *dir == ChanDir::Both
                    && matches!(self.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                if paren {
                    s.push('(');
                }
                self.write_type(s, *e, style);
                if paren {
                    s.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                s.push_str(if reflect { "struct {" } else { "struct{" });
                for (i, f) in fields.iter().enumerate() {
                    s.push_str(if i > 0 {
                        "; "
                    } else if reflect {
                        " "
                    } else {
                        ""
                    });
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, style);
                    if let Some(tag) = &f.tag {
                        let _ = write!(s, " {tag:?}");
                    }
                }
                if reflect && !fields.is_empty() {
                    s.push(' ');
                }
                s.push('}');
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_signature(s, sig, style);
            }
            TypeKind::Interface(methods) => {
                if !reflect && methods.is_empty() {
                    s.push_str("interface{}");
                    return;
                }
                s.push_str(if reflect { "interface {" } else { "interface{" });
                for (i, m) in methods.iter().enumerate() {
                    s.push_str(if i > 0 {
                        "; "
                    } else if reflect {
                        " "
                    } else {
                        ""
                    });
                    s.push_str(&m.name);
                    if let TypeKind::Func(sig) = self.kind(m.sig) {
                        self.write_signature(s, sig, style);
                    }
                }
                if reflect && !methods.is_empty() {
                    s.push(' ');
                }
                s.push('}');
            }
            TypeKind::Tuple(elems) => {
                s.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *e, style);
                }
                s.push(')');
            }
            TypeKind::Named(i) => {
                let n = &self.named[*i as usize];
                if let Some(pkg) = &n.pkg_name {
                    let qualify = match style {
                        Style::Reflect => true,
                        Style::Compiler(local) => n.pkg_path.as_deref() != Some(local),
                    };
                    if qualify {
                        s.push_str(pkg);
                        s.push('.');
                    }
                }
                s.push_str(&n.name);
            }
        }
    }

    fn write_signature(&self, s: &mut String, sig: &Signature, style: Style) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                let elem = match self.kind(*p) {
                    TypeKind::Slice(e) => *e,
                    _ => *p,
                };
                self.write_type(s, elem, style);
            } else {
                self.write_type(s, *p, style);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], style);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, style);
                }
                s.push(')');
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Style<'a> {
    Reflect,
    Compiler(&'a str),
}
