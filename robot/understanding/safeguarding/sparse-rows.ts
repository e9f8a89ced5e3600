/**
 * Rows of trained weights kept only where some weight is not zero: hashed features the training examples
 * never had keep their initial 0, so most of a 2^18-row table is empty. A sorted index and binary search
 * give the same numbers as the full table in a small part of its memory.
 */
export class SparseRows {
  private constructor(
    private readonly keys: Uint32Array,
    private readonly values: Float32Array,
    readonly width: number,
  ) {}

  /** `dense` holds `dense.length / width` rows of `width` weights each. */
  static from(dense: Float32Array, width: number): SparseRows {
    const rows = dense.length / width;
    const keep: number[] = [];
    for (let row = 0; row < rows; row++) {
      for (let c = 0; c < width; c++) {
        if (dense[row * width + c] !== 0) {
          keep.push(row);
          break;
        }
      }
    }
    const values = new Float32Array(keep.length * width);
    keep.forEach((row, k) => values.set(dense.subarray(row * width, (row + 1) * width), k * width));
    return new SparseRows(Uint32Array.from(keep), values, width);
  }

  /** How many rows hold a weight. */
  get size(): number {
    return this.keys.length;
  }

  /** Where the row's weights start in `weights`, or -1 when every weight of the row is 0. */
  offset(row: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const key = this.keys[mid]!;
      if (key === row) return mid * this.width;
      if (key < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The memory the rows take (index and weights). */
  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  get weights(): Float32Array {
    return this.values;
  }

  /** The rows as bytes: row count, width, the row keys, then the weights (little-endian, as the machine holds them). */
  toBytes(): Uint8Array {
    const out = new Uint8Array(8 + this.keys.byteLength + this.values.byteLength);
    const view = new DataView(out.buffer);
    view.setUint32(0, this.keys.length, true);
    view.setUint32(4, this.width, true);
    out.set(new Uint8Array(this.keys.buffer, this.keys.byteOffset, this.keys.byteLength), 8);
    out.set(new Uint8Array(this.values.buffer, this.values.byteOffset, this.values.byteLength), 8 + this.keys.byteLength);
    return out;
  }

  /** Rows written by `toBytes` at `at`, and where they end; a clear error when the bytes are cut short or of another width. */
  static fromBytes(bytes: Uint8Array, at: number, width: number): { rows: SparseRows; end: number } {
    if (bytes.byteLength < at + 8) throw new Error(`weights cut short: no row header at byte ${at}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = view.getUint32(at, true);
    if (view.getUint32(at + 4, true) !== width) throw new Error(`weights of width ${view.getUint32(at + 4, true)} where ${width} was expected`);
    const end = at + 8 + count * 4 * (1 + width);
    if (bytes.byteLength < end) throw new Error(`weights cut short: ${count} rows need ${end} bytes, the file has ${bytes.byteLength}`);
    // Copied, so the rows are aligned and own their memory whatever buffer the bytes came in (a Buffer's
    // slice is a view into node's shared pool, not a copy).
    const copy = (from: number, to: number): ArrayBuffer => {
      const out = new Uint8Array(to - from);
      out.set(bytes.subarray(from, to));
      return out.buffer;
    };
    const keys = new Uint32Array(copy(at + 8, at + 8 + count * 4));
    const values = new Float32Array(copy(at + 8 + count * 4, end));
    return { rows: new SparseRows(keys, values, width), end };
  }
}
