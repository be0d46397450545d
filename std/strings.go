// Package strings: functions on UTF-8 strings, Builder, Reader and
// Replacer. Written in Go except the substring search primitives and the
// case mappings, which are native (tables generated from Go's unicode).
package strings

import (
	"io"
	"unicode"
	"unicode/utf8"
)

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int

func ToLower(s string) string
func ToUpper(s string) string
func ToTitle(s string) string

func Clone(s string) string { return s }

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

func Contains(s, substr string) bool         { return Index(s, substr) >= 0 }
func ContainsAny(s, chars string) bool       { return IndexAny(s, chars) >= 0 }
func ContainsRune(s string, r rune) bool     { return IndexRune(s, r) >= 0 }
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// Count counts the non-overlapping instances of substr in s; for an empty
// substr, 1 + the number of runes.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// EqualFold reports whether s and t are equal under simple Unicode
// case-folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		sr, sn := utf8.DecodeRuneInString(s)
		tr, tn := utf8.DecodeRuneInString(t)
		s, t = s[sn:], t[tn:]
		if sr == tr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return s == t
}

// Fields splits s around runs of white space.
func Fields(s string) []string { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s at each run of runes c satisfying f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	var spans [][2]int
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp[0]:sp[1]]
	}
	return a
}

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of r in s; for
// utf8.RuneError, the first invalid byte or U+FFFD.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return string(b)
}

func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// Map returns s with every rune replaced by mapping(r); runes mapped to a
// negative value are dropped; invalid bytes become U+FFFD.
func Map(mapping func(rune) rune, s string) string {
	b := make([]byte, 0, len(s))
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

func Repeat(s string, count int) string {
	switch {
	case count == 0:
		return ""
	case count < 0:
		panic("strings: negative Repeat count")
	case len(s) > 0 && len(s)*count/count != len(s):
		panic("strings: Repeat output length overflow")
	}
	b := make([]byte, 0, len(s)*count)
	for i := 0; i < count; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// Replace returns s with the first n non-overlapping instances of old
// replaced by new (all if n < 0); an empty old matches at the start and
// after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, new...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return string(b)
}

func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// explode splits s into at most n UTF-8 sequences.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

func Split(s, sep string) []string                { return genSplit(s, sep, 0, -1) }
func SplitAfter(s, sep string) []string           { return genSplit(s, sep, len(sep), -1) }
func SplitAfterN(s, sep string, n int) []string   { return genSplit(s, sep, len(sep), n) }
func SplitN(s, sep string, n int) []string        { return genSplit(s, sep, 0, n) }

func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns s with the first letter of each word in title case
// (deprecated in Go, kept for old programs).
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

// ToValidUTF8 replaces each run of invalid UTF-8 bytes with replacement.
func ToValidUTF8(s, replacement string) string {
	b := make([]byte, 0, len(s))
	invalid := false
	for i := 0; i < len(s); {
		r, wid := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && wid == 1 {
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			i++
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return string(b)
}

func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !f(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func TrimSpace(s string) string { return TrimFunc(s, unicode.IsSpace) }

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// A Builder builds a string with Write methods; its zero value is ready.
type Builder struct {
	buf []byte
}

func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }
func (b *Builder) Cap() int       { return cap(b.buf) }
func (b *Builder) Reset()         { b.buf = nil }

// Grow makes room for n more bytes.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// A Reader reads from a string.
type Reader struct {
	s string
	i int
}

func NewReader(s string) *Reader { return &Reader{s, 0} }

func (r *Reader) Len() int { return len(r.s) - r.i }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(b, r.s[r.i:])
	r.i += n
	return
}

func (r *Reader) ReadByte() (byte, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= len(r.s) {
		return 0, 0, io.EOF
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return
}

func (r *Reader) ReadString(delim byte) (string, error) {
	if r.i >= len(r.s) {
		return "", io.EOF
	}
	rest := r.s[r.i:]
	if j := IndexByte(rest, delim); j >= 0 {
		r.i += j + 1
		return rest[:j+1], nil
	}
	r.i = len(r.s)
	return rest, io.EOF
}

// A Replacer replaces a list of strings with replacements; at each
// position the first matching pair in argument order wins.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string {
	var b []byte
	last := 0
	prevEmpty := false
	changed := false
	for i := 0; i <= len(s); {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if old == "" && prevEmpty {
				continue
			}
			if HasPrefix(s[i:], old) {
				b = append(b, s[last:i]...)
				b = append(b, r.oldnew[k+1]...)
				i += len(old)
				last = i
				prevEmpty = old == ""
				matched = true
				changed = true
				break
			}
		}
		if !matched {
			prevEmpty = false
			i++
		}
	}
	if !changed {
		return s
	}
	if last < len(s) {
		b = append(b, s[last:]...)
	}
	return string(b)
}
