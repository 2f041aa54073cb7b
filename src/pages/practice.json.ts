/**
 * The deck for the practice page (src/lib/practice-deck.ts): topics with their
 * title files, and every card's front but its title. The back (short answer and
 * key points) is read from the entry's page when the card is shown.
 */
import type { APIRoute } from 'astro';
import { practiceDeck } from '../lib/practice-deck';

export const GET: APIRoute = async () => {
  const { topics, cards } = await practiceDeck();
  return new Response(JSON.stringify({ topics, cards }), { headers: { 'Content-Type': 'application/json' } });
};
