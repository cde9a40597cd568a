import { readFile } from 'node:fs/promises';
import type { Actor, RunContext } from '../../model/index.js';
import { DEFAULT_GITHUB_API_URL, lookupActor } from './actor-lookup.js';
import { actorTypeFromLogin } from './actor-type.js';
import { actorFromEventSender, readRunContext, type HostFacts } from './run-context.js';

export interface ResolvedRunContext {
  context: RunContext;
  /** Things the job log should say (an unreadable event file, an actor id that could not be found). */
  warnings: string[];
}

/**
 * The full run context: env and event payload, then each actor's numeric id, from the payload's sender
 * when it is that actor, otherwise from GET /users/{login} when a token is given. Outside Actions (no
 * GITHUB_ACTOR) the actor is the local placeholder and nothing is looked up.
 */
export async function resolveRunContext(
  env: NodeJS.ProcessEnv,
  options: { token: string | null; apiUrl?: string; host?: HostFacts },
): Promise<ResolvedRunContext> {
  const warnings: string[] = [];
  const event = await readEventPayload(env.GITHUB_EVENT_PATH, warnings);
  const { actorLogin, triggeringActorLogin, ...draft } = readRunContext(env, event, options.host);
  const apiUrl = options.apiUrl ?? (env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL);
  const inActions = Boolean(env.GITHUB_ACTOR);

  const resolved = new Map<string, Actor>();
  const resolve = async (login: string): Promise<Actor> => {
    const known = resolved.get(login.toLowerCase());
    if (known) return known;
    let actor = inActions
      ? actorFromEventSender(event, login)
      : { login, id: null, type: actorTypeFromLogin(login) };
    if (!actor) {
      const lookup = await lookupActor(login, { token: options.token, apiUrl });
      if (lookup.warning) warnings.push(lookup.warning);
      actor = lookup.actor;
    }
    resolved.set(login.toLowerCase(), actor);
    return actor;
  };
  const actor = await resolve(actorLogin);
  const triggeringActor = await resolve(triggeringActorLogin);
  return { context: { ...draft, actor, triggeringActor }, warnings };
}

async function readEventPayload(eventPath: string | undefined, warnings: string[]): Promise<unknown | null> {
  if (!eventPath) return null;
  try {
    return JSON.parse(await readFile(eventPath, 'utf8')) as unknown;
  } catch (error) {
    warnings.push(
      `Could not read the event payload at GITHUB_EVENT_PATH (${error instanceof Error ? error.message : String(error)}); ` +
        'the pull request number, base sha and actor ids from it are not recorded.',
    );
    return null;
  }
}
