import { describe, expect, it } from 'vitest';
import { osisToText } from '../../../scripts/data/osis-to-text';

describe('osisToText', () => {
  it('drops a footnote between two words without joining them', () => {
    expect(osisToText('one word<note placement="foot">a note</note> another').text).toBe('one word another');
    expect(osisToText('alpha<note placement="foot">x</note>beta').text).toBe('alpha beta');
  });

  it('drops a footnote before punctuation without adding a space', () => {
    expect(osisToText('the end<note placement="foot">x</note>.').text).toBe('the end.');
  });

  it('keeps the space after punctuation where a footnote stood, and none before a closing mark', () => {
    expect(
      osisToText('Christ,<note placement="foot">“Christ” means “Anointed One”.</note><w>to</w> all').text,
    ).toBe('Christ, to all');
    expect(osisToText('God,<note>n</note>“who is').text).toBe('God, “who is');
    expect(osisToText('saints;<note>n</note>because').text).toBe('saints; because');
    expect(osisToText('“Go!”<note>n</note>and').text).toBe('“Go!” and');
    expect(osisToText('word<note>n</note>”').text).toBe('word”');
    expect(osisToText('word,<note>n</note>—then').text).toBe('word,—then');
  });

  it('keeps inline markup text and removes the tags', () => {
    const raw =
      '<w lemma="strong:G1">Keep</w> <transChange type="added">these</transChange> <divineName>Words</divineName>';
    expect(osisToText(raw).text).toBe('Keep these Words');
  });

  it('separates poetry lines that touch', () => {
    expect(
      osisToText('<l level="1" sID="a"/>first line<l eID="a"/><l level="2" sID="b"/>second line<l eID="b"/>')
        .text,
    ).toBe('first line second line');
  });

  it('keeps a canonical title apart from the verse and drops section headings', () => {
    const raw =
      '<title type="main">A heading</title><title canonical="true" type="psalm">A song <w>title</w>.</title> <l sID="x"/>Verse words.<l eID="x"/>';
    expect(osisToText(raw)).toEqual({ text: 'Verse words.', title: 'A song title.' });
  });

  it('drops editorial speaker labels and everything after a chapter end', () => {
    expect(
      osisToText('<speaker>Someone</speaker>Spoken words. <chapter eID="X.1"/><div>appendix</div>').text,
    ).toBe('Spoken words.');
  });

  it('decodes entities', () => {
    expect(osisToText('a &amp; b &lt;c&gt; &#8217;').text).toBe('a & b <c> \u2019');
  });

  it('gives an empty text for an empty slot', () => {
    expect(
      osisToText('<note placement="foot">Some manuscripts add a verse.</note><div eID="p1" type="x-p"/>')
        .text,
    ).toBe('');
  });
});
