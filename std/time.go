// Package time: durations, instants, sleeping and timers, in Go on three
// natives: the wall clock (unixNano), the monotonic clock (monoNano) and
// Sleep (which parks the goroutine on the runtime's timer heap, following
// the virtual clock in deterministic mode).
//
// Timers, tickers and After live in the runtime's timer heap; AfterFunc
// is a goroutine that Sleeps and then calls f.
package time

import "sync"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

// frac writes v / 10^prec, with the fraction's trailing zeros dropped.
func frac(v uint64, prec int) string {
	p := uint64(1)
	for i := 0; i < prec; i++ {
		p *= 10
	}
	s := utoa(v / p)
	f := v % p
	if f == 0 {
		return s
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + f%10)
		f /= 10
	}
	n := prec
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	return s + "." + string(digits[:n])
}

// String returns the duration as "72h3m0.5s": leading zero units are
// omitted, durations under a second use ms, µs or ns, zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = frac(u, 3) + "µs"
		default:
			s = frac(u, 6) + "ms"
		}
	} else {
		s = frac(u%uint64(Minute), 9) + "s"
		u /= uint64(Minute)
		if u > 0 {
			s = utoa(u%60) + "m" + s
			u /= 60
			if u > 0 {
				s = utoa(u) + "h" + s
			}
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round rounds d to the nearest multiple of m, halfway values away from
// zero, saturating at the int64 limits.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

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

var longMonthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

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

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

func itoa(i int64) string {
	if i < 0 {
		return "-" + utoa(uint64(-i))
	}
	return utoa(uint64(i))
}

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
// every location is UTC; Local prints as "Local" but has offset 0).
type Location struct {
	name string
}

var UTC *Location = &Location{"UTC"}
var Local *Location = &Location{"Local"}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// A Time is an instant with nanosecond precision: wall is Unix time in
// nanoseconds, mono a monotonic clock reading plus one (0: none), as Go
// keeps both so that Sub and Since ignore wall clock jumps.
type Time struct {
	wall int64
	mono int64
	loc  *Location
}

func unixNano() int64
func monoNano() int64

// Now returns the current time (the virtual clock in deterministic mode).
func Now() Time { return Time{wall: unixNano(), mono: monoNano() + 1, loc: Local} }

func Unix(sec int64, nsec int64) Time { return Time{wall: sec*1e9 + nsec, loc: Local} }

func UnixMilli(msec int64) Time { return Time{wall: msec * 1e6, loc: Local} }

func UnixMicro(usec int64) Time { return Time{wall: usec * 1e3, loc: Local} }

// daysFromCivil counts days since 1970-01-01 of a proleptic Gregorian date.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

// Date returns the Time for the given date and clock, normalising
// out-of-range fields as Go does (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int64(month) - 1
	y := int64(year) + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	days := daysFromCivil(y, m+1, 1) + int64(day) - 1
	ns := ((days*24+int64(hour))*60+int64(min))*60 + int64(sec)
	return Time{wall: ns*1e9 + int64(nsec), loc: loc}
}

func (t Time) unixSec() int64 {
	s := t.wall / 1e9
	if t.wall%1e9 < 0 {
		s--
	}
	return s
}

func (t Time) date() (y, m, d int64) {
	if t.IsZero() {
		return 1, 1, 1
	}
	s := t.unixSec()
	days := s / 86400
	if s%86400 < 0 {
		days--
	}
	return civilFromDays(days)
}

func (t Time) clock() (h, m, s int64) {
	sec := t.unixSec() % 86400
	if sec < 0 {
		sec += 86400
	}
	return sec / 3600, sec / 60 % 60, sec % 60
}

func (t Time) Year() int         { y, _, _ := t.date(); return int(y) }
func (t Time) Month() Month      { _, m, _ := t.date(); return Month(m) }
func (t Time) Day() int          { _, _, d := t.date(); return int(d) }
func (t Time) Hour() int         { h, _, _ := t.clock(); return int(h) }
func (t Time) Minute() int       { _, m, _ := t.clock(); return int(m) }
func (t Time) Second() int       { _, _, s := t.clock(); return int(s) }
func (t Time) Nanosecond() int   { return int(t.wall - t.unixSec()*1e9) }
func (t Time) Unix() int64       { return t.unixSec() }
func (t Time) UnixMilli() int64  { return t.wall / 1e6 }
func (t Time) UnixMicro() int64  { return t.wall / 1e3 }
func (t Time) UnixNano() int64   { return t.wall }
func (t Time) IsZero() bool      { return t.wall == zeroWall && t.mono == 0 && t.loc == nil }
func (t Time) UTC() Time         { return t.In(UTC) }
func (t Time) Local() Time       { return t.In(Local) }

// In returns t with its location set to loc (the zero Time stays zero).
func (t Time) In(loc *Location) Time {
	if t.IsZero() {
		return t
	}
	return Time{wall: t.wall, mono: t.mono, loc: loc}
}
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// zeroWall is the wall reading of the zero Time. Go's zero Time is January
// 1, year 1, outside int64 nanoseconds of Unix time, so gorun reads the
// zero struct (wall 0, no monotonic reading, no location; every Time made
// by Now, Unix or Date has a location) as that date.
const zeroWall = 0

func (t Time) Weekday() Weekday {
	days := t.unixSec() / 86400
	if t.unixSec()%86400 < 0 {
		days--
	}
	w := (days + 4) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) YearDay() int {
	y, _, _ := t.date()
	s := t.unixSec()
	days := s / 86400
	if s%86400 < 0 {
		days--
	}
	return int(days-daysFromCivil(y, 1, 1)) + 1
}

func (t Time) Add(d Duration) Time {
	u := t
	u.wall += int64(d)
	if u.mono != 0 {
		u.mono += int64(d)
	}
	return u
}

func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.date()
	h, mi, s := t.clock()
	return Date(int(y)+years, Month(int(m)+months), int(d)+days, int(h), int(mi), int(s), t.Nanosecond(), t.loc)
}

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.wall > u.wall
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.wall < u.wall
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.wall == u.wall
}

