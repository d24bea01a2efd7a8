/**
 * `npx tsx bench/capture-transport.ts [rounds]`: what it costs the sending page's main thread to hand a first 400-turn
 * capture's whole turns (~3.5 million characters, in ten parts as lib/content/turns-sent-ahead.ts sends them) to
 * another context, by each way there is: `runtime.sendMessage` (extension messaging, serialised as JSON, what the
 * content script uses today), `JSON.stringify` alone (its floor), and `postMessage` on a MessageChannel (structured
 * clone: what a message to an extension frame would cost). CPU time of the page's thread (thread ticks), minimum and
 * median over alternating rounds, in an extension page of the built extension; ASCII text and text with typographic
 * quotes (one non-Latin-1 character makes the whole JSON string two-byte), as real answers have.
 *
 * Found 2026-12-02 (load 15-20): a first capture after quiet spends most of its page time in sendMessage's
 * serialisation of these parts (CPU profile: TurnsSentAhead.send's flush, ~650 of ~700 ms of the click's page time at
 * load 18), and its worker time in IndexedDB's put of the 400 records.
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/harness';
import { median, min } from './ab-kit';

const rounds = Number(process.argv[2] ?? 6);

/** Builds `globalThis.__parts` (ASCII) and `globalThis.__curlyParts` in the page: ten parts of 25 turns. */
const makeParts = `(() => {
  const paragraph = (quote) => 'The fraction lesson plan: numerators and denominators, step by step, with ' + quote +
    'worked examples' + quote + ' and a short quiz for the class.\\n\\n';
  const turn = (i, quote) => {
    const markdown = paragraph(quote).repeat(90) + i;
    return { role: i % 2 ? 'assistant' : 'user', markdown,
      textPieces: { ranges: Array.from({ length: 250 }, (_, j) => j * 40), literals: '- 1. '.repeat(40) } };
  };
  const parts = (quote) => Array.from({ length: 10 }, (_, p) => ({
    type: 'content→background:capture-part', captureId: crypto.randomUUID(),
    at: Array.from({ length: 25 }, (_, i) => p * 25 + i), turns: Array.from({ length: 25 }, (_, i) => turn(p * 25 + i, quote)),
  }));
  globalThis.__parts = parts('"');
  globalThis.__curlyParts = parts('\\u2019');
  const channel = new MessageChannel();
  channel.port2.onmessage = () => undefined;
  globalThis.__port = channel.port1;
  return JSON.stringify(globalThis.__parts).length;
})()`;

const ways: Record<string, (parts: string) => string> = {
  'runtime.sendMessage': (parts) => `${parts}.forEach((part) => chrome.runtime.sendMessage(part).catch(() => 0))`,
  'JSON.stringify': (parts) => `${parts}.forEach((part) => JSON.stringify(part))`,
  'MessageChannel postMessage': (parts) => `${parts}.forEach((part) => __port.postMessage(part))`,
};

const session = await launchExtension();
try {
  const page = await session.openExtensionPage('/options.html');
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
  const characters = (await page.evaluate(makeParts)) as number;
  const times: Record<string, number[]> = {};
  const loadAtStart = loadavg()[0]!;
  for (let round = 0; round < rounds; round++) {
    const order = Object.keys(ways);
    if (round % 2 === 1) order.reverse();
    for (const way of order)
      for (const [label, parts] of [
        ['ASCII', '__parts'],
        ['curly quotes', '__curlyParts'],
      ] as const) {
        const before = await threadTime();
        await page.evaluate(ways[way]!(parts));
        (times[`${way}, ${label}`] ??= []).push((await threadTime()) - before);
        await page.waitForTimeout(200); // the worker's answers to the messages come meanwhile
      }
  }
  console.log(
    `ten parts, ${(characters / 1e6).toFixed(2)} M characters of JSON; page thread CPU ms (${rounds} rounds)`,
  );
  for (const [name, values] of Object.entries(times))
    console.log(
      `  ${name.padEnd(42)} min ${min(values).toFixed(0).padStart(5)}  med ${median(values).toFixed(0).padStart(5)}`,
    );
  console.log(`load average (1 min) ${loadAtStart.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`);
} finally {
  await session.close();
}
