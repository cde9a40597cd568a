def handler
  target = params[:target]
  # ruleid: ruby-param-reaches-run
  run(target)
  connect(host) do |conn|
    # ruleid: ruby-param-reaches-run
    run(target)
    # ok: ruby-param-reaches-run
    run(conn)
  end
  # ruleid: ruby-param-reaches-run
  items.each { |item| run(target) }
  # A block parameter shadows the variable outside.
  items.each do |target|
    # ok: ruby-param-reaches-run
    run(target)
  end
  # A variable read with call syntax carries its taint.
  # ruleid: ruby-param-reaches-run
  run(target())
  # ok: ruby-param-reaches-run
  run(helper())
  safe = "constant"
  retry_on(3) do
    # ok: ruby-param-reaches-run
    run(safe)
  end
end

def compile_and_run
  code = Compiler.build(params[:code])
  # ruleid: ruby-compiled-code-evaluated
  code.evaluate
  # ruleid: ruby-compiled-code-evaluated
  Compiler.build(input).evaluate
  fixed = Fixed.new
  # ok: ruby-compiled-code-evaluated
  fixed.evaluate
end
