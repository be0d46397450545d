//! Natives of package fmt: the three formatting entry points and Errorf's
//! formatting with its `%w` operand indices (std/fmt.go builds the error).

use super::util::{arg, bytes, elems, new_slice};
use crate::library::abi::{Host, NativeFn, Outcome};
use crate::library::fmt;
use crate::value::Value;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("fmt.Sprint", sprint),
    ("fmt.Sprintln", sprintln),
    ("fmt.Sprintf", sprintf),
    ("fmt.errorf", errorf),
    ("fmt.Print", |h, a| {
        let r = fmt::sprint(h, &elems(arg(a, 0)));
        print(h, r)
    }),
    ("fmt.Println", |h, a| {
        let r = fmt::sprintln(h, &elems(arg(a, 0)));
        print(h, r)
    }),
    ("fmt.Printf", |h, a| {
        let r = fmt::sprintf(h, bytes(a, 0), &elems(arg(a, 1)));
        print(h, r)
    }),
];

/// Writes a formatting result to standard output: `(n int, err error)`.
fn print(host: &mut dyn Host, r: fmt::FmtResult) -> Outcome {
    match r {
        Ok(b) => {
            let n = host.write(1, &b);
            Outcome::Return(vec![Value::Int(n as i64), Value::Nil])
        }
        Err(p) => Outcome::Panic(p),
    }
}

fn done(r: fmt::FmtResult) -> Outcome {
    match r {
        Ok(b) => Outcome::one(Value::bytes(&b)),
        Err(p) => Outcome::Panic(p),
    }
}

fn sprint(host: &mut dyn Host, a: &[Value]) -> Outcome {
    done(fmt::sprint(host, &elems(arg(a, 0))))
}

fn sprintln(host: &mut dyn Host, a: &[Value]) -> Outcome {
    done(fmt::sprintln(host, &elems(arg(a, 0))))
}

fn sprintf(host: &mut dyn Host, a: &[Value]) -> Outcome {
    done(fmt::sprintf(host, bytes(a, 0), &elems(arg(a, 1))))
}

/// `errorf(format string, a []any) (string, []int)`.
fn errorf(host: &mut dyn Host, a: &[Value]) -> Outcome {
    match fmt::errorf(host, bytes(a, 0), &elems(arg(a, 1))) {
        Ok((s, idx)) => Outcome::Return(vec![
            Value::bytes(&s),
            new_slice(idx.into_iter().map(|i| Value::Int(i as i64)).collect()),
        ]),
        Err(p) => Outcome::Panic(p),
    }
}
