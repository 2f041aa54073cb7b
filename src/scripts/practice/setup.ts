/**
 * The setup form: choices remembered in this browser, all / none / only this,
 * what is due for them, and, with an interview date, the plan: how many new
 * cards a day cover every chosen entry by then, and the reviews on top.
 */
import { makePlan, type Plan } from '../../lib/plan';
import type { Progress } from '../../lib/progress';
import { DEFAULT_NEW_PER_DAY, dueSummary, newToday } from '../../lib/schedule';
import { dueIn } from '../../lib/when';
import { readStored, writeStored } from '../storage';
import type { Deck } from './deck';

const CHOICES_KEY = 'practice-setup';

export interface Choices {
  topics: string[];
  levels: string[];
  mode: 'review' | 'interview';
  newPerDay: number;
  length: number;
  /** "2026-12-14", or "" without a date. */
  interviewDate: string;
}

export const form = document.querySelector<HTMLFormElement>('[data-practice-setup]')!;
const status = form.querySelector<HTMLElement>('[data-practice-status]')!;
const planLine = form.querySelector<HTMLElement>('[data-practice-plan]')!;
const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

export function readChoices(): Choices {
  const data = new FormData(form);
  const newPerDay = Number(data.get('newPerDay'));
  return {
    topics: data.getAll('topic').map(String),
    levels: data.getAll('level').map(String),
    mode: data.get('mode') === 'interview' ? 'interview' : 'review',
    newPerDay: Number.isInteger(newPerDay) && newPerDay >= 0 ? newPerDay : DEFAULT_NEW_PER_DAY,
    length: Number(data.get('length')) || 5,
    interviewDate: /^\d{4}-\d{2}-\d{2}$/.test(String(data.get('interviewDate') ?? '')) ? String(data.get('interviewDate')) : '',
  };
}

/** The chosen entries' cards. */
export function chosenCards(deck: Deck, choices: Choices): Deck['cards'] {
  return deck.cards.filter((card) => choices.topics.includes(card.topic) && choices.levels.includes(card.level));
}

/** The plan to the interview date, when there is one (review mode only). */
export function currentPlan(deck: Deck, progress: Progress, choices = readChoices()): Plan | undefined {
  if (!choices.interviewDate || choices.mode !== 'review') return undefined;
  return makePlan(chosenCards(deck, choices), progress, choices.interviewDate, new Date());
}

export function applyChoices(choices: Partial<Choices>): void {
  if (Array.isArray(choices.topics)) for (const box of boxes('topic')) box.checked = choices.topics.includes(box.value);
  if (Array.isArray(choices.levels)) for (const box of boxes('level')) box.checked = choices.levels.includes(box.value);
  for (const box of boxes('mode')) box.checked = box.value === (choices.mode ?? readChoices().mode);
  for (const box of boxes('length')) box.checked = Number(box.value) === (choices.length ?? readChoices().length);
  if (choices.newPerDay !== undefined) form.querySelector<HTMLInputElement>('[name="newPerDay"]')!.value = String(choices.newPerDay);
  if (typeof choices.interviewDate === 'string') form.querySelector<HTMLInputElement>('[name="interviewDate"]')!.value = choices.interviewDate;
}

export function initSetup(deck: Deck, progress: () => Progress): void {
  try {
    const saved = JSON.parse(readStored(CHOICES_KEY).text ?? 'null') as Partial<Choices> | null;
    // Values the form does not offer match no box and are ignored.
    if (saved && typeof saved === 'object') applyChoices(saved);
  } catch {
    // Unreadable choices: the defaults stand.
  }
  form.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-select], button[data-only]');
    if (!target) return;
    const only = target.dataset['only'];
    for (const box of boxes('topic')) box.checked = only ? box.value === only : target.dataset['select'] === 'all';
    form.dispatchEvent(new Event('change'));
  });
  form.addEventListener('change', () => {
    writeStored(CHOICES_KEY, JSON.stringify(readChoices()));
    showStatus(deck, progress());
  });
  showStatus(deck, progress());
  // The choices are in view on a wide screen; on a phone Start comes first and they fold under it.
  if (matchMedia('(min-width: 48rem)').matches) form.querySelector<HTMLDetailsElement>('[data-setup-choices]')!.open = true;
  form.hidden = false;
}

export function showStatus(deck: Deck, progress: Progress, extra = ''): void {
  const choices = readChoices();
  form.dataset['mode'] = choices.mode;
  const ids = chosenCards(deck, choices).map((card) => card.id);
  const { today, next } = dueSummary(ids, progress, new Date());
  const fresh = ids.filter((id) => !progress.cards[id]).length;
  const plan = currentPlan(deck, progress, choices);
  const left = Math.max(0, (plan?.newPerDay ?? choices.newPerDay) - newToday(progress, new Date()));
  const nextText = next ? ` The next review is due ${dueIn(next.getTime(), Date.now())}.` : '';
  status.textContent = `${extra}${ids.length} entries chosen: ${today} due today, ${Math.min(fresh, left)} of ${fresh} new ones for today.${nextText}`;
  planLine.hidden = !plan;
  if (plan) planLine.textContent = describePlan(plan);
  form.querySelector<HTMLInputElement>('[name="newPerDay"]')!.disabled = !!plan;
}

function describePlan(plan: Plan): string {
  const days = plan.days === 1 ? 'today' : `in the ${plan.days} days left`;
  if (!plan.fresh) return `Plan: every chosen entry has been seen; review what falls due until the interview.`;
  const reviews = plan.reviews.length ? Math.round(plan.reviews.reduce((sum, n) => sum + n, 0) / plan.reviews.length) : 0;
  const most = Math.max(0, ...plan.reviews);
  return `Plan: ${plan.newPerDay} new a day covers all ${plan.fresh} new entries ${days}, the most-asked first, topics mixed; FSRS adds about ${reviews} reviews a day (at most ${most}) if you answer Good.`;
}
