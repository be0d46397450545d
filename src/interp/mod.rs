//! The tree-walking interpreter: lowers the checked tree and steps
//! goroutines whose whole state lives on the heap.
