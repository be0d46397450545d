//! strconv's Rust core against the real Go toolchain: FormatFloat on
//! thousands of float64 and float32 values in every format and several
//! precisions, and ParseInt / ParseUint / ParseFloat on tricky inputs
//! (value and error kind). The inputs make one Go program,
//! tests/library_data/strconv.go, whose output scripts/regen-library.sh
//! records in strconv.expected; the test compares gorun's core with it
//! without Go. No expectation is typed by hand.

use gorun::library::strconv::{atof, atoi, ftoa, NumErr};
use std::fmt::Write as _;

#[path = "library_data/recorded.rs"]
mod recorded;

fn floats() -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.5,
        1.5,
        2.5,
        100.0,
        1e21,
        1e20,
        1e-4,
        1e-5,
        123456.0,
        1234567.0,
        0.000123,
        5e-324,
        1.7976931348623157e308,
        3.4028235e38,
        1.0 / 3.0,
        2.0 / 3.0,
        9.999999,
        0.95,
        0.05,
        1e100,
        123.456,
        999999.5,
        0.00001234,
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..400 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let f = f64::from_bits(x);
        if f.is_finite() {
            v.push(f);
        }
        // Also "human" numbers with few digits.
        v.push((x % 100_000) as f64 / 1000.0);
    }
    v
}

const FORMATS: &[(u8, i32)] = &[
    (b'e', -1),
    (b'E', 3),
    (b'f', -1),
    (b'f', 0),
    (b'f', 2),
    (b'g', -1),
    (b'G', 5),
    (b'g', 0),
    (b'e', 17),
    (b'x', -1),
    (b'x', 3),
    (b'b', -1),
];

const INTS: &[&str] = &[
    "0",
    "-0",
    "+7",
    "42",
    "-42",
    "0x1F",
    "0X1f",
    "0b101",
    "0o17",
    "017",
    "0_1",
    "1_000",
    "1__0",
    "_1",
    "1_",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "",
    "-",
    "+",
    "0x",
    "abc",
    "12a",
    "300",
    "-129",
    "255",
    "256",
];

const FLOATS: &[&str] = &[
    "0",
    "1",
    "-1.5",
    "1e10",
    "1E-10",
    ".5",
    "5.",
    "1e",
    "1e+",
    "inf",
    "-Inf",
    "+infinity",
    "nan",
    "NaN",
    "+nan",
    "0x1p-2",
    "0x1.8p1",
    "0x.8p0",
    "0x1",
    "1_000.5",
    "1__0",
    "1e400",
    "-1e400",
    "1e-400",
    "4.9e-324",
    "2.2250738585072011e-308",
    "123456789012345678901234567890",
    "0.1",
    "3.4028235e38",
    "3.5e38",
    "1.00000017881393421514957253748434595763683319091796875",
];

fn code(e: Option<NumErr>) -> i64 {
    e.map_or(0, |e| e as i64)
}

/// The Go program printing, one line per case, what Go's strconv does
/// with every input (the order the test reads them in).
fn go_program(fs: &[f64]) -> String {
    let mut prog = String::from(
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"math\"\n\t\"strconv\"\n)\n\n\
         func code(err error) int {\n\tswitch {\n\tcase err == nil:\n\t\treturn 0\n\tcase errors.Is(err, strconv.ErrSyntax):\n\t\treturn 1\n\tcase errors.Is(err, strconv.ErrRange):\n\t\treturn 2\n\t}\n\treturn 9\n}\n\n\
         func main() {\n\tfs := []uint64{",
    );
    for f in fs {
        let _ = write!(prog, "{:#x},", f.to_bits());
    }
    prog.push_str("}\n\tfor _, b := range fs {\n\t\tf := math.Float64frombits(b)\n");
    for (fmt_, prec) in FORMATS {
        let _ = writeln!(
            prog,
            "\t\tfmt.Println(strconv.FormatFloat(f, {fmt_}, {prec}, 64), strconv.FormatFloat(float64(float32(f)), {fmt_}, {prec}, 32))"
        );
    }
    prog.push_str("\t}\n");
    for s in INTS {
        let _ = writeln!(
            prog,
            "\t{{\n\t\ti, e1 := strconv.ParseInt({s:?}, 0, 64)\n\t\tj, e2 := strconv.ParseInt({s:?}, 10, 8)\n\t\tu, e3 := strconv.ParseUint({s:?}, 0, 64)\n\t\tfmt.Println(i, code(e1), j, code(e2), u, code(e3))\n\t}}"
        );
    }
    for s in FLOATS {
        let _ = writeln!(
            prog,
            "\t{{\n\t\tf, e1 := strconv.ParseFloat({s:?}, 64)\n\t\tg, e2 := strconv.ParseFloat({s:?}, 32)\n\t\tfmt.Println(math.Float64bits(f), code(e1), math.Float64bits(g), code(e2))\n\t}}"
        );
    }
    prog.push_str("}\n");
    prog
}

#[test]
fn strconv_matches_go() {
    let fs = floats();
    if recorded::sync_program("strconv", &go_program(&fs)) {
        return;
    }
    let out = recorded::expected("strconv");
    let text = String::from_utf8_lossy(&out).into_owned();
    let mut lines = text.lines();
    let mut failures = Vec::new();
    for f in &fs {
        for (fmt_, prec) in FORMATS {
            let got = format!(
                "{} {}",
                ftoa::format_float(*f, *fmt_, *prec, 64),
                ftoa::format_float(*f as f32 as f64, *fmt_, *prec, 32)
            );
            let want = lines.next().expect("strconv.expected ends early");
            if got != want {
                failures.push(format!(
                    "FormatFloat({f:e}, '{}', {prec}): go {want}, gorun {got}",
                    *fmt_ as char
                ));
            }
        }
    }
    for s in INTS {
        let (i, e1) = atoi::parse_int(s.as_bytes(), 0, 64);
        let (j, e2) = atoi::parse_int(s.as_bytes(), 10, 8);
        let (u, e3) = atoi::parse_uint(s.as_bytes(), 0, 64);
        let got = format!("{i} {} {j} {} {u} {}", code(e1), code(e2), code(e3));
        let want = lines.next().expect("strconv.expected ends early");
        if got != want {
            failures.push(format!("Parse ints {s:?}: go {want}, gorun {got}"));
        }
    }
    for s in FLOATS {
        let (f, e1) = atof::parse_float(s.as_bytes(), 64);
        let (g, e2) = atof::parse_float(s.as_bytes(), 32);
        let got = format!("{} {} {} {}", f.to_bits(), code(e1), g.to_bits(), code(e2));
        let want = lines.next().expect("strconv.expected ends early");
        // NaN payloads may differ; compare NaN-ness then.
        let nan_ok = f.is_nan()
            && want
                .split(' ')
                .next()
                .and_then(|b| b.parse::<u64>().ok())
                .is_some_and(|b| f64::from_bits(b).is_nan());
        if got != want && !nan_ok {
            failures.push(format!("ParseFloat {s:?}: go {want}, gorun {got}"));
        }
    }
    assert!(
        lines.next().is_none(),
        "Go printed more lines than compared"
    );
    assert!(fs.len() > 800, "too few float inputs");
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
