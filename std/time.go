// Package time: durations, instants, sleeping and timers. Duration and Time
// arithmetic are Go code; Sleep, the clock and timers are native (served by
// the runtime's timer heap, which follows the virtual clock in
// deterministic mode).
package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration
func (d Duration) Abs() Duration

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

// Layouts for Time.Format.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// A Location maps time instants to the zone in use at that time (gorun:
// UTC and Local, where Local is the TZ of the process).
type Location struct {
	name string
}

var UTC *Location = &Location{"UTC"}
var Local *Location = &Location{"Local"}

func (l *Location) String() string { return l.name }

// A Time is an instant with nanosecond precision: wall is the Unix time in
// nanoseconds, mono the monotonic clock reading (0 when absent), as in Go.
type Time struct {
	wall int64
	mono int64
	loc  *Location
}

func Now() Time
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
func Since(t Time) Duration
func Until(t Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) AddDate(years int, months int, days int) Time
func (t Time) After(u Time) bool
func (t Time) Before(u Time) bool
func (t Time) Compare(u Time) int
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) UnixNano() int64
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Nanosecond() int
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) UTC() Time
func (t Time) Local() Time
func (t Time) Location() *Location
func (t Time) Truncate(d Duration) Time
func (t Time) Round(d Duration) Time
func (t Time) Format(layout string) string
func (t Time) String() string

func ParseDuration(s string) (Duration, error)

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

// The Timer type represents a single event: at expiry the current time is
// sent on C (unless the timer was made by AfterFunc).
type Timer struct {
	C <-chan Time
	r any
}

func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

// A Ticker holds a channel that delivers the time every period.
type Ticker struct {
	C <-chan Time
	r any
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)

func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time
