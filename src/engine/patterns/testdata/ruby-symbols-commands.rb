def update
  # ruleid: symbol-permit
  permit :role
  user.role = params[:role]
end

def other
  permit :name
  # ok: symbol-permit
  user.role = params[:role]
end

# ruleid: any-symbol-arg
lookup(:color)
# ok: any-symbol-arg
lookup("color")
# ok: any-symbol-arg
lookup(color)

# ruleid: shell-out
listing = `ls -la`
# ruleid: shell-out, shell-interp
found = `grep #{term} log.txt`
# ruleid: shell-out, shell-interp
found = %x{grep #{term} log.txt}
# ok: shell-out
text = "ls -la"
