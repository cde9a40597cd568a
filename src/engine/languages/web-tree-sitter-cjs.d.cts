import type * as TreeSitter from 'web-tree-sitter';
declare const runtime: typeof TreeSitter;
export = runtime;
