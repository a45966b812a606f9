import { useSyncExternalStore } from 'react';

/**
 * The one store primitive of the browser side: a value, a way to replace it and a subscription
 * React reads it through. A store holds results and notifies; the rules that produce them are pure
 * functions in lib/.
 */
export type Store<State> = {
  get: () => State;
  set: (next: State) => void;
  subscribe: (listener: () => void) => () => void;
};

/**
 * `initial` runs when the state is first read, not when the module loads: a store that starts
 * from the browser (its storage, the document) is never read on the server, where modules load too.
 */
export function createStore<State>(initial: () => State): Store<State> {
  let state: { value: State } | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => (state ??= { value: initial() }).value,
    set(next) {
      state = { value: next };
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The part of a store a component shows. `serverSlice` is what the server rendered, so hydration
 * shows it too before the browser's own state takes over; `select` must return a stable value
 * (a part of the state, not a new object) or React renders forever.
 */
export function useStore<State, Slice>(
  store: Store<State>,
  select: (state: State) => Slice,
  serverSlice: Slice,
): Slice {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => serverSlice,
  );
}
