/**
 * localStorage that never throws: blocked storage (a privacy setting, some
 * embedded browsers) throws on access, and full storage throws on write.
 * Callers learn which, so they can say plainly that progress is not saved.
 */
export type StorageProblem = 'blocked' | 'full' | undefined;

export function readStored(key: string): { text: string | null; problem: StorageProblem } {
  try {
    return { text: localStorage.getItem(key), problem: undefined };
  } catch {
    return { text: null, problem: 'blocked' };
  }
}

export function writeStored(key: string, text: string): StorageProblem {
  try {
    localStorage.setItem(key, text);
    return undefined;
  } catch (error) {
    return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'blocked';
  }
}

export const STORAGE_NOTICES: Record<'blocked' | 'full', string> = {
  blocked: 'This browser does not let the site store data, so your progress cannot be saved. Practice still works for this visit.',
  full: 'Browser storage is full, so your progress cannot be saved. Practice still works for this visit.',
};
