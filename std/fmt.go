// Package fmt: formatted I/O with Go's exact verbs and texts.
//
// gorun: Sprint, Sprintln, Sprintf, Print, Println, Printf and Errorf's
// formatting are native (the formatting engine in src/library/fmt); Fprint*
// are Go code on top of them. One call is one write on the destination.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method (%#v).
type GoStringer interface {
	GoString() string
}

// State is the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprint(a...))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintln(a...))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintf(format, a...))
}

// Print, Println and Printf format and write to standard output in one
// write (native: the hottest calls of most programs skip two Go frames).
func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// errorf formats like Sprintf with %w accepted, and returns, in the order
// met, the operand index of each %w verb (Go's pp.wrappedErrs). Native.
func errorf(format string, a []any) (string, []int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats like Sprintf; with %w operands the result wraps them.
func Errorf(format string, a ...any) error {
	s, idx := errorf(format, a)
	switch len(idx) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[idx[0]].(error)
		return w
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && idx[j] < idx[j-1]; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	var errs []error
	for i, n := range idx {
		if i > 0 && idx[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg: s, errs: errs}
}
