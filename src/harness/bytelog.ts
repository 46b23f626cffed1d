/**
 * An append-only byte buffer (the console a run printed, the unfinished console line): appends
 * cost amortised O(1) per byte (the storage doubles when full).
 */
export class ByteLog {
  private buf: Uint8Array;
  private used = 0;
  /** Bytes copied into the buffer so far, regrowth included (a measure of work, for tests). */
  copied = 0;

  /** `maxCapacity`: the storage never grows past it (appending past it is the caller's error). */
  constructor(private readonly initialCapacity = 1024, private readonly maxCapacity = Infinity) {
    this.buf = new Uint8Array(Math.min(initialCapacity, maxCapacity));
  }

  get length(): number {
    return this.used;
  }

  /** Room allocated. */
  get capacity(): number {
    return this.buf.length;
  }

  append(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.buf.length) {
      let cap = this.buf.length;
      while (cap < this.used + bytes.length) cap *= 2;
      const grown = new Uint8Array(Math.min(cap, Math.max(this.maxCapacity, this.used + bytes.length)));
      grown.set(this.buf.subarray(0, this.used));
      this.copied += this.used;
      this.buf = grown;
    }
    this.buf.set(bytes, this.used);
    this.copied += bytes.length;
    this.used += bytes.length;
  }

  /** The content, without copying (valid until the next append or clear). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.used);
  }

  /** A copy of the content. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.used);
  }

  /** The content decoded as UTF-8 (bytes that are not UTF-8 become U+FFFD). */
  text(): string {
    return new TextDecoder('utf-8').decode(this.view());
  }

  /** Empty the buffer (giving back room beyond 64 KiB), then append a copy of `bytes`. */
  reset(bytes?: Uint8Array): void {
    this.used = 0;
    if (this.buf.length > 1 << 16) this.buf = new Uint8Array(Math.min(this.initialCapacity, this.maxCapacity));
    if (bytes) this.append(bytes);
  }
}
