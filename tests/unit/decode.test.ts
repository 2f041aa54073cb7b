import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/ingest/steps/decode.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { QA_DOC, rawSource } from '../helpers/sources.ts';

const FILE = 'content/sources/999_test.txt';
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((part) => (typeof part === 'string' ? utf8(part) : Uint8Array.from(part)));
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

/** The IngestError thrown by decoding `input`; fails the test if none is thrown. */
function decodeError(input: Uint8Array): IngestError {
  try {
    decodeSource(input, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('decodeSource accepted the input');
}

describe('decodeSource: what is not a text document is rejected', () => {
  it('empty file: IngestError naming the file, no line', () => {
    const error = decodeError(new Uint8Array());
    expect(error.file).toBe(FILE);
    expect(error.line).toBeUndefined();
    expect(error.message).toContain(FILE);
    expect(error.reason).toMatch(/empty/);
  });

  it('whitespace-only file: IngestError naming the file', () => {
    const error = decodeError(utf8('  \n\t\n   \n'));
    expect(error.file).toBe(FILE);
    expect(error.line).toBeUndefined();
    expect(error.reason).toMatch(/white ?space/);
  });

  it('a file holding only a BOM and CRLF line ends is whitespace-only too', () => {
    const error = decodeError(bytes([0xef, 0xbb, 0xbf], '\r\n\r\n'));
    expect(error.file).toBe(FILE);
    expect(error.reason).toMatch(/white ?space/);
  });

  it('binary file (NUL byte): IngestError naming the file and the line of the NUL', () => {
    const error = decodeError(bytes('first line\nsecond line\nthird ', [0x00, 0x01, 0x02], ' line\nfourth\n'));
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(3);
    expect(error.message).toContain(`${FILE}:3`);
    expect(error.reason).toMatch(/binary/);
  });

  it('a NUL on the first line is reported as line 1', () => {
    expect(decodeError(bytes([0x00], 'rest\n')).line).toBe(1);
  });

  it('UTF-16 with a byte-order mark, either byte order, is decoded and named in the report', () => {
    // "Q?\n" as UTF-16LE with a BOM: FF FE 51 00 3F 00 0A 00
    expect(decodeSource(Uint8Array.from([0xff, 0xfe, 0x51, 0x00, 0x3f, 0x00, 0x0a, 0x00]), 'doc.txt')).toEqual({ text: 'Q?\n', normalised: ['decoded UTF-16LE (the file is not UTF-8)'] });
    expect(decodeSource(Uint8Array.from([0xfe, 0xff, 0x00, 0x51, 0x00, 0x3f, 0x00, 0x0d, 0x00, 0x0a]), 'doc.txt').text).toBe('Q?\n');
  });

  it('UTF-16 without a byte-order mark (every other byte NUL) is decoded too', () => {
    const bytes = new Uint8Array([...'# Doc\n\n## 1. Caf\u00e9?\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeSource(bytes, 'doc.txt').text).toBe('# Doc\n\n## 1. Caf\u00e9?\n');
  });

  it('UTF-16 that breaks off mid-character is named as UTF-16, not as binary', () => {
    const error = decodeError(Uint8Array.from([0xff, 0xfe, 0x51, 0x00, 0x00, 0xd8, 0x0a, 0x00]));
    expect(error.reason).toMatch(/UTF-16LE/);
  });

  it('invalid UTF-8 (a Windows-1252 byte): IngestError naming the file and the line of the bad byte', () => {
    // "café" saved as Windows-1252: é is the lone byte 0xE9
    const error = decodeError(bytes('# Title\n\nA line\nthe caf', [0xe9], ' is open\nlast\n'));
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(4);
    expect(error.message).toContain(`${FILE}:4`);
    expect(error.reason).toMatch(/UTF-8/);
    expect(error.reason).toContain('0xe9');
  });

  it('invalid UTF-8 after valid multi-byte characters: the line counts only newlines', () => {
    // Valid "—" (E2 80 94) on line 1, a stray continuation byte 0x80 on line 2.
    const error = decodeError(bytes('dash — ok\nbad ', [0x80], '\n'));
    expect(error.line).toBe(2);
    expect(error.reason).toContain('0x80');
  });

  it('a multi-byte character cut short at the end of the file is reported on its line', () => {
    // "→" is E2 86 92; the file ends after E2 86.
    const error = decodeError(bytes('one\ntwo\nthree ', [0xe2, 0x86]));
    expect(error.line).toBe(3);
    expect(error.reason).toContain('0xe2');
  });
});

describe('decodeSource: what is merely awkward is normalised', () => {
  it('BOM removed, and reported', () => {
    const decoded = decodeSource(bytes([0xef, 0xbb, 0xbf], '# Docker\n'), FILE);
    expect(decoded.text).toBe('# Docker\n');
    expect(decoded.normalised).toEqual(['removed a byte-order mark']);
  });

  it('CRLF converted to LF, and reported', () => {
    const decoded = decodeSource(utf8('# Docker\r\n\r\nWhat is it?\r\n'), FILE);
    expect(decoded.text).toBe('# Docker\n\nWhat is it?\n');
    expect(decoded.normalised).toEqual(['converted CRLF line ends to LF']);
  });

  it('BOM and CRLF together are both normalised', () => {
    const decoded = decodeSource(bytes([0xef, 0xbb, 0xbf], 'a\r\nb\r\n'), FILE);
    expect(decoded.text).toBe('a\nb\n');
    expect(decoded.normalised).toHaveLength(2);
  });

  it('clean UTF-8 with non-ASCII characters passes through unchanged and nothing is reported', () => {
    const text = 'Container → image — “quoted” 🐳\n';
    const decoded = decodeSource(utf8(text), FILE);
    expect(decoded.text).toBe(text);
    expect(decoded.normalised).toEqual([]);
  });

  it('the real Q&A document decodes to exactly its own text', () => {
    const text = rawSource(QA_DOC);
    const decoded = decodeSource(utf8(text), `content/sources/${QA_DOC}`);
    expect(decoded.text).toBe(text);
    expect(decoded.normalised).toEqual([]);
  });
});
