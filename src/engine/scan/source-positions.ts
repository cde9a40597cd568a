/**
 * Converts string indexes into 1-based line/column and UTF-8 byte offsets (Semgrep reports bytes).
 * `byteBias` counts file bytes that precede the text (a BOM the decoder removed); columns do not count them.
 */
export class SourcePositions {
  private readonly lineStarts: number[] = [0];
  private readonly ascii: boolean;

  constructor(
    private readonly source: string,
    private readonly byteBias = 0,
  ) {
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.ascii = /^[\x00-\x7f]*$/.test(source);
  }

  /** 0-based line index containing `index`. */
  private lineIndex(index: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  position(index: number): { line: number; column: number; offset: number } {
    const line = this.lineIndex(index);
    return { line: line + 1, column: index - this.lineStarts[line] + 1, offset: this.byteOffset(index) };
  }

  private byteOffset(index: number): number {
    return this.byteBias + (this.ascii ? index : Buffer.byteLength(this.source.slice(0, index), 'utf8'));
  }
}
