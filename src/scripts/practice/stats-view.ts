/**
 * The statistics, drawn when the reader opens them: reviews per day over the
 * last two weeks, retention, the chosen cards by state, and the due forecast
 * for the next 14 days, as small inline SVG bar charts (no chart library).
 * Each chart has a text summary for screen readers.
 */
import type { Progress } from '../../lib/progress';
import type { LogLine } from '../../lib/review-log';
import { cardsByState, dueForecast, retention, reviewsPerDay } from '../../lib/stats';
import type { Deck } from './deck';
import { el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const DAYS = 14;

interface Source {
  progress: Progress;
  log: LogLine[];
  ids: string[];
}

export function initStats(_deck: Deck, read: () => Source): void {
  const root = document.querySelector<HTMLDetailsElement>('[data-practice-stats]');
  if (!root) return;
  const body = root.querySelector<HTMLElement>('[data-stats-body]')!;
  const draw = () => {
    if (root.open) body.replaceChildren(...render(read()));
  };
  root.addEventListener('toggle', draw);
  // Opened before this code had the deck: draw now.
  draw();
  // Fresh figures each time the statistics come into view again (after a session).
  document.addEventListener('visibilitychange', draw);
  addEventListener('practice:changed', draw);
}

function render({ progress, log, ids }: Source): Node[] {
  const now = new Date();
  const reviews = reviewsPerDay(log, now, DAYS);
  const kept = retention(log);
  const states = cardsByState(progress, ids);
  const forecast = dueForecast(progress, ids, now, DAYS);
  const share = kept.share === undefined ? 'no reviews yet' : `${Math.round(kept.share * 100)} % of ${kept.reviews} reviews answered Good or Easy`;
  return [
    chart('Reviews per day, the last 14 days', reviews, `${sum(reviews)} reviews in 14 days, ${reviews.at(-1)} today.`, (index) => (index === DAYS - 1 ? 'today' : `${DAYS - 1 - index} days ago`)),
    el('p', { className: 'stat-line' }, el('strong', {}, 'Retention: '), share, '.'),
    el('p', { className: 'stat-line' }, el('strong', {}, 'Chosen cards: '), `${states.new} new, ${states.learning} learning, ${states.review} in review.`),
    chart('Due in the next 14 days', forecast, `${forecast[0]} due today, ${sum(forecast)} in the next 14 days.`, (index) => (index === 0 ? 'today' : `in ${index} days`)),
  ];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** A bar per day; the text under it says what the bars show. */
function chart(title: string, values: number[], summary: string, label: (index: number) => string): HTMLElement {
  const width = values.length * 14;
  const height = 48;
  const top = Math.max(1, ...values);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'bars');
  svg.setAttribute('aria-hidden', 'true');
  values.forEach((value, index) => {
    const bar = document.createElementNS(SVG, 'rect');
    const barHeight = value ? Math.max(2, (value / top) * (height - 2)) : 0;
    bar.setAttribute('x', String(index * 14 + 2));
    bar.setAttribute('y', String(height - barHeight));
    bar.setAttribute('width', '10');
    bar.setAttribute('height', String(barHeight));
    const tip = document.createElementNS(SVG, 'title');
    tip.textContent = `${label(index)}: ${value}`;
    bar.append(tip);
    svg.append(bar);
  });
  return el('figure', { className: 'stat-chart' }, el('figcaption', {}, title), svg, el('p', { className: 'stat-summary' }, summary));
}
