def handler(user)
  # ruleid: eval-of-fetched
  data = fetch_data user
  log "fetched"
  eval data
  # ok: eval-of-fetched
  other = fetch_data user
  eval something_else
end

# ruleid: model-class
class Post < ApplicationRecord
  has_many :comments
end

# ok: model-class
class Helper < Base
end

# ruleid: hash-with-admin
opts = { name: "a", admin: true }
# ok: hash-with-admin
opts = { name: "a", admin: false }

# ruleid: query-chain
User.where(active: true).order(:id).find_by_sql(q)
# ok: query-chain
User.all.order(:id).find_by_sql(q)

# ruleid: interpolated-sql
execute("SELECT * FROM t WHERE id = #{id}")
# ok: interpolated-sql
run("SELECT #{id}")
