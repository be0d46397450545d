//! The runtime: Go's G/M/P scheduler, channels, select, timers and the
//! synchronisation primitives. It moves goroutines and values around but
//! never looks inside either: it does not know the interpreter.
