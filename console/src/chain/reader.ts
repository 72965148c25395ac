/**
 * Reads the canonical encoding (the mirror of {@link CanonicalWriter}) for the few query
 * responses the console decodes. Every read is bounds-checked and throws DecodeError, so a
 * malformed answer shows as an error message rather than as wrong numbers.
 */
export class DecodeError extends Error {}

export class CanonicalReader {
  private pos = 0;

  constructor(private readonly data: Uint8Array) {}

  private take(n: number, field: string): Uint8Array {
    if (this.pos + n > this.data.length) {
      throw new DecodeError(`${field}: truncated`);
    }
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  u8(field: string): number {
    return this.take(1, field)[0];
  }

  u16(field: string): number {
    const b = this.take(2, field);
    return (b[0] << 8) | b[1];
  }

  u63(field: string): bigint {
    const b = this.take(8, field);
    let v = 0n;
    for (const x of b) {
      v = (v << 8n) | BigInt(x);
    }
    if (v > 0x7fff_ffff_ffff_ffffn) {
      throw new DecodeError(`${field}: negative`);
    }
    return v;
  }

  header(field: string, typeTag: number, version: number): void {
    const tag = this.u16(field);
    const v = this.u8(field);
    if (tag !== typeTag || v !== version) {
      throw new DecodeError(`${field}: type ${tag}/${v}, expected ${typeTag}/${version}`);
    }
  }

  varint(field: string, max: number): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.u8(field);
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (value > max) {
          throw new DecodeError(`${field}: ${value} over ${max}`);
        }
        return value;
      }
      scale *= 0x80;
    }
    throw new DecodeError(`${field}: varint too long`);
  }

  fixed(field: string, size: number): Uint8Array {
    return this.take(size, field);
  }

  bytes(field: string, max: number): Uint8Array {
    return this.take(this.varint(field, max), field);
  }

  string(field: string, max: number): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.bytes(field, max));
  }

  optional<T>(field: string, read: () => T): T | undefined {
    const marker = this.u8(field);
    if (marker > 1) {
      throw new DecodeError(`${field}: bad optional marker`);
    }
    return marker === 1 ? read() : undefined;
  }

  end(field: string): void {
    if (this.pos !== this.data.length) {
      throw new DecodeError(`${field}: ${this.data.length - this.pos} trailing bytes`);
    }
  }
}
