//! Runtime representation of Go values.
//!
//! What it is: [`Value`], the one enum every part of gorun passes Go values
//! around in (interpreter slots, channel buffers, library natives, fmt).
//!
//! Guarantees:
//! * every value is `Send + Sync`; shared mutable state (heap cells, slice
//!   backing arrays, maps) lives behind `Arc` + a lock, so a racy Go program
//!   loses updates but never corrupts the interpreter;
//! * integers of every width are `Int(i64)` holding the bit pattern wrapped to
//!   the type's width (a `uint64` above `i64::MAX` is negative here; the type
//!   says how to read it);
//! * strings are immutable byte strings (`Arc<[u8]>`, Go strings may hold any
//!   bytes);
//! * structs and arrays have value semantics: `Arc<Vec<Value>>` shared on copy
//!   and cloned on the first write (`Arc::make_mut`), so `b := a` is O(1);
//! * the nil interface, nil pointer, nil slice, nil map, nil channel and nil
//!   func are all [`Value::Nil`]; an interface holding a nil pointer is
//!   `Iface` with a dynamic type and `Nil` inside, so it is not `Nil`.
//!
//! How it fits: the runtime moves values through channels without looking
//! inside; the library formats them with type information from the checker's
//! type table; the interpreter is the only part that builds pointers to
//! fields and elements ([`Pointer`]).

use parking_lot::Mutex;
use std::any::Any;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Index of a type in the checker's type table (dynamic types of interface
/// values).
pub use crate::check::types::TypeId;

/// Index of a lowered Go function in the interpreter's program.
pub type FuncId = u32;

/// A heap cell: an escaped variable (captured by a closure or address
/// taken), the target of `new(T)` or `&T{}`.
#[derive(Debug, Default)]
pub struct Cell(pub Mutex<Value>);

impl Cell {
    pub fn new(v: Value) -> Arc<Cell> {
        Arc::new(Cell(Mutex::new(v)))
    }
    pub fn get(&self) -> Value {
        self.0.lock().clone()
    }
    pub fn set(&self, v: Value) {
        store_value(&mut self.0.lock(), v);
    }
}

/// The backing array of one or more slices.
pub type Backing = Arc<Mutex<Vec<Value>>>;

/// A non-nil slice: a window `off..off+len` (capacity `cap`) on a shared
/// backing array.
#[derive(Clone, Debug)]
pub struct Slice {
    pub arr: Backing,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

impl Slice {
    /// A fresh slice over its own backing array.
    pub fn from_vec(v: Vec<Value>) -> Slice {
        let len = v.len() as u32;
        Slice {
            arr: Arc::new(Mutex::new(v)),
            off: 0,
            len,
            cap: len,
        }
    }
    /// A copy of the visible elements.
    pub fn to_vec(&self) -> Vec<Value> {
        let a = self.arr.lock();
        a[self.off as usize..(self.off + self.len) as usize].to_vec()
    }
    pub fn get(&self, i: usize) -> Value {
        match &self.arr.lock()[self.off as usize + i] {
            // Numbers without the out-of-line clone.
            Value::Int(n) => Value::Int(*n),
            Value::Float(f) => Value::Float(*f),
            v => v.clone(),
        }
    }
    pub fn set(&self, i: usize, v: Value) {
        self.arr.lock()[self.off as usize + i] = v;
    }
}

/// Where a pointer points.
#[derive(Clone, Debug)]
pub enum Pointer {
    /// The whole value of a heap cell (`&x`, `new(T)`, `&T{}`).
    Cell(Arc<Cell>),
    /// Something inside a cell or a backing array: a field or array element
    /// reached by `path` (`&x.f`, `&a[i].g`, `&s[i]`).
    Path(Arc<PathPtr>),
}

/// The base of a [`Pointer::Path`].
#[derive(Clone, Debug)]
pub enum PtrBase {
    Cell(Arc<Cell>),
    /// Element `index` of a backing array (absolute index).
    Elem(Backing, u32),
}

/// A pointer into a struct or array: start at `base`, then take field or
/// element `path[0]`, then `path[1]`...
#[derive(Clone, Debug)]
pub struct PathPtr {
    pub base: PtrBase,
    pub path: Box<[u32]>,
}

impl Pointer {
    /// Reads the pointee.
    pub fn load(&self) -> Value {
        match self {
            Pointer::Cell(c) => c.get(),
            Pointer::Path(p) => {
                let (base, path) = resolve_views(&p.base, &p.path);
                match &base {
                    PtrBase::Cell(c) => walk(&c.0.lock(), path),
                    PtrBase::Elem(b, i) => match b.lock().get(*i as usize) {
                        Some(v) => walk(v, path),
                        None => Value::Nil,
                    },
                }
            }
        }
    }

