package diag

import "testing"

// TestClosest pins the guesses did-you-mean makes, and the ones it must not make.
func TestClosest(t *testing.T) {
	kinds := []string{"DeploymentService", "LLMModelDeployment", "CombinedService", "Job", "JobRun", "Addon", "ExternalAddon",
		"type", "typeSpecificSettings", "tlsEnabled", "dockerfileTarget"}
	for _, c := range []struct{ got, want string }{
		{"deploymentservice", "DeploymentService"},     // case only
		{"DeployService", "DeploymentService"},         // within the distance long names allow
		{"Deployment", "DeploymentService"},            // a prefix beats a suffix match
		{"Combined", "CombinedService"},                // a prefix
		{"ModelDeployment", "LLMModelDeployment"},      // the only suffix
		{"Adon", "Addon"},                              // one edit
		{"Jb", "Job"},                                  // one edit on a short name
		{"Jxx", ""},                                    // short names tolerate one edit only
		{"Database", ""},                               // nothing near
		{"typeSpecificFields", "typeSpecificSettings"}, // a long shared start beats a short prefix
		{"dockerfilePath", ""},                         // a short one names a family, not a field
	} {
		if got := closest(c.got, kinds); got != c.want {
			t.Errorf("closest(%q) = %q, want %q", c.got, got, c.want)
		}
	}
}
