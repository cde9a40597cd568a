def leak(request):
    env = globals()
    # ruleid: globals-as-context
    return render(request, "page.html", env)


def safe(request):
    env = globals()
    context = {"user": request.user}
    # ok: globals-as-context
    return render(request, "page.html", context)
