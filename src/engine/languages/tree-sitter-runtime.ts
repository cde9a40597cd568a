import runtime from './web-tree-sitter-cjs.cjs';

export const { Parser, Language, Query } = runtime;
export type {
  Node as SyntaxNode,
  Tree,
  Language as LanguageType,
  Parser as ParserType,
} from 'web-tree-sitter';
