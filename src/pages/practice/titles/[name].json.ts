/** One topic's card titles for the practice page, in the deck's order (src/lib/practice-deck.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { practiceDeck, type TitleFile } from '../../../lib/practice-deck';

export const getStaticPaths = (async () =>
  (await practiceDeck()).titleFiles.map((file) => ({ params: { name: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { file: TitleFile }).file.titles), { headers: { 'Content-Type': 'application/json' } });
