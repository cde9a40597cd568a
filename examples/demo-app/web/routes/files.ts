import { Router, type Request, type Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';

const INVOICE_DIR = path.join(process.cwd(), 'invoices');
const router = Router();

// Invoice download: the file name comes from the URL, so ../../ walks out of INVOICE_DIR.
router.get('/invoices/:name', (req: Request, res: Response) => {
  fs.readFile(path.join(INVOICE_DIR, req.params.name), (error, pdf) => {
    if (error) return res.sendStatus(404);
    res.type('application/pdf').send(pdf);
  });
});

// Receipt download done right: only the base name is kept.
router.get('/receipts/:name', (req: Request, res: Response) => {
  res.sendFile(path.join(INVOICE_DIR, 'receipts', path.basename(req.params.name)));
});

export default router;
