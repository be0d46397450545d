//! Places: where assignments store (`x`, `*p`, `s[i]`, `m[k]`, `a[i].f`)
//! and what `&` takes the address of. Stores into struct fields and array
//! elements update the containing value in place (copy-on-write), under
//! the lock of its heap cell or backing array.

use super::eval::{bounds, cell_of, Env};
use super::ir::Place;
use super::ops::{rt, RtErr, RtResult};
use crate::value::{MapKey, PathPtr, Pointer, PtrBase, Value};
use std::sync::Arc;

impl Env<'_> {
    /// The address of a place (`&x`, `&x.f`, `&s[i]`, `&p.f`).
    pub fn addr_of(&mut self, p: &Place) -> RtResult<Pointer> {
        Ok(match p {
            Place::Cell(s) => match cell_of(&self.slots[*s as usize]) {
                Some(c) => Pointer::Cell(c.clone()),
                None => return Err(RtErr::nil_deref()),
            },
            Place::Global(g) => Pointer::Cell(self.prog.globals[*g as usize].clone()),
            Place::Deref(e) => match self.eval(e)? {
                Value::Pointer(p) => p,
                _ => return Err(RtErr::nil_deref()),
            },
            Place::Field(base, i) => self.addr_of(base)?.project(*i),
            Place::ArrayIndex(base, i) => {
                let ptr = self.addr_of(base)?;
                let i = self.eval_int(i)?;
                let n = ptr.load().elem_count();
                ptr.project(bounds(i, n)? as u32)
            }
            Place::SliceIndex(s, i) => {
                let sv = self.eval(s)?;
                let i = self.eval_int(i)?;
                match sv {
                    Value::Slice(s) => {
                        let i = bounds(i, s.len as usize)?;
                        Pointer::Path(Arc::new(PathPtr {
                            base: PtrBase::Elem(s.arr.clone(), s.off + i as u32),
                            path: Box::new([]),
                        }))
                    }
                    _ => return rt(format!("index out of range [{i}] with length 0")),
                }
            }
            // Locals, map entries and `_` are never addressable; lowering
            // puts address-taken variables in cells.
            Place::Local(_) | Place::MapEntry(..) | Place::Blank => return Err(RtErr::nil_deref()),
        })
    }

    /// `place = v`.
    pub fn store(&mut self, p: &Place, v: Value) -> RtResult<()> {
        match p {
            Place::Blank => {}
            Place::Local(s) => self.slots[*s as usize] = v,
            Place::Cell(s) => {
                if let Some(c) = cell_of(&self.slots[*s as usize]) {
                    c.set(v);
                }
            }
            Place::Global(g) => self.prog.globals[*g as usize].set(v),
            Place::Deref(e) => match self.eval(e)? {
                Value::Pointer(p) => p.store(v),
                _ => return Err(RtErr::nil_deref()),
            },
            Place::SliceIndex(s, i) => {
                let sv = self.eval(s)?;
                let i = self.eval_int(i)?;
                match sv {
                    Value::Slice(s) => {
                        let i = bounds(i, s.len as usize)?;
                        s.set(i, v);
                    }
                    _ => return rt(format!("index out of range [{i}] with length 0")),
                }
            }
            Place::MapEntry(m, k) => {
                let mv = self.eval(m)?;
                let kv = self.eval(k)?;
                match mv {
                    Value::Map(m) => {
                        self.check_hashable(&kv)?;
                        m.lock().entries.insert(MapKey::new(kv), v);
                    }
                    _ => return Err(RtErr::plain("assignment to entry in nil map")),
                }
            }
            Place::Field(..) | Place::ArrayIndex(..) => {
                // Resolve the index operands first, then update in place.
                let mut path = Vec::new();
                let root = self.resolve_path(p, &mut path)?;
                path.reverse();
                self.update_root(root, &path, v)?;
            }
        }
        Ok(())
    }

    fn check_hashable(&self, k: &Value) -> RtResult<()> {
        if let Value::Iface(i) = k {
            if matches!(i.val, Value::Slice(_) | Value::Map(_) | Value::Func(_)) {
                return rt(format!(
                    "hash of unhashable type {}",
                    self.prog.types.name(i.ty)
                ));
            }
        }
        Ok(())
    }

    /// Walks Field/ArrayIndex places down to their root, collecting indices
    /// (innermost last) and bounds-checking array indices.
    fn resolve_path<'p>(&mut self, p: &'p Place, path: &mut Vec<u32>) -> RtResult<&'p Place> {
        match p {
            Place::Field(b, i) => {
                path.push(*i);
                self.resolve_path(b, path)
            }
            Place::ArrayIndex(b, i) => {
                let i = self.eval_int(i)?;
                let mut tmp = Vec::new();
                let root = self.resolve_path(b, &mut tmp)?;
                tmp.reverse();
                let n = self.load_root(root, &tmp)?.elem_count();
                path.push(bounds(i, n)? as u32);
                path.extend(tmp.into_iter().rev());
                Ok(root)
            }
            other => Ok(other),
        }
    }

    fn load_root(&mut self, root: &Place, path: &[u32]) -> RtResult<Value> {
        let mut v = match root {
            Place::Local(s) => self.slots[*s as usize].clone(),
            _ => self.addr_of(root)?.load(),
        };
        for &i in path {
            v = v
                .fields()
                .and_then(|f| f.get(i as usize))
                .cloned()
                .unwrap_or_default();
        }
        Ok(v)
    }

    fn update_root(&mut self, root: &Place, path: &[u32], v: Value) -> RtResult<()> {
        match root {
            Place::Local(s) => {
                let mut cur = &mut self.slots[*s as usize];
                for &i in path {
                    match cur {
                        Value::Struct(f) | Value::Array(f) if (i as usize) < f.len() => {
                            cur = &mut Arc::make_mut(f)[i as usize];
                        }
                        _ => return Ok(()),
                    }
                }
                *cur = v;
            }
            Place::MapEntry(..) | Place::Blank => {}
            _ => {
                let mut ptr = self.addr_of(root)?;
                for &i in path {
                    ptr = ptr.project(i);
                }
                ptr.store(v);
            }
        }
        Ok(())
    }
}
