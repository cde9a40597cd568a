/** A span of a Dockerfile's source. */
export interface Span {
  start: number;
  end: number;
}

/** One instruction: its keyword (`RUN`, `from`, …) and the rest, continuation lines included. */
export interface InstructionSpan extends Span {
  keyword: Span;
  /** From the first non-blank character after the keyword to the instruction's end (may be empty). */
  args: Span;
}

export interface DockerfileLayout {
  instructions: InstructionSpan[];
  /** Comment lines, between instructions or inside a continued one (Docker drops both). */
  comments: Span[];
}

/**
 * Splits a Dockerfile into instructions and comments, as Docker reads them: an instruction runs to the
 * end of its line, or on over lines ending in `\`, where comment lines and blank lines in between are
 * skipped; a heredoc (`RUN <<EOF` … `EOF`) runs to its delimiter line. Keywords are not checked here.
 */
export function splitInstructions(source: string): DockerfileLayout {
  const lines = physicalLines(source);
  const instructions: InstructionSpan[] = [];
  const comments: Span[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const text = source.slice(line.start, line.end);
    const indent = text.length - text.trimStart().length;
    if (text.trim() === '') {
      i += 1;
      continue;
    }
    if (text.trimStart().startsWith('#')) {
      comments.push({ start: line.start + indent, end: trimmedEnd(source, line) });
      i += 1;
      continue;
    }
    const start = line.start + indent;
    const keywordEnd = start + /^\S*/.exec(source.slice(start, line.end))![0].length;
    let last = i;
    while (continues(source, lines[last]) && last + 1 < lines.length) {
      let next = last + 1;
      // Docker skips comment and blank lines inside a continued instruction.
      while (next < lines.length && isSkippedInside(source, lines[next])) {
        const skipped = source.slice(lines[next].start, lines[next].end);
        if (skipped.trim() !== '')
          comments.push({
            start: lines[next].start + skipped.length - skipped.trimStart().length,
            end: trimmedEnd(source, lines[next]),
          });
        next += 1;
      }
      if (next >= lines.length) break;
      last = next;
    }
    last = heredocEnd(source, lines, i, last);
    const end = trimmedEnd(source, lines[last]);
    const afterKeyword = source.slice(keywordEnd, end);
    const argsStart = keywordEnd + afterKeyword.length - afterKeyword.replace(/^(?:\s|\\\r?\n)+/, '').length;
    instructions.push({ start, end, keyword: { start, end: keywordEnd }, args: { start: argsStart, end } });
    i = last + 1;
  }
  return { instructions, comments };
}

/**
 * The shell text of `span` as Bash should read it: comment and blank lines inside a continuation are
 * blanked with their line end (same length, so positions stay those of the Dockerfile).
 */
export function shellText(source: string, span: Span): string {
  const text = source.slice(span.start, span.end);
  let out = '';
  let continued = false;
  for (const line of text.split(/(?<=\n)/)) {
    const body = line.replace(/\r?\n$/, '');
    if (continued && (body.trim() === '' || body.trimStart().startsWith('#'))) {
      out += ' '.repeat(line.length);
      continue;
    }
    out += line;
    continued = /\\\s*$/.test(body);
  }
  return out;
}

type Line = Span;

function physicalLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    lines.push({ start, end: source[end - 1] === '\r' ? end - 1 : end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

function trimmedEnd(source: string, line: Line): number {
  return line.start + source.slice(line.start, line.end).trimEnd().length;
}

function continues(source: string, line: Line): boolean {
  return /\\\s*$/.test(source.slice(line.start, line.end));
}

function isSkippedInside(source: string, line: Line): boolean {
  const text = source.slice(line.start, line.end).trim();
  return text === '' || text.startsWith('#');
}

/** The last line of the heredocs opened in lines `first`..`last` (`<<EOF`, `<<-"EOF"`), or `last`. */
function heredocEnd(source: string, lines: Line[], first: number, last: number): number {
  const opened = source.slice(lines[first].start, lines[last].end);
  const delimiters = [...opened.matchAll(/<<-?\s*(["']?)([A-Za-z_]\w*)\1/g)].map((m) => m[2]);
  let at = last;
  for (const delimiter of delimiters) {
    let line = at + 1;
    while (line < lines.length && source.slice(lines[line].start, lines[line].end).trim() !== delimiter)
      line += 1;
    if (line >= lines.length) return at;
    at = line;
  }
  return at;
}
