/**
 * Captures what is written to process.stdout, which is where @actions/core writes workflow commands
 * (`::error file=…::message`) for the runner to read. Restore it in afterEach.
 */
export interface CapturedStdout {
  text(): string;
  /** Workflow command lines, e.g. `::warning file=a.js,line=3::message`. */
  commands(): string[];
  restore(): void;
}

export function captureStdout(): CapturedStdout {
  const original = process.stdout.write;
  const chunks: string[] = [];
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  return {
    text: () => chunks.join(''),
    commands: () =>
      chunks
        .join('')
        .split(/\r?\n/)
        .filter((line) => line.startsWith('::')),
    restore: () => {
      process.stdout.write = original;
    },
  };
}
