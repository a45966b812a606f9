'use client';

import { THEME_STORAGE_KEY, themes, type Theme } from '@/lib/theme';

import { browserStorage } from './browserStorage';
import { createStore, useStore } from './clientStore';

const parseTheme = (stored: string | null | undefined): Theme =>
  stored === 'light' || stored === 'dark' ? stored : 'system';

/** Only a chosen theme is stored: the boot script in lib/theme.ts applies it before the first paint. */
const themeStorage = browserStorage(THEME_STORAGE_KEY, {
  parse: parseTheme,
  serialize: (theme) => theme,
  empty: () => 'system',
  isEmpty: (theme) => theme === 'system',
});
/** The theme the page shows, as the boot script left it on the document. */
const shownTheme = createStore(() => parseTheme(document.documentElement.dataset.theme));

function applyTheme(theme: Theme) {
  themeStorage.write(theme);
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  shownTheme.set(theme);
}

const labels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/**
 * Cycles system → light → dark. A symbol only, to keep the header on one row: the label names the
 * current theme and the next one, and the tooltip shows it to mouse users. Hidden without
 * JavaScript, where it could not work; the server renders it anyway (as "System") so it holds its
 * place in the header before the first paint.
 */
export function ThemeToggle() {
  const theme = useStore(shownTheme, (shown) => shown, 'system');
  const next = themes[(themes.indexOf(theme) + 1) % themes.length]!;
  const label = `Theme: ${labels[theme]}. Switch to ${labels[next]}`;
  return (
    <button
      type="button"
      onClick={() => applyTheme(next)}
      className="js-only grid size-8 shrink-0 place-items-center rounded-md border border-line text-base text-ink hover:bg-accent-soft"
      aria-label={label}
      title={label}
      data-print="hide"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
    </button>
  );
}
