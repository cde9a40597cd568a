import type { Actor } from './actor.js';

/** Where and why this scan ran: from GITHUB_* when in Actions, or local values for the CLI. */
export interface RunContext {
  repository: string;
  serverUrl: string;
  runId: string;
  runAttempt: number;
  runNumber: number | null;
  workflow: string | null;
  job: string | null;
  eventName: string | null;
  ref: string | null;
  sha: string | null;
  baseSha: string | null;
  pullRequestNumber: number | null;
  actor: Actor;
  triggeringActor: Actor;
  runner: { os: string; arch: string };
}
