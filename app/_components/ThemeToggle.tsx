'use client';

import { useSyncExternalStore } from 'react';

import { THEME_STORAGE_KEY, themes, type Theme } from '@/lib/theme';

const listeners = new Set<() => void>();

function readTheme(): Theme {
  const stored = document.documentElement.dataset.theme;
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function applyTheme(theme: Theme) {
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  listeners.forEach((listener) => listener());
}

const labels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/**
 * Cycles system → light → dark. A symbol only, to keep the header on one row: the label names the
 * current theme and the next one, and the tooltip shows it to mouse users. Hidden without
 * JavaScript, where it could not work; the server renders it anyway (as "System") so it holds its
 * place in the header before the first paint.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as const);
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
