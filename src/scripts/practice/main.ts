/**
 * The practice page, as a story: load the deck and the stored progress,
 * resume the session kept in history.state (it survives a reload and Back,
 * even with storage blocked) or start the one the URL asks for, else show
 * the setup. Every change of the session is written back to history.state.
 */
import { drawInterview, interviewParams, newSeed, readInterview } from '../../lib/draw';
import { newCardOrder } from '../../lib/plan';
import { NEW, type Progress } from '../../lib/progress';
import { appendLog, dropLast, type LogLine } from '../../lib/review-log';
import { gradeRecord, GRADES, previewDue, sessionQueue, shortInterval, type GradeNumber } from '../../lib/schedule';
import * as sessions from '../../lib/session';
import { questionUrl, url } from '../../lib/urls';
import { dueIn } from '../../lib/when';
import { renderCard, stopCardTimer, type CardActions } from './card-view';
import { loadDeck, loadLog, loadProgress, loadTitles, saveLog, saveProgress, say, storageNotice, titleOf } from './deck';
import { el } from './dom';
import { bindKeys } from './keys';
import { applyChoices, chosenCards, currentPlan, form, initSetup, readChoices, showStatus } from './setup';
import { initStats } from './stats-view';
import { renderSummary } from './summary-view';
import { initTools } from './tools';

const area = document.querySelector<HTMLElement>('[data-practice-card]')!;
const keysDialog = document.querySelector<HTMLDialogElement>('[data-practice-keys]')!;
const deck = await loadDeck();
let progress: Progress = loadProgress(deck);
let log: LogLine[] = loadLog();
let session: sessions.Session | undefined = resumable(history.state?.practice);

function resumable(value: unknown): sessions.Session | undefined {
  const candidate = value as sessions.Session | undefined;
  return candidate && Array.isArray(candidate.queue) && candidate.queue.every((id) => deck.byId.has(id)) ? candidate : undefined;
}

/** Counts the calls of show(), so a draw that waited for titles is dropped once another show() came. */
let shown = 0;
/** While a card waits for its title, nothing on screen acts on it: the keys are off too. */
let waiting = false;
/** How long a card waits for its title file before it shows without it (its page then fills it in, card-view.ts). */
const TITLE_WAIT_MS = 3000;

/** Shows the session (card or summary) or the setup, and remembers where the reader is. */
function show(focus: 'title' | 'answer' = 'title'): void {
  const search = session?.share ? `?${session.share}` : '';
  history.replaceState(session ? { practice: session } : null, '', `${url('practice/')}${search}`);
  form.hidden = !!session;
  area.hidden = !session;
  stopCardTimer();
  if (!session) return showStatus(deck, progress);
  // The titles on screen: the card's, or every result's in the summary. Drawn at once when they are known.
  const id = sessions.current(session);
  const titled = id ? [id] : session.results.map((result) => result.id);
  const call = ++shown;
  waiting = !titled.every((card) => deck.cardTitle.has(card));
  if (!waiting) draw(focus);
  else {
    area.replaceChildren(el('p', { className: 'meta' }, 'Loading the card…'));
    const limit = new Promise((resolve) => setTimeout(resolve, TITLE_WAIT_MS));
    void Promise.race([loadTitles(deck, titled), limit]).then(() => {
      if (call !== shown) return;
      waiting = false;
      draw(focus);
    });
  }
  // The next card's topic, while this one is read.
  if (session.queue[1]) void loadTitles(deck, [session.queue[1]]);
}

function draw(focus: 'title' | 'answer'): void {
  if (!session) return;
  const id = sessions.current(session);
  // What each grade would do to this card, from ts-fsrs's preview: "Good · 3d".
  if (id) renderCard(area, deck, session, actions, focus, previewDue(progress.cards[id], new Date()).map((due) => shortInterval(due - Date.now())));
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
  dispatchEvent(new Event('practice:changed'));
}

/** A grade given to an entry, for the statistics: when, which, and the card's state before. */
function logGrade(id: string, grade: GradeNumber): void {
  log = appendLog(log, [Date.now(), grade, progress.cards[id]?.state ?? NEW]);
  saveLog(log);
}

