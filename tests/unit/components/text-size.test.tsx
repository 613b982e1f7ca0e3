// @vitest-environment happy-dom
/**
 * The text size setting: the factor the card's px sizes are multiplied by, and the root font
 * size of Intercede's own pages (every size there is in rem).
 */
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyTextSize, followTextSize } from '@/components/theme-root';
import { VerseCard } from '@/components/verse-card/verse-card';
import { cardTextScale } from '@/lib/page/theme';
import { textSize } from '@/lib/settings';
import { cardProps } from './verse-card-fixtures';

describe('the card’s text scale', () => {
  it('multiplies the setting by the browser’s default font size against 16 px', () => {
    expect(cardTextScale('normal', 16)).toBe(1);
    expect(cardTextScale('small', 16)).toBe(0.875);
    expect(cardTextScale('large', 16)).toBe(1.25);
    expect(cardTextScale('xlarge', 16)).toBe(1.5);
    // A reader whose browser draws text at 20 px by default.
    expect(cardTextScale('normal', 20)).toBe(1.25);
    expect(cardTextScale('large', 20)).toBeCloseTo(1.5625);
  });

  it('stays readable whatever the measurement says', () => {
    expect(cardTextScale('normal', Number.NaN)).toBe(1);
    expect(cardTextScale('normal', 0)).toBe(1);
    expect(cardTextScale('small', 2)).toBe(0.75);
    expect(cardTextScale('xlarge', 400)).toBe(3);
  });

  it('is set on the card root as --ic-k, and left off at 1', () => {
    const { container, rerender } = render(<VerseCard {...cardProps()} textScale={1.25} />);
    const card = container.querySelector<HTMLElement>('.intercede-card')!;
    expect(card.style.getPropertyValue('--ic-k')).toBe('1.25');
    rerender(<VerseCard {...cardProps()} textScale={1} />);
    expect(card.style.getPropertyValue('--ic-k')).toBe('');
  });
});

describe('the text size of Intercede’s pages', () => {
  it('sets the root font size as a share of the browser’s own, and follows changes', async () => {
    const root = document.createElement('html');
    applyTextSize(root, 'xlarge');
    expect(root.style.fontSize).toBe('150%');
    applyTextSize(root, null);
    expect(root.style.fontSize).toBe('');
    fakeBrowser.reset();
    await textSize.setValue('small');
    const stop = await followTextSize(root);
    expect(root.style.fontSize).toBe('87.5%');
    await textSize.setValue('normal');
    await new Promise((r) => setTimeout(r, 0));
    expect(root.style.fontSize).toBe('');
    stop();
  });
});
