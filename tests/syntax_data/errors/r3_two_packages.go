package main
package other
