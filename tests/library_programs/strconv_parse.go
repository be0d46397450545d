// strconv: parsing with Go's *NumError texts, formatting and quoting.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "abc", "99999999999999999999", "", "0x1f"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	i, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err, errors.Is(err, strconv.ErrRange))
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32))
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.FormatBool(true))
}
