import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { ConfigError } from '../../model/index.js';

/** A parsed YAML file that can say on which line any of its nodes sits. */
export class YamlSource {
  private readonly lines = new LineCounter();
  readonly root: unknown;

  constructor(
    readonly file: string,
    text: string,
  ) {
    const document = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    const [error] = document.errors;
    if (error) {
      const line = error.linePos?.[0]?.line ?? this.lines.linePos(error.pos[0]).line;
      throw new ConfigError(`invalid YAML: ${error.message.split('\n')[0]}`, { file, line });
    }
    this.root = document.contents;
  }

  lineOf(node: unknown): number | undefined {
    const range = (node as Node | null)?.range;
    return range ? this.lines.linePos(range[0]).line : undefined;
  }

  fail(message: string, node: unknown, field?: string): never {
    throw new ConfigError(message, { file: this.file, line: this.lineOf(node), field });
  }

  /** The map's entries as [key, key node, value node], failing on non-string keys. */
  entries(map: YAMLMap): Array<[string, unknown, unknown]> {
    return map.items.map((pair: Pair) => {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') this.fail('keys must be strings', pair.key ?? map);
      return [key, pair.key, pair.value];
    });
  }

  string(node: unknown, field: string, where: unknown): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      this.fail(`'${field}' must be a non-empty string`, node ?? where, field);
    }
    return node.value;
  }

  map(node: unknown, field: string, where: unknown): YAMLMap {
    if (!isMap(node)) this.fail(`'${field}' must be a mapping`, node ?? where, field);
    return node;
  }

  list(node: unknown, field: string, where: unknown): unknown[] {
    if (!isSeq(node)) this.fail(`'${field}' must be a list`, node ?? where, field);
    return node.items;
  }
}

export function toPlain(node: unknown): unknown {
  return (node as Node | null)?.toJSON?.() ?? (isScalar(node) ? node.value : node);
}
