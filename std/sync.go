// Package sync: mutual exclusion and waiting. Mutex, RWMutex, WaitGroup and
// Cond are opaque: the one field impl is filled on first use by the natives
// (through the pointer receiver, so the zero value works) with a runtime
// object that owns the wait queue. Once, Map and Pool are Go code on top.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	impl any
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

// An RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	impl any
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) RLocker() Locker

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	impl any
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Cond is a condition variable, a rendezvous point for goroutines waiting
// for or announcing the occurrence of an event.
type Cond struct {
	L    Locker
	impl any
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Once is an object that will perform exactly one action.
type Once struct {
	m    Mutex
	done bool
}

func (o *Once) Do(f func())

func OnceFunc(f func()) func()

// Map is a map safe for concurrent use (a Mutex around a map[any]any).
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Clear()

// A Pool is a set of temporary objects (gorun: a Mutex-guarded free list).
type Pool struct {
	New   func() any
	mu    Mutex
	items []any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)
