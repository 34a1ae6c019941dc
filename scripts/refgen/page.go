package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
)

var endpointLine = regexp.MustCompile(`^(GET|POST|PUT|PATCH|DELETE) /`)

// Section headings of a reference page.
const (
	RequestBody  = "**Request body:**"
	ResponseBody = "**Response body:**"
)

// A Page is a reference page, or the excerpt of it vendored in the repository: its title,
// its Source line and its body sections.
type Page struct {
	Title    string
	Source   string
	Endpoint string               // the first endpoint of its "### API reference": "POST /v1/projects/{projectId}/services/combined"
	Sections map[string][]srcLine // by heading, without the heading line
	Order    []string             // headings in page order
}

// readPage reads a page; a section runs from its heading to the next heading of any level.
func readPage(path string) (*Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p := &Page{Sections: map[string][]srcLine{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	cur := ""
	for no := 1; sc.Scan(); no++ {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# ") && p.Title == "":
			p.Title = strings.TrimPrefix(l, "# ")
		case strings.HasPrefix(l, "Source: ") && p.Source == "":
			p.Source = strings.TrimPrefix(l, "Source: ")
		case strings.HasPrefix(l, "Endpoint: ") && p.Endpoint == "":
			p.Endpoint = strings.TrimPrefix(l, "Endpoint: ")
		case cur == "" && p.Endpoint == "" && endpointLine.MatchString(l):
			p.Endpoint = l
		case strings.HasPrefix(l, "**") || strings.HasPrefix(l, "#"):
			cur = ""
			if l == RequestBody || l == ResponseBody {
				cur = l
				p.Order = append(p.Order, l)
				p.Sections[l] = nil
			}
		case cur != "":
			p.Sections[cur] = append(p.Sections[cur], srcLine{No: no, Text: l})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return p, nil
}

// excerpt is the page cut to its title, Source line and the sections named: what the
// repository keeps of it.
func (p *Page) excerpt(sections ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\nSource: %s\n\nEndpoint: %s\n", p.Title, p.Source, p.Endpoint)
	for _, h := range sections {
		lines := p.Sections[h]
		for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1].Text) == "" {
			lines = lines[:len(lines)-1]
		}
		fmt.Fprintf(&b, "\n%s\n", h)
		for _, l := range lines {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}
