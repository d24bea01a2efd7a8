import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from '@/components/common/SafeMarkdown';

describe('SafeMarkdown', () => {
  it('shows the text as plain pre-wrapped text at once, then the rendered Markdown in the same box', async () => {
    const markdown = '**Leaves** make food.\n\n- light\n- water\n\n<img src=x onerror="alert(1)">';
    const { container } = render(<SafeMarkdown markdown={markdown} />);
    const box = container.querySelector('.captured');
    expect(box).toHaveAttribute('dir', 'auto');
    // First paint: the same words, line breaks kept, nothing parsed as HTML.
    const plain = box!.querySelector('p');
    expect(plain?.textContent).toBe(markdown);
    expect(plain).toHaveStyle({ whiteSpace: 'pre-wrap' });
    expect(container.querySelector('strong, li, img')).toBeNull();
    // Once the renderer has loaded: Markdown, still without raw HTML.
    expect((await screen.findByText('Leaves')).tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['light', 'water']);
    expect(container.querySelector('img, [onerror]')).toBeNull();
    expect(container.querySelectorAll('.captured')).toHaveLength(1);
  });

  it('renders Markdown straight away once the renderer is in memory (no plain-text step)', async () => {
    render(<SafeMarkdown markdown="first *one*" />);
    await screen.findByText('one', { selector: 'em' });
    const { container } = render(<SafeMarkdown markdown="second *two*" />);
    expect(container.querySelector('em')?.textContent).toBe('two');
  });
});
