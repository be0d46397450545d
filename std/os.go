// Package os: the process's arguments, environment, exit and standard
// streams. Writes are native; one Write call is one write(2).
package os

import "errors"

// File is an open file descriptor (gorun: only the standard streams).
type File struct {
	fd   int
	name string
}

// Stdin, Stdout and Stderr are the standard streams.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit ends the program at once with the given status; deferred calls do
// not run.
func Exit(code int)

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Environ() []string
func Getpid() int

func setenv(key, value string) bool
func unsetenv(key string) bool
func hostname() string

// Setenv sets the value of the environment variable named by key.
func Setenv(key, value string) error {
	if !setenv(key, value) {
		return errors.New("setenv: invalid argument")
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	if !unsetenv(key) {
		return errors.New("unsetenv: invalid argument")
	}
	return nil
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	return hostname(), nil
}

// Portable errors of file operations (package io/fs's values in Go).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// Write writes b to the file in one system call.
func (f *File) Write(b []byte) (n int, err error) {
	return f.WriteString(string(b))
}

// WriteString writes s to the file in one system call.
func (f *File) WriteString(s string) (n int, err error) {
	return write(f.fd, s), nil
}

func write(fd int, s string) int

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor number.
func (f *File) Fd() uintptr { return uintptr(f.fd) }
