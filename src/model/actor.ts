export type ActorType = 'user' | 'bot' | 'system';

/** Who caused an event. `id` is GitHub's numeric user id, or null when it could not be established. */
export interface Actor {
  login: string;
  id: number | null;
  type: ActorType;
}

export const SYSTEM_ACTOR: Actor = { login: 'soc2-scan', id: null, type: 'system' };
