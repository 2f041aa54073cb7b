/** The entries as data for the practice page and the random-question link. */
import type { APIRoute } from 'astro';
import { getEntries } from '../lib/content';
import { questionUrl } from '../lib/urls';

export const GET: APIRoute = async () => {
  const entries = await getEntries();
  const cards = entries.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    topic: entry.data.topic.id,
    level: entry.data.level,
    kind: entry.data.kind,
    url: questionUrl(entry.id),
  }));
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json' } });
};
