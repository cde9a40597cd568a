// A leading comment: the file is still Go.
package main

import "fmt"

func direct(id string) string {
	q := "SELECT name FROM users WHERE id = %s"
	// ruleid: go-sprintf-literal-format
	q = fmt.Sprintf(q, id)
	return q
}

func declaredWithVar(id string) string {
	var q = "DELETE FROM users WHERE id = %s"
	// ruleid: go-sprintf-literal-format
	q = fmt.Sprintf(q, id)
	return q
}

func fromParameter(format string, id string) string {
	q := format
	// ok: go-sprintf-literal-format
	q = fmt.Sprintf(q, id)
	return q
}

func branchReassigns(id string, custom string) string {
	q := "SELECT %s"
	if custom != "" {
		q = custom
	}
	// ok: go-sprintf-literal-format
	q = fmt.Sprintf(q, id)
	return q
}

func loopReassigns(ids []string) string {
	q := "SELECT %s"
	for _, id := range ids {
		// ok: go-sprintf-literal-format
		q = fmt.Sprintf(q, id)
	}
	return q
}

func appended(id string, more string) string {
	q := "SELECT %s"
	q += more
	// ok: go-sprintf-literal-format
	q = fmt.Sprintf(q, id)
	return q
}
