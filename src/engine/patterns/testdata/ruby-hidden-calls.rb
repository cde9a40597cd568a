def show
  # ruleid: current-user-call
  user = current_user
  # ruleid: current-user-call
  audit(current_user(true))
  # ruleid: request-params
  id = request_params[:id]
  # ruleid: request-params
  id = request_params()[:id]
end

def edit(current_user)
  # ok: current-user-call
  name = current_user.name
end

def update
  request_params = { id: 1 }
  # ok: request-params
  id = request_params[:id]
  current_user = nil
  # ok: current-user-call
  log(current_user)
end
