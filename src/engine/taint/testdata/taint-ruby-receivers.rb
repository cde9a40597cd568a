def run
  # ruleid: request-to-shell
  system(request_data.fetch('cmd'))
  name = request_data.dig('job', 'name').strip
  # ruleid: request-to-shell
  system("run #{name}")
  # ruleid: request-to-shell
  system(request_data.keys.first)
  # ok: request-to-shell
  system(settings.fetch('cmd'))
  # ok: request-to-shell
  system(config.dig('job', 'name'))
end
