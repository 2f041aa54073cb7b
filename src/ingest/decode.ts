/**
 * Step 1: bytes to text. Rejects what is not a text document (empty, binary,
 * not UTF-8) and normalises what is merely awkward (a BOM, CRLF line ends).
 */
import { IngestError } from './errors.ts';

export interface Decoded {
  text: string;
  /** What was normalised, for the report. */
  normalised: string[];
}

const BOM = '\uFEFF';

export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new IngestError(file, undefined, 'the file is empty');

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