func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return Time{wall: t.wall, loc: t.loc}
	}
	r := t.wall % int64(d)
	if r < 0 {
		r += int64(d)
	}
	return Time{wall: t.wall - r, loc: t.loc}
}

func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return Time{wall: t.wall, loc: t.loc}
	}
	r := t.wall % int64(d)
	if r < 0 {
		r += int64(d)
	}
	if lessThanHalf(Duration(r), d) {
		return Time{wall: t.wall - r, loc: t.loc}
	}
	return Time{wall: t.wall - r + int64(d), loc: t.loc}
}

func pad(i int64, w int) string {
	s := utoa(uint64(i))
	for len(s) < w {
		s = "0" + s
	}
	return s
}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// Format writes t by a layout made of Go's reference time elements
// (2006 01 02 15 04 05 Jan January Mon Monday MST -0700 Z07:00 PM .000
// .999 _2 3 1 2 06); every zone is UTC in gorun.
func (t Time) Format(layout string) string {
	y, mo, d := t.date()
	h, mi, s := t.clock()
	ns := int64(t.Nanosecond())
	out := ""
	for len(layout) > 0 {
		switch {
		case hasPrefix(layout, "2006"):
			out += pad(y, 4)
			layout = layout[4:]
		case hasPrefix(layout, "January"):
			out += longMonthNames[mo-1]
			layout = layout[7:]
		case hasPrefix(layout, "Jan"):
			out += shortMonthNames[mo-1]
			layout = layout[3:]
		case hasPrefix(layout, "Monday"):
			out += t.Weekday().String()
			layout = layout[6:]
		case hasPrefix(layout, "Mon"):
			out += shortDayNames[t.Weekday()]
			layout = layout[3:]
		case hasPrefix(layout, "MST"):
			out += "UTC"
			layout = layout[3:]
		case hasPrefix(layout, "01"):
			out += pad(mo, 2)
			layout = layout[2:]
		case hasPrefix(layout, "02"):
			out += pad(d, 2)
			layout = layout[2:]
		case hasPrefix(layout, "_2"):
			if d < 10 {
				out += " "
			}
			out += utoa(uint64(d))
			layout = layout[2:]
		case hasPrefix(layout, "06"):
			out += pad(y%100, 2)
			layout = layout[2:]
		case hasPrefix(layout, "15"):
			out += pad(h, 2)
			layout = layout[2:]
		case hasPrefix(layout, "03"):
			out += pad((h+11)%12+1, 2)
			layout = layout[2:]
		case hasPrefix(layout, "04"):
			out += pad(mi, 2)
			layout = layout[2:]
		case hasPrefix(layout, "05"):
			out += pad(s, 2)
			layout = layout[2:]
		case hasPrefix(layout, "-0700"):
			out += "+0000"
			layout = layout[5:]
		case hasPrefix(layout, "-07:00"):
			out += "+00:00"
			layout = layout[6:]
		case hasPrefix(layout, "Z07:00"):
			out += "Z"
			layout = layout[6:]
		case hasPrefix(layout, "PM"):
			if h >= 12 {
				out += "PM"
			} else {
				out += "AM"
			}
			layout = layout[2:]
		case hasPrefix(layout, ".000") || hasPrefix(layout, ".999") || hasPrefix(layout, ",000") || hasPrefix(layout, ",999"):
			n := 1
			for n < len(layout) && layout[n] == layout[1] {
				n++
			}
			digits := pad(ns, 9)[:n-1]
			if layout[1] == '9' {
				for len(digits) > 0 && digits[len(digits)-1] == '0' {
					digits = digits[:len(digits)-1]
				}
				if len(digits) > 0 {
					out += layout[:1] + digits
				}
			} else {
				out += layout[:1] + digits
			}
			layout = layout[n:]
		case hasPrefix(layout, "1"):
			out += utoa(uint64(mo))
			layout = layout[1:]
		case hasPrefix(layout, "2"):
			out += utoa(uint64(d))
			layout = layout[1:]
		case hasPrefix(layout, "3"):
			out += utoa(uint64((h+11)%12 + 1))
			layout = layout[1:]
		default:
			out += layout[:1]
			layout = layout[1:]
		}
	}
	return out
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", plus the
// monotonic reading "m=±s.nnnnnnnnn" when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - 1
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		s += " m=" + sign + utoa(uint64(m/1e9)) + "." + pad(m%1e9, 9)
	}
	return s
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or
// "2h45m" (units ns, us, µs, ms, s, m, h).
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &durationError{"time: invalid duration " + quote(orig)}
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		i := 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			v = v*10 + uint64(s[i]-'0')
		}
		pre := i != 0
		s = s[i:]
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
				if scale < 1e18 {
					f = f*10 + uint64(s[i]-'0')
					scale *= 10
				}
			}
			post = i != 0
			s = s[i:]
		}
		if !pre && !post {
			return 0, &durationError{"time: invalid duration " + quote(orig)}
		}
		i = 0
		for ; i < len(s) && (s[i] == '.' || s[i] < '0' || s[i] > '9'); i++ {
		}
		if i == 0 {
			return 0, &durationError{"time: missing unit in duration " + quote(orig)}
		}
		u := s[:i]
		s = s[i:]
		var unit uint64
		switch u {
		case "ns":
			unit = 1
		case "us", "µs", "μs":
			unit = 1e3
		case "ms":
			unit = 1e6
		case "s":
			unit = 1e9
		case "m":
			unit = 60e9
		case "h":
			unit = 3600e9
		default:
			return 0, &durationError{"time: unknown unit " + quote(u) + " in duration " + quote(orig)}
		}
		d += v*unit + uint64(float64(f)*(float64(unit)/scale))
	}
	if neg {
		return -Duration(d), nil
	}
	return Duration(d), nil
}

