/**
 * The back of a card, our short answer and the full answer, read from the
 * entry's own page: the deck (practice.json) carries only what the setup and
 * the card's front need, so it stays small as the site grows. The page is
 * fetched as the front is shown, so the back is usually there at once; it is
 * already cached once the reader has visited it, and by the offline worker.
 * Under the card's h2 the answer's headings move one level down and lose
 * their ids, as on a topic page.
 */
import { url } from '../../lib/urls';
import { wireCopyButtons } from '../copy';

interface Back {
  summary: string;
  answer: Element;
}

const backs = new Map<string, Promise<Back>>();

function loadBack(id: string): Promise<Back> {
  if (!backs.has(id)) {
    const request = fetch(url(`questions/${id}/`)).then(async (response) => {
      if (!response.ok) throw new Error(String(response.status));
      // Our own build output (Shiki-highlighted MDX), never text from elsewhere; DOMParser runs no scripts.
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const summary = page.querySelector('[data-summary]')?.textContent?.trim();
      const answer = page.querySelector('[data-answer]');
      if (!summary || !answer) throw new Error(`questions/${id}/ has no short or full answer`);
      return { summary, answer: demoteHeadings(answer) };
    });
    backs.set(id, request);
    request.catch(() => backs.delete(id));
  }
  return backs.get(id)!;
}

/** Starts fetching a card's back while its front is read. */
export function prefetchBack(id: string): void {
  loadBack(id).catch(() => {});
}

/** Fills the two answer areas; resolves to what to announce, once they are filled. */
export async function showBack(id: string, short: HTMLElement, full: HTMLElement): Promise<string> {
  try {
    const { summary, answer } = await loadBack(id);
    short.textContent = summary;
    full.replaceChildren(...[...answer.childNodes].map((node) => document.importNode(node, true)));
    wireCopyButtons(full);
    return `Answer shown: ${summary}`;
  } catch {
    short.textContent = 'The answer could not be loaded; open the entry’s page below.';
    full.replaceChildren();
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
