# ok: any-expression
class Greeter
  # ok: any-expression
  def greet(&handler)
    # ruleid: any-expression
    handler.()
  end
end

# ruleid: any-expression
greeter = Greeter.new
