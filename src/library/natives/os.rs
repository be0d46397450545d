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
    ("os.setenv", setenv),
    ("os.unsetenv", unsetenv),
    ("os.Environ", environ),
    ("os.hostname", hostname),
    ("math/rand.runtimeSeed", |h, _| {
        Outcome::one(Value::Int(h.random_seed() as i64))
    }),
];

fn valid_key(k: &[u8]) -> Option<&str> {
    let k = std::str::from_utf8(k).ok()?;
    (!k.is_empty() && !k.contains('=') && !k.contains('\0')).then_some(k)
}

fn setenv(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let (Some(k), Ok(v)) = (
        valid_key(arg(a, 0).as_bytes()),
        std::str::from_utf8(arg(a, 1).as_bytes()),
    ) else {
        return Outcome::one(Value::Bool(false));
    };
    if v.contains('\0') {
        return Outcome::one(Value::Bool(false));
    }
    std::env::set_var(k, v);
    Outcome::one(Value::Bool(true))
}

fn unsetenv(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let Some(k) = valid_key(arg(a, 0).as_bytes()) else {
        return Outcome::one(Value::Bool(false));
    };
    std::env::remove_var(k);
    Outcome::one(Value::Bool(true))
}

fn environ(_: &mut dyn Host, _: &[Value]) -> Outcome {
    let vars = std::env::vars_os()
        .map(|(k, v)| {
            let mut b = k.as_encoded_bytes().to_vec();
            b.push(b'=');
            b.extend_from_slice(v.as_encoded_bytes());
            Value::bytes(&b)
        })
        .collect();
    Outcome::one(Value::Slice(Slice::from_vec(vars)))
}

fn hostname(_: &mut dyn Host, _: &[Value]) -> Outcome {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    Outcome::one(Value::str(name.trim_end()))
}

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
