import { describe, expect, it } from 'vitest';
import { namedTopic, TopicNames, topicKey, type TopicSource } from '@/lib/search/topic';
import { shippedNaveTopics } from '../../fixtures/nave-source';

/** Nave's Topical Bible as the data build ships it (public/data, built by `npm run data`). */
const TOPICS: TopicSource[] = shippedNaveTopics();
const names = new TopicNames(TOPICS);
const named = (query: string) => {
  const entry = names.find(query);
  return entry && namedTopic(entry, (id) => TOPICS[id]!);
};

describe('topics named by a query', () => {
  it.each([
    ['intercession', 'INTERCESSION'],
    ['Intercession', 'INTERCESSION'],
    ['intercede', 'INTERCESSION'],
    ['prayer', 'PRAYER'],
    ['prayers', 'PRAYER'],
    ['pray', 'PRAYER'],
    ['advocate', 'ADVOCATE'],
    ['the priest', 'PRIEST'],
    ['forgiveness', 'FORGIVENESS'],
    ['Jesus', 'JESUS, THE CHRIST'],
    ['grace of God', 'GRACE OF GOD'],
  ])('"%s" names %s', (query, topic) => {
    expect(named(query)).toMatchObject({ kind: 'topic', name: topic });
  });

  it('"high priest" names the sections with that heading, the broadest topic first', () => {
    const found = named('high priest')!;
    expect(found).toMatchObject({ kind: 'heading', name: 'High priest' });
    expect(found.sections[0]).toEqual({
      heading: 'JESUS, THE CHRIST',
      refs: [{ osis: 'Heb.4.14', label: 'Hebrews 4:14' }],
    });
    // "1. High priest" (Abiathar) and "High priest" (Eli, Caiaphas…) alike, at most six.
    expect(found.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['ELI']));
    expect(found.sections).toHaveLength(6);
  });

  it('gives every section of a topic with labelled references', () => {
    const topic = named('intercession')!;
    const refs = topic.sections.flatMap((s) => s.refs);
    expect(refs.length).toBeGreaterThan(200);
    expect(refs).toContainEqual({ osis: 'Gen.37.21', label: 'Genesis 37:21' });
    expect(topic.sections[0]).toMatchObject({ heading: 'OF MAN WITH MAN' });
  });

  it.each(['the Lord is my shepherd', 'make intercession', 'xyzzy', ''])('"%s" names no topic', (query) => {
    expect(names.find(query)).toBeUndefined();
  });

  it('compares names by word family, case and a leading article aside', () => {
    expect(topicKey('THE INTERCESSION')).toBe(topicKey('intercedes'));
    expect(topicKey('Colosse (Colossae)')).toBe(topicKey('colosse'));
    expect(topicKey('love')).not.toBe(topicKey('loveth lovers'));
    expect(named('love')?.name).toBe('LOVE');
  });
});
