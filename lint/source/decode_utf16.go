package source

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// Windows PowerShell 5 writes UTF-16 with a byte-order mark by default (Out-File, ">"), so a
// spec saved there is not UTF-8 although it is text. Such a file is read as the text it holds:
// findings then count columns in the text's characters, as an editor showing it does.

var (
	utf16LE = []byte{0xFF, 0xFE}
	utf16BE = []byte{0xFE, 0xFF}
)

// fromUTF16 returns src as UTF-8 when it starts with a UTF-16 byte-order mark, and whether
// it did. An odd byte at the end, half a character, is dropped; unpaired surrogates become
// U+FFFD, as any UTF-16 reader makes them.
func fromUTF16(src []byte) ([]byte, bool) {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(src, utf16LE):
		order = binary.LittleEndian
	case bytes.HasPrefix(src, utf16BE):
		order = binary.BigEndian
	default:
		return src, false
	}
	body := src[2:]
	units := make([]uint16, len(body)/2)
	for i := range units {
		units[i] = order.Uint16(body[2*i:])
	}
	out := make([]byte, 0, len(body))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out, true
}
