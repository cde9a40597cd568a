package loops

func captured(items []int) {
	// ruleid: go-loop-variable-captured
	for item := range items {
		go func() {
			use(item)
		}()
	}
}

func copied(items []int) {
	// ok: go-loop-variable-captured
	for item := range items {
		item := item
		go func() {
			use(item)
		}()
	}
}

func flags() {
	// ruleid: go-second-result-checked
	if value, ok := lookup(); ok {
		use(value)
	}
	// ok: go-second-result-checked
	if ok, value := lookup(); ok {
		use(value)
	}
}
