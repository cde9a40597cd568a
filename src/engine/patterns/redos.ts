/**
 * `metavariable-analysis: {analyzer: redos}`: does a regex risk catastrophic backtracking? Follows
 * Semgrep's static heuristic: a repeat (unbounded, or up to 4+ times, not possessive) whose body holds
 * another repeat that can match a non-empty string in two different ways, followed in sequence by
 * something that can make the overall match fail (a character, an anchor, a back-reference…). So
 * `^(a+)+$` and `(\w*)*x` are flagged, `^[0-9]+$` and `(a+)+` are not.
 */

type RegexNode =
  | { kind: 'empty' }
  | { kind: 'char' }
  /** Anchors, boundaries, back-references: `constrains` when they can make a match fail. */
  | { kind: 'special'; constrains: boolean }
  | { kind: 'sequence'; items: RegexNode[] }
  | { kind: 'alternation'; branches: RegexNode[] }
  | { kind: 'repeat'; body: RegexNode; min: number; max?: number; possessive: boolean }
  | { kind: 'group'; body: RegexNode };

/** True when `source` parses and has a sub-pattern prone to exponential backtracking. */
export function isVulnerableToRedos(source: string): boolean {
  let tree: RegexNode;
  try {
    tree = new RegexParser(source).parse();
  } catch {
    return false;
  }
  return someNode(tree, (node) => {
    if (node.kind !== 'sequence') return false;
    const first = node.items.findIndex((item) => someNode(item, nestedAmbiguousRepeat));
    return first >= 0 && node.items.slice(first + 1).some((item) => someNode(item, canFail));
  });
}

function nestedAmbiguousRepeat(node: RegexNode): boolean {
  if (node.kind !== 'repeat' || node.possessive) return false;
  if (node.max !== undefined && node.max < 4) return false;
  return someNode(node.body, ambiguousRepeat);
}

/** A repeat that can match non-empty input with two different counts (`a+`, `a*`, `a{1,2}`). */
function ambiguousRepeat(node: RegexNode): boolean {
  if (node.kind === 'group') return ambiguousRepeat(node.body);
  if (node.kind !== 'repeat' || node.possessive) return false;
  if (node.max === undefined) return true;
  return (node.min >= 1 && node.max > node.min) || (node.min === 0 && node.max >= 2);
}

function canFail(node: RegexNode): boolean {
  return node.kind === 'char' || (node.kind === 'special' && node.constrains);
}

function someNode(node: RegexNode, test: (node: RegexNode) => boolean): boolean {
  if (test(node)) return true;
  switch (node.kind) {
    case 'sequence':
      return node.items.some((item) => someNode(item, test));
    case 'alternation':
      return node.branches.some((branch) => someNode(branch, test));
    case 'repeat':
    case 'group':
      return someNode(node.body, test);
    default:
      return false;
  }
}

/** A recursive-descent reader for the PCRE subset that matters to the heuristic. */
class RegexParser {
  private position = 0;

  constructor(private readonly source: string) {}

  parse(): RegexNode {
    const node = this.alternation();
    if (this.position < this.source.length) throw new SyntaxError(`unmatched ) at ${this.position}`);
    return node;
  }

  private alternation(): RegexNode {
    const branches = [this.sequence()];
    while (this.source[this.position] === '|') {
      this.position++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : { kind: 'alternation', branches };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.position < this.source.length && !'|)'.includes(this.source[this.position])) {
      items.push(this.quantified(this.atom()));
    }
    if (items.length === 0) return { kind: 'empty' };
    return items.length === 1 ? items[0] : { kind: 'sequence', items };
  }

  private quantified(atom: RegexNode): RegexNode {
    const rest = this.source.slice(this.position);
    const quantifier = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})([+?]?)/.exec(rest);
    if (!quantifier) return atom;
    this.position += quantifier[0].length;
    let min: number;
    let max: number | undefined;
    if (quantifier[1]) {
      min = quantifier[1] === '+' ? 1 : 0;
      max = quantifier[1] === '?' ? 1 : undefined;
    } else {
      min = Number(quantifier[2]);
      max = quantifier[3] ? (quantifier[4] ? Number(quantifier[4]) : undefined) : min;
    }
    return this.quantified({ kind: 'repeat', body: atom, min, max, possessive: quantifier[5] === '+' });
  }

  private atom(): RegexNode {
    const c = this.source[this.position];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    this.position++;
    if (c === '^' || c === '$') return { kind: 'special', constrains: true };
    if ('*+?'.includes(c)) throw new SyntaxError('nothing to repeat');
    return { kind: 'char' };
  }

  private group(): RegexNode {
    const rest = this.source.slice(this.position);
    const option = /^\(\?[a-zA-Z]*(?:-[a-zA-Z]*)?\)/.exec(rest);
    if (option) {
      this.position += option[0].length;
      return { kind: 'special', constrains: false };
    }
    const opener = /^\((?:\?(?::|=|!|<=|<!|>|\|P?<\w+>|'\w+'|[a-zA-Z]*(?:-[a-zA-Z]*)?:))?/.exec(rest)!;
    this.position += opener[0].length;
    const body = this.alternation();
    if (this.source[this.position] !== ')') throw new SyntaxError('missing )');
    this.position++;
    return { kind: 'group', body };
  }

  private characterClass(): RegexNode {
    let i = this.position + 1;
    if (this.source[i] === '^') i++;
    if (this.source[i] === ']') i++;
    while (i < this.source.length && this.source[i] !== ']') {
      if (this.source[i] === '\\') i++;
      else if (this.source.startsWith('[:', i)) i = this.source.indexOf(':]', i + 2) + 1;
      i++;
    }
    if (i >= this.source.length) throw new SyntaxError('missing ]');
    this.position = i + 1;
    return { kind: 'char' };
  }

  private escape(): RegexNode {
    const rest = this.source.slice(this.position);
    const escape =
      /^\\(?:[1-9]\d*|k<\w+>|k\{\w+\}|g\{?-?\w+\}?|x\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{0,2}|[pP]\{\w+\}|c.|Q[\s\S]*?(?:\\E|$)|[\s\S])/.exec(
        rest,
      );
    if (!escape) throw new SyntaxError('\\ at end of pattern');
    this.position += escape[0].length;
    const letter = escape[0][1];
    if ('bBAZzG'.includes(letter) || /^\\(?:[1-9]|k|g)/.test(escape[0]))
      return { kind: 'special', constrains: true };
    if (letter === 'K') return { kind: 'special', constrains: false };
    return { kind: 'char' };
  }
}
