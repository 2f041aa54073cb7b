/**
 * Which entries each topic holds, as space-separated ids: what the home and
 * topic pages need to count a reader's progress per topic, and the home
 * page's random question. Fetched only by a reader who has progress
 * (progress-display.ts) or asks for a random question, and much smaller than
 * the practice deck, which carries titles too.
 */
import type { APIRoute } from 'astro';
import { entriesOf, getTopics } from '../lib/content';

export const GET: APIRoute = async () => {
  const topics = await getTopics();
  const members = Object.fromEntries(await Promise.all(topics.map(async (topic) => [topic.id, (await entriesOf(topic.id)).map((entry) => entry.id).join(' ')])));
  return new Response(JSON.stringify(members), { headers: { 'Content-Type': 'application/json' } });
};
