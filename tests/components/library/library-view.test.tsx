import { beforeEach, describe, expect, test } from 'vitest';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDatabase } from '@/lib/db/schema';
import { mergeCapturedConversation } from '@/lib/capture/merge-capture';
import { LibraryView } from '@/components/library/LibraryView';
import { ConversationView } from '@/components/library/ConversationView';
import { captureStatusItem } from '@/lib/capture/capture-status';
import type { ExtractedConversation } from '@/lib/model/conversation';

const db = getDatabase();
beforeEach(async () => {
  await db.delete();
  await db.open();
});

const chat = (site: ExtractedConversation['site'], id: string, title: string, text: string): ExtractedConversation => ({
  site,
  externalId: id,
  url: `https://example.test/${id}`,
  title,
  turns: [
    { role: 'user', text, markdown: text },
    { role: 'assistant', text: `Answer to ${text}`, markdown: `Answer to ${text}` },
  ],
});

describe('LibraryView', () => {
  test('groups conversations by AI tool, newest first, and updates live when a capture lands', async () => {
    await mergeCapturedConversation(db, chat('chatgpt', 'a', 'Fractions lesson', 'fractions'), 1000);
    await mergeCapturedConversation(db, chat('claude', 'b', 'Rubric for essays', 'rubric'), 2000);
    await mergeCapturedConversation(db, chat('chatgpt', 'c', 'Exit ticket', 'exit'), 3000);
    render(<LibraryView onOpenConversation={() => {}} />);

    const groups = await screen.findAllByRole('region');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['ChatGPT (2)', 'Claude (1)']);
    expect(
      within(groups[0]!)
        .getAllByRole('button', { name: /^(Fractions lesson|Exit ticket)$/ })
        .map((b) => b.textContent),
    ).toEqual(['Exit ticket', 'Fractions lesson']);

    await mergeCapturedConversation(db, chat('gemini', 'd', 'Field trip letter', 'trip'), 4000);
    expect(await screen.findByRole('button', { name: 'Field trip letter' })).toBeInTheDocument();
  });

  test('search filters by words in titles and turns', async () => {
    await mergeCapturedConversation(db, chat('chatgpt', 'a', 'Fractions lesson', 'pizza slices'));
    await mergeCapturedConversation(db, chat('claude', 'b', 'Rubric', 'persuasive essay'));
    render(<LibraryView onOpenConversation={() => {}} />);
    await screen.findByRole('button', { name: 'Rubric' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'pizza');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Rubric' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Fractions lesson' })).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'zebra');
    expect(await screen.findByText('No conversation contains "zebra".')).toBeInTheDocument();
  });

  test('delete removes a conversation and Undo puts it back with its turns', async () => {
    await mergeCapturedConversation(db, chat('chatgpt', 'a', 'Fractions lesson', 'fractions'));
    render(<LibraryView onOpenConversation={() => {}} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete "Fractions lesson"' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Fractions lesson' })).not.toBeInTheDocument());
    expect(await db.turns.count()).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Fractions lesson' })).toBeInTheDocument();
    expect(await db.turns.count()).toBe(2);
  });

  test('opening a conversation is a click on its title', async () => {
    await mergeCapturedConversation(db, chat('perplexity', 'a', 'Sources on volcanoes', 'volcanoes'));
    const opened: string[] = [];
    render(<LibraryView onOpenConversation={(id) => opened.push(id)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sources on volcanoes' }));
    expect(opened).toHaveLength(1);
  });

  test('an unrecognised page is said plainly, pointing to selection capture', async () => {
    await captureStatusItem.setValue({
      ok: false,
      message: "This page isn't an AI chat ShowWork knows. Select the text…",
      at: 1,
    });
    render(<LibraryView onOpenConversation={() => {}} />);
    expect(await screen.findByText(/isn't an AI chat ShowWork knows/)).toBeInTheDocument();
    expect(await screen.findByText(/Nothing captured yet/)).toBeInTheDocument();
  });
});

describe('ConversationView', () => {
  test('shows turns in order with Markdown rendered and captured HTML inert', async () => {
    const hostile = [
      'Here is **bold** and a [link](https://example.org) and a [bad link](javascript:alert(1)).',
      '\\<script\\>alert(1)\\</script\\> <img src=x onerror="alert(2)"> ![tracker](https://tracker.example/p.gif)',
      'Bidi \u202Eevil\u202C and zero\u200Bwidth',
    ].join('\n\n');
    const { conversationId } = await mergeCapturedConversation(db, {
      site: 'chatgpt',
      externalId: 'h',
      url: 'https://chatgpt.com/c/h',
      title: 'Hostile',
      turns: [
        { role: 'user', text: 'Prompt text', markdown: 'Prompt text' },
        { role: 'assistant', text: 'x', markdown: hostile },
      ],
    });
    const { container } = render(<ConversationView conversationId={conversationId} onBack={() => {}} />);
    const articles = await screen.findAllByRole('article');
    expect(articles.map((a) => within(a).getByRole('heading').textContent)).toEqual(['Prompt', 'AI output']);
    // The Markdown renderer loads on first use (SafeMarkdown): the rendered form arrives a moment later.
    expect((await within(articles[1]!).findByText('bold')).tagName).toBe('STRONG');
    expect(within(articles[1]!).getByRole('link', { name: 'link' })).toHaveAttribute('href', 'https://example.org');
    expect(within(articles[1]!).queryByRole('link', { name: 'bad link' })).not.toBeInTheDocument();
    expect(within(articles[1]!).getByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(container.querySelector('script, img, iframe, [onerror]')).toBeNull();
    expect(within(articles[1]!).getByText('[tracker]')).toBeInTheDocument();
    expect(within(articles[1]!).getByText(/Bidi \u202Eevil\u202C and zero\u200Bwidth/)).toBeInTheDocument();
  });
});
