/**
 * One entry's full answer as HTML (Shiki-highlighted, as on its page), for
 * the back of a practice card: fetched only when the card is revealed, so
 * the practice page never loads every answer up front.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import AnswerBody from '../../components/AnswerBody.astro';
import { getEntries, type Entry } from '../../lib/content';

export const getStaticPaths: GetStaticPaths = async () => (await getEntries()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));

// Astro's container renders the same components the pages use; MDX needs its renderer added.
const container = AstroContainer.create().then((created) => {
  created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  return created;
});

export const GET: APIRoute = async ({ props }) => {
  const html = await (await container).renderToString(AnswerBody, { props: { entry: props['entry'] as Entry } });
  return new Response(JSON.stringify({ html }), { headers: { 'Content-Type': 'application/json' } });
};
