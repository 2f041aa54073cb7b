/**
 * The search dialog's behaviour: search as you type, filters that work before
 * typing, arrow keys through the results, a spoken result count, and result
 * links that carry the query so the opened page can mark it.
 * Loaded by search-open.ts the first time a reader opens search.
 */
import { cancelSearches, PAUSE_MS, preload, search, SHOWN, type Filters, type SearchHit, type SearchOutcome } from './search-engine';
import { matchingOption } from './search-filters';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
const start = dialog.querySelector<HTMLElement>('[data-search-start]')!;
const selects = [...dialog.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
const suggestion = dialog.querySelector<HTMLElement>('[data-search-suggestion]')!;
const more = dialog.querySelector<HTMLButtonElement>('[data-search-more]')!;
/** On a phone the filters fold under this button (CSS shows it only there). */
const filterToggle = dialog.querySelector<HTMLButtonElement>('[data-search-filter-toggle]')!;
/** On /search/ the results stay on the page, in full, once the dialog closes. */
const pageResults = document.querySelector<HTMLElement>('[data-search-page-results]');
let opener: Element | null = null;
/** How many results to show: grows with "Show more results", back to SHOWN on a new search. */
let limit = SHOWN;
/** When the last key was typed, and whether its results are still to come: to tell a reader typing on from one who stopped. */
let lastKeyAt = -Infinity;
let waiting = false;

export interface OpenOptions {
  query?: string;
  filters?: Record<string, string>;
  /** Where focus returns on close. */
  opener?: Element | null;
}

/** Called by search-open.ts once the dialog is showing; the reader may have typed already. */
export function open(options: OpenOptions = {}): void {
  opener = options.opener ?? null;
  if (options.query !== undefined) input.value = options.query;
  for (const select of selects) {
    const wanted = options.filters?.[select.dataset['searchFilter']!];
    if (wanted !== undefined) select.value = matchingOption(select, wanted)?.value ?? '';
  }
  preload();
  showFilterCount();
  limit = SHOWN;
  // Letters typed while this code loaded: the reader is likely still typing.
  lastKeyAt = performance.now();
  void refresh(options.query === undefined && input.value !== '');
}

/** "Filters (2)": a folded set of filters still says that it narrows the results. */
function showFilterCount(): void {
  const chosen = selects.filter((select) => select.value).length;
  filterToggle.textContent = chosen ? `Filters (${chosen})` : 'Filters';
}

function chosenFilters(): Filters {
  const filters: Filters = {};
  for (const select of selects) if (select.value) filters[select.dataset['searchFilter']!] = [select.value];
  return filters;
}

/** Shows the results for what is in the field; `typing` when the next key will likely replace it. */
async function refresh(typing = false): Promise<void> {
  const query = input.value.trim();
  const filters = chosenFilters();
  const idle = !query && Object.keys(filters).length === 0;
  start.hidden = !idle;
  if (idle) {
    cancelSearches();
    waiting = false;
    list.replaceChildren();
    status.textContent = '';
    suggestion.hidden = true;
    more.hidden = true;
    keepShareableUrl(query);
    return;
  }
  let outcome: SearchOutcome | null;
  waiting = true;
  try {
    outcome = await search(query, filters, limit, typing);
  } catch {
    waiting = false;
    status.textContent = status.dataset['unavailable']!;
    return;
  }
  if (!outcome) return; // a newer keystroke's search is on its way
  waiting = false;
  const { hits, total, corrected } = outcome;
  list.replaceChildren(...hits.map((hit) => resultItem(hit, corrected ?? query)));
  status.textContent = statusText(query, outcome);
  showSuggestion(corrected);
  more.hidden = hits.length >= total;
  start.hidden = hits.length > 0;
  keepShareableUrl(query);
}

function statusText(query: string, { hits, total, corrected }: SearchOutcome): string {
  const shown = hits.length < total ? `Top ${hits.length} of ${total} results` : `${hits.length} result${hits.length === 1 ? '' : 's'}`;
  if (!hits.length) return `No results${query ? ` for “${query}”` : ''}. Try fewer words, one command (docker run) or one flag (--rm), or clear the filters.`;
  if (corrected) return `${shown} for “${corrected}” (you typed “${query}”)`;
  return `${shown}${query ? ` for “${query}”` : ''}`;
}

/** "Did you mean: namespaces", a button that puts the corrected words in the field. */
function showSuggestion(corrected: string | undefined): void {
  suggestion.hidden = !corrected;
  if (!corrected) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = corrected;
  button.addEventListener('click', () => {
    input.value = corrected;
    input.focus();
    limit = SHOWN;
    void refresh();
  });
  suggestion.replaceChildren('Did you mean: ', button);
}

/** On /search/, the full list of what the dialog found, with how many results each topic holds. */
async function keepOnPage(): Promise<void> {
  if (!pageResults) return;
  const query = input.value.trim();
  const filters = chosenFilters();
  if (!query && !Object.keys(filters).length) return pageResults.replaceChildren();
  const outcome = await search(query, filters, Infinity);
  if (!outcome) return;
  const heading = document.createElement('h2');
  heading.textContent = statusText(query, outcome);
  const counts = new Map<string, number>();
  for (const hit of outcome.hits) if (hit.topic) counts.set(hit.topic, (counts.get(hit.topic) ?? 0) + 1);
  const topics = document.createElement('ul');
  topics.className = 'search-topic-counts';
  topics.setAttribute('aria-label', 'Results per topic');
  for (const [topic, count] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    const item = document.createElement('li');
    item.append(`${topic} `, span('count', String(count)));
    topics.append(item);
  }
  const results = document.createElement('ul');
  results.className = 'search-results';
  results.append(...outcome.hits.map((hit) => resultItem(hit, outcome.corrected ?? query)));
  pageResults.replaceChildren(heading, topics, results);
}

function resultItem(hit: SearchHit, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = anchor(hit.url, query, 'search-hit');
  link.append(
    span('search-hit-title', hit.title),
    span('search-hit-meta', [hit.topic, hit.level].filter(Boolean).join(' · ')),
    markedExcerpt(hit.excerpt),
  );
  item.append(link);
  if (hit.sections.length) {
    const sections = document.createElement('ul');
    sections.className = 'search-sections';
    for (const section of hit.sections) {
      const sectionItem = document.createElement('li');
      const sectionLink = anchor(section.url, query, 'search-section');
      sectionLink.textContent = section.title;
      sectionItem.append(sectionLink);
      sections.append(sectionItem);
    }
    item.append(sections);
  }
  return item;
}

/** A result link that tells the page which words to highlight: /x/?highlight=q#section. */
function anchor(url: string, query: string, className: string): HTMLAnchorElement {
  const link = document.createElement('a');
  const [path, hash] = url.split('#');
  link.href = query ? `${path}?highlight=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}` : url;
  link.className = className;
  return link;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** Pagefind's excerpt is HTML with <mark>; keep only its text and the marks. */
function markedExcerpt(html: string): HTMLSpanElement {
  const excerpt = span('search-hit-excerpt', '');
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
  for (const node of parsed.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      excerpt.append(mark);
    } else excerpt.append(node.textContent ?? '');
  }
  return excerpt;
}

/** On the search page the address bar follows the query, so it can be shared. */
function keepShareableUrl(query: string): void {
  if (!document.querySelector('[data-search-page]')) return;
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  // Written as a person would type them (?topic=storage&level=basic), and read back the same way.
  for (const select of selects) if (select.value) params.set(select.dataset['searchFilter']!, select.selectedOptions[0]?.dataset['key'] ?? select.value);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

/** Up and down move through every result link; typing goes back to the input; Escape closes. */
function onKeydown(event: KeyboardEvent): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'Escape') {
    // A search field would spend the first Escape clearing itself; close at once.
    event.preventDefault();
    dialog.close();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (!links.length || (event.target as Element).tagName === 'SELECT') return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = at === -1 ? (step === 1 ? 0 : links.length - 1) : at + step;
    if (next < 0 || next >= links.length) input.focus();
    else links[next]!.focus();
  } else if (event.key === 'Enter' && document.activeElement === input && links[0]) {
    event.preventDefault();
    links[0].click();
  } else if (at !== -1 && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
    input.focus();
  }
}

