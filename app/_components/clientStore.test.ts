import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

import { createStore, useStore } from './clientStore';

describe('createStore', () => {
  it('computes the initial state when first read, once, not when it is made', () => {
    const initial = vi.fn(() => ({ count: 0 }));
    const store = createStore(initial);
    expect(initial).not.toHaveBeenCalled();
    expect(store.get()).toEqual({ count: 0 });
    expect(store.get()).toBe(store.get());
    expect(initial).toHaveBeenCalledTimes(1);
  });

  it('replaces the state and tells every subscriber, until it unsubscribes', () => {
    const store = createStore(() => 'system');
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = store.subscribe(first);
    store.subscribe(second);
    store.set('dark');
    expect(store.get()).toBe('dark');
    expect(first).toHaveBeenCalledTimes(1);
    stopFirst();
    store.set('light');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('never reads its initial state once something was set (a browser-only initial stays unread)', () => {
    const store = createStore<string>(() => {
      throw new Error('read the browser');
    });
    store.set('kept');
    expect(store.get()).toBe('kept');
  });
});

describe('useStore', () => {
  it('renders the server slice on the server, without reading the store', () => {
    const store = createStore<Record<string, string>>(() => {
      throw new Error('no document on the server');
    });
    function Shown() {
      return useStore(store, (state) => state.theme, 'system');
    }
    expect(renderToString(createElement(Shown))).toBe('system');
  });
});
