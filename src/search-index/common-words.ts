/**
 * The words the dialog leaves out of a query that has others, written as
 * common-words-<language>.json: those on nearly every page (cap-positions.ts
 * finds them). The index holds them as stems ("contain", "imag") while a
 * reader types "container" and "images", so the list also holds the forms the
 * pages use: the page text at each stem's positions says which word stands
 * there. Only plain words of letters count: the parts of a compound share its
 * position ("docker" in "docker-compose.yml", "DockerHub"), and a compound tells
 * pages apart.
 */
import { queryWords } from '../scripts/search-words.ts';
import type { IndexedWord } from './pagefind-format.ts';

/** Pages read per word: enough to meet its usual forms, without reading every page of a large site. */
const PAGES_READ = 200;

/**
 * `words`: the entries of the words on nearly every page; `pageTexts`: each
 * page's indexed text, in its own case, by its place in the index.
 */
export function commonWordForms(words: IndexedWord[], pageTexts: string[]): string[] {
  // Split at white space, as Pagefind counts positions; once per page read.
  const split = new Map<number, string[]>();
  const pageWords = (page: number) => {
    if (!split.has(page)) split.set(page, (pageTexts[page] ?? '').split(/\s+/).filter(Boolean));
    return split.get(page)!;
  };
  const forms = new Set(words.map((word) => word.text));
  for (const { text: stem, entry } of words) {
    const pages = Array.isArray(entry[1]) ? (entry[1] as [number, number[]][]) : [];
    let page = 0;
    for (const [delta, locations] of pages.slice(0, PAGES_READ)) {
      page += delta;
      const text = pageWords(page);
      let at = 0;
      for (const location of locations) {
        // A negative number sets the weight of the positions after it; the others count up from the last.
        if (location < 0) at = 0;
        else {
          at += location;
          const token = text[at] ?? '';
          // Full stops end sentences, not words (Pagefind drops them too).
          const form = queryWords(token)[0]?.split('.')[0];
          // A capital after the first letter joins two words ("DockerHub", "IMAGEThe"): a compound, left telling.
          if (form && /^[a-z]+$/.test(form) && !/[A-Z]/.test(token.slice(1)) && isForm(form, stem)) forms.add(form);
        }
      }
    }
  }
  return [...forms].sort();
}

/**
 * A stem and an ending of a few letters ("images", "containers", "dockerized"):
 * a stemmer only cuts endings. A longer word at a stem's position is another
 * word that shares it ("onbuild" where "on" was read), and stays telling.
 */
const isForm = (form: string, stem: string) => form.startsWith(stem) && form.length - stem.length <= 4;
