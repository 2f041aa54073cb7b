/**
 * The theme switch: system → light → dark → system. The choice is kept in
 * localStorage; an inline script in <head> applies it before the first paint.
 */
const CHOICES = ['system', 'light', 'dark'] as const;
type Choice = (typeof CHOICES)[number];

const root = document.documentElement;
// Every page's header has the switch (Header.astro), and this script comes with the header.
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]')!;

function current(): Choice {
  const stored = root.dataset['theme'];
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function show(choice: Choice): void {
  // Capitalised by CSS ([data-theme-label]); the label is for the eye, aria-label for the ear.
  button.querySelector('[data-theme-label]')!.textContent = choice;
  button.setAttribute('aria-label', `Theme: ${choice}. Change theme`);
}

button.hidden = false;
show(current());
button.addEventListener('click', () => {
  const next = CHOICES[(CHOICES.indexOf(current()) + 1) % CHOICES.length]!;
  try {
    if (next === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (next === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = next;
  show(next);
});
