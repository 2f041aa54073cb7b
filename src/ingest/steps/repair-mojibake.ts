/**
 * Step 2: undo mojibake. The damaged sources are UTF-8 that was read as
 * Windows-1252 and saved again as UTF-8, so "─" (E2 94 80) reads "â”€".
 * We map each suspicious character back to the byte it stood for and decode
 * those bytes as UTF-8 again.
 *
 * Windows-1252 has no character for five byte values (0x81 0x8D 0x8F 0x90
 * 0x9D); where the original held one of them the byte was dropped, so "┐"
 * (E2 94 90) survives only as "â”". Such a sequence is one byte short: we try
 * each lost byte at each position and keep the most plausible character.
 * Some tools read the text as Windows-1254 (Turkish) instead, which differs in
 * six places ("ğ" for 0xF0): those are mapped too.
 */

/** Windows-1252's characters for 0x80..0x9F (undefined ones are absent). */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Where Windows-1254 differs from Windows-1252 in 0xA0..0xFF. */
const CP1254_DIFFERENCES: Record<number, number> = {
  0x011e: 0xd0, 0x0130: 0xdd, 0x015e: 0xde, 0x011f: 0xf0, 0x0131: 0xfd, 0x015f: 0xfe,
};

/** The byte values Windows-1252 cannot show; these are the ones that were lost. */
const LOST_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d] as const;

/**
 * Characters that technical writing (and chat exports) use most, most likely
 * first. When a lost byte leaves several candidates, the earlier one wins:
 * lines before corners, a pencil before a writing hand.
 */
const LIKELY_CHARACTERS = [
  '\uFE0F', // emoji presentation selector, follows most emoji
  '─', '│', '═', '║', '┐', '┘', '┌', '└', '├', '┤', '┬', '┴', '┼', '╗', '╝', '╔', '╚',
  '←', '→', '↑', '↓', '↔', '↕', '⇒', '▼', '▲', '►', '◄',
  '✓', '✔', '✗', '✘', '❌', '✅', '⚠', '⏱', '✏', '🔒', '🔹', '💡', '📦', '🚀',
  '”', '“', '’', '‘', '–', '—', '…', '•',
];

export interface MojibakeRepair {
  text: string;
  /** Damaged sequences turned back into their characters. */
  repaired: number;
  /** Of those, how many needed a lost byte restored. */
  lostBytesRestored: number;
  /** Lines where a sequence looked damaged but could not be decoded. */
  unrepairedLines: number[];
}

export function repairMojibake(text: string): MojibakeRepair {
  const chars = Array.from(text);
  let out = '';
  let repaired = 0;
  let lostBytesRestored = 0;

  for (let i = 0; i < chars.length; ) {
    const match = decodeAt(chars, i);
    if (match) {
      out += match.text;
      repaired++;
      if (match.restored) lostBytesRestored++;
      i += match.consumed;
      continue;
    }
    out += chars[i];
    i++;
  }
  const unrepairedLines = out
    .split('\n')
    .flatMap((line, index) => (hasMojibakeSignature(line) ? [index + 1] : []));
  return { text: out, repaired, lostBytesRestored, unrepairedLines };
}

/** True when the text still shows the classic signatures of mojibake. */
export function hasMojibakeSignature(text: string): boolean {
  return MOJIBAKE_SIGNATURE.test(text);
}

export const MOJIBAKE_SIGNATURE =
  /Ã[\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u20AC\u2122]|â[€‚„…†‡ˆ‰‹Œ‘’“”•–—˜™›œ]|ð[Ÿ\u009F]|ğŸ|Â[\u00A0-\u00BF]|ï¸|\uFFFD/;

function byteOf(ch: string): number | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0xa0 && cp <= 0xff) return cp;
  return CP1252_HIGH[cp] ?? CP1254_DIFFERENCES[cp];
}

interface Match {
  text: string;
  consumed: number;
  restored: boolean;
}

/** Tries to read one damaged UTF-8 sequence (plus any VS16 after it) at `start`. */
function decodeAt(chars: string[], start: number): Match | undefined {
  const lead = byteOf(chars[start]!);
  if (lead === undefined) return undefined;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return undefined;

  // Collect the continuation bytes that are present.
  const bytes = [lead];
  let i = start + 1;
  while (bytes.length < length && i < chars.length) {
    const b = byteOf(chars[i]!);
    if (b === undefined || b < 0x80 || b > 0xbf) break;
    bytes.push(b);
    i++;
  }

  if (bytes.length === length) {
    const decoded = strictUtf8(bytes);
    if (decoded === undefined) return undefined;
    return { text: decoded, consumed: i - start, restored: false };
  }

  // One byte short: restore it, but only when the rest of the sequence is there
  // (a lone "â" before a space is a real letter, not damage).
  if (bytes.length !== length - 1 || bytes.length < 2) return undefined;
  const best = mostLikely(candidatesWithOneLostByte(bytes));
  if (best === undefined) return undefined;
  return { text: best, consumed: i - start, restored: true };
}

function candidatesWithOneLostByte(bytes: number[]): string[] {
  const found: string[] = [];
  for (let at = 1; at <= bytes.length; at++) {
    for (const lost of LOST_BYTES) {
      const attempt = [...bytes.slice(0, at), lost, ...bytes.slice(at)];
      const decoded = strictUtf8(attempt);
      if (decoded !== undefined) found.push(decoded);
    }
  }
  return found;
}

function mostLikely(candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = plausibility(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : undefined;
}

/** Higher is more plausible; 0 means "never restore to this". */
function plausibility(ch: string): number {
  const rank = LIKELY_CHARACTERS.indexOf(ch);
  if (rank !== -1) return 1000 - rank;
  if (/\p{Extended_Pictographic}/u.test(ch)) return 50;
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x2190 && cp <= 0x259f) return 40; // arrows, technical symbols, box drawing
  if (/[\p{Co}\p{Cn}\p{Cc}\p{Cf}\p{Mn}]/u.test(ch)) return 0;
  return 10;
}

function strictUtf8(bytes: number[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}
