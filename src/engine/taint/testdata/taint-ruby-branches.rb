def branches
  if admin?
    name = params[:name]
  else
    name = "guest"
  end
  # ruleid: ruby-param-reaches-query
  query("name = #{name}")

  # An if is worth the last value of its branches.
  label = if admin?
    params[:label]
    "admin"
  else
    "user"
  end
  # ok: ruby-param-reaches-query
  query(label)

  picked = if admin? then params[:label] else "user" end
  # ruleid: ruby-param-reaches-query
  query(picked)
end

def pairs
  # A hash element is sanitized by the rule; a keyword argument is not a hash element.
  # ok: ruby-param-reaches-query
  query({ :order => params[:order] })
  # ruleid: ruby-param-reaches-query
  query(:order => params[:order])
end
