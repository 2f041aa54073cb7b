/**
 * The schemas of the two content collections. They live outside
 * content.config.ts so that tests can validate the committed content without
 * Astro; `reference` is passed in (Astro's `reference()` at build time).
 */
import { z } from 'zod';

export const topicSchema = z.object({
  /** Shown as the topic page's heading and in navigation. */
  title: z.string().min(1),
  /** One paragraph: what the topic covers; used as the page description. */
  description: z.string().min(1),
  /** Position in the topic list, lowest first. */
  order: z.number().int(),
});

export const sourceRefSchema = z.object({
  /** The id of a document in content/sources/sources.json. */
  source: z.string().min(1),
  /** Where in that document: "Q12", "Q31 (second)", "page 40". */
  locator: z.string().min(1),
  /** The 1-based line of the entry's heading in the raw file. */
  line: z.number().int().positive(),
  /** The heading exactly as the source wrote it (after encoding repair). */
  heading: z.string().min(1),
  /** True when this source only repeats another one word for word. */
  copy: z.boolean().optional(),
});

export function questionSchema<Reference extends z.ZodType>(reference: (collection: 'topics' | 'questions') => Reference) {
  return z.object({
    /** The question as a reader would ask it: no filler, no numbering. */
    title: z.string().min(1),
    /** "question": an interview question; "note": a study section not phrased as one. */
    kind: z.enum(['question', 'note']),
    /** The topic the entry is filed under. */
    topic: reference('topics'),
    /** Position inside its topic, lowest first. */
    order: z.number().int().positive(),
    /** A plain-text short answer of one or two sentences. */
    summary: z.string().min(1),
    /** How deep the question goes. */
    level: z.enum(['basic', 'intermediate', 'advanced']),
    /** Docker subcommands and Dockerfile instructions the entry is about. */
    tags: z.array(z.string().min(1)).default([]),
    /** Other phrasings of the same question found in other sources. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Entries worth reading next. */
    related: z.array(reference('questions')).default([]),
    /** Where the entry came from; at least one source. */
    sources: z.array(sourceRefSchema).min(1),
  });
}
