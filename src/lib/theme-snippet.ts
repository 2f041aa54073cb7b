/**
 * The one inline script on every page: applies the reader's saved theme before
 * the first paint, so there is no flash of the wrong theme. It lives here, not
 * in the layout, because deploy/headers.ts hashes this exact text into the
 * Content-Security-Policy.
 */
export const THEME_SNIPPET =
  'try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}';
