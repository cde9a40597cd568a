/**
 * A ticket body or comment in a neutral form, rendered per sink: Atlassian Document Format for Jira
 * Cloud v3, wiki markup for Jira Data Center v2, Markdown for GitHub Issues. Building it once keeps the
 * three bodies saying the same thing.
 */
export type Inline = { text: string } | { text: string; href: string } | { code: string };

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'list'; items: Inline[][] };

export interface TicketDocument {
  blocks: Block[];
}

export const text = (value: string): Inline => ({ text: value });
export const link = (value: string, href: string): Inline => ({ text: value, href });
export const code = (value: string): Inline => ({ code: value });
export const paragraph = (...inlines: Inline[]): Block => ({ kind: 'paragraph', inlines });

/** All the text a reader sees, for searching a rendered comment for a marker. */
export function plainText(document: TicketDocument): string {
  const inline = (part: Inline) => ('code' in part ? part.code : part.text);
  return document.blocks
    .map((block) => {
      if (block.kind === 'heading' || block.kind === 'code') return block.text;
      if (block.kind === 'paragraph') return block.inlines.map(inline).join('');
      return block.items.map((item) => item.map(inline).join('')).join('\n');
    })
    .join('\n');
}
