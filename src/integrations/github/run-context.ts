import os from 'node:os';
import type { Actor, RunContext } from '../../model/index.js';
import { actorTypeFromGitHubType } from './actor-type.js';

/** The run context before actor logins are resolved to numeric ids, plus where the REST API is. */
export type RunContextDraft = Omit<RunContext, 'actor' | 'triggeringActor'> & {
  actorLogin: string;
  triggeringActorLogin: string;
  /** GITHUB_API_URL without a trailing slash; not part of the record, used to look actors up. */
  apiUrl: string;
};

/** What the machine says, for values GitHub's variables do not give (the CLI). Tests pass fixed facts. */
export interface HostFacts {
  now: Date;
  platform: NodeJS.Platform;
  arch: string;
  /** The OS account running the scan (os.userInfo().username), or null when it cannot be read. */
  userName: string | null;
}

export const LOCAL_REPOSITORY = 'local';
/** The actor login when neither GITHUB_ACTOR nor the OS user name is available. */
export const LOCAL_ACTOR_LOGIN = 'local';
export const DEFAULT_GITHUB_SERVER_URL = 'https://github.com';
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/** The host as it is now; os.userInfo() throws when the uid has no passwd entry (some containers). */
export function currentHost(): HostFacts {
  let userName: string | null;
  try {
    userName = os.userInfo().username || null;
  } catch {
    userName = process.env.USER || process.env.USERNAME || null;
  }
  return { now: new Date(), platform: process.platform, arch: process.arch, userName };
}

const RUNNER_OS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Linux',
  win32: 'Windows',
  darwin: 'macOS',
};
const RUNNER_ARCH: Record<string, string> = { x64: 'X64', ia32: 'X86', arm: 'ARM', arm64: 'ARM64' };

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/**
 * Reads GITHUB_* / RUNNER_* and the event payload. Pure when `host` is given; by default it reads the
 * clock and the OS user (currentHost).
 *
 * Each value falls back on its own when its variable is absent, which is what happens outside Actions
 * (the CLI). The defaults are chosen so a local record is plainly local, never mistaken for a CI run:
 * - repository `local`; server https://github.com; API https://api.github.com
 * - run id `local-<UTC ISO timestamp without - : .>`, e.g. `local-20260304T050607089Z`: unique per run,
 *   so local audit logs do not collide; run attempt 1; run number, workflow, job, event, ref, sha null
 * - actor GITHUB_ACTOR, else the OS user name (os.userInfo().username), else `local`; the triggering
 *   actor is GITHUB_TRIGGERING_ACTOR, else the actor. Their ids are resolved later, not here.
 * - runner OS and arch from the host, spelled as RUNNER_OS / RUNNER_ARCH spell them (Linux, X64…)
 * - PR number and base sha only from a pull request (or merge queue) payload, else null
 */
export function readRunContext(
  env: NodeJS.ProcessEnv,
  event: unknown | null,
  host: HostFacts = currentHost(),
): RunContextDraft {
  const eventName = text(env.GITHUB_EVENT_NAME);
  const actorLogin = text(env.GITHUB_ACTOR) ?? text(host.userName ?? undefined) ?? LOCAL_ACTOR_LOGIN;
  return {
    repository: text(env.GITHUB_REPOSITORY) ?? LOCAL_REPOSITORY,
    serverUrl: withoutTrailingSlash(text(env.GITHUB_SERVER_URL) ?? DEFAULT_GITHUB_SERVER_URL),
    runId: text(env.GITHUB_RUN_ID) ?? `local-${host.now.toISOString().replace(/[-:.]/g, '')}`,
    runAttempt: positiveInteger(env.GITHUB_RUN_ATTEMPT) ?? 1,
    runNumber: positiveInteger(env.GITHUB_RUN_NUMBER),
    workflow: text(env.GITHUB_WORKFLOW),
    job: text(env.GITHUB_JOB),
    eventName,
    ref: text(env.GITHUB_REF),
    sha: text(env.GITHUB_SHA),
    baseSha: baseShaFromEvent(eventName, event),
    pullRequestNumber: pullRequestNumberFromEvent(eventName, event),
    actorLogin,
    // GITHUB_TRIGGERING_ACTOR differs from GITHUB_ACTOR on re-runs: the person who pressed re-run.
    triggeringActorLogin: text(env.GITHUB_TRIGGERING_ACTOR) ?? actorLogin,
    runner: {
      os: text(env.RUNNER_OS) ?? RUNNER_OS[host.platform] ?? host.platform,
      arch: text(env.RUNNER_ARCH) ?? RUNNER_ARCH[host.arch] ?? host.arch,
    },
    apiUrl: withoutTrailingSlash(text(env.GITHUB_API_URL) ?? DEFAULT_GITHUB_API_URL),
  };
}

/**
 * The actor as the event payload's `sender` describes it, when the sender is that login. This is free
 * (no API call) and exact; on re-runs the sender is the original actor, so the triggering actor may
 * not be found here.
 */
export function actorIdFromPayload(event: unknown | null, login: string): Actor | null {
  const sender = field(event, 'sender');
  const senderLogin = field(sender, 'login');
  const id = field(sender, 'id');
  if (typeof senderLogin !== 'string' || senderLogin.toLowerCase() !== login.toLowerCase()) return null;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
  return { login: senderLogin, id, type: actorTypeFromGitHubType(field(sender, 'type'), senderLogin) };
}

function baseShaFromEvent(eventName: string | null, event: unknown): string | null {
  if (eventName === 'merge_group') return stringOrNull(field(field(event, 'merge_group'), 'base_sha'));
  if (eventName && PULL_REQUEST_EVENTS.has(eventName)) {
    return stringOrNull(field(field(field(event, 'pull_request'), 'base'), 'sha'));
  }
  return null;
}

function pullRequestNumberFromEvent(eventName: string | null, event: unknown): number | null {
  if (eventName && PULL_REQUEST_EVENTS.has(eventName)) {
    return (
      integerOrNull(field(field(event, 'pull_request'), 'number')) ?? integerOrNull(field(event, 'number'))
    );
  }
  // A comment on a pull request arrives as an issue_comment whose issue has a `pull_request` key.
  if (eventName === 'issue_comment' && field(field(event, 'issue'), 'pull_request') !== undefined) {
    return integerOrNull(field(field(event, 'issue'), 'number'));
  }
  return null;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: string | undefined): string | null {
  return value && value.trim() !== '' ? value : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function integerOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

function positiveInteger(value: string | undefined): number | null {
  if (!value || !/^\d+$/.test(value.trim())) return null;
  const parsed = Number(value.trim());
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : null;
}
