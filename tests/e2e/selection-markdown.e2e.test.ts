import { afterEach, expect, test } from 'vitest';
import { launchExtension, routeFixturePage, type ExtensionSession } from './harness';

/**
 * "Use as final artifact" itself is a browser context menu, which can't be clicked headless (its handler is
 * unit-tested in tests/artifact/use-as-artifact.test.ts). This checks the piece only a real browser can: the built
 * script the handler injects (scripting.executeScript, files: /selection-markdown.js) returns the page's selection
 * as Markdown in Chromium. A page at an AI host stands in for "any page": the test can't grant activeTab, and
 * the extension's host permission there allows the same injection.
 */
let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('the injected serializer returns the selection as Markdown: heading, emphasis, list; no page HTML', async () => {
  session = await launchExtension();
  await routeFixturePage(
    session.context,
    'https://chatgpt.com/c/doc',
    '<!doctype html><title>Lesson doc</title><main><h2 id="from">Exit ticket</h2>' +
      '<p>Answer <b>two</b> questions <img src="x" onerror="window.errors = (window.errors || 0) + 1">.</p>' +
      '<ul id="to"><li>Compare 1/2 and 1/3</li><li>Draw a number line</li></ul><p>Not selected</p></main>',
  );
  const page = await session.context.newPage();
  await page.goto('https://chatgpt.com/c/doc');
  // The page's own broken image fails once on load; reading the selection must not make it load (or fail) again.
  await page.waitForFunction(() => (window as unknown as { errors?: number }).errors === 1);
  await page.evaluate(() => {
    const range = document.createRange();
    range.setStartBefore(document.getElementById('from')!);
    range.setEndAfter(document.getElementById('to')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const worker = await session.serviceWorker();
  const [injection] = await worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/*' });
    return chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/selection-markdown.js'] });
  });
  expect(injection.result).toEqual({
    markdown: '## Exit ticket\n\nAnswer **two** questions .\n\n- Compare 1/2 and 1/3\n- Draw a number line',
    text: 'Exit ticket\n\nAnswer two questions .\n\n- Compare 1/2 and 1/3\n- Draw a number line',
  });
  // Items selected inside one list are still a list.
  await page.evaluate(() => {
    const items = document.querySelectorAll('#to li');
    const range = document.createRange();
    range.setStartBefore(items[0]!);
    range.setEndAfter(items[1]!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const [items] = await worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/*' });
    return chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/selection-markdown.js'] });
  });
  expect(items.result.markdown).toBe('- Compare 1/2 and 1/3\n- Draw a number line');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { errors?: number }).errors)).toBe(1);
});
