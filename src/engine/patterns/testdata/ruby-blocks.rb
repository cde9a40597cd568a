# ruleid: each-call
records.each(batch) do |r|
  puts r
end
# ruleid: each-call
records.each(batch) { |r| puts r }
# ok: each-call
records.map(batch) { |r| puts r }

# ruleid: command-with-brace-block
transaction 1 do save end
# ruleid: command-with-brace-block
transaction :outer, 2 { }
# ok: command-with-brace-block
transaction 1

# ruleid: command-with-do-block
retrying 3 { fetch }
# ruleid: command-with-do-block
retrying 3 do
  fetch
end
# ok: command-with-do-block
retrying 3