    /// Writes the pointee. Storing a whole array into an array that has
    /// been sliced (see [`Value::Slice`] as an array view) writes through to
    /// the shared backing, as Go's memory does.
    pub fn store(&self, v: Value) {
        self.update(|slot| store_value(slot, v));
    }

    /// Runs `f` on the pointee in place, under the lock of its container.
    pub fn update<R>(&self, f: impl FnOnce(&mut Value) -> R) -> R {
        match self {
            Pointer::Cell(c) => f(&mut c.0.lock()),
            Pointer::Path(p) => {
                let (base, path) = resolve_views(&p.base, &p.path);
                match &base {
                    PtrBase::Cell(c) => {
                        let mut g = c.0.lock();
                        f(walk_mut(&mut g, path))
                    }
                    PtrBase::Elem(b, i) => {
                        let mut g = b.lock();
                        let len = g.len();
                        let mut dummy = Value::Nil;
                        let slot = if (*i as usize) < len {
                            &mut g[*i as usize]
                        } else {
                            &mut dummy
                        };
                        f(walk_mut(slot, path))
                    }
                }
            }
        }
    }

    /// Pointer to field/element `i` of the pointee.
    pub fn project(&self, i: u32) -> Pointer {
        // The path is collected at its exact size: one allocation for it
        // and one for the Arc (`mu.Lock()` projects on every call).
        let (base, path): (PtrBase, Box<[u32]>) = match self {
            Pointer::Cell(c) => (PtrBase::Cell(c.clone()), Box::new([i])),
            Pointer::Path(p) => (
                p.base.clone(),
                p.path.iter().copied().chain(std::iter::once(i)).collect(),
            ),
        };
        Pointer::Path(Arc::new(PathPtr { base, path }))
    }

    /// Go pointer identity.
    pub fn same(&self, other: &Pointer) -> bool {
        match (self, other) {
            (Pointer::Cell(a), Pointer::Cell(b)) => Arc::ptr_eq(a, b),
            (Pointer::Path(a), Pointer::Path(b)) => {
                a.path == b.path
                    && match (&a.base, &b.base) {
                        (PtrBase::Cell(x), PtrBase::Cell(y)) => Arc::ptr_eq(x, y),
                        (PtrBase::Elem(x, i), PtrBase::Elem(y, j)) => Arc::ptr_eq(x, y) && i == j,
                        _ => false,
                    }
            }
            _ => false,
        }
    }

    /// A stable number standing for the address (for `%p` and hashing).
    pub fn addr(&self) -> usize {
        match self {
            Pointer::Cell(c) => Arc::as_ptr(c) as *const u8 as usize,
            Pointer::Path(p) => {
                let base = match &p.base {
                    PtrBase::Cell(c) => Arc::as_ptr(c) as *const u8 as usize,
                    PtrBase::Elem(b, i) => Arc::as_ptr(b) as *const u8 as usize + 8 * *i as usize,
                };
                p.path
                    .iter()
                    .fold(base, |a, &i| a.wrapping_add(8 * (i as usize + 1)))
            }
        }
    }
}

/// An array that has been sliced lives in the backing array of its slices:
/// its variable then holds a `Value::Slice` view. Follows such views along
/// `path`, returning the container where the rest of the path starts.
fn resolve_views<'p>(base: &PtrBase, path: &'p [u32]) -> (PtrBase, &'p [u32]) {
    let (mut base, mut path) = (base.clone(), path);
    for _ in 0..64 {
        let hit = {
            let find = |v: &Value| view_in(v, path);
            match &base {
                PtrBase::Cell(c) => find(&c.0.lock()),
                PtrBase::Elem(b, i) => b.lock().get(*i as usize).and_then(find),
            }
        };
        match hit {
            Some((arr, idx, used)) => {
                base = PtrBase::Elem(arr, idx);
                path = &path[used..];
            }
            None => break,
        }
    }
    (base, path)
}

