# ruleid: process-launch
launch(cmd)
# ruleid: process-launch
Launcher.start(cmd, "x")
# ruleid: process-launch
Launcher.start cmd
# ruleid: process-launch
Launcher::Pool.start(cmd) do |pid|
  pid
end
# ok: process-launch
Launcher.stop(cmd)
# ok: process-launch
Other.start(cmd)
# ok: process-launch
Launcher.start

def twice
  # ruleid: same-callee-twice
  cache.write(1)
  cache.write(2)
  # ok: same-callee-twice
  cache.read(1)
  store.read(2)
end
