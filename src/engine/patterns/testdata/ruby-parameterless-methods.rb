class Client
  # ruleid: ruby-any-method-logs
  def connect(host, port)
    log("connecting")
    @token = 'abc123'
  end

  # ruleid: ruby-any-method-logs, ruby-no-parameter-method
  def reconnect
    log("again")
  end

  # ruleid: ruby-no-parameter-method
  def close()
    @socket = nil
  end

  # ok: ruby-no-parameter-method, ruby-any-method-logs
  def write data
    @socket.write(data)
  end

  # ruleid: ruby-no-parameter-method
  def handshake
    # ruleid: ruby-token-set-then-used
    send_token(:hello, @token)
    # ok: ruby-token-set-then-used
    send_token(:hello, @socket)
  end
end
