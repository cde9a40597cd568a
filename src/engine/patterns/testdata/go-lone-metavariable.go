package settings

// ok: go-secret-used
var secretValue string

// ok: go-secret-used
func secretValue2(secretValue string) {
	// ok: go-secret-used
	holder := config.secretValue
	// ruleid: go-secret-used
	send(secretValue, holder)
}
