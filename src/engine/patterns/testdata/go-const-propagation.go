package consts

const Secret = "hunter2"
const Other = "public"

func connect() {
	// ruleid: go-password-literal
	login(Secret)
	// ok: go-password-literal
	login(Other)
}
