import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ConfigError } from '../../model/index.js';

export type FieldPath = ReadonlyArray<string | number>;

/** Renders a path the way a user reads it: `rules[0].match.severity`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/**
 * A configuration file parsed into a YAML document that keeps source positions, so that a schema
 * problem found later on the plain value can be reported at the line the user has to edit.
 */
export class LocatedYaml {
  private readonly lines = new LineCounter();
  private readonly document: Document.Parsed;
  /** The plain JavaScript value of the document (undefined for an empty file). */
  readonly value: unknown;

  constructor(
    /** Path shown in messages, relative to the workspace. */
    readonly file: string,
    readonly text: string,
  ) {
    this.document = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    const [error] = this.document.errors;
    if (error) {
      const offset = error.pos[0];
      const field = this.fieldAtOffset(offset);
      throw new ConfigError(`invalid YAML: ${error.message.split('\n')[0]}`, {
        file,
        line: this.lineAt(offset),
        field: field || undefined,
      });
    }
    try {
      this.value = this.document.contents === null ? undefined : this.document.toJS({ maxAliasCount: 100 });
    } catch (cause) {
      // Alias bombs and similar: still a problem with the user's file, not a crash.
      throw new ConfigError(`invalid YAML: ${(cause as Error).message}`, { file, line: 1 });
    }
  }

  /** The line (1-based) of the node at `path`; for a path that does not exist, its nearest ancestor's. */
  lineOf(path: FieldPath, { pointAtKey = false } = {}): number {
    const node = this.nodeAt(path, pointAtKey);
    return node?.range ? this.lineAt(node.range[0]) : 1;
  }

  fail(message: string, path: FieldPath, options: { pointAtKey?: boolean } = {}): never {
    throw new ConfigError(message, {
      file: this.file,
      line: this.lineOf(path, options),
      field: path.length > 0 ? formatFieldPath(path) : undefined,
    });
  }

  /** Source offset of the node at `path` (or its ancestor), to order problems as they appear in the file. */
  offsetOf(path: FieldPath): number {
    return this.nodeAt(path, false)?.range?.[0] ?? 0;
  }

  private lineAt(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  /**
   * Walks the document along `path`, stopping at the deepest node that exists. With `pointAtKey`,
   * the last step answers with the key node (an unknown key is reported where the key is written).
   */
  private nodeAt(path: FieldPath, pointAtKey: boolean): Node | null {
    let node = this.document.contents as Node | null;
    for (const [index, part] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
        if (!pair) return node;
        const next = (last && pointAtKey ? pair.key : (pair.value ?? pair.key)) as Node | null;
        if (!next) return node;
        node = next;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (!item) return node;
        node = item;
      } else {
        return node;
      }
    }
    return node;
  }

  /** The field path of the innermost key/item whose text contains `offset` (for YAML syntax errors). */
  private fieldAtOffset(offset: number): string {
    const path: Array<string | number> = [];
    let node = this.document.contents as Node | null;
    const within = (candidate: Node | null | undefined): boolean =>
      !!candidate?.range && candidate.range[0] <= offset && offset <= candidate.range[2];
    while (node) {
      if (isMap(node)) {
        const pair = node.items.find((item) => {
          const key = item.key as Node | null;
          const value = item.value as Node | null;
          const start = key?.range?.[0] ?? value?.range?.[0];
          const end = value?.range?.[2] ?? key?.range?.[2];
          return start !== undefined && end !== undefined && start <= offset && offset <= end;
        });
        if (!pair || !isScalar(pair.key)) break;
        path.push(String(pair.key.value));
        node = within(pair.value as Node | null) ? (pair.value as Node) : null;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((item) => within(item as Node | null));
        if (index < 0) break;
        path.push(index);
        node = node.items[index] as Node;
      } else {
        break;
      }
    }
    return formatFieldPath(path);
  }
}
