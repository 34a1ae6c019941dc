package schema

// patternWords reads the regular expressions the API pages use again and again in plain
// words, so that nobody has to decode a pattern to fix a value.
var patternWords = map[string]string{
	`^[a-zA-Z]((-|\s)?[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*)?$`:   "starts with a letter; letters, digits, single hyphens or spaces",
	`^[a-zA-Z](-?[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)?$`:             "starts with a letter; letters, digits and single hyphens",
	`^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$`:                          "letters and digits in groups joined by single hyphens, like nf-compute-20",
	`^[A-Za-z0-9-]+$`:                                         "letters, digits and hyphens only",
	`^\/([a-zA-Z0-9-._]+\/)*[a-zA-Z0-9-._]+$`:                 "an absolute path starting with /, naming a file",
	`^\/([a-zA-Z0-9-._]+\/)*[a-zA-Z0-9-._]*$`:                 "an absolute path starting with /",
	`^\/([_a-zA-Z0-9-&?=.]*)((\/[_a-zA-Z0-9-&?=.]+)*(\/)?)?$`: "an absolute URL path starting with /",
	`^[a-zA-Z0-9_\-%$+]+$`:                                    "letters, digits and _ - % $ + only",
	`^[A-Za-z0-9-]+\/[A-Za-z0-9-]+$`:                          "two names joined by /, like team/vcs-link",
	`^[a-zA-Z0-9.,?\s\\/'"()[\];` + "`" + `%^&*\-_:!]+$`:      "letters, digits, spaces and common punctuation",
	`^(https:\/\/)?((www(\.[a-zA-Z0-9\-]{2,})+\.)?[a-zA-Z0-9\-]{2,})(\.([a-zA-Z0-9\-]{2,}))+(\/([a-zA-Z0-9\-._]{2,}))+?$`: "a repository URL like https://github.com/owner/repo",
	`[a-zA-Z_:][a-zA-Z0-9_:]*$`: "a Prometheus metric name",
	`^(?:(?:https?:\/\/)?([a-zA-Z0-9\-]+\.[a-zA-Z0-9\.\-]+)(\/v1)?)?(?:\/)?([a-zA-Z/-9\.\-_]+)(?:\:([a-zA-Z/-9\.\-_\:]+)|\@([a-zA-Z/-9\.\-_\:]+))$`: "an image with a tag or digest, like nginx:1.27 or ghcr.io/acme/app@sha256:...",
	`^[a-z]-?[a-z0-9]+(-[a-z0-9]+)*$`:     "lower-case letters and digits joined by single hyphens, starting with a letter",
	`^[a-zA-Z0-9]+((-|\s)[a-zA-Z0-9]+)*$`: "letters and digits in groups joined by single hyphens or spaces",
	`^#([a-fA-F0-9]{6}|[a-fA-F0-9]{3})$`:  "a hex colour like #3b82f6 or #fff",
	`(@(annually|yearly|monthly|weekly|daily|hourly))|((((\d+,)+\d+|(\d+(\/|-)\d+)|\d+|\*) ?){5})`: "a cron schedule of five fields, like 0 3 * * *, or @hourly, @daily, @weekly, @monthly, @yearly",
	`^tag:.+`:                          "a Tailscale tag like tag:ci",
	`^\d+%$`:                           "a whole percentage like 80%",
	`^([A-Za-z0-9-]+)|([0-9a-f]{24})$`: "letters, digits and hyphens, or a 24-character hex id",
	`^[a-zA-Z0-9_./-]*$`:               "letters, digits and _ . / - only",
	`^((org|team)\/)?[a-zA-Z](-?[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)?$`:                                                                   "a name starting with a letter (letters, digits and single hyphens), optionally after org/ or team/",
	`^(([a-z0-9][a-z0-9\-]*)|[a-z0-9]\.)*([a-z]+|xn\-\-[a-z0-9]+)\.?$`:                                                             "a lower-case domain name like example.com",
	`^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$`:                    "an IPv4 address like 10.0.0.12",
	`^\/([a-zA-Z0-9-._]+\/)*[a-zA-Z0-9-._]*((\?([a-zA-Z0-9-._]+(=[a-zA-Z0-9-._]+)?)*)(&([a-zA-Z0-9-._]+(=[a-zA-Z0-9-._]+)?)*)*)?$`: "an absolute path starting with /, optionally with a ?query",
	`[a-zA-Z]+`:         "at least one letter",
	`^[^?:@$~ [\]{}]*$`: "no spaces and none of ? : @ $ ~ [ ] { }",
}

// PatternWords returns the plain reading of a pattern, or "" for patterns without one.
func PatternWords(p string) string { return patternWords[p] }
