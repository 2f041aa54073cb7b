/**
 * Offline use, loaded once a page has loaded and the browser is idle (the
 * header script imports it), so it costs a first visit nothing. Registers
 * the Workbox service worker (src/offline/), says in the footer when the site
 * is available offline and how much it stores, offers a reload when a new
 * build is waiting, and says so when a link outside the site needs the network.
 */
import { Workbox } from 'workbox-window';
import { url } from '../lib/urls';

if ('serviceWorker' in navigator) {
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

  void workbox.register({ immediate: true }).then(async (registration) => {
    if (!registration) return;
    // Ready means installed and activated: every file of the build is in the cache.
    await navigator.serviceWorker.ready;
    showStatus();
  });

  // Offline, a link outside the site cannot open: say so instead of showing the browser's error.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || navigator.onLine || link.origin === location.origin) return;
    event.preventDefault();
    notice(`You are offline: ${link.hostname} is outside this site and needs the network.`);
  });
}

async function showStatus(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  if (!status) return;
  const { usage } = (await navigator.storage?.estimate?.()) ?? {};
  status.textContent = usage ? `Available offline · ${(usage / 2 ** 20).toFixed(1)} MB stored on this device` : 'Available offline';
  status.hidden = false;
}

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
