/**
 * The words of a query that carry meaning. Learners type "stop vs kill" or
 * "what happens when I type docker run"; Pagefind wants every word to be on
 * the page, so glue words would hide the answer. Docker syntax (--rm,
 * dangling=true, docker-compose.yml) stays whole.
 */
export const GLUE_WORDS = (
  'a an and are as at be but by can could do does did for from has have how i if in into is it its me my of on or our should so than that the their them then there these this those to too vs versus was we what when where which while who why will with would you your'
).split(' ');
const GLUE = new Set(GLUE_WORDS);

export function queryWords(query: string): string[] {
  const words = query.toLowerCase().match(/(?<![-.])[-.]*[\p{L}\p{N}][\p{L}\p{N}._=-]*/gu) ?? [];
  return [...new Set(words.filter((word) => !GLUE.has(word)))];
}
