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
  /** A short introduction, plain text (shown as text, never as markup), paragraphs split by blank lines. */
  overview: z.string().default(''),
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

/** A day, "2026-12-07"; a YAML 1.1 reader (Astro's frontmatter) reads it as a date, so both are taken. */
const day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((date) => date.toISOString().slice(0, 10))]);

export const answerProvenanceSchema = z.object({
  /** The day its claims were checked against the Docker documentation. */
  checked: day,
  /** The docs.docker.com pages it was checked against. */
  docs: z.array(z.string().url()).min(1),
  /** The day a second person reviewed it, claim by claim. */
  reviewed: day.optional(),
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
    /** How many public interview-question banks of our survey ask it (content/survey/). */
    asked: z.number().int().nonnegative().default(0),
    /** Docker subcommands and Dockerfile instructions the entry is about. */
    tags: z.array(z.string().min(1)).default([]),
    /** Other phrasings of the same question found in other sources. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Entries worth reading next. */
    related: z.array(reference('questions')).default([]),
    /** Where the entry came from; none for an entry of our own. */
    sources: z.array(sourceRefSchema).default([]),
    /** Our reviewed answer opens the page (content/answers/): when and against what it was checked. */
    answer: answerProvenanceSchema.optional(),
  }).refine((entry) => entry.sources.length > 0 || entry.answer !== undefined, { message: 'an entry needs a source or our answer', path: ['sources'] });
}
