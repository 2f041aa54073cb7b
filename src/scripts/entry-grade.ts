/**
 * Grading an entry on its own page keeps the reader there: the grade form
 * (EntryPractice.astro) is handled here. Loaded once the page is idle, with
 * the offline code (the header script), so it adds nothing to a question
 * page's first load; a grade given before that, or without script, goes to
 * the practice page, which records it instead.
 */
import { recordGrade } from './entry-grade-record';

const form = document.querySelector<HTMLFormElement>('[data-entry-grade]');
form?.addEventListener('submit', (event) => {
  const grade = Number((event.submitter as HTMLButtonElement | null)?.value);
  if (!grade) return;
  event.preventDefault();
  recordGrade(form, grade);
});
// Says the form now grades in place (the browser tests wait for it; a reader never sees it).
form?.setAttribute('data-grades-here', '');
