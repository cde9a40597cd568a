package demo

// ruleid: go-any-func-named-init
func setup() {
	// ruleid: go-config-fields
	a := Config{Name: "x", Debug: true, Port: 1}
	// ruleid: go-config-fields
	b := Config{Debug: true}
	// ok: go-config-fields
	c := Config{Name: "x", Debug: false}
}

// ruleid: go-handler-signature
func (s *Server) Handle(w http.ResponseWriter, r *http.Request) {
	w.Write(nil)
}

// ok: go-handler-signature
func (s *Server) Other(w http.ResponseWriter, r *http.Request) {
}

// ruleid: go-any-func-named-init
func setup(n int) error {
	s := http.Server{Addr: ":80"}
	// ruleid: go-server-listen
	s.ListenAndServe()
	var c http.Client
	// ok: go-server-listen
	c.ListenAndServe()
	cfg := tls.Config{
		// ruleid: go-keyed-field
		InsecureSkipVerify: true,
	}
	return nil
}
