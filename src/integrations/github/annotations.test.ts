import { captureStdout, type CapturedStdout } from '../../../__tests__/support/capture-stdout.js';
import type { Finding, Severity } from '../../model/index.js';
import { emitAnnotations, type AnnotatedFinding } from './index.js';

interface Command {
  kind: string;
  properties: Record<string, string>;
  message: string;
}

/** Parses `::kind key=value,key=value::message` the way the runner does, undoing @actions/core's escaping. */
function parseCommand(line: string): Command {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (value: string) =>
    value
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
  }
  return { kind: match[1], properties, message: unescape(match[3]) };
}

function finding(index: number, overrides: Partial<Finding> = {}, severity: Severity = 'high'): Finding {
  return {
    ruleId: `rule-${index}`,
    category: 'sast',
    severity,
    message: `problem number ${index}`,
    location: {
      path: `src/file-${String(index).padStart(2, '0')}.js`,
      startLine: index + 1,
      startColumn: 3,
      endLine: index + 1,
      endColumn: 9,
    },
    snippet: 'eval(x)',
    fingerprint: `fp-${index}`,
    cwe: [],
    owasp: [],
    confidence: 'high',
    metadata: {},
    source: { tool: 'soc2-scan', version: '0.1.0' },
    ...overrides,
  };
}

describe('emitAnnotations', () => {
  let stdout: CapturedStdout;
  const annotations = () =>
    stdout
      .commands()
      .map(parseCommand)
      .filter((c) => ['error', 'warning', 'notice'].includes(c.kind));

  beforeEach(() => {
    stdout = captureStdout();
  });
  afterEach(() => stdout.restore());

  it('shows blocking findings as errors with file, lines, columns and title', () => {
    const result = emitAnnotations([{ finding: finding(1), blocking: true }]);

    expect(result).toEqual({ emitted: 1, omitted: 0 });
    const [error] = annotations();
    expect(error.kind).toBe('error');
    expect(error.properties).toEqual({
      title: 'rule-1 (high)',
      file: 'src/file-01.js',
      line: '2',
      endLine: '2',
      col: '3',
      endColumn: '9',
    });
    expect(error.message).toContain('problem number 1');
  });

  it('shows non-blocking findings as warnings', () => {
    emitAnnotations([{ finding: finding(1, {}, 'low'), blocking: false }]);
    expect(annotations().map((a) => a.kind)).toEqual(['warning']);
  });

  it('leaves columns out of annotations spanning several lines, as GitHub requires', () => {
    const multiLine = finding(1, {
      location: { path: 'a.py', startLine: 4, startColumn: 5, endLine: 7, endColumn: 2 },
    });
    emitAnnotations([{ finding: multiLine, blocking: true }]);
    const [error] = annotations();
    expect(error.properties).toMatchObject({ file: 'a.py', line: '4', endLine: '7' });
    expect(error.properties).not.toHaveProperty('col');
    expect(error.properties).not.toHaveProperty('endColumn');
  });

  it('keeps to 10 errors and 10 warnings per step when there are 30 of each, and counts the rest', () => {
    const items: AnnotatedFinding[] = [
      ...Array.from({ length: 30 }, (_, i) => ({ finding: finding(i), blocking: true })),
      ...Array.from({ length: 30 }, (_, i) => ({ finding: finding(100 + i, {}, 'medium'), blocking: false })),
    ];

    const result = emitAnnotations(items);

    expect(result).toEqual({ emitted: 20, omitted: 40 });
    const shown = annotations();
    expect(shown.filter((a) => a.kind === 'error')).toHaveLength(10);
    expect(shown.filter((a) => a.kind === 'warning')).toHaveLength(10);
    // One notice tells the reader the list is truncated and where the rest is.
    const notices = shown.filter((a) => a.kind === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toMatch(/40 more finding\(s\) \(20 blocking\)/);
  });

  it('shows the most severe blocking findings first when it cannot show them all', () => {
    const items: AnnotatedFinding[] = [
      ...Array.from({ length: 12 }, (_, i) => ({ finding: finding(i, {}, 'medium'), blocking: true })),
      ...Array.from({ length: 3 }, (_, i) => ({ finding: finding(50 + i, {}, 'critical'), blocking: true })),
    ];

    emitAnnotations(items);

    const titles = annotations()
      .filter((a) => a.kind === 'error')
      .map((a) => a.properties.title);
    expect(titles).toHaveLength(10);
    expect(titles.slice(0, 3)).toEqual(['rule-50 (critical)', 'rule-51 (critical)', 'rule-52 (critical)']);
  });

  it('spends what is left of the job budget on warnings after errors', () => {
    const items: AnnotatedFinding[] = [
      ...Array.from({ length: 8 }, (_, i) => ({ finding: finding(i), blocking: true })),
      ...Array.from({ length: 8 }, (_, i) => ({ finding: finding(20 + i, {}, 'low'), blocking: false })),
    ];

    const result = emitAnnotations(items, { perTypePerStep: 10, perJob: 12 });

    expect(result).toEqual({ emitted: 12, omitted: 4 });
    const kinds = annotations().map((a) => a.kind);
    expect(kinds.filter((k) => k === 'error')).toHaveLength(8);
    expect(kinds.filter((k) => k === 'warning')).toHaveLength(4);
    // The job budget is spent, so no notice either.
    expect(kinds).not.toContain('notice');
  });

  it('emits nothing for no findings', () => {
    expect(emitAnnotations([])).toEqual({ emitted: 0, omitted: 0 });
    expect(annotations()).toHaveLength(0);
  });
});
