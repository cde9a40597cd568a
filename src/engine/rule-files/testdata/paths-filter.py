# ruleid: print-in-python-scripts
print("debug", value)
# ok: print-in-python-scripts
logger.info("debug")
