package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/nflint/nflint/lint/diag"
)

// errHelpShown is returned by parseFlags when --help was asked for and printed.
var errHelpShown = errors.New("help shown")

// parseFlags parses a command's flags. Help asked for (-h, --help) is output, so it goes to
// standard output like every other help; a mistake goes to standard error with the way to
// the help, without the whole usage drowning the message.
func parseFlags(fs *pflag.FlagSet, usage string, args []string, stdout io.Writer) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	if err == pflag.ErrHelp {
		fmt.Fprint(stdout, usage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return errHelpShown
	}
	if m := invalidArgument.FindStringSubmatch(fmt.Sprint(err)); m != nil {
		return fmt.Errorf("%s: %s", m[1], m[2]) // the value's own message says what is expected
	}
	if err != nil {
		return fmt.Errorf("%v (nflint help %s lists the flags)", err, fs.Name())
	}
	return nil
}

// invalidArgument is pflag's wording for a value its flag refused.
var invalidArgument = regexp.MustCompile(`^invalid argument ".*" for "(-[^"]*)" flag: (.*)$`)

// oneOf checks a flag's value against the values it takes, with a did-you-mean.
func oneOf(flag, value string, allowed []string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	msg := fmt.Sprintf("--%s: unknown value %q: use %s", flag, value, orJoin(allowed))
	if g := diag.Closest(value, allowed); g != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", g)
	}
	return errors.New(msg)
}

func orJoin(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

// byteSize is the value of --max-file-size: a number of bytes, optionally with a unit (KB,
// MB, GB as powers of 1000; KiB, MiB, GiB as powers of 1024), and more than zero.
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }
func (b *byteSize) Type() string   { return "bytes" }

func (b *byteSize) Set(s string) error {
	units := []struct {
		suffix string
		factor int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1}}
	num, factor := strings.TrimSpace(s), int64(1)
	for _, u := range units {
		if strings.HasSuffix(strings.ToUpper(num), strings.ToUpper(u.suffix)) { // longest units first
			num, factor = strings.TrimSpace(num[:len(num)-len(u.suffix)]), u.factor
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/factor {
		return fmt.Errorf("%q is not a size: give a number of bytes above 0, such as 10485760, 10MiB or 500KB", s)
	}
	*b = byteSize(n * factor)
	return nil
}
