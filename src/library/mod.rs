//! Go's standard library as gorun provides it: native functions bound to
//! the declarations in std/*.go.
