/**
 * The search dialog's behaviour: search as you type, filters that work before
 * typing, arrow keys through the results, a spoken result count, and result
 * links that carry the query so the opened page can mark it.
 * Loaded by search-open.ts the first time a reader opens search.
 */
import { preload, search, SHOWN, type Filters, type SearchHit } from './search-engine';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
const start = dialog.querySelector<HTMLElement>('[data-search-start]')!;
const selects = [...dialog.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
let opener: Element | null = null;

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
    if (wanted !== undefined) select.value = wanted;
  }
  preload();
  void refresh();
}

function chosenFilters(): Filters {
  const filters: Filters = {};
  for (const select of selects) if (select.value) filters[select.dataset['searchFilter']!] = [select.value];
  return filters;
}

async function refresh(): Promise<void> {
  const query = input.value.trim();
  const filters = chosenFilters();
  const idle = !query && Object.keys(filters).length === 0;
  start.hidden = !idle;
  if (idle) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  let hits: SearchHit[] | null;
  try {
    hits = await search(query, filters);
  } catch {
    status.textContent = status.dataset['unavailable']!;
    return;
  }
  if (!hits) return; // a newer keystroke's search is on its way
  list.replaceChildren(...hits.map((hit) => resultItem(hit, query)));
  status.textContent = hits.length
    ? `${hits.length === SHOWN ? `Top ${SHOWN}` : hits.length} result${hits.length === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}`
    : `No results${query ? ` for “${query}”` : ''}. Try fewer words, one command (docker run) or one flag (--rm), or clear the filters.`;
  start.hidden = hits.length > 0;
  keepShareableUrl(query);
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
  for (const select of selects) if (select.value) params.set(select.dataset['searchFilter']!, select.value);
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

// Pagefind debounces, so each keystroke can ask; superseded searches come back null.
input.addEventListener('input', () => void refresh());
for (const select of selects) select.addEventListener('change', () => void refresh());
dialog.addEventListener('keydown', onKeydown);
dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the panel) closes, like Escape.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});
dialog.addEventListener('close', () => {
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
});
