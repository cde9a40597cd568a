// The CJS build is loaded on purpose: ncc's ESM bundling of web-tree-sitter fails at runtime
// ("createRequire is not a function"). A plain object is re-exported so that both ncc and
// Node's ESM loader see it as the default export (the original sets __esModule).
const treeSitter = require('web-tree-sitter');
module.exports = { Parser: treeSitter.Parser, Language: treeSitter.Language, Query: treeSitter.Query };
