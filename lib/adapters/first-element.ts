import type { SelectorList } from './types';

/** The first element under `scope` matching a selector of `list`, trying them in order (newest layout first). */
export function firstElement(scope: Document | Element, list: SelectorList): Element | null {
  for (const selector of list) {
    const el = scope.querySelector(selector);
    if (el !== null) return el;
  }
  return null;
}
