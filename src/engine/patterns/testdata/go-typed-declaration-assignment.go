package clients

func build() {
	// ok: go-client-assigned
	var unset *http.Client
	// ruleid: go-client-assigned
	var c *http.Client = newClient()
	// ok: go-client-assigned
	var s *http.Server = newServer()
	// ruleid: go-client-assigned
	unset = c
	use(unset, s)
}
