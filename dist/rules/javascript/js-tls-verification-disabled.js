const https = require('https');
const fs = require('fs');

// ruleid: js-tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

function fetchInvoices(host) {
  return https.get({
    host,
    path: '/invoices',
    // ruleid: js-tls-verification-disabled
    rejectUnauthorized: false,
  });
}

// ruleid: js-tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// ok: js-tls-verification-disabled
const strictAgent = new https.Agent({ rejectUnauthorized: true });

// ok: js-tls-verification-disabled
const privateCaAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') });

// ok: js-tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

// The option is matched as text, so a comment that mentions it is flagged too (known false positive):
// todook: js-tls-verification-disabled
// never set rejectUnauthorized: false in production

module.exports = { insecureAgent, fetchInvoices, strictAgent, privateCaAgent };
