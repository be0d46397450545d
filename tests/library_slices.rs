//! gorun's Rust pdqsort (used by the slices natives) against Go's
//! slices.SortFunc and slices.SortStableFunc on inputs full of ties: the
//! order of equal elements must be Go's. The inputs (a fixed-seed
//! xorshift) make tests/library_data/slices.go, whose output
//! scripts/regen-library.sh records in slices.expected; the test runs
//! without Go.

use gorun::library::pdqsort::{self, Data};
use std::fmt::Write as _;

#[path = "library_data/recorded.rs"]
mod recorded;

struct Pairs(Vec<(u32, u32)>);

impl Data for Pairs {
    type Err = ();
    fn less(&mut self, i: usize, j: usize) -> Result<bool, ()> {
        Ok(self.0[i].0 < self.0[j].0)
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.0.swap(i, j);
    }
}

fn inputs() -> Vec<Vec<u32>> {
    let mut x: u64 = 12345;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut v = Vec::new();
    for n in [0usize, 1, 5, 12, 13, 20, 49, 50, 51, 64, 100, 257, 1000] {
        for keys in [1u64, 2, 5, 40] {
            let mut a: Vec<u32> = (0..n).map(|_| (next() % keys) as u32).collect();
            v.push(a.clone());
            a.sort();
            v.push(a.clone());
            a.reverse();
            v.push(a);
        }
    }
    v
}

/// The Go program printing, per input, the ids in the order
/// slices.SortFunc and then slices.SortStableFunc leave them.
fn go_program(ins: &[Vec<u32>]) -> String {
    let mut prog = String::from(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\ntype kv struct{ k, id int }\n\nfunc run(keys []int) {\n\ta := make([]kv, len(keys))\n\tfor i, k := range keys {\n\t\ta[i] = kv{k, i}\n\t}\n\tb := slices.Clone(a)\n\tslices.SortFunc(a, func(x, y kv) int { return x.k - y.k })\n\tslices.SortStableFunc(b, func(x, y kv) int { return x.k - y.k })\n\tfor _, e := range a {\n\t\tfmt.Print(e.id, \" \")\n\t}\n\tfmt.Println()\n\tfor _, e := range b {\n\t\tfmt.Print(e.id, \" \")\n\t}\n\tfmt.Println()\n}\n\nfunc main() {\n",
    );
    for keys in ins {
        let list: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        let _ = writeln!(prog, "\trun([]int{{{}}})", list.join(", "));
    }
    prog.push_str("}\n");
    prog
}

#[test]
fn pdqsort_orders_ties_as_go_slices() {
    let ins = inputs();
    if recorded::sync_program("slices", &go_program(&ins)) {
        return;
    }
    let out = recorded::expected("slices");
    let text = String::from_utf8_lossy(&out).into_owned();
    let mut lines = text.lines();
    for keys in &ins {
        let start: Vec<(u32, u32)> = keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i as u32))
            .collect();
        let mut a = Pairs(start.clone());
        let n = a.0.len();
        pdqsort::sort(&mut a, n).unwrap();
        let mut b = Pairs(start);
        pdqsort::stable(&mut b, n).unwrap();
        let ids = |p: &Pairs| p.0.iter().map(|e| format!("{} ", e.1)).collect::<String>();
        assert_eq!(
            lines.next().expect("slices.expected ends early"),
            ids(&a),
            "SortFunc of {keys:?}"
        );
        assert_eq!(
            lines.next().expect("slices.expected ends early"),
            ids(&b),
            "SortStableFunc of {keys:?}"
        );
    }
    assert!(
        lines.next().is_none(),
        "slices.expected has more lines than inputs"
    );
}
