package main

func appendedAfter() {
	target := "https://" + readInput()
	target += "/suffix"
	// ruleid: taint-compound-assignment-go
	redirect(target)
}

func appendedInto() {
	target := "https://example.com/"
	target += readInput()
	// ruleid: taint-compound-assignment-go
	redirect(target)
}

func appendedConstant() {
	target := "https://example.com/"
	target += "/suffix"
	// ok: taint-compound-assignment-go
	redirect(target)
}

func declaredWithVar() {
	var target = readInput()
	// ruleid: taint-compound-assignment-go
	redirect(target)
}

func declaredWithVarClean() {
	var target = "https://example.com/"
	var other string
	// ok: taint-compound-assignment-go
	redirect(target, other)
}
