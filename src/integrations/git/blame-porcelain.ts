/** One line of `git blame --porcelain` output, with its commit's header fields. */
export interface BlamedLine {
  finalLine: number;
  commit: string;
  author: string;
  authorMail: string;
  authorTime: number;
  boundary: boolean;
}

const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+) (\d+)(?: \d+)?$/;

/**
 * Parses porcelain blame output. Git prints a commit's fields only the first time the commit appears,
 * so they are remembered per commit and applied to every later line of it.
 */
export function parseBlamePorcelain(output: string): BlamedLine[] {
  const commits = new Map<string, Map<string, string>>();
  const lines: BlamedLine[] = [];
  let current: { commit: string; finalLine: number } | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\t')) {
      if (current) {
        const fields = commits.get(current.commit) ?? new Map<string, string>();
        lines.push({
          finalLine: current.finalLine,
          commit: current.commit,
          author: fields.get('author') ?? '',
          authorMail: (fields.get('author-mail') ?? '').replace(/^<|>$/g, ''),
          authorTime: Number(fields.get('author-time') ?? 0),
          boundary: fields.has('boundary'),
        });
      }
      current = undefined;
      continue;
    }
    const header = HEADER.exec(line);
    if (header && !current) {
      current = { commit: header[1], finalLine: Number(header[3]) };
      if (!commits.has(current.commit)) commits.set(current.commit, new Map());
      continue;
    }
    if (current) {
      const space = line.indexOf(' ');
      const key = space === -1 ? line : line.slice(0, space);
      commits.get(current.commit)?.set(key, space === -1 ? '' : line.slice(space + 1));
    }
  }
  return lines;
}
