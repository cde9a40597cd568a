def a
  # ruleid: open-then-read
  open_file()
  data = read_all()
end

def b
  # ruleid: open-then-read
  open_file()
  puts(read_all())
end

def c
  # ok: open-then-read
  open_file()
  close_file()
  read_all()
end
