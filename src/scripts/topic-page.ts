/**
 * The topic page: the count follows the level and kind filters (which CSS
 * applies on its own), an empty result says so, and printing opens every
 * answer, since a closed one would print as its summary line.
 */
const count = document.querySelector<HTMLElement>('[data-entry-count]');
const empty = document.querySelector<HTMLElement>('[data-entry-empty]');
const form = document.querySelector<HTMLFormElement>('.filters');
const items = [...document.querySelectorAll<HTMLElement>('.entry-list > li')];

function update(): void {
  if (!count || !form) return;
  const level = new FormData(form).get('level') ?? 'all';
  const kind = new FormData(form).get('kind') ?? 'all';
  const shown = items.filter((item) => (level === 'all' || item.dataset['level'] === level) && (kind === 'all' || item.dataset['kind'] === kind)).length;
  const total = items.length;
  const noun = (n: number) => (n === 1 ? 'entry' : 'entries');
  count.textContent = shown === total ? `${total} ${noun(total)}` : `${shown} of ${total} ${noun(total)}`;
  if (empty) empty.hidden = shown > 0;
}

form?.addEventListener('change', update);
update();

addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.entry-list details')) details.open = true;
});

// A module, so its top-level names stay its own (a plain script would share them with the other page scripts).
export {};
