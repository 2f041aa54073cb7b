/**
 * The practice page, as a story: load the deck and the stored progress,
 * resume the session kept in history.state (it survives a reload and Back,
 * even with storage blocked) or start the one the URL asks for, else show
 * the setup. Every change of the session is written back to history.state.
 */
import { drawInterview, interviewParams, newSeed, readInterview } from '../../lib/draw';
import type { Progress } from '../../lib/progress';
import { gradeRecord, GRADES, sessionQueue, type GradeNumber } from '../../lib/schedule';
import * as sessions from '../../lib/session';
import { questionUrl, url } from '../../lib/urls';
import { dueIn } from '../../lib/when';
import { renderCard, stopCardTimer, type CardActions } from './card-view';
import { loadDeck, loadProgress, saveProgress, say, storageNotice } from './deck';
import { bindKeys } from './keys';
import { applyChoices, form, initSetup, readChoices, showStatus } from './setup';
import { renderSummary } from './summary-view';
import { initTools } from './tools';

const area = document.querySelector<HTMLElement>('[data-practice-card]')!;
const keysDialog = document.querySelector<HTMLDialogElement>('[data-practice-keys]')!;
const deck = await loadDeck();
let progress: Progress = loadProgress(deck);
let session: sessions.Session | undefined = resumable(history.state?.practice);

function resumable(value: unknown): sessions.Session | undefined {
  const candidate = value as sessions.Session | undefined;
  return candidate && Array.isArray(candidate.queue) && candidate.queue.every((id) => deck.byId.has(id)) ? candidate : undefined;
}

/** Shows the session (card or summary) or the setup, and remembers where the reader is. */
function show(focus: 'title' | 'answer' = 'title'): void {
  const search = session?.share ? `?${session.share}` : '';
  history.replaceState(session ? { practice: session } : null, '', `${url('practice/')}${search}`);
  form.hidden = !!session;
  area.hidden = !session;
  stopCardTimer();
  if (!session) return showStatus(deck, progress);
  if (sessions.current(session)) renderCard(area, deck, session, actions, focus);
  else renderSummary(area, deck, session, progress, { practise: (ids) => begin('review', ids), restart });
}

function begin(mode: sessions.Session['mode'], queue: string[], share?: string): void {
  session = sessions.startSession(mode, queue, Date.now(), share);
  show();
}

function restart(): void {
  session = undefined;
  show();
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
}

function updateProgress(next: Progress): void {
  progress = next;
  saveProgress(progress);
}

const actions: CardActions = {
  reveal: () => {
    if (!session || session.revealed) return;
    session = sessions.reveal(session);
    show('answer');
  },
  grade: (value: GradeNumber) => {
    if (!session?.revealed) return;
    const next = sessions.grade(session, progress, value, Date.now());
    session = next.session;
    updateProgress(next.progress);
    show();
  },
  skip: () => session && ((session = sessions.skip(session, Date.now())), show()),
  undo: () => {
    if (!session?.undo.length) return;
    const next = sessions.undo(session, progress, Date.now());
    session = next.session;
    updateProgress(next.progress);
    show();
  },
  end: () => session && ((session = sessions.end(session)), show()),
  keys: () => keysDialog.showModal(),
};

function startFromForm(): void {
  const choices = readChoices();
  const chosen = deck.cards.filter((card) => choices.topics.includes(card.topic) && choices.levels.includes(card.level));
  if (choices.mode === 'interview') {
    const choice = { seed: newSeed(), length: choices.length, topics: choices.topics, levels: choices.levels };
    const drawn = drawInterview(deck.cards, choice).map((card) => card.id);
    if (drawn.length) return begin('interview', drawn, interviewParams(choice).toString());
    return showStatus(deck, progress, 'No interview questions match these choices. ');
  }
  const queue = sessionQueue(chosen.map((card) => card.id), progress, new Date(), choices.newPerDay);
  if (queue.length) return begin('review', queue);
  showStatus(deck, progress, 'Nothing is due and today’s new cards are done. ');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  startFromForm();
});
initSetup(deck, () => progress);
initTools(deck, () => progress, (next) => {
  updateProgress(next);
  if (!session) showStatus(deck, progress);
});
bindKeys(() => (session && sessions.current(session) ? session : undefined), actions);

// A shared interview (?interview=seed…) or a topic's "Practise this topic" link (?topic=…) starts at once.
const params = new URLSearchParams(location.search);
recordFromEntryPage(params.get('entry'), Number(params.get('grade')));
const levels = [...form.querySelectorAll<HTMLInputElement>('input[name="level"]')].map((box) => box.value);
const interview = session ? undefined : readInterview(params, deck.topics.map((topic) => topic.id), levels);
const topic = session ? null : params.get('topic');
const drawn = interview ? drawInterview(deck.cards, interview).map((card) => card.id) : [];
if (interview && drawn.length) {
  applyChoices({ ...interview, topics: [...interview.topics], levels: [...interview.levels], mode: 'interview' });
  begin('interview', drawn, interviewParams(interview).toString());
} else if (topic && deck.topicTitle.has(topic)) {
  applyChoices({ topics: [topic], mode: 'review' });
  startFromForm();
} else show();

/** A grade sent by a question page's form (?entry=…&grade=1-4); show() then drops it from the URL, so a reload cannot repeat it. */
function recordFromEntryPage(id: string | null, value: number): void {
  const card = id ? deck.byId.get(id) : undefined;
  if (!card || !(value >= 1 && value <= 4)) return;
  const record = gradeRecord(progress.cards[card.id], value as GradeNumber, new Date());
  updateProgress({ ...progress, cards: { ...progress.cards, [card.id]: record } });
  say(`Recorded ${GRADES[value - 1]} for “${card.title}”: next review ${dueIn(record.due, Date.now())}.${storageNotice()}`, { href: questionUrl(card.id), text: 'Back to the entry' });
}
