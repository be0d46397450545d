package main; x
