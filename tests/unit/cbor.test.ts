import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CborError, type CborValue, decodeCbor, encodeCbor } from '../../src/search-index/cbor.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

describe('CBOR: the encodings RFC 8949 (appendix A) lists', () => {
  const examples: [CborValue, string][] = [
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [1000000000000, '1b000000e8d4a51000'],
    [-1, '20'],
    [-100, '3863'],
    [-1000, '3903e7'],
    ['', '60'],
    ['a', '6161'],
    ['IETF', '6449455446'],
    ['\u00fc', '62c3bc'],
    ['\u6c34', '63e6b0b4'],
    [[], '80'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
  ];
  it.each(examples)('%j is %s, and decodes back', (value, bytes) => {
    expect(hex(encodeCbor(value))).toBe(bytes);
    expect(decodeCbor(fromHex(bytes))).toEqual(value);
  });

  it('a 25-element array takes a one-byte length', () => {
    const value = Array.from({ length: 25 }, (_, index) => index + 1);
    expect(hex(encodeCbor(value)).slice(0, 4)).toBe('9819');
  });
});

describe('CBOR: decoding then encoding gives the same value back', () => {
  const value: fc.Arbitrary<CborValue> = fc.letrec<{ value: CborValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.maxSafeInteger(),
      fc.string({ unit: 'grapheme' }),
      fc.array(tie('value'), { maxLength: 6 }),
    ),
  })).value;

  it('for any mix of integers, text and arrays', () => {
    fc.assert(
      fc.property(value, (input) => {
        expect(decodeCbor(encodeCbor(input))).toEqual(input);
      }),
    );
  });
});

describe('CBOR: what the codec does not handle is an error with a byte offset', () => {
  it('data cut short', () => {
    expect(() => decodeCbor(fromHex('83010203').subarray(0, 3))).toThrow(/unexpected end of data at byte 3/);
  });
  it('a text string longer than the data', () => {
    expect(() => decodeCbor(fromHex('6461'))).toThrow(CborError);
  });
  it('bytes after the document', () => {
    expect(() => decodeCbor(fromHex('0000'))).toThrow(/trailing data at byte 1/);
  });
  it('a map, which Pagefind does not write, at the byte where it starts', () => {
    expect(() => decodeCbor(fromHex('8201a0'))).toThrow(/unsupported CBOR major type 5 at byte 2/);
  });
  it('a floating-point number', () => {
    expect(() => decodeCbor(fromHex('fb3ff8000000000000'))).toThrow(/unsupported CBOR major type 7 at byte 0/);
  });
  it('text that is not UTF-8', () => {
    expect(() => decodeCbor(fromHex('820161ff'))).toThrow(/text that is not UTF-8 at byte 2/);
  });
  it('an integer beyond what JavaScript holds exactly', () => {
    expect(decodeCbor(encodeCbor(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(decodeCbor(encodeCbor(-Number.MAX_SAFE_INTEGER))).toBe(-Number.MAX_SAFE_INTEGER);
    expect(() => decodeCbor(fromHex('1b0020000000000000'))).toThrow(/integer too large at byte 1/);
    expect(() => decodeCbor(fromHex('3b001fffffffffffff'))).toThrow(/integer too large at byte 0/);
  });
  it('a number that is not an integer cannot be encoded', () => {
    expect(() => encodeCbor(1.5)).toThrow(/only integers/);
  });
});
