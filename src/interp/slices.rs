//! `append` and `copy` on slices, with Go's growth policy (doubling below
//! 256 elements, then about 1.25x, rounded up to malloc size classes).

use crate::value::{Slice, Value};
use std::sync::Arc;

/// Go's malloc size classes up to 32 KiB (internal/runtime/gc/sizeclasses.go).
const SIZE_CLASSES: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// runtime.roundupsize: the size malloc really gives for `size` bytes.
fn roundupsize(size: u64, noscan: bool) -> u64 {
    let mut req = size;
    if req <= 32768 - 8 {
        if !noscan && req > 512 {
            req += 8;
        }
        let class = SIZE_CLASSES
            .iter()
            .find(|&&c| c as u64 >= req)
            .copied()
            .unwrap_or(32768) as u64;
        return class - (req - size);
    }
    (req + 8191) & !8191
}

/// runtime.nextslicecap then the size-class rounding of growslice. A
/// first allocation of at most 32 bytes gets the whole 32 (Go 1.27 gives
/// non-escaping slices a 32-byte stack buffer, the common case in the
/// small programs gorun runs).
fn grow_cap(new_len: usize, old_cap: usize, elem: (u32, bool)) -> usize {
    let (size, ptrs) = (elem.0.max(1) as u64, elem.1);
    let double = old_cap * 2;
    let mut cap = if new_len > double {
        new_len
    } else if old_cap < 256 {
        double
    } else {
        let mut c = old_cap;
        while c < new_len {
            c += (c + 768) >> 2;
        }
        c
    };
    if old_cap == 0 && (new_len as u64) * size <= 32 {
        cap = (32 / size) as usize;
        return cap.max(new_len);
    }
    let mem = roundupsize(cap as u64 * size, !ptrs);
    cap = (mem / size) as usize;
    cap.max(new_len)
}

/// `append(s, add...)`, growing like Go.
pub fn append(base: Value, add: Vec<Value>, elem: (u32, bool)) -> Value {
    let s = match base {
        Value::Slice(s) => s,
        _ => {
            if add.is_empty() {
                return Value::Nil;
            }
            let n = add.len();
            let cap = grow_cap(n, 0, elem);
            let zero = add.first().map(zero_like).unwrap_or_default();
            let mut v = add;
            v.resize(cap, zero);
            let mut out = Slice::from_vec(v);
            out.len = n as u32;
            return Value::Slice(out);
        }
    };
    let need = s.len as usize + add.len();
    if need <= s.cap as usize {
        {
            let mut a = s.arr.lock();
            let start = (s.off + s.len) as usize;
            for (j, v) in add.into_iter().enumerate() {
                a[start + j] = v;
            }
        }
        return Value::Slice(Slice {
            len: need as u32,
            ..s
        });
    }
    let cap = grow_cap(need, s.cap as usize, elem);
    let mut v = Vec::with_capacity(cap);
    v.extend(s.to_vec());
    v.extend(add);
    let zero = v.first().map(zero_like).unwrap_or_default();
    v.resize(cap, zero);
    let mut out = Slice::from_vec(v);
    out.len = need as u32;
    Value::Slice(out)
}

/// A zero value of the same shape (for spare capacity; never observed
/// before being overwritten by append, but re-slicing up to cap shows it).
pub fn zero_like(v: &Value) -> Value {
    match v {
        Value::Bool(_) => Value::Bool(false),
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Str(_) => Value::bytes(b""),
        Value::Struct(f) => Value::Struct(Arc::new(f.iter().map(zero_like).collect())),
        Value::Array(f) => Value::Array(Arc::new(f.iter().map(zero_like).collect())),
        _ => Value::Nil,
    }
}

/// `copy(dst, src)`: the number of elements copied.
pub fn copy(dst: &Value, src: &Value) -> i64 {
    let Value::Slice(d) = dst else { return 0 };
    let items: Vec<Value> = match src {
        Value::Slice(s) => s.to_vec(),
        Value::Str(b) => b.iter().map(|&c| Value::Int(c as i64)).collect(),
        _ => return 0,
    };
    let n = items.len().min(d.len as usize);
    let mut a = d.arr.lock();
    for (j, v) in items.into_iter().take(n).enumerate() {
        a[d.off as usize + j] = v;
    }
    n as i64
}
