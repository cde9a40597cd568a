import { readFileSync } from 'node:fs';

export interface LoadedEventPayload {
  /** The parsed webhook payload the runner wrote for this run, or null. */
  event: unknown | null;
  /** Why a payload named by GITHUB_EVENT_PATH could not be used; null when it was read or none was named. */
  problem: string | null;
}

/**
 * Reads the JSON the runner writes at GITHUB_EVENT_PATH. It is small (one webhook payload) and read once
 * per run, so a synchronous read keeps the callers simple.
 */
export function loadEventPayload(env: NodeJS.ProcessEnv): LoadedEventPayload {
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) return { event: null, problem: null };
  try {
    return { event: JSON.parse(readFileSync(eventPath, 'utf8')) as unknown, problem: null };
  } catch (error) {
    return { event: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The event payload at GITHUB_EVENT_PATH; null when the variable is unset or the file is missing or not JSON. */
export function readEventPayload(env: NodeJS.ProcessEnv): unknown | null {
  return loadEventPayload(env).event;
}
