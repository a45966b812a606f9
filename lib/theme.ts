export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const THEME_STORAGE_KEY = 'waymark-theme';

/**
 * Runs in <head> before the first paint: marks the page as scripted (so controls that only exist
 * for no-JavaScript readers can hide) and applies a chosen theme without a flash of the other one.
 * Kept tiny, dependency-free and without globals: it is inlined into every page, twice (the HTML
 * and the RSC payload).
 */
export const bootScript = `!function(d,t){d.classList.add('js');try{t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t=='light'||t=='dark')d.dataset.theme=t}catch(e){}}(document.documentElement)`;
