/**
 * Step 1: bytes to text. Rejects what is not a text document (empty, binary,
 * not UTF-8) and normalises what is merely awkward (a BOM, CRLF line ends).
 */
import { IngestError } from '../errors.ts';

export interface Decoded {
  text: string;
  /** What was normalised, for the report. */
  normalised: string[];
}

const BOM = '\uFEFF';

export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new IngestError(file, undefined, 'the file is empty');
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, file);

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(file, lineOfByte(bytes, nul), 'the file is binary (it contains a NUL byte), not a text document');
  }

  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text, so that we can report removing it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new IngestError(file, lineOfByte(bytes, offset), `the file is not valid UTF-8 (byte 0x${bytes[offset]?.toString(16)} at offset ${offset})`);
  }

  const normalised: string[] = [];
  if (text.startsWith(BOM)) {
    text = text.slice(1);
    normalised.push('removed a byte-order mark');
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    normalised.push('converted CRLF line ends to LF');
  }
  if (text.trim() === '') throw new IngestError(file, undefined, 'the file holds only white space');
  return { text, normalised };
}

type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * UTF-16 (what Windows Notepad calls "Unicode"): by its byte-order mark, or,
 * without one, by text whose every other byte is NUL (ASCII in UTF-16).
 */
function utf16Encoding(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, 512);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: Utf16, file: string): Decoded {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(file, undefined, `the file looks like ${encoding.toUpperCase()} but holds an invalid sequence; save it as UTF-8`);
  }
  const normalised = [`decoded ${encoding.toUpperCase()} (the file is not UTF-8)`];
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    normalised.push('converted CRLF line ends to LF');
  }
  if (text.includes('\0')) throw new IngestError(file, text.slice(0, text.indexOf('\0')).split('\n').length, 'the file is binary (it contains a NUL character), not a text document');
  if (text.trim() === '') throw new IngestError(file, undefined, 'the file holds only white space');
  return { text, normalised };
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, found by a strict manual walk. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return 0;
}
