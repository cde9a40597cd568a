def get_input():
    return source()


def identity(value):
    return value


def constant(value):
    return "constant"


def cleaned(value):
    return escape(value)


def run(command):
    # ruleid: taint-functions
    sink(command)


def run_safely(command):
    # ok: taint-functions
    sink("fixed")


def caller():
    # ruleid: taint-functions
    sink(get_input())
    # ruleid: taint-functions
    sink(identity(source()))
    # ok: taint-functions
    sink(constant(source()))
    # ok: taint-functions
    sink(cleaned(source()))
    run(source())
    run_safely(source())


def wrapper(arg):
    run(arg)


def outer_caller():
    wrapper(source())


class Handler:
    def helper(self, data):
        return data

    def handle(self):
        value = self.helper(source())
        # ruleid: taint-functions
        sink(value)
