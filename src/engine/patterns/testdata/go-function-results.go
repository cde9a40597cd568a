package results

// ruleid: go-handler-without-result-in-pattern
func plain(s string) {
	use(s)
}

// ruleid: go-handler-without-result-in-pattern, go-pair-result
func count(s string) (int, error) {
	return len(s), nil
}

// ruleid: go-handler-without-result-in-pattern
func named(s string) (n int, err error) {
	return 0, nil
}

// ruleid: go-handler-without-result-in-pattern
func single(s string) bool {
	return s == ""
}

// ruleid: go-pair-result
// ok: go-handler-without-result-in-pattern
func two(a string, b string) (int, error) {
	return 0, nil
}

// ruleid: go-handler-without-result-in-pattern
// ok: go-pair-result
func other(s string) (string, error) {
	return s, nil
}

// ruleid: go-handler-without-result-in-pattern
// ok: go-pair-result
func lone(s string) int {
	return 0
}
