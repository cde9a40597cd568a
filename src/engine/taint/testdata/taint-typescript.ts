import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/hello', (req: Request, res: Response): void => {
  const name: string = req.query.name as string;
  const greeting: string = `<h1>Hello ${name}</h1>`;
  // ruleid: taint-typescript
  res.send(greeting);
  // ok: taint-typescript
  res.send(`<h1>Hello ${escapeHtml(name)}</h1>`);
  // ok: taint-typescript
  res.send('<h1>Hello</h1>');
});

async function show(req: Request, res: Response): Promise<void> {
  let id: string | undefined = req.params.id;
  for (const part of [id]) {
    // ruleid: taint-typescript
    res.send(part!);
  }
  id = undefined;
  // ok: taint-typescript
  res.send(id ?? 'none');
  const record = await load(req.params.id);
  // ruleid: taint-typescript
  res.send(record);
  try {
    id = req.query.other as string;
  } catch (e: unknown) {
    id = 'x';
  }
  // ruleid: taint-typescript
  res.send(id);
}

function render(value: string): string {
  return `<p>${value}</p>`;
}

export function page(req: Request, res: Response): void {
  const html = render(req.params.slug);
  // ruleid: taint-typescript
  res.send(html);
  // ok: taint-typescript
  res.send(render('fixed'));
}
