import { useEffect, useRef, useState } from 'react';
import { createDiffClient, DiffTooSlowError, type DiffClient, type WordDiffResult } from '@/lib/trace/diff-client';

export type WordDiffStatus = 'idle' | 'computing' | 'ready' | 'too-slow' | 'failed';

/** A value that follows `value` once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    if (Object.is(value, debounced)) return;
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, debounced]);
  return debounced;
}

/**
 * The word diff of `source` (AI output) against `artifact`, computed in the diff worker so typing in a
 * 20,000-word artifact never waits for it. Callers pass already-debounced texts.
 */
export function useWordDiff(
  source: string | null,
  artifact: string,
): { status: WordDiffStatus; result: WordDiffResult | null } {
  const clientRef = useRef<DiffClient | null>(null);
  const [state, setState] = useState<{ status: WordDiffStatus; result: WordDiffResult | null }>({
    status: 'idle',
    result: null,
  });

  useEffect(() => {
    const client = createDiffClient();
    clientRef.current = client;
    return () => {
      client.dispose();
      clientRef.current = null;
    };
  }, []);

  useEffect(() => {
    const client = clientRef.current;
    if (source === null || !client) {
      setState({ status: 'idle', result: null });
      return;
    }
    let isCurrent = true;
    setState((previous) => ({ status: 'computing', result: previous.result }));
    client.diff(source, artifact).then(
      (result) => {
        if (isCurrent && result) setState({ status: 'ready', result });
      },
      (error: unknown) => {
        if (isCurrent) setState({ status: error instanceof DiffTooSlowError ? 'too-slow' : 'failed', result: null });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [source, artifact]);

  return state;
}
