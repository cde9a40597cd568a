# ok: shell-argument-in-handler
def on_upload(request):
    name = request.name
    # ruleid: shell-argument-in-handler
    run_shell(name)


# ok: shell-argument-in-handler
def on_delete(request):
    # ok: shell-argument-in-handler
    run_other(request.path)
