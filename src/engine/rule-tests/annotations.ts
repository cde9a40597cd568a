/** The four `semgrep --test` annotation kinds. */
export type AnnotationKind = 'ruleid' | 'ok' | 'todoruleid' | 'todook';

/** One annotation comment, resolved to the target line it speaks about. */
export interface TestAnnotation {
  kind: AnnotationKind;
  ruleIds: string[];
  /** 1-based line of the annotation comment itself. */
  commentLine: number;
  /** 1-based line the annotation applies to: the next line that is not itself an annotation. */
  line: number;
}

// A whole-line comment (`#`, `//`, `/* … */`, JSX `{/* … */}`, `<!-- … -->`) whose text is `kind: id[, id…]`.
// Trailing comments after code are not annotations: like semgrep, an annotation marks the line below it.
const ANNOTATION_LINE =
  /^\s*(?:#|\/\/|\{?\/\*|<!--)\s*(todoruleid|todook|ruleid|ok)\s*:\s*(.*?)\s*(?:\*\/\}?|-->)?\s*$/;

/**
 * Markers for Semgrep's Pro and deep (interfile) engines, written before the ids (`ruleid: deeptodoruleid: id`);
 * they say what those engines should report, so the open-source reading keeps the first kind and the ids.
 */
const DEEP_MARKER = /\b(?:deep|pro)(?:todoruleid|todook|ruleid|ok)\s*:/g;

function parseAnnotationLine(text: string): { kind: AnnotationKind; ruleIds: string[] } | undefined {
  const match = ANNOTATION_LINE.exec(text);
  if (!match) return undefined;
  // `ruleid: deepok: id`: semgrep drops the deep-analysis marker and reads the id (see DEEP_MARKER).
  const ruleIds = match[2]
    .replace(DEEP_MARKER, '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  if (ruleIds.length === 0) return undefined;
  return { kind: match[1] as AnnotationKind, ruleIds };
}

/** Reads every annotation in a target file's text. */
export function parseTestAnnotations(text: string): TestAnnotation[] {
  const lines = text.split(/\r?\n/);
  const parsed = lines.map(parseAnnotationLine);
  const annotations: TestAnnotation[] = [];
  parsed.forEach((annotation, index) => {
    if (!annotation) return;
    let target = index + 1;
    while (target < lines.length && parsed[target]) target += 1;
    annotations.push({ ...annotation, commentLine: index + 1, line: target + 1 });
  });
  return annotations;
}
