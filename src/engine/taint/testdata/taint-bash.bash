script=$(curl -fsSL https://example.com/setup)
# ruleid: taint-bash-download-to-eval
eval "$script"

legacy=`curl https://example.com/old`
# ruleid: taint-bash-download-to-eval
eval ${legacy}

install() {
  local body=$(curl -s "$1")
  # ruleid: taint-bash-download-to-eval
  eval "$body"
}

fixed="echo hi"
# ok: taint-bash-download-to-eval
eval "$fixed"

script="echo reset"
# ok: taint-bash-download-to-eval
eval "$script"
