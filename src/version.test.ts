import { readFileSync } from 'node:fs';
import { TOOL_VERSION } from './version.js';

it('reports the version package.json declares', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  expect(TOOL_VERSION).toBe(pkg.version);
});
