/** A small element builder: tag, properties, then children (strings become text, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

export function button(label: string, onClick: () => void, props: Partial<HTMLButtonElement> & { dataset?: Record<string, string> } = {}): HTMLButtonElement {
  const node = el('button', { type: 'button', className: 'icon-button', ...props }, label);
  node.addEventListener('click', onClick);
  return node;
}

const announcer = document.querySelector<HTMLElement>('[data-practice-announce]')!;

/** Tells screen readers what changed (the live region is polite, so it never interrupts). */
export function announce(text: string): void {
  announcer.textContent = text;
}
