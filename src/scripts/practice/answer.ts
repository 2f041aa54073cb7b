/**
 * The full answer on the back of a card: fetched when the card is revealed,
 * never before. It is read from the entry's own page (already cached when the
 * reader has visited it, and by the offline worker), so the build renders
 * each answer once; under the card's h2 its headings move one level down and
 * lose their ids, as on a topic page.
 */
import { url } from '../../lib/urls';
import { wireCopyButtons } from '../copy';

const answers = new Map<string, Promise<Element>>();

export function loadAnswer(id: string, into: HTMLElement): void {
  if (!answers.has(id)) {
    const request = fetch(url(`questions/${id}/`)).then(async (response) => {
      if (!response.ok) throw new Error(String(response.status));
      // Our own build output (Shiki-highlighted MDX), never text from elsewhere; DOMParser runs no scripts.
      const answer = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-answer]');
      if (!answer) throw new Error(`questions/${id}/ has no answer`);
      return demoteHeadings(answer);
    });
    answers.set(id, request);
    request.catch(() => answers.delete(id));
  }
  answers.get(id)!.then(
    (answer) => {
      into.replaceChildren(...[...answer.childNodes].map((node) => document.importNode(node, true)));
      wireCopyButtons(into);
    },
    () => (into.textContent = 'The full answer could not be loaded; open the entry’s page below.'),
  );
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
