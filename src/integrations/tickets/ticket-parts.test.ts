import { renderAdf } from './document/render-adf.js';
import { renderMarkdown } from './document/render-markdown.js';
import { renderWikiMarkup } from './document/render-wiki.js';
import { code, link, paragraph, text, type TicketDocument } from './document/ticket-document.js';
import { ContentRateLimiter } from './http/content-rate-limiter.js';
import { TimeBudget } from './http/time-budget.js';
import { assigneeFor, dueDate } from './ticket-content.js';
import { planTickets } from './ticket-plan.js';
import { makeDecision, VirtualTime } from './test-support/ticket-fixtures.js';

const doc: TicketDocument = {
  blocks: [
    { kind: 'heading', text: 'js.eval (high)' },
    paragraph(
      text('See '),
      link('src/a.js:3', 'https://github.com/o/r/blob/s/src/a.js#L3'),
      text(' ['),
      code('x|y'),
      text(']'),
    ),
    { kind: 'code', text: 'eval(`${x}`)' },
    { kind: 'code', text: '' },
    { kind: 'list', items: [[text('@team *now*')]] },
  ],
};

describe('ticket bodies', () => {
  it('renders valid ADF without empty text nodes', () => {
    const adf = renderAdf(doc) as { content: Array<{ type: string; content?: unknown[] }> };
    expect(adf).toMatchObject({ version: 1, type: 'doc' });
    expect(adf.content.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'codeBlock',
      'codeBlock',
      'bulletList',
    ]);
    expect(JSON.stringify(adf)).not.toContain('"text":""');
    expect(adf.content[1].content).toContainEqual({
      type: 'text',
      text: 'src/a.js:3',
      marks: [{ type: 'link', attrs: { href: 'https://github.com/o/r/blob/s/src/a.js#L3' } }],
    });
  });

  it('escapes wiki markup and Markdown so finding text shows as written and mentions nobody', () => {
    const wiki = renderWikiMarkup(doc);
    expect(wiki).toContain('h3. js.eval (high)');
    expect(wiki).toContain('[src/a.js:3|https://github.com/o/r/blob/s/src/a.js#L3] \\[{{x\\|y}}\\]');
    expect(wiki).toContain('{noformat}\neval(`${x}`)\n{noformat}');
    const markdown = renderMarkdown(doc);
    expect(markdown).toContain('[src/a.js:3](https://github.com/o/r/blob/s/src/a.js#L3)');
    expect(markdown).toContain('@\u200bteam \\*now\\*');
    expect(markdown).toContain('```\neval(`${x}`)\n```');
  });
});

describe('ticket planning', () => {
  it('keeps one ticket per finding within the limit, groups beyond it, and defers what still does not fit', () => {
    const findings = [
      makeDecision('a1', { ruleId: 'r1', path: 'a.js', severity: 'medium' }),
      makeDecision('a2', { ruleId: 'r1', path: 'a.js', severity: 'critical' }),
      makeDecision('b1', { ruleId: 'r1', path: 'b.js' }),
      makeDecision('c1', { ruleId: 'r2', path: 'c.js' }),
    ];
    expect(planTickets(findings, 4, 'rule-file').groups).toHaveLength(4);
    const byFile = planTickets(findings, 3, 'rule-file');
    expect(byFile.groupedBy).toBe('rule-file');
    expect(byFile.groups.map((group) => group.length)).toEqual([2, 1, 1]);
    const byRule = planTickets(findings, 2, 'rule-file');
    expect(byRule.groupedBy).toBe('rule');
    expect(byRule.groups.map((group) => group.length)).toEqual([3, 1]);
    const deferred = planTickets(findings, 1, 'rule');
    expect(deferred.groups).toHaveLength(1);
    expect(deferred.deferred).toHaveLength(1);
  });

  it('computes due dates from the SLA days and assignees with CODEOWNERS last-match-wins', () => {
    const today = new Date('2025-12-28T23:30:00Z');
    expect(dueDate('critical', { critical: 7 }, today)).toBe('2026-01-04');
    expect(dueDate('low', { critical: 7 }, today)).toBeNull();
    const rules = [
      { pattern: '*', account: 'everyone' },
      { pattern: 'src/payments/', account: 'payments-team' },
      { pattern: '*.py', account: 'py-team' },
    ];
    expect(assigneeFor('README.md', rules)).toBe('everyone');
    expect(assigneeFor('src/payments/charge.js', rules)).toBe('payments-team');
    expect(assigneeFor('src/payments/tool.py', rules)).toBe('py-team');
    expect(assigneeFor('x.js', [])).toBeNull();
  });
});

describe('content rate limiter', () => {
  it('never lets a window hold more than its limit', async () => {
    const time = new VirtualTime();
    const budget = new TimeBudget(3_600_000, time.clock, time.sleep);
    const limiter = new ContentRateLimiter(budget, [
      { limit: 3, windowMs: 1000 },
      { limit: 5, windowMs: 10_000 },
    ]);
    const stamps: number[] = [];
    for (let index = 0; index < 7; index += 1) {
      expect(await limiter.acquire()).toBe(true);
      stamps.push(time.clock().getTime() - Date.parse('2025-03-03T09:00:00.000Z'));
    }
    expect(stamps).toEqual([0, 0, 0, 1000, 1000, 10_000, 10_000]);
  });

  it('answers false instead of waiting past the time budget', async () => {
    const time = new VirtualTime();
    const limiter = new ContentRateLimiter(new TimeBudget(500, time.clock, time.sleep), [
      { limit: 1, windowMs: 1000 },
    ]);
    expect(await limiter.acquire()).toBe(true);
    expect(await limiter.acquire()).toBe(false);
    expect(time.sleeps).toEqual([]);
  });
});
