package main

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

func ptr[T any](v T) *T { return &v }
