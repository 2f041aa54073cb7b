/**
 * The commands page: a filter box that hides lines and subcommands not
 * matching every typed word and puts the subcommands it names first (no
 * search index needed; the rules are in lib/command-filter.ts), a copy button per
 * line, groups folded on phones (the page is then a list of families), the
 * group of a linked command opened, and every group opened before printing.
 */
import { commandRank, filterWords, keepsLine } from '../lib/command-filter';

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

/** Each line's own text: the line, its similar lines and what its flags do. */
const ownText = new Map<HTMLElement, string>();
function lineText(row: HTMLElement, block: HTMLElement): string {
  let text = ownText.get(row);
  if (text === undefined) {
    const flags = [...block.querySelectorAll('.command-flags > div')].map((flag) => (flag.textContent ?? '').toLowerCase());
    const used = (row.dataset['flags'] ?? '').split(' ').filter(Boolean).map((place) => flags[Number(place)] ?? '');
    text = [row.dataset['text'] ?? '', ...used].join(' ');
    ownText.set(row, text);
  }
  return text;
}

const blocksOf = new Map(families.map((family) => [family, [...family.querySelectorAll<HTMLElement>('[data-command]')]]));
/** Where the families go back in: before the "no command matches" line that follows them. */
const afterFamilies = families.at(-1)?.nextElementSibling ?? null;

/**
 * Hides the lines that do not match every word, says how many each group
 * and the page keep, and puts first the subcommands the words name ("logs":
 * docker logs before the docker run lines that set a log driver), and their groups.
 */
function filter(): void {
  const words = filterWords(input?.value ?? '');
  let shown = 0;
  const ranked = families.map((family, place) => {
    const blocks = blocksOf.get(family)!.map((block, index) => {
      const about = block.dataset['about'] ?? '';
      let blockShown = 0;
      for (const row of block.querySelectorAll<HTMLElement>('[data-command-row]')) {
        const match = keepsLine(words, lineText(row, block), about);
        row.hidden = !match;
        if (match) blockShown++;
      }
      block.hidden = blockShown === 0;
      return { block, index, shown: blockShown, rank: words.length ? commandRank(words, (block.dataset['command'] ?? '').split('|')) : 0 };
    });
    blocks.sort((a, b) => a.rank - b.rank || a.index - b.index);
    family.append(...blocks.map(({ block }) => block));
    const familyShown = blocks.reduce((sum, block) => sum + block.shown, 0);
    const familyTotal = family.querySelectorAll('[data-command-row]').length;
    const familyCount = family.querySelector('.family-count');
    if (familyCount) familyCount.textContent = words.length ? `${familyShown} of ${familyTotal} commands` : `${familyTotal} commands`;
    family.hidden = familyShown === 0;
    family.open = words.length ? familyShown > 0 : !compact;
    shown += familyShown;
    return { family, place, rank: Math.min(...blocks.filter((block) => block.shown > 0).map((block) => block.rank)) };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.place - b.place);
  afterFamilies?.before(...ranked.map(({ family }) => family));
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
