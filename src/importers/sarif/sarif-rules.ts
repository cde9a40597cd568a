import { isRecord, recordOf, stringOf } from '../import-file.js';

/**
 * The rule (reportingDescriptor) a result refers to. CodeQL puts rules in query-pack extensions and
 * points at them with `rule.toolComponent.index`; other tools use the driver and `ruleIndex`. Falls back
 * to looking the id up, and to an empty rule when the file has no rule metadata.
 */
export function findRule(
  result: Record<string, unknown>,
  run: Record<string, unknown>,
): Record<string, unknown> {
  const tool = recordOf(run.tool);
  const reference = recordOf(result.rule);
  const extensions = Array.isArray(tool.extensions) ? tool.extensions : [];
  const componentIndex = recordOf(reference.toolComponent).index;
  const component =
    typeof componentIndex === 'number' ? recordOf(extensions[componentIndex]) : recordOf(tool.driver);
  const rules = Array.isArray(component.rules) ? component.rules : [];
  const index = typeof reference.index === 'number' ? reference.index : result.ruleIndex;
  if (typeof index === 'number' && isRecord(rules[index])) return rules[index];

  const id = stringOf(result.ruleId) ?? stringOf(reference.id);
  if (!id) return {};
  for (const candidate of [tool.driver, ...extensions]) {
    const candidateRules = recordOf(candidate).rules;
    const found = Array.isArray(candidateRules)
      ? candidateRules.find((r) => isRecord(r) && r.id === id)
      : undefined;
    if (isRecord(found)) return found;
  }
  return {};
}

/**
 * A result's message text: its own `text`, else the rule's `messageStrings[id]` with `{n}` arguments
 * filled in, else markdown; embedded links `[text](n)` to related locations are shown as their text.
 */
export function ruleMessage(
  result: Record<string, unknown>,
  rule: Record<string, unknown>,
): string | undefined {
  const message = recordOf(result.message);
  const args = Array.isArray(message.arguments) ? message.arguments.map(String) : [];
  const template = recordOf(recordOf(rule.messageStrings)[stringOf(message.id) ?? '']);
  const text =
    stringOf(message.text) ??
    stringOf(template.text) ??
    stringOf(message.markdown) ??
    stringOf(template.markdown) ??
    stringOf(recordOf(rule.shortDescription).text);
  if (!text) return undefined;
  return text
    .replace(/\{(\d+)\}/g, (whole, n: string) => args[Number(n)] ?? whole)
    .replace(/\[([^\]]*)\]\(\d+\)/g, '$1')
    .trim();
}
