package demo

func work(name string, n int) {
	var label string = "a"
	other := "b"
	// ruleid: go-string-arg
	run(name)
	// ruleid: go-string-arg
	run(label)
	// ruleid: go-string-arg
	run(other)
	// ok: go-string-arg
	run(n)
}
