import { ConfigError } from '../model/index.js';
import { DEFAULT_TIMEOUT_SECONDS } from './config.js';

const MAX_SECONDS = 86_400;

/**
 * The per-file rule time limit in milliseconds, from seconds as Semgrep's `--timeout` takes them
 * (fractions allowed, e.g. 0.5). Empty: the default. Zero is refused: a gate must not wait forever.
 */
export function parseTimeoutSeconds(raw: string, field: string): number {
  const value = raw.trim();
  if (value === '') return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || seconds < 0.001 || seconds > MAX_SECONDS) {
    throw new ConfigError(`expected seconds from 0.001 to ${MAX_SECONDS} (e.g. 30 or 0.5), got '${raw}'`, {
      field,
    });
  }
  return Math.round(seconds * 1000);
}
