@app.route("/run/<code>")
def route(code):
    snippet = code.strip()
    # ruleid: taint-parameter-source
    eval(snippet)
    # ok: taint-parameter-source
    eval("1 + 1")


def not_a_route(code):
    # ok: taint-parameter-source
    eval(code)


def typed_handler(req: Request, limit: int = 10):
    # ruleid: taint-declared-parameter-source
    eval(req.body)
    # ok: taint-declared-parameter-source
    eval(limit)
