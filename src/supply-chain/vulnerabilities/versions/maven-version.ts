// Maven's ComparableVersion (maven-artifact 3.8+, incl. MNG-6964), which is what the Maven
// ecosystem's OSV ranges are ordered by. No maintained npm library implements it, so it is written
// out here item for item; maven-version.test.ts holds the cases from Maven's own test-suite.

type Item = IntItem | StringItem | ListItem;

class IntItem {
  readonly kind = 'int';
  constructor(readonly value: bigint) {}
  isNull(): boolean {
    return this.value === 0n;
  }
  compareTo(other: Item | null): number {
    if (other === null) return this.value === 0n ? 0 : 1;
    if (other.kind === 'int') return this.value === other.value ? 0 : this.value < other.value ? -1 : 1;
    return 1; // 1.1 > 1-sp, 1.1 > 1-1
  }
}

// alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp < anything else
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

function comparableQualifier(qualifier: string): string {
  const index = QUALIFIERS.indexOf(qualifier);
  // Unknown qualifiers sort after every known one, then lexically among themselves.
  return index === -1 ? `${QUALIFIERS.length}-${qualifier}` : String(index);
}

function compareStrings(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

class StringItem {
  readonly kind = 'string';
  readonly value: string;
  constructor(value: string, followedByDigit: boolean) {
    if (followedByDigit && value.length === 1) {
      // 1.0a1 means 1.0-alpha-1
      value = ({ a: 'alpha', b: 'beta', m: 'milestone' } as Record<string, string>)[value] ?? value;
    }
    this.value = ALIASES[value] ?? value;
  }
  isNull(): boolean {
    return comparableQualifier(this.value) === RELEASE_INDEX;
  }
  compareTo(other: Item | null): number {
    if (other === null) return compareStrings(comparableQualifier(this.value), RELEASE_INDEX);
    if (other.kind === 'string') {
      return compareStrings(comparableQualifier(this.value), comparableQualifier(other.value));
    }
    return -1; // a qualifier is older than a number or a sub-list
  }
}

class ListItem {
  readonly kind = 'list';
  readonly items: Item[] = [];
  isNull(): boolean {
    return this.items.length === 0;
  }
  normalize(): void {
    // Trailing "null" items (0, "", ga, final, empty lists) carry no ordering: 1.0.0 = 1 = 1-ga.
    for (let i = this.items.length - 1; i >= 0; i--) {
      const last = this.items[i];
      if (last.isNull()) this.items.splice(i, 1);
      else if (last.kind !== 'list') break;
    }
  }
  compareTo(other: Item | null): number {
    if (other === null) {
      for (const item of this.items) {
        const result = item.compareTo(null);
        if (result !== 0) return result;
      }
      return 0;
    }
    if (other.kind === 'int') return -1; // 1-1 < 1.1
    if (other.kind === 'string') return 1; // 1-1 > 1-sp
    const length = Math.max(this.items.length, other.items.length);
    for (let i = 0; i < length; i++) {
      const left = this.items[i] ?? null;
      const right = other.items[i] ?? null;
      const result = left === null ? (right === null ? 0 : -right.compareTo(null)) : left.compareTo(right);
      if (result !== 0) return result;
    }
    return 0;
  }
}

function parseItem(isDigit: boolean, text: string): Item {
  return isDigit ? new IntItem(BigInt(text)) : new StringItem(text, false);
}

function parseMavenVersion(version: string): ListItem {
  const text = version.toLowerCase();
  const root = new ListItem();
  let list = root;
  const stack: ListItem[] = [root];
  const openSubList = (): void => {
    const child = new ListItem();
    list.items.push(child);
    list = child;
    stack.push(child);
  };
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === '-') {
      list.items.push(i === start ? new IntItem(0n) : parseItem(isDigit, text.slice(start, i)));
      start = i + 1;
      if (c === '-') openSubList();
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        // "alpha1": a qualifier followed by a number opens a sub-list, like "alpha-1".
        list.items.push(new StringItem(text.slice(start, i), true));
        start = i;
        openSubList();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(parseItem(true, text.slice(start, i)));
        start = i;
        openSubList();
      }
      isDigit = false;
    }
  }
  if (text.length > start) list.items.push(parseItem(isDigit, text.slice(start)));
  while (stack.length > 0) stack.pop()!.normalize();
  return root;
}

/** Orders two Maven versions as Maven's ComparableVersion does: negative, 0 or positive. */
export function compareMavenVersions(a: string, b: string): number {
  return Math.sign(parseMavenVersion(a.trim()).compareTo(parseMavenVersion(b.trim())));
}
