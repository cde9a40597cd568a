import v8 from 'node:v8';

/**
 * A repository scan runs a few hundred hot functions over a mixed tree of languages, and V8 deoptimises
 * and recompiles many of them each time a new language's shapes reach them. Most of that compile time
 * goes into inlining callees. A smaller inlining budget cut the compiler threads' CPU and the 28 MiB
 * bench's wall time by about 6% (scripts/bench). The flag is process-wide (worker threads share it) and
 * changes only how much TurboFan inlines, never what code does; setting it again is harmless.
 */
export function tuneJitForScanning(): void {
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}
