// Type-only: plain-tree applies this normal form while copying a tree.
import type { PlainNode } from './plain-tree.js';

/**
 * Bash trees reshaped as Semgrep's Bash frontend reads them, for patterns and targets alike:
 * - `cmd &` is one node, `background_command`: `... &` matches only commands run in the background,
 *   while `cmd` still matches the command inside;
 * - the `VAR=value` prefixes of a command (`LANG=C sort f`) are left out: Semgrep reads the command
 *   only, so `sort $F` matches and `$X=...` does not. A command made only of assignments keeps them.
 */
export function bashNormalForm(root: PlainNode): PlainNode {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (node.children.length === 0) continue;
    let children = node.children;
    if (node.type === 'command' && children.some((c) => c.type === 'command_name'))
      children = children.filter((c) => c.type !== 'variable_assignment');
    if (node.type !== BACKGROUND_COMMAND && children.some((c) => c.type === '&'))
      children = wrapBackgrounded(children);
    if (children !== node.children) node.children = children;
    stack.push(...children);
  }
  return root;
}

export const BACKGROUND_COMMAND = 'background_command';

function wrapBackgrounded(children: PlainNode[]): PlainNode[] {
  const out: PlainNode[] = [];
  for (const child of children) {
    const previous = out.at(-1);
    if (child.type === '&' && !child.named && previous?.named && previous.type !== 'comment') {
      out[out.length - 1] = {
        type: BACKGROUND_COMMAND,
        named: true,
        start: previous.start,
        end: child.end,
        children: [previous, child],
      };
    } else out.push(child);
  }
  return out;
}
