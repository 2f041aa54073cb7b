/** Keyboard first: Space/Enter reveal, 1-4 grade, S skip, U undo, Escape end, ? the keys. */
import type { GradeNumber } from '../../lib/schedule';
import type { CardActions } from './card-view';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** A focused button, link or disclosure already acts on Space and Enter itself. */
const activates = (target: EventTarget | null) => target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);

export function bindKeys(active: () => { revealed: boolean } | undefined, actions: CardActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || document.querySelector('dialog[open]')) return;
    const session = active();
    if (event.key === '?') {
      event.preventDefault();
      return actions.keys();
    }
    if (!session) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if ((key === ' ' || key === 'Enter') && !activates(event.target) && !session.revealed) {
      event.preventDefault();
      actions.reveal();
    } else if (/^[1-4]$/.test(key) && session.revealed) actions.grade(Number(key) as GradeNumber);
    else if (key === 's') actions.skip();
    else if (key === 'u') actions.undo();
    else if (key === 'Escape') actions.end();
  });
}
