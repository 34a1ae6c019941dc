package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Sources in ../shared/reference that vendoring reads.
const (
	sharedTypes   = "northflank-js-client-0.9.5-api-client.d.ts"
	sharedLicense = "northflank-js-client-0.9.5-LICENSE"
)

// vendorFiles returns what the repository keeps of the reference: each page cut to the
// sections the bodies use, the js-client types they name, and the client's licence.
func vendorFiles(shared string) (map[string]string, error) {
	sections := map[string][]string{}
	var pages []string
	for _, b := range Bodies {
		if _, ok := sections[b.Page]; !ok {
			pages = append(pages, b.Page)
		}
		if !contains(sections[b.Page], b.Section) {
			sections[b.Page] = append(sections[b.Page], b.Section)
		}
	}
	for _, l := range nodeLists {
		if _, ok := sections[l.Page]; !ok {
			pages = append(pages, l.Page)
		}
		if !contains(sections[l.Page], l.Section) {
			sections[l.Page] = append(sections[l.Page], l.Section)
		}
	}
	out := map[string]string{}
	for _, pg := range pages {
		p, err := readPage(filepath.Join(shared, pagesDir, pg))
		if err != nil {
			return nil, err
		}
		secs := sections[pg]
		sort.Slice(secs, func(i, j int) bool { return secs[i] == RequestBody && secs[j] != RequestBody })
		out[filepath.Join(pagesDir, pg)] = p.excerpt(secs...)
	}
	src, err := os.ReadFile(filepath.Join(shared, sharedTypes))
	if err != nil {
		return nil, err
	}
	types, err := typeExcerpt(string(src))
	if err != nil {
		return nil, err
	}
	out[typesFile] = types
	lic, err := os.ReadFile(filepath.Join(shared, sharedLicense))
	if err != nil {
		return nil, err
	}
	out[sharedLicense] = string(lic)
	return out, nil
}

// typeExcerpt cuts the declarations of the bodies' types out of the client's .d.ts: from
// "type Name =" to the first line at the left margin that ends with ";".
func typeExcerpt(src string) (string, error) {
	lines := strings.Split(src, "\n")
	var b strings.Builder
	b.WriteString("// Excerpt of @northflank/js-client 0.9.5, dist/api-client.d.ts (MIT, " + sharedLicense + "):\n")
	b.WriteString("// the types scripts/refgen reads. Refreshed by scripts/refgen/vendor.sh; do not edit.\n")
	for _, b0 := range Bodies {
		start := -1
		for i, l := range lines {
			if strings.HasPrefix(l, "type "+b0.TSType+" =") {
				start = i
				break
			}
		}
		if start < 0 {
			return "", fmt.Errorf("%s: no type %s", sharedTypes, b0.TSType)
		}
		end := start
		for ; end < len(lines); end++ {
			l := lines[end]
			if strings.HasSuffix(strings.TrimRight(l, " "), ";") && (end == start || !strings.HasPrefix(l, " ")) {
				break
			}
		}
		b.WriteString("\n" + strings.Join(lines[start:end+1], "\n") + "\n")
	}
	return b.String(), nil
}

// writeFiles writes files under dir.
func writeFiles(dir string, files map[string]string) error {
	for _, name := range sortedKeys(files) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			return err
		}
	}
	return nil
}