type durationError struct{ s string }

func (e *durationError) Error() string { return e.s }

func quote(s string) string { return "\"" + s + "\"" }

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

// The Timer type represents a single event: when it fires, the current
// time is sent on C, or f runs in its own goroutine (AfterFunc).
type Timer struct {
	C <-chan Time
	r any // the runtime timer (NewTimer, After)

	// Goroutine timers (AfterFunc, and NewTimer on a host without runtime
	// timers): a goroutine Sleeps, then sends on c or runs f unless the
	// timer was stopped or re-armed meanwhile (gen names the live arming).
	c      chan Time
	f      func()
	mu     sync.Mutex
	gen    int
	active bool
}

// newTimer, newTicker, stopTimer, resetTimer and resetTicker are served by
// the runtime's timer heap (virtual clock in deterministic mode); newTimer
// and newTicker return a nil timer when the host has no runtime timers.
func newTimer(d int64) (chan Time, any)
func newTicker(d int64) (chan Time, any)
func stopTimer(r any) bool
func resetTimer(r any, d int64) bool
func resetTicker(r any, d int64)

func NewTimer(d Duration) *Timer {
	c, r := newTimer(int64(d))
	if r != nil {
		return &Timer{C: c, r: r}
	}
	c = make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.mu.Lock()
	t.arm(d)
	t.mu.Unlock()
	return t
}

