// The scanner's keyword prefilter: which of the catalog's keywords a file holds, found in one pass
// (Aho-Corasick) instead of one search per keyword and signature. Keywords are lower-case ASCII;
// a prefilter never decides a match, it only spares the signatures' regular expressions.

/** An automaton over ASCII (0-127): goto[state * 128 + code], the keywords ending in each state. */
export class KeywordSet {
  readonly words: string[];
  private readonly next: Int32Array;
  /** Per state: the keywords (indexes into words) found on reaching it, or null. */
  private readonly ends: (number[] | null)[];
  /** Per state: true when some keyword ends there (for the yes/no question). */
  private readonly accept: Uint8Array;

  constructor(words: string[]) {
    for (const w of words) {
      // eslint-disable-next-line no-control-regex
      if (!/^[\x00-\x7f]+$/.test(w) || w !== w.toLowerCase()) throw new Error(`keyword not lower-case ASCII: ${JSON.stringify(w)}`);
    }
    this.words = words;
    const edges: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    words.forEach((w, index) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let t = edges[s]!.get(c);
        if (t === undefined) {
          t = edges.length;
          edges.push(new Map());
          ends.push([]);
          edges[s]!.set(c, t);
        }
        s = t;
      }
      ends[s]!.push(index);
    });
    const n = edges.length;
    const next = new Int32Array(n * 128);
    const fail = new Int32Array(n);
    // breadth first: a state's failure link is known before its children's
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const t = edges[0]!.get(c);
      next[c] = t ?? 0;
      if (t !== undefined) queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      ends[s]!.push(...ends[fail[s]!]!);
      for (let c = 0; c < 128; c++) {
        const t = edges[s]!.get(c);
        if (t === undefined) next[s * 128 + c] = next[fail[s]! * 128 + c]!;
        else {
          fail[t] = next[fail[s]! * 128 + c]!;
          next[s * 128 + c] = t;
          queue.push(t);
        }
      }
    }
    this.next = next;
    this.ends = ends.map((e) => (e.length > 0 ? [...new Set(e)] : null));
    this.accept = Uint8Array.from(this.ends, (e) => (e ? 1 : 0));
  }

  /** Which keywords `text` holds, exactly as `text.includes(word)` would say: found[i] is 1 for
   * words[i]. A character outside ASCII is in no keyword. */
  present(text: string): Uint8Array {
    const found = new Uint8Array(this.words.length);
    const { next, ends } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = c < 128 ? next[(s << 7) | c]! : 0;
      const e = ends[s];
      if (e) for (const k of e) found[k] = 1;
    }
    return found;
  }

  /** Whether bytes[from, to) hold a keyword, ASCII letters of any case; `state` carries a run
   * over several slices (0 to start afresh). Returns -1 when one is found, else the state. A byte
   * outside ASCII is in no keyword. */
  scanBytes(bytes: Uint8Array, from: number, to: number, state: number): number {
    const { next, accept } = this;
    let s = state;
    for (let i = from; i < to; i++) {
      let c = bytes[i]!;
      if (c >= 128) {
        s = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
      s = next[(s << 7) | c]!;
      if (accept[s]) return -1;
    }
    return s;
  }
}
