/**
 * The two content collections, read from content/. A file that does not meet
 * its schema (src/schemas/content.ts) fails the build, naming file and field.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { questionSchema, topicSchema } from './schemas/content';

/** CONTENT_DIR lets a test build the site from a copy of content/ (tests/e2e/safety.test.ts). */
const contentDir = process.env['CONTENT_DIR'] ?? './content';

const topics = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/topics` }),
  schema: topicSchema,
});

const questions = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: `${contentDir}/questions`,
    // The file name is the entry's id and URL; the topic folder only sorts the repository.
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  }),
  schema: questionSchema(reference),
});

export const collections = { topics, questions };
