/** A transition as GET /rest/api/{2,3}/issue/{key}/transitions lists it. */
export interface JiraTransition {
  id: string;
  name: string;
  to?: { name?: string; statusCategory?: { key?: string } };
}

/**
 * The configured transition (by its name or its target status name, case-insensitive), else the first one
 * into the wanted status categories, in the order given: workflows name transitions freely, but the
 * category (`new`, `indeterminate`, `done`) is fixed by Jira.
 */
export function pickTransition(
  transitions: readonly JiraTransition[],
  configured: string | null,
  categories: readonly string[],
): JiraTransition | null {
  if (configured) {
    const wanted = configured.trim().toLowerCase();
    return (
      transitions.find((transition) => transition.name.toLowerCase() === wanted) ??
      transitions.find((transition) => transition.to?.name?.toLowerCase() === wanted) ??
      null
    );
  }
  for (const category of categories) {
    const found = transitions.find((transition) => transition.to?.statusCategory?.key === category);
    if (found) return found;
  }
  return null;
}
