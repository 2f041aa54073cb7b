/**
 * Every internal link goes through here, so the site works at a domain root
 * and under a sub-path (Astro's `base`, e.g. "/docker-interview/").
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** An internal URL for a site path such as "topics/images/" or "/". */
export function url(path: string): string {
  return base + path.replace(/^\//, '');
}

export const topicUrl = (topic: string) => url(`topics/${topic}/`);
export const questionUrl = (slug: string) => url(`questions/${slug}/`);
