// Command nflint checks Northflank API spec files (JSON and YAML request bodies, responses and
// templates) offline, against every constraint in the API documentation.
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
