/**
 * The canonical binary encoding, as the codec module's CanonicalWriter writes it: big-endian
 * fixed-width integers, shortest LEB128 varints for lengths and counts, length-prefixed UTF-8
 * strings and bytes, sets sorted by their element encodings. A transaction built here must encode
 * byte for byte as the Java side encodes it, or its id and signature will not match; the fixture
 * test (test/encoding.test.ts) checks that against bytes written by a Java test.
 */
export class CanonicalWriter {
  private buf = new Uint8Array(64);
  private len = 0;

  private ensure(extra: number): void {
    const need = this.len + extra;
    if (need > this.buf.length) {
      const next = new Uint8Array(Math.max(need, this.buf.length * 2));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
  }

  u8(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xff) {
      throw new RangeError(`u8 out of range: ${value}`);
    }
    this.ensure(1);
    this.buf[this.len++] = value;
    return this;
  }

  u16(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffff) {
      throw new RangeError(`u16 out of range: ${value}`);
    }
    return this.u8(value >>> 8).u8(value & 0xff);
  }

  /** A signed 64-bit integer, big-endian two's complement. */
  i64(value: bigint): this {
    this.ensure(8);
    const v = BigInt.asUintN(64, value);
    for (let shift = 56n; shift >= 0n; shift -= 8n) {
      this.buf[this.len++] = Number((v >> shift) & 0xffn);
    }
    return this;
  }

  /** A non-negative 64-bit integer (heights, nonces, amounts), encoded like i64. */
  u63(value: bigint): this {
    if (value < 0n || value > 0x7fff_ffff_ffff_ffffn) {
      throw new RangeError(`u63 out of range: ${value}`);
    }
    return this.i64(value);
  }

  /** The header of a top-level encodable: u16 type tag, u8 format version. */
  header(typeTag: number, version: number): this {
    return this.u16(typeTag).u8(version);
  }

  varint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`varint out of range: ${value}`);
    }
    let v = value;
    while (v > 0x7f) {
      this.u8((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    return this.u8(v);
  }

  bool(value: boolean): this {
    return this.u8(value ? 1 : 0);
  }

  /** Exactly `size` bytes, no length prefix (hashes, keys, signatures). */
  fixed(value: Uint8Array, size: number): this {
    if (value.length !== size) {
      throw new RangeError(`expected ${size} bytes, got ${value.length}`);
    }
    return this.raw(value);
  }

  /** Length-prefixed bytes. */
  bytes(value: Uint8Array): this {
    return this.varint(value.length).raw(value);
  }

  /** Length-prefixed UTF-8; unpaired surrogates are refused as the Java writer refuses them. */
  string(value: string): this {
    if (!value.isWellFormed()) {
      throw new RangeError('string is not valid Unicode (unpaired surrogate)');
    }
    return this.bytes(new TextEncoder().encode(value));
  }

  /** A set: element encodings sorted (unsigned lexicographic), duplicates refused. */
  set(encodedElements: Uint8Array[]): this {
    const sorted = [...encodedElements].sort(compareBytes);
    this.varint(sorted.length);
    sorted.forEach((e, i) => {
      if (i > 0 && compareBytes(sorted[i - 1], e) === 0) {
        throw new RangeError('duplicate element in set');
      }
      this.raw(e);
    });
    return this;
  }

  raw(value: Uint8Array): this {
    this.ensure(value.length);
    this.buf.set(value, this.len);
    this.len += value.length;
    return this;
  }

  toBytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      return a[i] - b[i];
    }
  }
  return a.length - b.length;
}