const actions: CardActions = {
  reveal: () => {
    if (!session || session.revealed) return;
    session = sessions.reveal(session);
    show('answer');
  },
  grade: (value: GradeNumber) => {
    if (!session?.revealed) return;
    logGrade(sessions.current(session)!, value);
    const next = sessions.grade(session, progress, value, Date.now());
    session = next.session;
    updateProgress(next.progress);
    show();
  },
  skip: () => session && ((session = sessions.skip(session, Date.now())), show()),
  undo: () => {
    if (!session?.undo.length) return;
    if (session.undo.at(-1)?.graded) {
      log = dropLast(log);
      saveLog(log);
    }
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
  const chosen = chosenCards(deck, choices);
  if (choices.mode === 'interview') {
    const choice = { seed: newSeed(), length: choices.length, topics: choices.topics, levels: choices.levels };
    const drawn = drawInterview(deck.cards, choice).map((card) => card.id);
    if (drawn.length) return begin('interview', drawn, interviewParams(choice).toString());
    return showStatus(deck, progress, 'No interview questions match these choices. ');
  }
  // With an interview date, new cards come most-asked first, topics mixed, as many a day as the plan says.
  const plan = currentPlan(deck, progress, choices);
  const isNew = (card: (typeof chosen)[number]) => !progress.cards[card.id] || progress.cards[card.id]!.state === NEW;
  const ordered = plan ? [...chosen.filter((card) => !isNew(card)), ...newCardOrder(chosen.filter(isNew))] : chosen;
  const queue = sessionQueue(ordered.map((card) => card.id), progress, new Date(), plan?.newPerDay ?? choices.newPerDay);
  if (queue.length) return begin('review', queue);
  showStatus(deck, progress, 'Nothing is due and today’s new cards are done. ');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  startFromForm();
});
// Export, import and Reset first: should anything below fail on what storage held, Reset still answers.
initTools(deck, () => ({ progress, log }), (next) => {
  log = next.log;
  saveLog(log);
  updateProgress(next.progress);
  if (!session) showStatus(deck, progress);
});
initSetup(deck, () => progress);
initStats(deck, () => ({ progress, log, ids: chosenCards(deck, readChoices()).map((card) => card.id) }));
bindKeys(() => (!waiting && session && sessions.current(session) ? session : undefined), actions);

// A shared interview (?interview=seed…) or a topic's "Practise this topic" link (?topic=…) starts at once.
const params = new URLSearchParams(location.search);
await recordFromEntryPage(params.get('entry'), Number(params.get('grade')));
const levels = [...form.querySelectorAll<HTMLInputElement>('input[name="level"]')].map((box) => box.value);
const interview = session ? undefined : readInterview(params, deck.topics.map((topic) => topic.id), levels);
const topic = session ? null : params.get('topic');
// The home page's "Continue" (?start=review): a review with the remembered choices, at once.
const startNow = !session && params.get('start') === 'review';
const drawn = interview ? drawInterview(deck.cards, interview).map((card) => card.id) : [];
if (interview && drawn.length) {
  applyChoices({ ...interview, topics: [...interview.topics], levels: [...interview.levels], mode: 'interview' });
  begin('interview', drawn, interviewParams(interview).toString());
} else if (topic && deck.topicTitle.has(topic)) {
  applyChoices({ topics: [topic], mode: 'review' });
  startFromForm();
} else if (startNow) {
  applyChoices({ mode: 'review' });
  startFromForm();
} else show();

/** A grade sent by a question page's form (?entry=…&grade=1-4); show() then drops it from the URL, so a reload cannot repeat it. */
async function recordFromEntryPage(id: string | null, value: number): Promise<void> {
  const card = id ? deck.byId.get(id) : undefined;
  if (!card || !(value >= 1 && value <= 4)) return;
  const record = gradeRecord(progress.cards[card.id], value as GradeNumber, new Date());
  logGrade(card.id, value as GradeNumber);
  updateProgress({ ...progress, cards: { ...progress.cards, [card.id]: record } });
  // Saved before the title is fetched for the message, so leaving meanwhile loses nothing.
  await loadTitles(deck, [card.id]);
  say(`Recorded ${GRADES[value - 1]} for “${titleOf(deck, card.id)}”: next review ${dueIn(record.due, Date.now())}.${storageNotice()}`, { href: questionUrl(card.id), text: 'Back to the entry' });
}
