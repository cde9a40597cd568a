import type { Block, Inline, TicketDocument } from './ticket-document.js';

/** Jira wiki markup, as Jira Data Center / Server REST v2 takes descriptions and comment bodies. */
export function renderWikiMarkup(document: TicketDocument): string {
  return document.blocks.map(block).join('\n\n');
}

function block(part: Block): string {
  switch (part.kind) {
    case 'heading':
      return `h3. ${escape(part.text)}`;
    case 'paragraph':
      return part.inlines.map(inline).join('');
    case 'code':
      // {noformat} shows text verbatim; a literal {noformat} inside would end the block early.
      return `{noformat}\n${part.text.replaceAll('{noformat}', '{ noformat}')}\n{noformat}`;
    case 'list':
      return part.items.map((item) => `* ${item.map(inline).join('')}`).join('\n');
  }
}

function inline(part: Inline): string {
  if ('code' in part) return `{{${escape(part.code)}}}`;
  if ('href' in part)
    return `[${escape(part.text)}|${part.href.replaceAll(']', '%5D').replaceAll('|', '%7C')}]`;
  return escape(part.text);
}

/** Characters that start wiki-markup effects, escaped so finding text shows as written. */
function escape(value: string): string {
  return value.replace(/[\\{}[\]|*_]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ');
}
