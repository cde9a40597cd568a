// ruleid: ts-namespace-import
import fs = require('fs');
// ok: ts-namespace-import
import { readFile } from 'fs';

// ruleid: ts-reexport
export type { Secret } from './types';
// ok: ts-reexport
export type { Public } from './types';
