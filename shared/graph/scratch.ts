/**
 * Reusable working arrays for searches over a large graph. A vault-wide search would otherwise
 * allocate and clear several arrays of a quarter of a million entries per query; instead each
 * array is "cleared" by moving a stamp: an entry counts only when its stamp is the current one.
 */
export class SearchScratch {
  readonly size: number;
  private stamp = 0;
  private readonly stampA: Uint32Array;
  private readonly stampB: Uint32Array;
  private readonly stampC: Uint32Array;
  readonly distA: Int32Array;
  readonly distB: Int32Array;
  readonly queueA: Int32Array;
  readonly queueB: Int32Array;

  constructor(size: number) {
    this.size = size;
    this.stampA = new Uint32Array(size);
    this.stampB = new Uint32Array(size);
    this.stampC = new Uint32Array(size);
    this.distA = new Int32Array(size);
    this.distB = new Int32Array(size);
    this.queueA = new Int32Array(size);
    this.queueB = new Int32Array(size);
  }

  /** Starts a new search: every mark from the previous one is forgotten in O(1). */
  begin(): void {
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.stampA.fill(0);
      this.stampB.fill(0);
      this.stampC.fill(0);
      this.stamp = 1;
    }
  }

  hasA(v: number): boolean {
    return this.stampA[v] === this.stamp;
  }
  setA(v: number, dist: number): void {
    this.stampA[v] = this.stamp;
    this.distA[v] = dist;
  }
  hasB(v: number): boolean {
    return this.stampB[v] === this.stamp;
  }
  setB(v: number, dist: number): void {
    this.stampB[v] = this.stamp;
    this.distB[v] = dist;
  }
  /** A third mark with no distance (for example "on a shortest path"). */
  hasC(v: number): boolean {
    return this.stampC[v] === this.stamp;
  }
  setC(v: number): void {
    this.stampC[v] = this.stamp;
  }
}

/** One scratch per graph size, reused by every search over graphs of that size. */
export function scratchFor(size: number, current: SearchScratch | null): SearchScratch {
  return current && current.size >= size ? current : new SearchScratch(size);
}
