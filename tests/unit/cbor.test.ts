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

describe('CBOR: what Pagefind does not write is a CborError naming it', () => {
  const fails = (bytes: string, message: RegExp) => expect(() => decodeCbor(fromHex(bytes))).toThrow(message);
  it('data cut short', () => {
    expect(() => decodeCbor(fromHex('83010203').subarray(0, 3))).toThrow(CborError);
  });
  it('a text string longer than the data', () => {
    expect(() => decodeCbor(fromHex('6461'))).toThrow(CborError);
  });
  it('bytes after the document', () => {
    expect(() => decodeCbor(fromHex('0000'))).toThrow(CborError);
  });
  it('a map, naming where it is', () => {
    fails('8201a0', /a map at \[1\]/);
  });
  it('a floating-point number', () => {
    fails('fb3ff8000000000000', /the number 1.5 at the top: .*only integers/);
  });
  it('text that is not UTF-8', () => {
    fails('820161ff', /does not encode back to the same bytes/);
  });
  it('a length in more bytes than needed, which would not be written back the same', () => {
    fails('1817', /more bytes than necessary/);
  });
  it('an integer beyond what JavaScript holds exactly', () => {
    expect(decodeCbor(encodeCbor(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(decodeCbor(encodeCbor(-Number.MAX_SAFE_INTEGER))).toBe(-Number.MAX_SAFE_INTEGER);
    fails('1b0020000000000000', /beyond what JavaScript holds exactly/);
    fails('3b001fffffffffffff', /beyond what JavaScript holds exactly/);
  });
  it('a number that is not an integer cannot be encoded', () => {
    expect(() => encodeCbor(1.5)).toThrow(/only integers/);
  });
});
