// pbdecode strips the Go playground's playback headers from a program built
// with `-tags faketime` (see $GOROOT/src/runtime/time_fake.go): every write
// to fd 1 or 2 is framed as "\x00\x00PB", an 8-byte big-endian fake time and
// a 4-byte big-endian length. It copies the payloads of stdin to stdout.
// Used by regen-golden.sh for `// gorun:compare deterministic` programs.
package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	header := make([]byte, 16)
	for {
		if _, err := io.ReadFull(in, header); err == io.EOF {
			return
		} else if err != nil {
			fmt.Fprintln(os.Stderr, "pbdecode: truncated header:", err)
			os.Exit(1)
		}
		if string(header[:4]) != "\x00\x00PB" {
			fmt.Fprintf(os.Stderr, "pbdecode: not a playback header: %q\n", header)
			os.Exit(1)
		}
		n := binary.BigEndian.Uint32(header[12:])
		if _, err := io.CopyN(out, in, int64(n)); err != nil {
			fmt.Fprintln(os.Stderr, "pbdecode: truncated payload:", err)
			os.Exit(1)
		}
	}
}
