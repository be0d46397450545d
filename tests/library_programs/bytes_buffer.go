// bytes: Buffer writes and reads, and the common functions.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, " %d", 42)
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, b.String())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.Len())
	rest, err := b.ReadString('#')
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%s %q\n", bytes.ToUpper([]byte("up")), bytes.Split([]byte("a,b"), []byte(",")))
	nb := bytes.NewBufferString("xyz")
	fmt.Println(nb.String(), nb.Cap() >= 3)
}
