package source

import (
	"regexp"
	"strings"
)

// jsonReasons rewords the standard library's JSON syntax errors, which name parser states
// ("after object key:value pair"), as what the reader should look for.
var jsonReasons = []struct {
	re   *regexp.Regexp
	text string
}{
	{regexp.MustCompile(`^invalid character (.+) after object key:value pair$`), `expected "," or "}" after a value, found $1 (a comma is probably missing at the end of the previous line)`},
	{regexp.MustCompile(`^invalid character (.+) after object key$`), `expected ":" after a key, found $1`},
	{regexp.MustCompile(`^invalid character (.+) after array element$`), `expected "," or "]" after a list item, found $1`},
	{regexp.MustCompile(`^invalid character '}' looking for beginning of object key string$`), `a comma before "}" is not allowed in JSON`},
	{regexp.MustCompile(`^invalid character (.+) looking for beginning of object key string$`), `expected a quoted key, found $1 (JSON keys need double quotes)`},
	{regexp.MustCompile(`^invalid character ']' looking for beginning of value$`), `a comma before "]" is not allowed in JSON`},
	{regexp.MustCompile(`^invalid character (.+) looking for beginning of value$`), `expected a value, found $1 (strings need double quotes)`},
	{regexp.MustCompile(`^invalid character (.+) in string literal$`), `a string may not contain $1 unescaped`},
	{regexp.MustCompile(`^invalid character (.+) after top-level value$`), `unexpected $1 after the end of the JSON value`},
}

// jsonReason returns the plain reading of a JSON syntax error message.
func jsonReason(msg string) string {
	for _, r := range jsonReasons {
		if r.re.MatchString(msg) {
			return r.re.ReplaceAllString(msg, r.text)
		}
	}
	return msg
}

// yamlReason tidies a YAML parser message.
func yamlReason(msg string) string {
	msg = strings.TrimSpace(msg)
	switch {
	case strings.HasPrefix(msg, "mapping values are not allowed in this context"):
		return `a ":" where a value was expected (quote values that contain ": ", or check the indentation)`
	case strings.HasPrefix(msg, "did not find expected key"):
		return "the indentation does not line up with the keys around it"
	case strings.HasPrefix(msg, "did not find expected ',' or ']'"):
		return `this "[" list is not closed: a "]" is missing, or a "," between items`
	case strings.HasPrefix(msg, "did not find expected ',' or '}'"):
		return `this "{" mapping is not closed: a "}" is missing, or a "," between entries`
	case strings.HasPrefix(msg, "found character that cannot start any token"):
		return "a character that cannot start a value here (tabs cannot indent YAML)"
	}
	return msg
}

// yamlLocate improves the position of a YAML syntax error. The parser reports the line where
// the enclosing structure started, or no line at all; the mistake is usually further down.
func yamlLocate(s *Source, msg string, line int) (int, int) {
	l, c, ok := 0, 0, false
	switch {
	case strings.HasPrefix(msg, "did not find expected key"):
		l, c, ok = misindented(s, line)
	case strings.HasPrefix(msg, "did not find expected ',' or ']'"):
		l, c, ok = unclosedFrom(s, line, '[', ']')
	case strings.HasPrefix(msg, "did not find expected ',' or '}'"):
		l, c, ok = unclosedFrom(s, line, '{', '}')
	case strings.HasPrefix(msg, "mapping values are not allowed"):
		l, c, ok = colonInValue(s)
	}
	switch {
	case ok:
		return l, c
	case line > 0:
		return line, firstNonSpace(s.Line(line))
	}
	return 1, 1
}

// misindented returns the first line after line indented to a level no earlier line uses.
func misindented(s *Source, line int) (int, int, bool) {
	levels := map[int]bool{}
	for i := 1; i <= line; i++ {
		if t := s.Line(i); strings.TrimSpace(t) != "" && !strings.HasPrefix(strings.TrimSpace(t), "#") {
			levels[firstNonSpace(t)] = true
		}
	}
	for i := line + 1; i <= line+200; i++ {
		t := s.Line(i)
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		if c := firstNonSpace(t); !levels[c] {
			return i, c, true
		}
		break
	}
	return 0, 0, false
}

// unclosedFrom returns the flow collection left open: the first bracket from line on that its
// own line does not close.
func unclosedFrom(s *Source, line int, open, shut byte) (int, int, bool) {
	for i := max(line, 1); i <= line+200 && i <= s.index().count(); i++ {
		if j := unclosed(s.Line(i), open, shut); j >= 0 {
			return i, j + 1, true
		}
	}
	return 0, 0, false
}

// colonInValue returns the first line whose plain value holds ": " itself.
func colonInValue(s *Source) (int, int, bool) {
	for i := 1; i <= s.index().count(); i++ {
		t := s.Line(i)
		k := strings.Index(t, ": ")
		if k < 0 || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		rest := strings.TrimSpace(t[k+2:])
		if rest != "" && rest[0] != '"' && rest[0] != '\'' && rest[0] != '#' {
			if j := strings.Index(rest, ": "); j >= 0 && !strings.Contains(rest[:j], " #") {
				return i, k + 3 + strings.Index(t[k+2:], rest) + j, true
			}
		}
	}
	return 0, 0, false
}

// unclosed returns the byte offset of the first open bracket in line that the line does not
// close, ignoring quoted text and comments, or -1.
func unclosed(line string, open, shut byte) int {
	var stack []int
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' '):
			i = len(line)
		case c == open:
			stack = append(stack, i)
		case c == shut && len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) == 0 {
		return -1
	}
	return stack[0]
}
