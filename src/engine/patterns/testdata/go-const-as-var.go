package main

func main() {
	// ruleid: go-const-as-var
	var a markup.Safe = build()
	// ruleid: go-const-as-var
	const b markup.Safe = "<b>"
	// ok: go-const-as-var
	const c string = "<b>"
	// ok: go-const-as-var
	var d markup.Other = build()
	use(a, b, c, d)
}
