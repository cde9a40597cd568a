package demo

// ruleid: go-imports-unsafe
import u "unsafe"

// ruleid: go-imports-crypto
import (
	"fmt"
	"crypto/md5"
	tok "github.com/golang-jwt/jwt/v4"
)

// ok: go-imports-unsafe
import "unsafely"

// ruleid: go-imports-unsafe
import "unsafe/sub"

// ok: go-imports-crypto
import "cryptography"

func sign() {
	// ruleid: go-jwt-none
	use(tok.SigningMethodNone)
	// ok: go-jwt-none
	use(other.SigningMethodNone)
}
