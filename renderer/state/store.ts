/**
 * A minimal observable store. State is split into small slices, each with pure update functions
 * (filters.ts, history.ts, selection.ts, settings.ts, paths.ts); the store only holds the current value
 * and tells subscribers which slices changed, so views redraw only what they show.
 */
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Applies a pure update; listeners run only if the state object actually changed. */
  update(fn: (state: S) => S): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(fn) {
      const previous = state;
      const next = fn(state);
      if (next === previous) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Replaces one key of an object immutably, keeping identity when the value did not change. */
export function setKey<S extends object, K extends keyof S>(state: S, key: K, value: S[K]): S {
  return Object.is(state[key], value) ? state : { ...state, [key]: value };
}
