import type { Block, Inline, TicketDocument } from './ticket-document.js';

type AdfNode = Record<string, unknown>;

/** Atlassian Document Format (version 1), as Jira Cloud REST v3 takes descriptions and comment bodies. */
export function renderAdf(document: TicketDocument): AdfNode {
  return { version: 1, type: 'doc', content: document.blocks.map(block).filter((node) => node !== null) };
}

function block(part: Block): AdfNode | null {
  switch (part.kind) {
    case 'heading':
      return { type: 'heading', attrs: { level: 3 }, content: inlines([{ text: part.text }]) };
    case 'paragraph':
      return { type: 'paragraph', content: inlines(part.inlines) };
    case 'code':
      // An empty text node is invalid ADF; an empty code block has no content instead.
      return { type: 'codeBlock', attrs: {}, content: part.text ? [{ type: 'text', text: part.text }] : [] };
    case 'list':
      return part.items.length === 0
        ? null
        : {
            type: 'bulletList',
            content: part.items.map((item) => ({
              type: 'listItem',
              content: [{ type: 'paragraph', content: inlines(item) }],
            })),
          };
  }
}

function inlines(parts: Inline[]): AdfNode[] {
  return parts.flatMap((part) => {
    if ('code' in part)
      return part.code ? [{ type: 'text', text: part.code, marks: [{ type: 'code' }] }] : [];
    if (!part.text) return [];
    if ('href' in part)
      return [{ type: 'text', text: part.text, marks: [{ type: 'link', attrs: { href: part.href } }] }];
    return [{ type: 'text', text: part.text }];
  });
}
