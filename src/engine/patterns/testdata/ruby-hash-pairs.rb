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
connect(host, :token => "abc")
# ruleid: ruby-literal-token-pair
connect(host, token: "abc")
# ok: ruby-literal-token-pair
connect(host, token: fetch_token)