/**
 * Whether this input is one key of several: a single letter typed soon after
 * the previous one (or before its results came: a page busy loading the
 * engine delays keys), or starting a word (more letters follow). A paste, a
 * deletion, or a key after a pause is searched and shown at once.
 */
function typingOn(event: Event): boolean {
  const now = performance.now();
  const soon = now - lastKeyAt < PAUSE_MS || waiting;
  lastKeyAt = now;
  if (!(event instanceof InputEvent) || event.inputType !== 'insertText' || event.data?.length !== 1) return false;
  return soon || /(^|\s)\S$/.test(input.value.slice(0, input.selectionEnd ?? undefined));
}

// Every key asks; superseded searches come back null (search() says what waits for a pause).
const fresh = (typing: boolean) => {
  limit = SHOWN;
  void refresh(typing);
};
input.addEventListener('input', (event) => fresh(typingOn(event)));
for (const select of selects) {
  select.addEventListener('change', () => {
    showFilterCount();
    fresh(false);
  });
}
filterToggle.addEventListener('click', () => filterToggle.setAttribute('aria-expanded', String(filterToggle.getAttribute('aria-expanded') !== 'true')));
more.addEventListener('click', () => {
  // Focus goes to the first new result, so a keyboard reader carries on from there.
  const before = list.children.length;
  limit += 10;
  void refresh().then(() => list.children[before]?.querySelector('a')?.focus());
});
dialog.addEventListener('keydown', onKeydown);
dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the panel) closes, like Escape.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});
dialog.addEventListener('close', () => {
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  void keepOnPage();
});
