// ruleid: metavariable-pattern-python-in-js
pyodide.runPython("x = eval(data)");
// ok: metavariable-pattern-python-in-js
pyodide.runPython("x = int(data)");
