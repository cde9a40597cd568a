import type { ActorType } from '../../model/index.js';

/** GitHub apps act as `<slug>[bot]`; everything else a workflow can be triggered by is a user account. */
export function actorTypeFromLogin(login: string): ActorType {
  return login.endsWith('[bot]') ? 'bot' : 'user';
}

/** Maps the REST/webhook `type` field (`User`, `Bot`, `Organization`) to our actor type. */
export function actorTypeFromGitHubType(type: unknown, login: string): ActorType {
  if (type === 'Bot') return 'bot';
  if (type === 'User' || type === 'Organization') return 'user';
  return actorTypeFromLogin(login);
}
