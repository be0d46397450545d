//! Package variable initialisation order (Go spec "Package initialization"):
//! repeatedly initialise the earliest variable in declaration order that has
//! no dependency on an uninitialised variable, where dependencies are the
//! references in its initialiser, followed transitively through the bodies
//! of the functions and methods it refers to.

use crate::check::checker::Checker;
use crate::check::info::*;
use std::collections::HashSet;

impl Checker<'_> {
    pub(crate) fn compute_init_order(&mut self, pkg: PkgId, order: &[ObjId]) {
        // Initialisers of this package in declaration order.
        let mut inits: Vec<Initializer> = Vec::new();
        let mut owners: Vec<Vec<ObjId>> = Vec::new();
        let mut taken = HashSet::new();
        for o in order {
            if let Some((p, _)) = self.pending_inits.get(o) {
                if *p != pkg || !taken.insert(*o) {
                    continue;
                }
                let (_, init) = self.pending_inits[o].clone();
                let mut own: Vec<ObjId> = init.lhs.iter().flatten().copied().collect();
                own.push(*o);
                inits.push(init);
                owners.push(own);
            }
        }
        let with_init: HashSet<ObjId> = owners.iter().flatten().copied().collect();
        // Transitive variable dependencies of each initialiser.
        let deps: Vec<HashSet<ObjId>> = owners
            .iter()
            .map(|own| {
                let mut out = HashSet::new();
                let mut seen = HashSet::new();
                let mut stack: Vec<ObjId> = own
                    .iter()
                    .flat_map(|o| self.deps.get(o).cloned().unwrap_or_default())
                    .collect();
                while let Some(d) = stack.pop() {
                    if !seen.insert(d) {
                        continue;
                    }
                    match self.obj(d).kind {
                        ObjKind::Var(_) if with_init.contains(&d) && !own.contains(&d) => {
                            out.insert(d);
                        }
                        ObjKind::Func(_) => {
                            if let Some(ds) = self.deps.get(&d) {
                                stack.extend(ds.iter().copied());
                            }
                        }
                        _ => {}
                    }
                }
                out
            })
            .collect();
        let mut done = vec![false; inits.len()];
        let mut initialized: HashSet<ObjId> = HashSet::new();
        let mut result = Vec::new();
        for _ in 0..inits.len() {
            let next = (0..inits.len())
                .find(|&i| !done[i] && deps[i].iter().all(|d| initialized.contains(d)));
            let i = match next {
                Some(i) => i,
                None => {
                    let i = (0..inits.len()).find(|&i| !done[i]).unwrap_or(0);
                    if let Some(first) = owners[i].first() {
                        let (name, span, file) = {
                            let ob = self.obj(*first);
                            (ob.name.clone(), ob.span, ob.file)
                        };
                        let saved = self.file;
                        if let Some(f) = file {
                            self.file = f;
                        }
                        self.error(
                            span,
                            format!("initialization cycle or initialization loop involving {name}"),
                        );
                        self.file = saved;
                    }
                    i
                }
            };
            done[i] = true;
            initialized.extend(owners[i].iter().copied());
            result.push(inits[i].clone());
        }
        self.prog.packages[pkg.0 as usize].var_inits = result;
    }
}
