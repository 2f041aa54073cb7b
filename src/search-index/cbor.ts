/**
 * The part of CBOR (RFC 8949) that Pagefind writes its index in: integers,
 * text strings and arrays. Encoding uses the shortest form for every length,
 * as Pagefind's encoder does, so decoding and encoding a file gives back the
 * same bytes.
 */
export type CborValue = number | string | CborValue[];

const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;

export class CborError extends Error {}

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;

  const fail = (what: string, at = offset): never => {
    throw new CborError(`${what} at byte ${at}`);
  };
  const need = (count: number) => {
    if (offset + count > bytes.length) fail('unexpected end of data');
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const width = { 24: 1, 25: 2, 26: 4, 27: 8 }[info] ?? fail(`unsupported length encoding ${info}`);
    need(width);
    const at = offset;
    offset += width;
    if (width === 1) return view.getUint8(at);
    if (width === 2) return view.getUint16(at);
    if (width === 4) return view.getUint32(at);
    const big = view.getBigUint64(at);
    return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : fail('integer too large', at);
  };
  const item = (): CborValue => {
    need(1);
    const start = offset;
    const head = view.getUint8(offset++);
    const major = head >> 5;
    if (![UNSIGNED, NEGATIVE, TEXT, ARRAY].includes(major)) return fail(`unsupported CBOR major type ${major}`, start);
    const value = argument(head & 31);
    if (major === UNSIGNED) return value;
    if (major === NEGATIVE) return value < Number.MAX_SAFE_INTEGER ? -1 - value : fail('integer too large', start);
    if (major === TEXT) {
      need(value);
      offset += value;
      try {
        return text.decode(bytes.subarray(offset - value, offset));
      } catch {
        return fail('text that is not UTF-8', start);
      }
    }
    const items: CborValue[] = [];
    for (let index = 0; index < value; index++) items.push(item());
    return items;
  };

  const value = item();
  if (offset !== bytes.length) fail('trailing data');
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, argument: number) => {
    const type = major << 5;
    if (argument < 24) out.push(type | argument);
    else if (argument < 0x100) out.push(type | 24, argument);
    else if (argument < 0x10000) out.push(type | 25, argument >> 8, argument & 0xff);
    else if (argument < 0x100000000) out.push(type | 26, ...bigEndian(argument, 4));
    else out.push(type | 27, ...bigEndian(argument, 8));
  };
  const item = (value: CborValue) => {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new CborError(`cannot encode ${value}: only integers are supported`);
      if (value >= 0) head(UNSIGNED, value);
      else head(NEGATIVE, -1 - value);
    } else if (typeof value === 'string') {
      const bytes = new TextEncoder().encode(value);
      head(TEXT, bytes.length);
      for (const byte of bytes) out.push(byte);
    } else {
      head(ARRAY, value.length);
      for (const element of value) item(element);
    }
  };
  item(value);
  return Uint8Array.from(out);
}

function bigEndian(value: number, width: number): number[] {
  const bytes: number[] = [];
  let rest = BigInt(value);
  for (let index = 0; index < width; index++) {
    bytes.unshift(Number(rest & 0xffn));
    rest >>= 8n;
  }
  return bytes;
}