/// The first array view met walking `path` from `v`: (backing, absolute
/// element index, path steps consumed).
fn view_in(v: &Value, path: &[u32]) -> Option<(Backing, u32, usize)> {
    let mut cur = v;
    for (k, &i) in path.iter().enumerate() {
        match cur {
            Value::Slice(s) => return Some((s.arr.clone(), s.off + i, k + 1)),
            Value::Struct(f) | Value::Array(f) => cur = f.get(i as usize)?,
            _ => return None,
        }
    }
    None
}

/// `*slot = v`, writing an array through to the backing when the slot is
/// an array view.
fn store_value(slot: &mut Value, v: Value) {
    if let (Value::Slice(view), Value::Array(new)) = (&*slot, &v) {
        if view.len as usize == new.len() {
            let mut a = view.arr.lock();
            for (j, x) in new.iter().enumerate() {
                if let Some(dst) = a.get_mut(view.off as usize + j) {
                    *dst = x.clone();
                }
            }
            return;
        }
    }
    *slot = v;
}

fn walk(v: &Value, path: &[u32]) -> Value {
    let mut cur = v;
    for &i in path {
        match cur.fields().and_then(|f| f.get(i as usize)) {
            Some(x) => cur = x,
            None => return Value::Nil,
        }
    }
    cur.clone()
}

fn walk_mut<'a>(v: &'a mut Value, path: &[u32]) -> &'a mut Value {
    let Some((&i, rest)) = path.split_first() else {
        return v;
    };
    let ok = matches!(v, Value::Struct(f) | Value::Array(f) if (i as usize) < f.len());
    if !ok {
        return v;
    }
    match v {
        Value::Struct(f) | Value::Array(f) => walk_mut(&mut Arc::make_mut(f)[i as usize], rest),
        other => other,
    }
}

/// A func value.
#[derive(Clone, Debug)]
pub enum Func {
    /// A function literal or a top-level function: the code and the
    /// captured heap cells, in the order lowering numbered them.
    Closure { func: FuncId, env: Box<[Arc<Cell>]> },
    /// A method value `x.M`: the receiver is bound (copied) at evaluation.
    Bound { func: FuncId, recv: Value },
    /// A native (Rust) function of the library, by its index in the
    /// library's native table, with an optional bound receiver.
    Native { id: u32, recv: Option<Value> },
}

/// A Go map: hash table from [`MapKey`] to value plus the insertion-free
/// bookkeeping Go's iteration order needs (randomised per `range`).
#[derive(Debug, Default)]
pub struct GoMap {
    pub entries: HashMap<MapKey, Value>,
}

pub type MapRef = Arc<Mutex<GoMap>>;

/// Why a value cannot be a map key or compared.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyError {
    /// `runtime error: hash of unhashable type T` (the dynamic type of an
    /// interface key is a slice, map or func).
    Unhashable(TypeId),
}

/// Counter that makes every NaN key distinct (NaN != NaN in Go, so each
/// insertion of a NaN key adds an entry that no lookup finds).
static NAN_KEYS: AtomicU64 = AtomicU64::new(0);

/// A map key: a comparable value with Go's equality. Floats compare by
/// value (`+0 == -0`); a key containing NaN gets a unique identity so it
/// never equals another key.
#[derive(Clone, Debug)]
pub struct MapKey {
    pub value: Value,
    /// Non-zero when the key contains a NaN: the unique id of this key.
    nan_id: u64,
}

