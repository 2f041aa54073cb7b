/**
 * The deck for the practice page: topics as the site writes them, and every
 * entry's card front. The back (short answer and key points) is read from the
 * entry's page when the card is shown, so the deck stays small as the site grows.
 */
import type { APIRoute } from 'astro';
import { getEntries, getTopics } from '../lib/content';

export const GET: APIRoute = async () => {
  const topics = (await getTopics()).map((topic) => ({ id: topic.id, title: topic.data.title }));
  const cards = (await getEntries()).map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    topic: entry.data.topic.id,
    level: entry.data.level,
    kind: entry.data.kind,
    // How many interview banks ask it: a plan to a date learns the most-asked first.
    asked: entry.data.asked,
  }));
  return new Response(JSON.stringify({ topics, cards }), { headers: { 'Content-Type': 'application/json' } });
};
