import yaml
from yaml import SafeLoader


def parse_config(text):
    # ruleid: py-yaml-unsafe-load
    return yaml.load(text, Loader=yaml.Loader)


def parse_upload(stream):
    # ruleid: py-yaml-unsafe-load
    return yaml.unsafe_load(stream)


def parse_legacy(text):
    # ruleid: py-yaml-unsafe-load
    return yaml.load(text)


def parse_safely(text):
    # ok: py-yaml-unsafe-load
    return yaml.safe_load(text)


def parse_with_safe_loader(text):
    # ok: py-yaml-unsafe-load
    return yaml.load(text, Loader=yaml.SafeLoader)


def parse_with_imported_loader(text):
    # ok: py-yaml-unsafe-load
    return yaml.load(text, Loader=SafeLoader)


def dump(data):
    # ok: py-yaml-unsafe-load
    return yaml.dump(data)
