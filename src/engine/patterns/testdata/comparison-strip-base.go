package files

func save(data []byte) {
	// ruleid: mode-wider-than-owner
	os.WriteFile("a", data, 0644)
	// ok: mode-wider-than-owner
	os.WriteFile("b", data, 0600)
	// ok: mode-wider-than-owner
	os.WriteFile("c", data, 0o440)
	// ruleid: mode-wider-than-owner
	os.WriteFile("d", data, 0o777)
	// ok: mode-wider-than-owner
	os.WriteFile("e", data, 0640)
}

func serve() {
	// ruleid: port-string-too-large
	listen("70000")
	// ok: port-string-too-large
	listen("8080")
	// ok: port-string-too-large
	listen("http")
	// ruleid: port-string-too-large
	listen(99999)
}
