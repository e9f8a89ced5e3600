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
}
