/** Copy buttons on code blocks: revealed here, since without script they could not work. */
import { copyText } from '../lib/copy-text';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const pre = button.closest('figure')?.querySelector('pre');
    if (!pre) return;
    try {
      await navigator.clipboard.writeText(copyText(pre.textContent ?? '', pre.dataset['language'] ?? 'text'));
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}
