import ast


def calculate(expression):
    # ruleid: py-eval-injection
    return eval(expression)


def apply_rule(rule_source, context):
    # ruleid: py-eval-injection
    exec("result = " + rule_source, context)
    return context["result"]


def parse_filter(raw):
    # ruleid: py-eval-injection
    return eval(f"dict({raw})", {"__builtins__": {}})


def constant():
    # ok: py-eval-injection
    return eval("2 ** 10")


def parse_literal(raw):
    # ok: py-eval-injection
    return ast.literal_eval(raw)


def describe(node):
    # ok: py-eval-injection
    return node.eval(strict=True)
