//! Natives of package os: the standard streams, arguments, environment and
//! exit.

use super::util::arg;
use crate::library::abi::{Host, NativeFn, Outcome};
use crate::value::{Slice, Value};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("os.write", write),
    ("os.runtimeArgs", runtime_args),
    ("os.Exit", exit),
    ("os.Getenv", getenv),
    ("os.LookupEnv", lookup_env),
    ("os.Getpid", getpid),
];

/// `write(fd int, s string) int`: one write of s on fd.
fn write(host: &mut dyn Host, a: &[Value]) -> Outcome {
    let fd = arg(a, 0).as_int() as i32;
    let n = host.write(fd, arg(a, 1).as_bytes());
    Outcome::one(Value::Int(n as i64))
}

fn runtime_args(host: &mut dyn Host, _: &[Value]) -> Outcome {
    let args = host.args().iter().map(|s| Value::str(s)).collect();
    Outcome::one(Value::Slice(Slice::from_vec(args)))
}

fn exit(_: &mut dyn Host, a: &[Value]) -> Outcome {
    Outcome::Exit(arg(a, 0).as_int() as i32)
}

fn env(key: &Value) -> Option<Value> {
    let key = std::str::from_utf8(key.as_bytes()).ok()?;
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return None;
    }
    std::env::var_os(key).map(|v| Value::bytes(v.as_encoded_bytes()))
}

fn getenv(_: &mut dyn Host, a: &[Value]) -> Outcome {
    Outcome::one(env(arg(a, 0)).unwrap_or_else(|| Value::str("")))
}

fn lookup_env(_: &mut dyn Host, a: &[Value]) -> Outcome {
    match env(arg(a, 0)) {
        Some(v) => Outcome::Return(vec![v, Value::Bool(true)]),
        None => Outcome::Return(vec![Value::str(""), Value::Bool(false)]),
    }
}

fn getpid(_: &mut dyn Host, _: &[Value]) -> Outcome {
    Outcome::one(Value::Int(std::process::id() as i64))
}
