/**
 * The part of CBOR (RFC 8949) that Pagefind writes its index in: integers,
 * text strings and arrays, read and written by cborg. cborg encodes every
 * length in its shortest form, as Pagefind's encoder does, so decoding and
 * encoding a file gives back the same bytes. Anything else Pagefind might
 * start writing (maps, floats, byte strings) is an error here, so a format
 * change stops the build instead of producing a broken index.
 */
import { decode, encode } from 'cborg';

export type CborValue = number | string | CborValue[];

export class CborError extends Error {}

export function decodeCbor(bytes: Uint8Array): CborValue {
  let value: unknown;
  try {
    // strict: only shortest-form lengths, the ones encodeCbor writes back.
    value = decode(bytes, { strict: true, useMaps: true, rejectDuplicateMapKeys: true });
  } catch (error) {
    throw new CborError((error as Error).message.replace(/^CBOR decode error: /, ''));
  }
  const result = checked(value, '');
  // cborg reads text that is not UTF-8 as U+FFFD; the round trip catches that and any
  // other form that would not be written back byte for byte.
  if (!sameBytes(encode(result), bytes)) throw new CborError('the data does not encode back to the same bytes (text that is not UTF-8?)');
  return result;
}

export function encodeCbor(value: CborValue): Uint8Array {
  return encode(checked(value, ''));
}

/** The value itself, once every part of it is an integer, a text or an array of those. */
function checked(value: unknown, path: string): CborValue {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new CborError(`${describe(value)} at ${path || 'the top'}: Pagefind's index holds only integers`);
    return value;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => checked(item, `${path}[${index}]`));
    return value as CborValue[];
  }
  throw new CborError(`${describe(value)} at ${path || 'the top'}: Pagefind's index holds only integers, text and arrays`);
}

function describe(value: unknown): string {
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'bigint') return `the integer ${value}, beyond what JavaScript holds exactly,`;
  if (value instanceof Map) return 'a map';
  if (value instanceof Uint8Array) return 'a byte string';
  return `a ${value === null ? 'null' : typeof value}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
