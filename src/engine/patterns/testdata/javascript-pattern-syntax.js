// ruleid: jsx-attribute-placeholder
a = <iframe src="https://example.com" />;
// ruleid: jsx-attribute-placeholder
b = <iframe src={url} />;
// ok: jsx-attribute-placeholder
c = <img src="https://example.com" />;

// ruleid: jsx-attribute-any
d = <div dangerouslySetInnerHTML={{ __html: html }} />;
// ok: jsx-attribute-any
e = <div className="x" />;

// ruleid: import-source-metavariable
import axios from 'axios';
// ok: import-source-metavariable
import fetch from 'node-fetch';

// ruleid: any-loop-header
for (let i = 0; i < n; i++) {
  out.push(req.body);
}
// ruleid: any-loop-header
for (const item of items) {
  out.push(req.body);
}
// ok: any-loop-header
while (more) {
  out.push(req.body);
}

// ruleid: comments-in-pattern
eval(build(input));
// ok: comments-in-pattern
eval('1 + 1');

// ruleid: decorator-without-arguments
@sealed
class A {}

// ruleid: decorator-without-arguments, decorator-with-argument
@route('/b')
@sealed()
class B {}

// ruleid: decorator-with-argument
@route('/c')
class C {}

// ruleid: slashes-in-regex-are-not-comments
clean = url.replace(/\/\//g, '/');
// ok: slashes-in-regex-are-not-comments
clean = url.replace(/a/g, '/');

// ruleid: labelled-loop
outer: for (const row of rows) {
  break outer;
}
// ok: labelled-loop
for (const row of rows) {
  use(row);
}

function load() {
  try {
    read();
  }
  // ruleid: partial-catch
  catch (err) {
    return err;
  }
  try {
    read();
  }
  // ok: partial-catch
  catch (err) {
    return null;
  }
}
