def view(request):
    count = request.args.get("count")
    # ruleid: int-of-query-parameter, int-of-query-parameter-new-spelling
    total = int(count)
    checked = validate(count)
    # ok: int-of-query-parameter, int-of-query-parameter-new-spelling
    other = int(checked)
    return total + other
