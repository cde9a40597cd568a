// The pattern parses and would match here, but paths.exclude leaves .js files out.
// ok: print-in-python-scripts
print('debug', value);
