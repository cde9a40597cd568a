package orders

func list() {
	name := param("name")
	// ruleid: safe-types-query
	query("select * from o where n = '" + name + "'")
	// ok: safe-types-query
	query(fmt.Sprint(name == ""))
	var count int64 = int64(len(name))
	// ok: safe-types-query
	query(fmt.Sprint(count))
	upper := strings.ToUpper(name)
	// ruleid: safe-types-query
	query(upper)
}