impl MapKey {
    /// Wraps `v` for insertion.
    pub fn new(v: Value) -> MapKey {
        let nan_id = if v.contains_nan() {
            NAN_KEYS.fetch_add(1, Ordering::Relaxed) + 1
        } else {
            0
        };
        MapKey { value: v, nan_id }
    }
    /// True when no lookup can ever find this key (it contains NaN).
    pub fn is_nan(&self) -> bool {
        self.nan_id != 0
    }
}

impl PartialEq for MapKey {
    fn eq(&self, other: &Self) -> bool {
        if self.nan_id != 0 || other.nan_id != 0 {
            return self.nan_id == other.nan_id;
        }
        self.value.go_eq(&other.value)
    }
}
impl Eq for MapKey {}

impl Hash for MapKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        if self.nan_id != 0 {
            self.nan_id.hash(h);
        } else {
            self.value.go_hash(h);
        }
    }
}

/// The value of a non-nil interface: its dynamic type and value.
#[derive(Clone, Debug)]
pub struct Iface {
    pub ty: TypeId,
    pub val: Value,
}

/// A Go value. 32 bytes (the inline slice header sets it): keep it that
/// small, hot paths move it by value.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// Zero value of pointer, slice, map, channel, func and interface types.
    #[default]
    Nil,
    Bool(bool),
    /// Every integer type, wrapped to the type's width.
    Int(i64),
    /// float32 (already rounded to f32) and float64.
    Float(f64),
    /// complex64 (both parts already rounded to f32) and complex128: the
    /// real and imaginary parts.
    Complex(f64, f64),
    /// Go strings are byte strings.
    Str(Arc<[u8]>),
    /// Struct fields in declaration order (value semantics, copy on write).
    Struct(Arc<Vec<Value>>),
    /// Array elements (value semantics, copy on write).
    Array(Arc<Vec<Value>>),
    /// A non-nil slice. Also an *array view*: an array variable that has
    /// been sliced (`a[:]`) holds a view on the backing it now shares with
    /// its slices; reading the variable as a value snapshots it back into
    /// an `Array` (the interpreter's lowering does that).
    Slice(Slice),
    Map(MapRef),
    Pointer(Pointer),
    /// A non-nil interface value.
    Iface(Arc<Iface>),
    Func(Arc<Func>),
    /// A channel: the runtime's channel object (opaque here).
    Chan(Arc<dyn Any + Send + Sync>),
    /// A library object with no Go-visible structure (a Mutex's state, a
    /// timer, a strings.Builder buffer...).
    Native(Arc<dyn Any + Send + Sync>),
    /// Several results of one call (only between a call and its
    /// destructuring assignment; never stored in a variable).
    Tuple(Arc<[Value]>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::from(s.as_bytes()))
    }
    pub fn bytes(b: &[u8]) -> Value {
        Value::Str(Arc::from(b))
    }
    pub fn iface(ty: TypeId, val: Value) -> Value {
        Value::Iface(Arc::new(Iface { ty, val }))
    }
    pub fn new_struct(fields: Vec<Value>) -> Value {
        Value::Struct(Arc::new(fields))
    }
    pub fn new_map() -> Value {
        Value::Map(Arc::new(Mutex::new(GoMap::default())))
    }

    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
    /// The integer (0 for a non-integer; lowering guarantees types).
    #[inline]
    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Float(f) => *f as i64,
            _ => 0,
        }
    }
    #[inline]
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    #[inline]
    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }
    /// The (real, imaginary) parts of a complex number.
    #[inline]
    pub fn as_complex(&self) -> (f64, f64) {
        match self {
            Value::Complex(re, im) => (*re, *im),
            v => (v.as_float(), 0.0),
        }
    }
    /// The bytes of a string (empty for anything else).
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => &[],
        }
    }
    /// Fields of a struct or elements of an array.
    pub fn fields(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Struct(f) | Value::Array(f) => Some(f),
            _ => None,
        }
    }

    /// Number of fields or elements of a struct, array or array view.
    pub fn elem_count(&self) -> usize {
        match self {
            Value::Struct(f) | Value::Array(f) => f.len(),
            Value::Slice(s) => s.len as usize,
            _ => 0,
        }
    }

    fn contains_nan(&self) -> bool {
        match self {
            Value::Float(f) => f.is_nan(),
            Value::Complex(re, im) => re.is_nan() || im.is_nan(),
            Value::Struct(f) | Value::Array(f) => f.iter().any(Value::contains_nan),
            Value::Iface(i) => i.val.contains_nan(),
            _ => false,
        }
    }

    /// Go's `==` for comparable values of the same static type (interfaces
    /// compare dynamic type, then value). Callers check comparability.
    pub fn go_eq(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Nil, Nil) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a == b,
            (Complex(a, b), Complex(c, d)) => a == c && b == d,
            (Str(a), Str(b)) => a == b,
            (Struct(a), Struct(b)) | (Array(a), Array(b)) => {
                Arc::ptr_eq(a, b) && !self.contains_nan()
                    || a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.go_eq(y))
            }
            (Pointer(a), Pointer(b)) => a.same(b),
            (Iface(a), Iface(b)) => a.ty == b.ty && a.val.go_eq(&b.val),
            (Map(a), Map(b)) => Arc::ptr_eq(a, b),
            (Chan(a), Chan(b)) | (Native(a), Native(b)) => {
                std::ptr::addr_eq(Arc::as_ptr(a), Arc::as_ptr(b))
            }
            (Func(a), Func(b)) => Arc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Arc::ptr_eq(&a.arr, &b.arr) && a.off == b.off,
            _ => false,
        }
    }

    /// Hash consistent with [`Value::go_eq`].
    pub fn go_hash<H: Hasher>(&self, h: &mut H) {
        use Value::*;
        std::mem::discriminant(self).hash(h);
        match self {
            Nil => {}
            Bool(b) => b.hash(h),
            Int(i) => i.hash(h),
            Float(f) => (if *f == 0.0 { 0.0f64 } else { *f }).to_bits().hash(h),
            Complex(re, im) => {
                for f in [re, im] {
                    (if *f == 0.0 { 0.0f64 } else { *f }).to_bits().hash(h);
                }
            }
            Str(s) => s.hash(h),
            Struct(f) | Array(f) => f.iter().for_each(|v| v.go_hash(h)),
            Pointer(p) => p.addr().hash(h),
            Iface(i) => {
                i.ty.hash(h);
                i.val.go_hash(h);
            }
            Map(m) => (Arc::as_ptr(m) as usize).hash(h),
            Chan(c) | Native(c) => (Arc::as_ptr(c) as *const u8 as usize).hash(h),
            Func(f) => (Arc::as_ptr(f) as usize).hash(h),
            Slice(s) => (Arc::as_ptr(&s.arr) as usize, s.off).hash(h),
            Tuple(t) => t.iter().for_each(|v| v.go_hash(h)),
        }
    }
}

