package cases

func pick(kind string, ch chan int, done chan bool) {
	// ruleid: go-switch-with-default-panic
	switch kind {
	case "a":
		run()
	case "b":
		stop()
	default:
		panic("unknown")
	}
	// ok: go-switch-with-default-panic
	switch kind {
	case "a":
		run()
	default:
		log("unknown")
	}
	// ruleid: go-select-send
	select {
	case <-done:
		return
	case ch <- 1:
		run()
	}
	// ok: go-select-send
	select {
	case v := <-ch:
		use(v)
	case <-done:
		return
	}
}
