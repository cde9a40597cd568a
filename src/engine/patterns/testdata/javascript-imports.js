// ruleid: any-import-of-module
import CryptoJS from 'crypto-js';
// ruleid: any-import-of-module, named-import
import { MD5 as hash, SHA256 } from 'crypto-js';
// ruleid: any-import-of-module
import AES from 'crypto-js/aes';
// ruleid: any-import-of-module
const sha = require('crypto-js');
// ruleid: any-import-of-module, named-import
const { MD5 } = require('crypto-js');
// ok: any-import-of-module
import other from 'crypto-jsx';
// ruleid: any-import-of-module
// ok: named-import
import { SHA1 } from 'crypto-js';

// ruleid: named-imports-subset
import { spawn, fork, exec } from 'child_process';
// ok: named-imports-subset
import { exec as run } from 'child_process';

// ruleid: namespace-import
const fs = require('fs');
fs.unlinkSync(path);

const { execSync: es } = require('child_process');
// ruleid: renamed-require
es('ls');
// ok: renamed-require
execSync('ls');
