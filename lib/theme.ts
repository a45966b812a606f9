export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const THEME_STORAGE_KEY = 'waymark-theme';

/**
 * Runs in <head> before the first paint: marks the page as scripted (so controls that only exist
 * for no-JavaScript readers can hide) and applies a chosen theme without a flash of the other one.
 * Kept tiny and dependency-free: it is inlined into every page.
 */
export const bootScript = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
