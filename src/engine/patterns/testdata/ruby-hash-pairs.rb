Server.settings = {
  :name => 'api',
  # ruleid: ruby-insecure-flag-in-settings
  :verify_ssl => false,
  # ruleid: ruby-insecure-flag-in-settings
  secure: false,
  # ok: ruby-insecure-flag-in-settings
  :verbose => false,
  # ok: ruby-insecure-flag-in-settings
  :secure => true,
}

Client.settings = {
  # ok: ruby-insecure-flag-in-settings
  :verify_ssl => false
}

# ruleid: ruby-literal-token-pair
options = { :token => "abc" }
# ruleid: ruby-literal-token-pair
options = { token: "abc", retries: 3 }
# ok: ruby-literal-token-pair
options = { token: fetch_token }
# A pair in a call's arguments is a keyword argument, not a hash element.
# ok: ruby-literal-token-pair
connect(host, token: "abc")
