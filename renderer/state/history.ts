/**
 * Browser-like back/forward history (used for focus): visiting a new entry drops the forward branch.
 * Pure functions over an immutable value.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** Oldest entries are dropped beyond this, so a long session never grows without bound. */
export const HISTORY_LIMIT = 100;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function visit<T>(
  history: History<T>,
  entry: T,
  equals: (a: T, b: T) => boolean = Object.is,
): History<T> {
  if (equals(history.present, entry)) return history;
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: entry, future: [] };
}

/** Replaces the current entry without adding a step (e.g. expanding a node inside the same focus). */
export function replace<T>(history: History<T>, entry: T): History<T> {
  return { ...history, present: entry };
}

export function back<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  const present = history.past[history.past.length - 1];
  return { past: history.past.slice(0, -1), present, future: [history.present, ...history.future] };
}

export function forward<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [present, ...future] = history.future;
  return { past: [...history.past, history.present], present, future };
}

export const canGoBack = <T>(history: History<T>): boolean => history.past.length > 0;
export const canGoForward = <T>(history: History<T>): boolean => history.future.length > 0;
