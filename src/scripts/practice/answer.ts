/** The full answer on the back of a card: fetched when the card is revealed, never before. */
import { url } from '../../lib/urls';
import { wireCopyButtons } from '../copy';

const answers = new Map<string, Promise<string>>();

export function loadAnswer(id: string, into: HTMLElement): void {
  if (!answers.has(id)) {
    const request = fetch(url(`answers/${id}.json`)).then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return (response.json() as Promise<{ html: string }>).then((data) => data.html);
    });
    answers.set(id, request);
    request.catch(() => answers.delete(id));
  }
  answers.get(id)!.then(
    (html) => {
      // Our own build output (Shiki-highlighted MDX), never text from elsewhere.
      into.innerHTML = html;
      wireCopyButtons(into);
    },
    () => (into.textContent = 'The full answer could not be loaded; open the entry’s page below.'),
  );
}
