import type { Block, Inline, TicketDocument } from './ticket-document.js';

/** GitHub-flavoured Markdown for issue bodies and comments. */
export function renderMarkdown(document: TicketDocument): string {
  return document.blocks.map(block).join('\n\n');
}

function block(part: Block): string {
  switch (part.kind) {
    case 'heading':
      return `### ${escape(part.text)}`;
    case 'paragraph':
      return part.inlines.map(inline).join('');
    case 'code': {
      const fence = '`'.repeat(Math.max(3, longestRun(part.text, '`') + 1));
      return `${fence}\n${part.text}\n${fence}`;
    }
    case 'list':
      return part.items.map((item) => `- ${item.map(inline).join('')}`).join('\n');
  }
}

function inline(part: Inline): string {
  if ('code' in part) {
    const ticks = '`'.repeat(longestRun(part.code, '`') + 1);
    const pad = part.code.startsWith('`') || part.code.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${part.code.replace(/\r?\n/g, ' ')}${pad}${ticks}`;
  }
  if ('href' in part)
    return `[${escape(part.text)}](${part.href.replaceAll(')', '%29').replaceAll(' ', '%20')})`;
  return escape(part.text);
}

/** Markdown and HTML punctuation escaped, and @ broken so a finding's text cannot mention anyone. */
function escape(value: string): string {
  return value
    .replace(/[\\`*_{}[\]<>#|!]/g, (character) => `\\${character}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

function longestRun(value: string, character: string): number {
  let longest = 0;
  let current = 0;
  for (const each of value) {
    current = each === character ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}
