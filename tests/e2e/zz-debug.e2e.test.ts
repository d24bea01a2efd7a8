import { test } from 'vitest';
import { launchExtension, routeFixturePage } from './harness';
test('debug', async () => {
  const s = await launchExtension();
  await routeFixturePage(s.context, 'https://chatgpt.com/c/x', '<!doctype html><title>Doc</title><main><h2>Plan</h2><p>First <b>bold</b> para.</p><ul><li>one</li><li>two</li></ul><p>after</p></main>');
  const page = await s.context.newPage();
  await page.goto('https://chatgpt.com/c/x');
  await page.evaluate(() => { const r = document.createRange(); r.setStartBefore(document.querySelector('h2')!); r.setEndAfter(document.querySelector('ul')!); getSelection()!.removeAllRanges(); getSelection()!.addRange(r); });
  const sw = await s.serviceWorker();
  console.log('RESULT', await sw.evaluate(async () => { const c = (globalThis as any).chrome; const [tab] = await c.tabs.query({ url: 'https://chatgpt.com/*' }); return JSON.stringify(await c.scripting.executeScript({ target: { tabId: tab.id }, files: ['/selection-markdown.js'] })); }));
  await s.close();
}, 60000);
