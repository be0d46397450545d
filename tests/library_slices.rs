//! gorun's Rust pdqsort (used by the slices natives) against Go's
//! slices.SortFunc and slices.SortStableFunc on inputs full of ties: the
//! order of equal elements must be Go's. The Go side runs in the reference
//! toolchain at test time (skipped with a note when absent).

use gorun::library::pdqsort::{self, Data};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

const GO: &str = "/work/venv-go/bin/go";

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

#[test]
fn pdqsort_orders_ties_as_go_slices() {
    let go = std::env::var("GORUN_GO").unwrap_or_else(|_| GO.to_string());
    if !Path::new(&go).exists() {
        eprintln!("skipped: no Go toolchain at {go}");
        return;
    }
    let ins = inputs();
    let mut prog = String::from(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\ntype kv struct{ k, id int }\n\nfunc run(keys []int) {\n\ta := make([]kv, len(keys))\n\tfor i, k := range keys {\n\t\ta[i] = kv{k, i}\n\t}\n\tb := slices.Clone(a)\n\tslices.SortFunc(a, func(x, y kv) int { return x.k - y.k })\n\tslices.SortStableFunc(b, func(x, y kv) int { return x.k - y.k })\n\tfor _, e := range a {\n\t\tfmt.Print(e.id, \" \")\n\t}\n\tfmt.Println()\n\tfor _, e := range b {\n\t\tfmt.Print(e.id, \" \")\n\t}\n\tfmt.Println()\n}\n\nfunc main() {\n",
    );
    for keys in &ins {
        let list: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        let _ = writeln!(prog, "\trun([]int{{{}}})", list.join(", "));
    }
    prog.push_str("}\n");
    let dir = std::env::temp_dir().join(format!("gorun-slicescheck-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("main.go"), prog).unwrap();
    let out = Command::new(&go)
        .arg("run")
        .arg(dir.join("main.go"))
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
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
        assert_eq!(lines.next().unwrap(), ids(&a), "SortFunc of {keys:?}");
        assert_eq!(lines.next().unwrap(), ids(&b), "SortStableFunc of {keys:?}");
    }
}
