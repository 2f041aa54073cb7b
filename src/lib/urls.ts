/**
 * Every internal link goes through here, so the site works at a domain root
 * and under a sub-path (Astro's `base`, e.g. "/docker-interview/").
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** An internal URL for a site path such as "topics/images/" or "/". */
export function url(path: string): string {
  return base + path.replace(/^\//, '');
}

/** A topic's page; pages after the first of a large topic are topics/<topic>/2/ and on. */
export const topicUrl = (topic: string, page = 1) => url(page > 1 ? `topics/${topic}/${page}/` : `topics/${topic}/`);
export const questionUrl = (slug: string) => url(`questions/${slug}/`);
