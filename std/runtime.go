// Package runtime: the scheduler's public knobs (all native, served by the
// runtime module).
package runtime

// GOOS and GOARCH are the target system gorun reports.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is the name of the toolchain that built the running program.
const Compiler = "gc"

func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func Gosched()
func Goexit()
func GC()
func Version() string
func KeepAlive(x any)

// Error identifies a run time error (the panics the runtime raises).
type Error interface {
	error
	RuntimeError()
}

// MemStats records statistics about the memory allocator (gorun fills
// only the counters it can know; the rest stay zero).
type MemStats struct {
	Alloc       uint64
	TotalAlloc  uint64
	Sys         uint64
	Mallocs     uint64
	Frees       uint64
	HeapAlloc   uint64
	HeapSys     uint64
	HeapObjects uint64
	NumGC       uint32
}

func ReadMemStats(m *MemStats)
