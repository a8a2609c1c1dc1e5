/**
 * Time-ordered record ids (UUID version 7, RFC 9562) for the bulk demo load. The stores' own
 * random (version 4) ids land all over the primary-key indexes, so at 100,000 reports nearly
 * every insert touches a page that is not in the cache; ids that rise with time are appended at
 * the end of the index instead. They are ordinary UUIDs to everything that reads them.
 */
import crypto from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Random bytes fetched 64 KiB at a time: one system call per 4,096 ids instead of one per id. */
const POOL_SIZE = 65_536;

export class TimeOrderedIds {
  private lastMs = 0;
  private counter = 0;
  private pool = Buffer.alloc(0);
  private offset = 0;

  constructor(private readonly now: () => number = Date.now) {}

  next(): string {
    let ms = this.now();
    if (ms <= this.lastMs) {
      // Several ids in one millisecond: count up in the 12 bits after the version (RFC 9562 §6.2 method 1).
      ms = this.lastMs;
      this.counter += 1;
      if (this.counter > 0xfff) {
        ms += 1;
        this.counter = 0;
      }
    } else {
      this.counter = 0;
    }
    this.lastMs = ms;
    if (this.offset + 16 > this.pool.length) {
      this.pool = crypto.randomBytes(POOL_SIZE);
      this.offset = 0;
    }
    const bytes = this.pool.subarray(this.offset, this.offset + 16);
    this.offset += 16;
    bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
    bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
    bytes[2] = (ms >>> 24) & 0xff;
    bytes[3] = (ms >>> 16) & 0xff;
    bytes[4] = (ms >>> 8) & 0xff;
    bytes[5] = ms & 0xff;
    bytes[6] = 0x70 | ((this.counter >>> 8) & 0x0f);
    bytes[7] = this.counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    let text = '';
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) text += '-';
      text += HEX[bytes[i]!];
    }
    return text;
  }
}
