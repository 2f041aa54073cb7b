/**
 * The back of a card, our short answer and the key points to grade a spoken
 * answer against (the whole answer for an entry with no answer of ours yet),
 * read from the entry's own page: the deck (practice.json) carries only what the setup and
 * the card's front need, so it stays small as the site grows. The page is
 * fetched as the front is shown, so the back is usually there at once; it is
 * already cached once the reader has visited it, and by the offline worker.
 * Under the card's h2 the answer's headings move one level down and lose
 * their ids, as on a topic page. When the page cannot be fetched (offline
 * before the worker stored it), the card says so and offers to try again.
 */
import { url } from '../../lib/urls';
import { wireCopyButtons } from '../copy';
import { announce, button, el } from './dom';

interface Back {
  /** The entry's title, from its page's h1. */
  title: string;
  summary: string;
  /** The key points' list, or the whole answer where the entry has no key points. */
  answer: Element;
  heading: string;
}

/** Backs kept for undo and for a card that comes back; older ones are fetched again (from the HTTP cache). */
const KEPT_BACKS = 8;
const backs = new Map<string, Promise<Back>>();

function loadBack(id: string): Promise<Back> {
  const kept = backs.get(id);
  if (kept) {
    // Most recently used last, so the oldest is the first to go.
    backs.delete(id);
    backs.set(id, kept);
    return kept;
  }
  for (const old of [...backs.keys()].slice(0, Math.max(0, backs.size - KEPT_BACKS + 1))) backs.delete(old);
  const request = fetch(url(`questions/${id}/`)).then(async (response) => {
    if (!response.ok) throw new Error(String(response.status));
    // Our own build output (Shiki-highlighted MDX), never text from elsewhere; DOMParser runs no scripts.
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const title = page.querySelector('h1')?.textContent?.trim() ?? '';
    const summary = page.querySelector('[data-summary]')?.textContent?.trim();
    const points = page.querySelector('[data-key-points] ul');
    const answer = points ?? page.querySelector('[data-answer]');
    if (!summary || !answer) throw new Error(`questions/${id}/ has no short or full answer`);
    // A copy owned by this document, so the parsed page is not kept alive with it.
    const wrapper = page.createElement('div');
    wrapper.append(answer);
    return { title, summary, answer: document.importNode(demoteHeadings(wrapper), true), heading: points ? 'Key points' : 'Answer' };
  });
  backs.set(id, request);
  // A failure is not kept, so the next try fetches again.
  request.catch(() => backs.get(id) === request && backs.delete(id));
  return request;
}

/** Starts fetching a card's back while its front is read; resolves to the entry's title, or undefined when the page failed. */
export function prefetchBack(id: string): Promise<string | undefined> {
  return loadBack(id).then(({ title }) => title || undefined, () => undefined);
}

/** Fills the two answer areas; resolves to what to announce, once they are filled. */
export async function showBack(id: string, short: HTMLElement, full: HTMLElement, heading: HTMLElement, attempt = 1): Promise<string> {
  try {
    const { summary, answer, heading: label } = await loadBack(id);
    short.textContent = summary;
    heading.textContent = label;
    full.replaceChildren(...[...answer.childNodes].map((node) => node.cloneNode(true)));
    wireCopyButtons(full);
    return `Answer shown: ${summary}`;
  } catch {
    // Worded anew after a retry, so a screen reader announces it again.
    short.textContent = `${attempt > 1 ? `Still no answer after ${attempt} tries` : 'The answer could not be loaded'}. Check the connection and try again, or open the entry’s page below.`;
    const retry = button('Try again', () => {
      short.textContent = 'Loading…';
      full.replaceChildren('Loading…');
      // The button goes with the message; focus stays on the card's answer.
      short.closest<HTMLElement>('[tabindex]')?.focus();
      void showBack(id, short, full, heading, attempt + 1).then((text) => short.isConnected && announce(text));
    });
    full.replaceChildren(el('p', {}, retry));
    return short.textContent;
  }
}

/** One level down (h6 stays h6: HTML has no h7), without ids: the card's page has its own. */
function demoteHeadings(answer: Element): Element {
  for (const named of answer.querySelectorAll('[id]')) named.removeAttribute('id');
  for (const heading of answer.querySelectorAll('h2, h3, h4, h5')) {
    const lower = answer.ownerDocument.createElement(`h${Number(heading.tagName[1]) + 1}`);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
  return answer;
}