// arm starts a goroutine timer; t.mu is held.
func (t *Timer) arm(d Duration) {
	t.gen++
	t.active = true
	gen := t.gen
	go func() {
		Sleep(d)
		t.mu.Lock()
		if t.gen != gen || !t.active {
			t.mu.Unlock()
			return
		}
		t.active = false
		t.mu.Unlock()
		if t.f != nil {
			t.f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
	}()
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.mu.Lock()
	t.arm(d)
	t.mu.Unlock()
	return t
}

// Stop prevents the Timer from firing; it reports whether the call stopped
// a pending timer.
func (t *Timer) Stop() bool {
	if t.r != nil {
		return stopTimer(t.r)
	}
	if t.f == nil && t.c == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	t.mu.Lock()
	was := t.active
	t.active = false
	t.gen++
	t.mu.Unlock()
	if t.c != nil {
		select {
		case <-t.c:
		default:
		}
	}
	return was
}

// Reset changes the timer to expire after d; it reports whether the timer
// had been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r != nil {
		return resetTimer(t.r, int64(d))
	}
	if t.f == nil && t.c == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	was := t.Stop()
	t.mu.Lock()
	t.arm(d)
	t.mu.Unlock()
	return was
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker holds a channel that delivers the time every period; ticks are
// dropped for slow receivers.
type Ticker struct {
	C <-chan Time
	r any

	// Goroutine tickers (a host without runtime timers).
	c      chan Time
	mu     sync.Mutex
	gen    int
	period Duration
}

func (t *Ticker) run(gen int) {
	for {
		t.mu.Lock()
		d := t.period
		t.mu.Unlock()
		Sleep(d)
		t.mu.Lock()
		if t.gen != gen {
			t.mu.Unlock()
			return
		}
		t.mu.Unlock()
		select {
		case t.c <- Now():
		default:
		}
	}
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c, r := newTicker(int64(d))
	if r != nil {
		return &Ticker{C: c, r: r}
	}
	c = make(chan Time, 1)
	t := &Ticker{C: c, c: c, period: d}
	go t.run(0)
	return t
}

func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
		return
	}
	t.mu.Lock()
	t.gen++
	t.mu.Unlock()
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r != nil {
		resetTicker(t.r, int64(d))
		return
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.mu.Lock()
	t.gen++
	t.period = d
	gen := t.gen
	t.mu.Unlock()
	go t.run(gen)
}

// Tick is NewTicker(d).C; nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
