package alloc

import "net/http"

func run(req *http.Request) {
	literal := &http.Client{}
	allocated := new(http.Client)
	plain := http.Client{}
	// ruleid: go-client-call
	literal.Do(req)
	// ruleid: go-client-call
	allocated.Do(req)
	// ok: go-client-call
	plain.Do(req)

	made := make(Buffer, 8)
	pointer := new(Buffer)
	// ruleid: go-buffer-value-call
	made.Reset()
	// ok: go-buffer-value-call
	pointer.Reset()
}
