import type { Actor, RunContext } from '../../model/index.js';
import { lookupActor } from './actor-lookup.js';
import { actorTypeFromLogin } from './actor-type.js';
import { loadEventPayload } from './event-payload.js';
import { actorIdFromPayload, readRunContext, type HostFacts } from './run-context.js';

export interface ResolvedRunContext {
  context: RunContext;
  /** Things the job log should say (an unreadable event file, an actor id that could not be found). */
  warnings: string[];
}

/**
 * The full run context: env and event payload, then each actor's numeric id, from the payload's sender
 * when it is that actor (free and exact), otherwise from GET /users/{login} when a token is given.
 * On a re-run the sender is the original actor, so the triggering actor usually needs the API.
 * Outside Actions (GITHUB_ACTIONS is not 'true') the actor is a local login, perhaps the OS user,
 * which names no GitHub account: nothing is looked up and the ids stay null.
 */
export async function resolveRunContext(
  env: NodeJS.ProcessEnv,
  options: { token: string | null; host?: HostFacts },
): Promise<ResolvedRunContext> {
  const warnings: string[] = [];
  const { event, problem } = loadEventPayload(env);
  if (problem) {
    warnings.push(
      `Could not read the event payload at GITHUB_EVENT_PATH (${problem}); ` +
        'the pull request number, base sha and actor ids from it are not recorded.',
    );
  }
  const { actorLogin, triggeringActorLogin, apiUrl, ...draft } = readRunContext(env, event, options.host);
  const inActions = env.GITHUB_ACTIONS === 'true';

  // Logins are case-insensitive; one lookup serves both actors when they are the same account.
  const resolved = new Map<string, Actor>();
  const resolve = async (login: string): Promise<Actor> => {
    const known = resolved.get(login.toLowerCase());
    if (known) return known;
    let actor = inActions
      ? actorIdFromPayload(event, login)
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
