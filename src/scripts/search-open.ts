/**
 * Always on the page and tiny: opens search from the header button, `/` or
 * Ctrl/⌘+K by loading the dialog's code on first use, and marks the words a
 * reader searched for when they arrive from a result (?highlight=…).
 */
type Dialog = typeof import('./search-dialog');
let dialog: Promise<Dialog> | undefined;

/**
 * The dialog opens and takes focus at once, before its code has loaded, so
 * the first letters a reader types after `/` land in the search field.
 */
export async function openSearch(options?: import('./search-dialog').OpenOptions): Promise<void> {
  const opener = document.activeElement;
  const element = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  const input = element.querySelector<HTMLInputElement>('[data-search-input]')!;
  if (!element.open) element.showModal();
  input.focus();
  input.select();
  try {
    dialog ??= import('./search-dialog');
    (await dialog).open({ ...options, opener });
  } catch {
    // A failed import stays failed until the page is reloaded, so say that.
    const status = element.querySelector<HTMLElement>('[data-search-status]')!;
    status.textContent = status.dataset['unavailable']!;
  }
}

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target);
  if (!shortcut && !slash) return;
  event.preventDefault();
  void openSearch();
});

for (const button of document.querySelectorAll('[data-search-open]')) {
  button.addEventListener('click', (event) => {
    event.preventDefault();
    void openSearch();
  });
}

const highlight = new URLSearchParams(location.search).get('highlight');
if (highlight) void import('./search-highlight').then(({ markMatches }) => markMatches(highlight));
