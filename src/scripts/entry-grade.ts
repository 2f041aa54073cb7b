/**
 * Grading an entry on its own page keeps the reader there: the grade form
 * (EntryPractice.astro) is handled here, and what records the grade loads
 * only when a grade is given (question pages have 2 KB of script in all).
 * Without script, or if that code cannot load, the form goes to the practice
 * page, which records the grade instead.
 */
const form = document.querySelector<HTMLFormElement>('[data-entry-grade]');
form?.addEventListener('submit', (event) => {
  const grade = Number((event.submitter as HTMLButtonElement | null)?.value);
  if (!grade) return;
  event.preventDefault();
  import('./entry-grade-record')
    .then(({ recordGrade }) => recordGrade(form, grade))
    .catch(() => {
      const data = new FormData(form);
      data.set('grade', String(grade));
      location.assign(`${form.action}?${new URLSearchParams(data as unknown as Record<string, string>)}`);
    });
});
