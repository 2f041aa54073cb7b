/**
 * Offline use, loaded once a page has loaded and the browser is idle (the
 * header script imports it), so it costs a first visit nothing. Registers
 * the Workbox service worker (src/offline/), which keeps what the reader
 * opens. Keeping the whole site offline is the reader's choice: the footer
 * offers it with its size, remembers it, and an installed app makes it on its
 * own; the files listed in offline-files.json are then fetched through the
 * worker, again when a new build changes them. Offers a reload when a new
 * build's worker is waiting, says so when a link outside the site needs the
 * network, and stays silent where service workers are unavailable or blocked.
 */
import { Workbox } from 'workbox-window';
import { url } from '../lib/urls';
import { readStored, writeStored } from './storage';

/** The build the reader keeps offline, once they chose to (the list's `build`). */
const KEPT_KEY = 'offline-kept';

interface OfflineFiles {
  build: string;
  bytes: number;
  files: string[];
}

try {
  if (navigator.serviceWorker) start();
} catch {
  // Service workers blocked (a privacy setting, some embedded browsers): the site works without them.
}

function start(): void {
  const workbox = new Workbox(url('sw.js'), { scope: url('/') });

  workbox.addEventListener('waiting', () => {
    notice('A new version of the site is ready.', {
      label: 'Reload',
      act() {
        // Reload only once the new worker controls the page, so the new pages show.
        workbox.addEventListener('controlling', () => location.reload());
        workbox.messageSkipWaiting();
      },
    });
  });

  workbox
    .register({ immediate: true })
    .then(async (registration) => {
      if (!registration) return;
      await navigator.serviceWorker.ready;
      await offerToKeep();
    })
    .catch(() => {
      // Registration refused (storage blocked, an insecure origin): the site works without offline use.
    });

  // Offline, a link outside the site cannot open: say so instead of showing the browser's error.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || navigator.onLine || link.origin === location.origin) return;
    event.preventDefault();
    notice(`You are offline: ${link.hostname} is outside this site and needs the network.`);
  });
}

/**
 * The footer's offer (the build wrote its size into it); the list of files is
 * fetched only once the reader takes it. A kept site is brought up to date
 * when a new build changed it, and an installed app keeps the site by itself.
 */
async function offerToKeep(): Promise<void> {
  const keep = document.querySelector<HTMLButtonElement>('[data-offline-keep]');
  if (!keep) return;
  const kept = readStored(KEPT_KEY).text;
  if (kept || matchMedia('(display-mode: standalone)').matches) {
    const list = await fileList();
    if (list && list.build === kept) return showKept();
    if (list) return keepOffline(list);
    return;
  }
  keep.hidden = false;
  keep.addEventListener('click', () => void fileList().then((list) => list && keepOffline(list)), { once: true });
}

function fileList(): Promise<OfflineFiles | undefined> {
  return fetch(url('offline-files.json'))
    .then((response) => (response.ok ? (response.json() as Promise<OfflineFiles>) : undefined))
    .catch(() => undefined);
}

/** Fetches every listed file through the worker, which keeps it; a few at a time, saying how far it got. */
async function keepOffline(list: OfflineFiles): Promise<void> {
  const keep = document.querySelector<HTMLButtonElement>('[data-offline-keep]')!;
  keep.hidden = true;
  const status = document.querySelector<HTMLElement>('[data-offline-status]')!;
  status.hidden = false;
  let done = 0;
  let failed = 0;
  const queue = [...list.files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const response = await fetch(file).catch(() => undefined);
      if (!response?.ok) failed++;
      done++;
      if (done % 20 === 0 || done === list.files.length) status.textContent = `Keeping the site offline: ${done} of ${list.files.length} files`;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (failed) {
    status.textContent = `${failed} files could not be kept; the site will try again on your next visit.`;
    return;
  }
  writeStored(KEPT_KEY, list.build);
  await showKept();
}

async function showKept(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  if (!status) return;
  const { usage } = (await navigator.storage?.estimate?.()) ?? {};
  status.textContent = usage ? `Available offline · ${megabytes(usage)} stored on this device` : 'Available offline';
  status.hidden = false;
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A small notice at the foot of the window, with an optional action; one at a time. */
function notice(message: string, action?: { label: string; act(): void }): void {
  document.querySelector('[data-offline-notice]')?.remove();
  const box = document.createElement('div');
  box.className = 'offline-notice';
  box.dataset['offlineNotice'] = '';
  box.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = message;
  box.append(text);
  if (action) box.append(button(action.label, action.act));
  box.append(button('Dismiss', () => box.remove()));
  document.body.append(box);
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}
