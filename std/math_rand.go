// Package rand (import path math/rand): pseudo-random numbers. Sequences
// need not match Go's; the top-level functions are seeded randomly (as
// since Go 1.20) unless Seed is called, and from --seed in deterministic mode.
package rand

// A Source represents a source of uniformly-distributed pseudo-random int64
// values in the range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// rngSource is gorun's generator (native state in impl).
type rngSource struct {
	impl any
}

func (s *rngSource) Int63() int64
func (s *rngSource) Seed(seed int64)

// NewSource returns a new Source seeded with seed.
func NewSource(seed int64) Source

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

func New(src Source) *Rand
func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))

func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
