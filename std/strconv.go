// Package strconv: conversions to and from strings, with Go's *NumError
// texts. Number formatting and parsing are native (shared with fmt) and
// report failures as codes; the errors are built here.
package strconv

import (
	"errors"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Failure codes of the parsing natives.
const (
	codeOK = iota
	codeSyntax
	codeRange
	codeBase
	codeBitSize
)

func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case codeSyntax:
		return &NumError{fn, s, ErrSyntax}
	case codeRange:
		return &NumError{fn, s, ErrRange}
	case codeBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseInt", s, code, base, bitSize)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseUint", s, code, base, bitSize)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	if code != codeOK {
		return int(v), numError("Atoi", s, code, 10, 0)
	}
	return int(v), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != codeOK {
		return v, numError("ParseFloat", s, code, 10, bitSize)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// Itoa is FormatInt(int64(i), 10) (native: it is on hot paths).
func Itoa(i int) string

func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func AppendQuote(dst []byte, s string) []byte        { return append(dst, Quote(s)...) }
func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }
func AppendQuoteRune(dst []byte, r rune) []byte      { return append(dst, QuoteRune(r)...) }
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or escape sequence of the
// literal body s quoted by quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if v > 0x10FFFF || 0xD800 <= v && v < 0xE000 {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go
// string literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", ErrSyntax
	}
	body := s[1 : n-1]
	switch quote {
	case '`':
		b := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			switch body[i] {
			case '`':
				return "", ErrSyntax
			case '\r':
			default:
				b = append(b, body[i])
			}
		}
		return string(b), nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	var b []byte
	count := 0
	for len(body) > 0 {
		if body[0] == '\n' {
			return "", ErrSyntax
		}
		r, multibyte, rest, err := UnquoteChar(body, quote)
		if err != nil {
			return "", ErrSyntax
		}
		body = rest
		if r < 0x80 || !multibyte {
			b = append(b, byte(r))
		} else {
			b = append(b, string(r)...)
		}
		count++
	}
	if quote == '\'' && count != 1 {
		return "", ErrSyntax
	}
	return string(b), nil
}

// FormatComplex formats c as (a+bi) with FormatFloat's fmt and prec for
// each part; bitSize is 64 for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	im := FormatFloat(imag(c), fmt, prec, bitSize/2)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize/2) + im + "i)"
}
