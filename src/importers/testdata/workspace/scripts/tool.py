import sys


def read_config(path):
    handle = open(path)
    return handle.read()


if __name__ == "__main__":
    print(read_config(sys.argv[1]))
