/** Copy buttons on code blocks: revealed here, since without script they could not work. */
import { copyText } from '../lib/copy-text';

/** Also used by the practice page for answers it fetches. */
export function wireCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
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
}

wireCopyButtons(document);
