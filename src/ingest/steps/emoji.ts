/**
 * Emoji as a browser draws them, and text without them. A page font has no
 * emoji, so a reader without an emoji font sees a box ("□ Normal Exit Codes"),
 * and in a box diagram no font draws one exactly two columns wide. Arrows and
 * check marks without an emoji request (→ ✓ ✗) are text and stay: ordinary
 * fonts have them.
 */

/** A character shown as emoji by default (🔒 ✅), or any asking for emoji style (✏️ ⚠️), with what a zero-width joiner adds. */
const ONE_EMOJI = String.raw`(?:\p{Emoji_Presentation}|\P{White_Space}\uFE0F)(?:\u200D\p{Emoji})*`;

/** One emoji with the space before it. */
export const EMOJI = new RegExp(` ?${ONE_EMOJI}`, 'gu');

/** Emoji opening the text, with the spaces after them. */
const LEADING_EMOJI = new RegExp(`^(?:${ONE_EMOJI}\\s*)+`, 'u');

/** The text without its emoji and the spaces they leave: "✅ Normal Exit Codes" -> "Normal Exit Codes", "27. 🔹 Scenario" -> "27. Scenario". */
export function withoutEmoji(text: string): string {
  return text.replace(LEADING_EMOJI, '').replace(EMOJI, '');
}
