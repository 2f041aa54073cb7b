/** The deck for the practice page and the random-question link: topics as the site writes them, and every entry's card front. */
import type { APIRoute } from 'astro';
import { getEntries, getTopics } from '../lib/content';
import { questionUrl } from '../lib/urls';

export const GET: APIRoute = async () => {
  const topics = (await getTopics()).map((topic) => ({ id: topic.id, title: topic.data.title }));
  const cards = (await getEntries()).map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    topic: entry.data.topic.id,
    level: entry.data.level,
    kind: entry.data.kind,
    url: questionUrl(entry.id),
  }));
  return new Response(JSON.stringify({ topics, cards }), { headers: { 'Content-Type': 'application/json' } });
};
