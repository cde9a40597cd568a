import type { PlainNode } from './plain-tree.js';

/**
 * The string a Terraform heredoc (`<<EOT` … `EOT`, or `<<-EOT` with its indentation removed) stands
 * for when nothing in it is interpolated: Semgrep reads it as a string literal then, so `"$X"` and
 * `"..."` match it and `$X` binds its text. `undefined` for a heredoc with `${...}` or `%{...}` parts.
 */
export function heredocValue(node: PlainNode, source: string): string | undefined {
  if (node.type !== 'heredoc_template') return undefined;
  const parts = node.children.filter((c) => c.named);
  if (
    parts.some(
      (c) => c.type !== 'heredoc_start' && c.type !== 'heredoc_identifier' && c.type !== 'template_literal',
    )
  )
    return undefined;
  const opening = parts.find((c) => c.type === 'heredoc_identifier');
  const closing = parts.filter((c) => c.type === 'heredoc_identifier').at(-1);
  if (!opening || !closing || opening === closing) return undefined;
  const bodyStart = source.indexOf('\n', opening.end) + 1;
  const bodyEnd = source.lastIndexOf('\n', closing.start) + 1;
  if (bodyStart <= 0 || bodyEnd < bodyStart) return '';
  const body = source.slice(bodyStart, bodyEnd);
  const flush = parts.some((c) => c.type === 'heredoc_start' && source.slice(c.start, c.end) === '<<-');
  return flush ? withoutCommonIndent(body) : body;
}

/** `<<-` heredocs drop the indentation all their non-blank lines share. */
function withoutCommonIndent(body: string): string {
  const lines = body.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n');
}
