/**
 * The audio of sentences said often ("Klockan är tjugo i tio." is not; "Det vet jag inte." is), kept in
 * memory so they start at once. Least recently used goes first; bounded in bytes.
 */
export class AudioCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes = 8 * 1024 * 1024) {}

  get(key: string): Buffer | undefined {
    const found = this.entries.get(key);
    if (!found) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  set(key: string, pcm: Buffer): void {
    if (pcm.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.length;
    this.entries.delete(key);
    this.entries.set(key, pcm);
    this.bytes += pcm.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
