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

func formats(name string) {
	const bold = "<b>%s</b>"
	// ruleid: go-const-propagated
	fmt.Sprintf(bold, name)
	const plain = "%s"
	// ok: go-const-propagated
	fmt.Sprintf(plain, name)
}
