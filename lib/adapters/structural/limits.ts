/**
 * The model's size limits (lib/model/turn.ts `limits`), restated here so the reader bundles without zod: it is
 * injected into pages on its own, where every kilobyte counts. tests/adapters/structural/read-structurally.test.ts
 * checks that both stay equal.
 */
export const readerLimits = {
  maxTurnChars: 2_000_000,
  maxTurns: 5_000,
  maxTitleChars: 500,
  maxUrlChars: 4_000,
} as const;
