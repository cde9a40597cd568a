/** What a person writes on its own line in a pull-request comment to ask for an override. */
export const OVERRIDE_COMMAND = '/soc2-scan override';

// Up to three spaces of indent: four or more make a Markdown code block, which is an example, not a request.
const COMMAND_LINE = /^ {0,3}\/soc2-scan[ \t]+override(?:[ \t]+(.*))?[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

/**
 * The override request in a comment body, or null when there is none. Quoted lines (`> /soc2-scan …`) and
 * lines inside fenced code blocks do not count: quoting or documenting the command is not asking for it.
 * An empty reason is returned as null, so the policy can require one.
 */
export function parseOverrideCommand(body: string): { reason: string | null } | null {
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const opening = FENCE.exec(line);
    if (opening) {
      if (fence === null) fence = opening[1];
      else if (fence === opening[1]) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const match = COMMAND_LINE.exec(line);
    if (match) {
      const reason = (match[1] ?? '').trim();
      return { reason: reason.length > 0 ? reason : null };
    }
  }
  return null;
}
