/**
 * The web app manifest: what a browser needs to install the site as an app.
 * Start URL, scope and icons follow BASE_PATH. The header's theme colour for
 * dark mode is set per colour scheme in the page head (a manifest has one).
 */
import type { APIRoute } from 'astro';
import { url } from '../lib/urls';

export const GET: APIRoute = () => {
  const icon = (file: string, size: number, purpose: 'any' | 'maskable') => ({ src: url(`icons/${file}`), sizes: `${size}x${size}`, type: 'image/png', purpose });
  const manifest = {
    name: 'Docker interview prep',
    short_name: 'Docker prep',
    description: 'Docker interview questions and study notes, with search and spaced-repetition practice, also offline.',
    lang: 'en',
    id: url('/'),
    start_url: url('/'),
    scope: url('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#ffffff',
    icons: [icon('icon-192.png', 192, 'any'), icon('icon-512.png', 512, 'any'), icon('maskable-512.png', 512, 'maskable')],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
