package demo

func run() {
	// ruleid: go-get-then-eval
	data := get()
	log("working")
	eval(data)
	// ok: go-get-then-eval
	other := get()
	eval(data2)
	// ruleid: go-secret-string
	var key = "sk_live_1"
	// ruleid: go-secret-string
	token := "sk_test_2"
	// ok: go-secret-string
	name := "bob"
	query := "SELECT 1"
	// ruleid: go-constant-query
	db.Query(query)
	// ok: go-constant-query
	db.Query(name)
}
