/**
 * The commands page: a filter box that hides lines and subcommands not
 * matching every typed word (no search index needed), a copy button per
 * line, groups folded on phones (the page is then a list of families), the
 * group of a linked command opened, and every group opened before printing.
 */
const tools = document.querySelector<HTMLElement>('[data-command-tools]');
const input = document.querySelector<HTMLInputElement>('[data-command-filter]');
const count = document.querySelector<HTMLElement>('[data-command-count]');
const empty = document.querySelector<HTMLElement>('[data-command-empty]');
const families = [...document.querySelectorAll<HTMLDetailsElement>('[data-command-family]')];
const rows = document.querySelectorAll('[data-command-row]');

const compact = matchMedia('(max-width: 40rem)').matches;

/** Opens the group holding the linked family or command (#docker-volume-create), which a folded group would hide. */
function openLinked(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const family = target?.closest<HTMLDetailsElement>('[data-command-family]');
  if (!family || !target) return;
  family.open = true;
  target.scrollIntoView();
}

if (compact) families.forEach((family) => (family.open = false));
openLinked();
addEventListener('hashchange', openLinked);

function filter(): void {
  const words = (input?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const family of families) {
    let familyShown = 0;
    for (const block of family.querySelectorAll<HTMLElement>('[data-command]')) {
      const about = block.dataset['about'] ?? '';
      let blockShown = 0;
      for (const row of block.querySelectorAll<HTMLElement>('[data-command-row]')) {
        const text = `${row.dataset['text'] ?? ''} ${about}`;
        const match = words.every((word) => text.includes(word));
        row.hidden = !match;
        if (match) blockShown++;
      }
      block.hidden = blockShown === 0;
      familyShown += blockShown;
    }
    family.hidden = familyShown === 0;
    family.open = words.length ? familyShown > 0 : !compact;
    shown += familyShown;
  }
  if (count) count.textContent = words.length ? `${shown} of ${rows.length} commands` : `${rows.length} commands`;
  if (empty) empty.hidden = shown > 0;
}

if (tools && input) {
  tools.hidden = false;
  input.addEventListener('input', filter);
  // A filter typed before the script ran, or kept by the browser on Back.
  if (input.value) filter();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-line]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const code = button.parentElement?.querySelector('code')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}

// Closed groups would print as bare headings.
addEventListener('beforeprint', () => families.forEach((family) => (family.open = true)));

// A module, so its top-level names stay its own (a plain script would share them with the other page scripts).
export {};
