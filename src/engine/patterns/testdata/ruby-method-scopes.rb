def literal_key
  key = "sk-live-123"
  # ruleid: ruby-literal-api-key
  Client.new(api_key: key)
end

# A method sees only its own variables: `key` here is not the one above.
def key_from_env
  # ok: ruby-literal-api-key
  Client.new(api_key: key)
end

def key_from_block
  key = "sk-live-456"
  [1].each do |n|
    # ruleid: ruby-literal-api-key
    Client.new(api_key: key)
  end
end

def key_as_parameter(key = "default")
  # ok: ruby-literal-api-key
  Client.new(api_key: key)
end
