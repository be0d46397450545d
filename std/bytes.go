// Package bytes: functions on byte slices and Buffer, written in Go (the
// searches convert to strings and use package strings' natives).
package bytes

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

// ErrTooLarge is passed to panic if memory cannot be allocated to store
// data in a buffer.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

func Compare(a, b []byte) int { return strings.Compare(string(a), string(b)) }

func Contains(b, subslice []byte) bool { return strings.Contains(string(b), string(subslice)) }

func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(string(b), chars) }

func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(string(b), r) }

func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

func Equal(a, b []byte) bool { return string(a) == string(b) }

func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

func toSlices(ss []string) [][]byte {
	if ss == nil {
		return nil
	}
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

func Fields(s []byte) [][]byte { return toSlices(strings.Fields(string(s))) }

func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(string(s), string(prefix)) }

func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(string(s), string(suffix)) }

func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

func IndexByte(b []byte, c byte) int { return strings.IndexByte(string(b), c) }

func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var b []byte
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	return []byte(strings.Repeat(string(b), count))
}

func ReplaceAll(s, old, new []byte) []byte {
	return []byte(strings.ReplaceAll(string(s), string(old), string(new)))
}

func Split(s, sep []byte) [][]byte { return toSlices(strings.Split(string(s), string(sep))) }

func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

func TrimSpace(s []byte) []byte {
	t := strings.TrimSpace(string(s))
	if t == "" {
		return nil
	}
	return []byte(t)
}

func Trim(s []byte, cutset string) []byte {
	t := strings.Trim(string(s), cutset)
	if t == "" {
		return nil
	}
	return []byte(t)
}

// A Buffer is a variable-sized buffer of bytes with Read and Write
// methods; the zero value is an empty buffer ready to use.
type Buffer struct {
	buf []byte
	off int
}

func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread portion of the buffer.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread portion as a string ("<nil>" for a nil
// *Buffer).
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Len() int { return len(b.buf) - b.off }

func (b *Buffer) Cap() int { return cap(b.buf) }

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
}

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	m := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - m, nil
}

func (b *Buffer) empty() bool { return len(b.buf) <= b.off }

func (b *Buffer) Read(p []byte) (n int, err error) {
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	return n, nil
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	return r, size, nil
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = string(b.buf[b.off:end])
	b.off = end
	return line, err
}

func (b *Buffer) Next(n int) []byte {
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	return data
}
