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
        let mut reported: HashSet<ObjId> = HashSet::new();
        for _ in 0..inits.len() {
            let next = (0..inits.len())
                .find(|&i| !done[i] && deps[i].iter().all(|d| initialized.contains(d)));
            let i = match next {
                Some(i) => i,
                None => {
                    let i = (0..inits.len()).find(|&i| !done[i]).unwrap_or(0);
                    // Report once, from the first uninitialised variable
                    // that lies on a cycle; then go on in declaration order.
                    let path = (0..inits.len())
                        .filter(|&k| !done[k])
                        .flat_map(|k| owners[k].clone())
                        .filter_map(|o| self.find_cycle_path(o))
                        .find(|p| !p.iter().any(|o| reported.contains(o)));
                    if let Some(path) = path {
                        reported.extend(path.iter().copied());
                        self.report_init_cycle(&path);
                    }
                    i
                }
            };
            // A variable that depends on itself is ready but still a cycle.
            let own_cycle = owners[i]
                .iter()
                .filter(|o| !reported.contains(*o))
                .find_map(|o| self.find_cycle_path(*o))
                .filter(|p| !p.iter().any(|o| reported.contains(o)));
            if let Some(path) = own_cycle {
                reported.extend(path.iter().copied());
                self.report_init_cycle(&path);
            }
            done[i] = true;
            initialized.extend(owners[i].iter().copied());
            result.push(inits[i].clone());
        }
        self.prog.packages[pkg.0 as usize].var_inits = result;
    }

    /// A dependency path from `start` back to itself (through variables and
    /// functions), if there is one.
    fn find_cycle_path(&self, start: ObjId) -> Option<Vec<ObjId>> {
        fn dfs(
            c: &Checker,
            cur: ObjId,
            start: ObjId,
            path: &mut Vec<ObjId>,
            seen: &mut HashSet<ObjId>,
        ) -> bool {
            for &d in c.deps.get(&cur).map(Vec::as_slice).unwrap_or(&[]) {
                if d == start {
                    return true;
                }
                if matches!(c.obj(d).kind, ObjKind::Var(_) | ObjKind::Func(_)) && seen.insert(d) {
                    path.push(d);
                    if dfs(c, d, start, path, seen) {
                        return true;
                    }
                    path.pop();
                }
            }
            false
        }
        let mut path = vec![start];
        let mut seen = HashSet::from([start]);
        dfs(self, start, start, &mut path, &mut seen).then_some(path)
    }

    /// gc's "initialization cycle for a" with one "x refers to y" line per step.
    fn report_init_cycle(&mut self, path: &[ObjId]) {
        let first = self.obj(path[0]);
        let (name, span, file) = (first.name.clone(), first.span, first.file);
        let msg = if path.len() == 1 {
            format!("initialization cycle: {name} refers to itself")
        } else {
            let mut m = format!("initialization cycle for {name}");
            for (k, o) in path.iter().enumerate() {
                let next = path[(k + 1) % path.len()];
                let ob = self.obj(*o);
                let pos = match ob.file {
                    Some(f) => {
                        let src = &self.files[f.0 as usize].source;
                        let (l, c) = src.line_col(ob.span.lo);
                        format!("{}:{l}:{c}", src.name)
                    }
                    None => String::new(),
                };
                m.push_str(&format!(
                    "\n\t{pos}: {} refers to {}",
                    ob.name,
                    self.obj(next).name
                ));
            }
            m
        };
        let saved = self.file;
        if let Some(f) = file {
            self.file = f;
        }
        self.error(span, msg);
        self.file = saved;
    }
}
