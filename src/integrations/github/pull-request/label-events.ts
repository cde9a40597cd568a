/** The parts of an issue event (`GET /repos/{owner}/{repo}/issues/{n}/events`) that label history needs. */
export interface LabelEvent {
  id: number;
  event: string;
  actor: { login: string; id: number; type?: string } | null;
  created_at: string;
  label?: { name: string };
}

/**
 * The `labeled` event that put `label` on the issue as it stands now: the latest one with no later
 * `unlabeled`. Label names are case-insensitive on GitHub. GitHub lists events oldest first; they are
 * ordered by time here anyway, keeping the list's order for events in the same second.
 */
export function standingLabelEvent<E extends LabelEvent>(events: readonly E[], label: string): E | null {
  const wanted = label.toLowerCase();
  const ordered = events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.label?.name.toLowerCase() === wanted)
    .sort((a, b) => a.event.created_at.localeCompare(b.event.created_at) || a.index - b.index);
  let standing: E | null = null;
  for (const { event } of ordered) {
    if (event.event === 'labeled') standing = event;
    else if (event.event === 'unlabeled') standing = null;
  }
  return standing;
}
