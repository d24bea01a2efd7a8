import type { TurnCache } from '../adapters/types';
import type { ExtractedTurn } from '../model/turn';

interface Entry {
  roots: readonly Element[];
  baseUrl: string;
  turn: ExtractedTurn | null;
  /** Each root's ancestors when read, nearest first: a turn moved elsewhere may match the site's selectors otherwise. */
  ancestors: readonly (readonly Node[])[];
}

/**
 * The turns this page's content script has read, kept exactly as a fresh read would give them for as long as their
 * elements are unchanged. A MutationObserver over the whole document (subtree, child lists, text, attributes) drops
 * a turn as soon as anything inside its elements changes; an attribute change on an element holding turns (the
 * site's selectors can look at ancestors: `[data-message-author-role="user"] .whitespace-pre-wrap`) drops the
 * turns under it; a turn whose elements were moved is found by comparing their ancestors at lookup. Lives only in
 * this page's memory: nothing is stored or sent before the teacher captures, and `clear` drops it on navigation.
 *
 * None of the five sites' selectors look at siblings (`+`, `~`, `:nth-child`): a change beside a turn can't change
 * how it reads.
 */
export class TurnReadingCache implements TurnCache {
  private entries = new Map<Element, Entry>();
  /** Each cached root → the first root of its turn (the entry's key). */
  private turnOfRoot = new WeakMap<Node, Element>();
  /** Elements that hold a cached turn: an attribute change there can change how the turns under it read. */
  private holders = new WeakSet<Node>();
  /** Values computed over a whole element (its messages, its text's length), by element and name. */
  private memos = new Map<Element, Map<string, unknown>>();
  private readonly observer: MutationObserver;
  /** Counts the mutation batches seen: a value computed from the page stays valid while this is unchanged. */
  generation = 0;
  /** Called with the mutations seen (the pre-reader waits for the conversation to be quiet). */
  onChange: ((records: readonly MutationRecord[]) => void) | undefined;

  constructor(private readonly doc: Document = document) {
    this.observer = new MutationObserver((records) => this.apply(records));
    this.observer.observe(doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }

  /** Applies mutations not yet delivered to the observer: call before reading from the cache. */
  sync(): void {
    const records = this.observer.takeRecords();
    if (records.length > 0) this.apply(records);
  }

  lookup(roots: readonly Element[], baseUrl: string): ExtractedTurn | null | undefined {
    const entry = this.entries.get(roots[0]!);
    if (entry === undefined || entry.baseUrl !== baseUrl || entry.roots.length !== roots.length) return undefined;
    for (let i = 0; i < roots.length; i++) {
      if (entry.roots[i] !== roots[i] || !hasAncestors(roots[i]!, entry.ancestors[i]!)) return undefined;
    }
    return entry.turn;
  }

  store(roots: readonly Element[], baseUrl: string, turn: ExtractedTurn | null): void {
    const key = roots[0]!;
    this.forget(key);
    const ancestors = roots.map((root) => {
      const chain: Node[] = [];
      for (let node = root.parentNode; node !== null; node = node.parentNode) {
        chain.push(node);
        this.holders.add(node);
      }
      return chain;
    });
    for (const root of roots) this.turnOfRoot.set(root, key);
    this.entries.set(key, { roots, baseUrl, turn, ancestors });
  }

  /**
   * `compute()`'s value for `element` under `name`, computed again only after a change inside the element, or to it or
   * an element holding it (whose attributes the site's selectors may read): for what a capture reads of the whole
   * conversation besides its turns (its message elements, the gate's character count).
   */
  remember<T>(element: Element, name: string, compute: () => T): T {
    this.sync();
    let memos = this.memos.get(element);
    if (memos?.has(name)) return memos.get(name) as T;
    const value = compute();
    if (memos === undefined) this.memos.set(element, (memos = new Map()));
    memos.set(name, value);
    return value;
  }

  /** The turns held (not the elements that read as nothing). */
  cachedTurns(): ExtractedTurn[] {
    const turns: ExtractedTurn[] = [];
    for (const entry of this.entries.values()) if (entry.turn !== null) turns.push(entry.turn);
    return turns;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.turnOfRoot = new WeakMap();
    this.holders = new WeakSet();
    this.memos.clear();
  }

  disconnect(): void {
    this.observer.disconnect();
    this.clear();
  }

  private forget(key: Element): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    for (const root of entry.roots) if (this.turnOfRoot.get(root) === key) this.turnOfRoot.delete(root);
  }

  private apply(records: readonly MutationRecord[]): void {
    this.generation++;
    for (const element of [...this.memos.keys()]) {
      if (!element.isConnected || records.some((record) => changesElement(record, element))) this.memos.delete(element);
    }
    if (this.entries.size > 0) {
      for (const record of records) {
        const turn = this.turnHolding(record.target);
        if (turn !== undefined) this.forget(turn);
        else if (record.type === 'attributes' && this.holders.has(record.target)) this.forgetTurnsUnder(record.target);
      }
    }
    this.onChange?.(records);
  }

  /** The cached turn whose elements hold `node` (or are it). */
  private turnHolding(node: Node): Element | undefined {
    for (let n: Node | null = node; n !== null && n !== this.doc; n = n.parentNode) {
      const key = this.turnOfRoot.get(n);
      if (key !== undefined) return key;
    }
    return undefined;
  }

  private forgetTurnsUnder(node: Node): void {
    for (const [key, entry] of [...this.entries]) if (entry.roots.some((root) => node.contains(root))) this.forget(key);
  }
}

/**
 * Whether a mutation can change what is computed over `element`: anything inside it, or an attribute of an element
 * holding it (selectors may read ancestors' attributes). Children added or removed beside it (ShowWork's own button
 * appended to the body, a script tag, a dialog) cannot: no site's selectors look at siblings.
 */
function changesElement(record: MutationRecord, element: Element): boolean {
  if (element.contains(record.target)) return true;
  return record.type === 'attributes' && record.target.contains(element);
}

function hasAncestors(root: Element, chain: readonly Node[]): boolean {
  let node = root.parentNode;
  for (const expected of chain) {
    if (node !== expected) return false;
    node = node.parentNode;
  }
  return node === null;
}
