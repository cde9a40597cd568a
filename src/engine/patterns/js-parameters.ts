import type { PlainNode } from './plain-tree.js';

/** TypeScript wraps a parameter's name with its type or default; JavaScript's default is an assignment pattern. */
const PARAMETER_WRAPPERS = new Set(['required_parameter', 'optional_parameter', 'assignment_pattern']);

/**
 * The names a JavaScript/TypeScript function declares as parameters (`req` in `function (req, res)`,
 * `x` in `x => x`). In Semgrep a parameter is not an expression, so a lone `$X` never matches one; the
 * uses of the name in the body are expressions and do.
 */
export function jsParameterNames(root: PlainNode): Set<PlainNode> {
  const names = new Set<PlainNode>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    const children = node.children.filter((c) => c.named);
    if (node.type === 'formal_parameters') {
      for (const parameter of children) {
        const name = PARAMETER_WRAPPERS.has(parameter.type)
          ? parameter.children.find((c) => c.named)
          : parameter;
        if (name?.type === 'identifier') names.add(name);
      }
    } else if (node.type === 'arrow_function' && children[0]?.type === 'identifier') {
      names.add(children[0]);
    }
    stack.push(...children);
  }
  return names;
}
