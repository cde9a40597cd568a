import { splitInstructions } from './dockerfile-instructions.js';

/** Dockerfile instructions (`FROM`, `run`, …): a pattern starting with another word is a Bash pattern. */
const KEYWORDS = new Set([
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir',
]);

/** Instructions whose arguments are a shell command, where `$X` and `"..."` are spelled as in Bash patterns. */
const SHELL_ARGUMENTS = new Set(['run', 'cmd', 'entrypoint', 'healthcheck', 'onbuild']);

/** A statement of its own: `...`, `$X` or `$...X`. */
const PLACEHOLDER_LINE = /^(?:\.\.\.|\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*)$/;

/**
 * A Dockerfile pattern with its metavariables and `...` spelled as placeholders, instruction by
 * instruction: shell arguments as Bash patterns spell them, others plainly. Undefined when a line does
 * not start with an instruction keyword (nor is a placeholder): Semgrep then reads the pattern as Bash
 * (`apt-get update` matches that command inside any `RUN`).
 */
export function spellDockerfilePattern(
  pattern: string,
  substitute: (text: string, language: string) => string,
): string | undefined {
  const { instructions } = splitInstructions(pattern);
  let out = '';
  let at = 0;
  for (const instruction of instructions) {
    const keyword = pattern.slice(instruction.keyword.start, instruction.keyword.end);
    const args = pattern.slice(instruction.args.start, instruction.args.end);
    const lower = keyword.toLowerCase();
    if (PLACEHOLDER_LINE.test(keyword) && args === '') {
      out += pattern.slice(at, instruction.start) + substitute(keyword, 'dockerfile');
    } else if (KEYWORDS.has(lower)) {
      // A JSON array (`CMD ["sh", "$X"]`) holds strings, not shell words: `"$X"` binds a string's value.
      const execForm = /^(?:--\S+\s+)*\[/.test(args);
      const language = SHELL_ARGUMENTS.has(lower) && !execForm ? 'bash' : 'dockerfile';
      out += pattern.slice(at, instruction.args.start) + substitute(args, language);
    } else return undefined;
    at = instruction.end;
  }
  return instructions.length === 0 ? undefined : out + pattern.slice(at);
}