impl Value {
    /// A number, bool or nil: nothing to drop.
    #[inline(always)]
    pub fn is_scalar(&self) -> bool {
        matches!(
            self,
            Value::Nil | Value::Int(_) | Value::Float(_) | Value::Bool(_)
        )
    }
}

/// Drops `v`; a scalar costs a tag test instead of the out-of-line
/// `drop_in_place` call (hot: every slot store and frame pop drops).
#[inline(always)]
pub fn drop_value(v: Value) {
    if v.is_scalar() {
        // Nothing owned: forgetting it is dropping it.
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// A copy of `v`; a scalar without the out-of-line `clone` call.
#[inline(always)]
pub fn copy_value(v: &Value) -> Value {
    match v {
        Value::Nil => Value::Nil,
        Value::Int(n) => Value::Int(*n),
        Value::Float(f) => Value::Float(*f),
        Value::Bool(b) => Value::Bool(*b),
        v => v.clone(),
    }
}

/// `*slot = v` with [`drop_value`] for the old value.
#[inline(always)]
pub fn store_slot(slot: &mut Value, v: Value) {
    if slot.is_scalar() {
        // Nothing owned by the old value: overwrite it.
        std::mem::forget(std::mem::replace(slot, v));
    } else {
        *slot = v;
    }
}

/// `*slot = Value::Int(n)`; only the payload is written when the slot
/// already holds an integer.
#[inline(always)]
pub fn store_int(slot: &mut Value, n: i64) {
    match slot {
        Value::Int(x) => *x = n,
        _ => store_slot(slot, Value::Int(n)),
    }
}

/// `*slot = Value::Float(f)`, like [`store_int`].
#[inline(always)]
pub fn store_float(slot: &mut Value, f: f64) {
    match slot {
        Value::Float(x) => *x = f,
        _ => store_slot(slot, Value::Float(f)),
    }
}

/// `v.truncate(len)` with [`drop_value`] per element (a frame's slots
/// are mostly numbers).
#[inline]
pub fn truncate_values(v: &mut Vec<Value>, len: usize) {
    while v.len() > len {
        if let Some(x) = v.pop() {
            drop_value(x);
        }
    }
}

/// Truncates `v` to an integer type of `bits` bits (8, 16, 32 or 64),
/// signed or not: the bit pattern Go keeps after overflow.
#[inline]
pub fn wrap_int(v: i64, bits: u8, signed: bool) -> i64 {
    match (bits, signed) {
        (8, true) => v as i8 as i64,
        (8, false) => v as u8 as i64,
        (16, true) => v as i16 as i64,
        (16, false) => v as u16 as i64,
        (32, true) => v as i32 as i64,
        (32, false) => v as u32 as i64,
        _ => v,
    }
}

/// A small, fast, seedable PRNG (xorshift64*), for Go's random choices
/// (map iteration start, select) where a crate would be overkill.
#[derive(Clone, Debug)]
pub struct FastRand(u64);

impl FastRand {
    pub fn new(seed: u64) -> FastRand {
        FastRand(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_small_and_shareable() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Value>();
        assert!(std::mem::size_of::<Value>() <= 32);
    }

    #[test]
    fn nan_keys_are_distinct_and_zero_keys_equal() {
        let mut m = GoMap::default();
        m.entries
            .insert(MapKey::new(Value::Float(f64::NAN)), Value::Int(1));
        m.entries
            .insert(MapKey::new(Value::Float(f64::NAN)), Value::Int(2));
        assert_eq!(m.entries.len(), 2);
        m.entries
            .insert(MapKey::new(Value::Float(0.0)), Value::Int(3));
        m.entries
            .insert(MapKey::new(Value::Float(-0.0)), Value::Int(4));
        assert_eq!(m.entries.len(), 3);
        assert!(!m.entries.contains_key(&MapKey::new(Value::Float(f64::NAN))));
    }

    #[test]
    fn struct_copies_have_value_semantics() {
        let a = Value::new_struct(vec![Value::Int(1), Value::Int(2)]);
        let c = Cell::new(a.clone());
        let p = Pointer::Cell(c.clone()).project(1);
        p.store(Value::Int(9));
        assert_eq!(a.fields().unwrap()[1].as_int(), 2);
        assert_eq!(c.get().fields().unwrap()[1].as_int(), 9);
        assert_eq!(p.load().as_int(), 9);
    }

    #[test]
    fn array_views_write_through() {
        // A cell holding an array that has been sliced holds a view; element
        // and whole-array stores through pointers reach the shared backing.
        let arr = Value::Array(Arc::new(vec![Value::Int(1), Value::Int(2)]));
        let c = Cell::new(arr);
        let view = Slice::from_vec(c.get().fields().unwrap().clone());
        c.set(Value::Slice(view.clone()));
        Pointer::Cell(c.clone()).project(1).store(Value::Int(7));
        assert_eq!(view.get(1).as_int(), 7);
        assert_eq!(Pointer::Cell(c.clone()).project(1).load().as_int(), 7);
        c.set(Value::Array(Arc::new(vec![Value::Int(5), Value::Int(6)])));
        assert_eq!(view.get(0).as_int(), 5);
        assert_eq!(c.get().elem_count(), 2);
    }

    #[test]
    fn wrapping() {
        assert_eq!(wrap_int(300, 8, false), 44);
        assert_eq!(wrap_int(200, 8, true), -56);
        assert_eq!(wrap_int(-1, 32, false), 0xffff_ffff);
    }
}
