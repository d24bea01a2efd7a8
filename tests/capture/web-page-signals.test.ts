import { expect, test } from 'vitest';
import { webPageSignals } from '@/lib/content/web-page-signals';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

test('an answer is still being written while a Stop button shows or the conversation is marked busy', () => {
  expect(
    webPageSignals.isStreaming(
      page('<main><div role="log"></div><button aria-label="Stop generating">■</button></main>'),
    ),
  ).toBe(true);
  expect(webPageSignals.isStreaming(page('<main><button title="Stop response"></button></main>'))).toBe(true);
  expect(webPageSignals.isStreaming(page('<main><div aria-busy="true">…</div></main>'))).toBe(true);
  expect(webPageSignals.isStreaming(page('<div role="log" aria-busy="true"></div>'))).toBe(true);
});

test('finished: Send, Copy, "Stopwatch" and busy widgets outside the conversation do not count', () => {
  expect(
    webPageSignals.isStreaming(
      page(
        '<nav aria-busy="true"></nav><main><button aria-label="Send">→</button><button aria-label="Copy">Copy</button><button aria-label="Stopwatch app">x</button></main>',
      ),
    ),
  ).toBe(false);
});

test('the conversation is looked for in the main landmark, else the body', () => {
  const withMain = page('<nav>x</nav><main id="m">chat</main>');
  expect(webPageSignals.findConversationRoot(withMain)?.id).toBe('m');
  const withoutMain = page('<div>chat</div>');
  expect(webPageSignals.findConversationRoot(withoutMain)).toBe(withoutMain.body);
});
