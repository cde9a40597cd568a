# ruleid: job-handler
def perform(payload:, runner:)
  runner.call(payload)
end

# ruleid: job-handler
def retry_later(payload = nil, runner: Runner.default)
  runner.enqueue(payload)
end

# ruleid: job-handler
def plain(payload, runner)
  runner.call(payload)
end

# ok: job-handler
def other(body:, runner:)
  runner.call(body)
end

# ok: job-handler
def splat(*payload, runner:)
  runner.call(payload)
end

def audit(entry:, level: :info)
  # ruleid: payload-logged
  logger.info(entry)
  # ok: payload-logged
  logger.info(level)
end
