import { describe, expect, it } from 'vitest';
import { Families, familyRoots } from '@/lib/search/family';
import { termOf } from '@/lib/search/tokenize';

/** Words as the two translations write them: every family below, and near-misses that must stay apart. */
const WORDS = `intercede intercedes interceded interceding intercession intercessions intercessor intercessors
pray prays prayed praying prayeth prayest prayer prayers righteous righteousness righteously
forgive forgives forgiven forgave forgiveth forgiving forgiveness mediator mediate mediation
redeem redeemer redemption deliver deliverer deliverance sanctify sanctified sanctification
judge judgment judgest repent repentance love loveth lovest loved go goeth goest see seest seeth
holy holiness holiest mercy mercies saviour savior honour honor yahweh jehovah lord lords yah jah
for forest earn earnest sent sentence viol violence priest harvest only witness wit nation corner
corn hunger hung mother moth faith faithful unrighteousness garment us use useth stand stood
say said go went gone saw born borne bear mad`
  .split(/\s+/)
  .map((w) => termOf(w));

const families = new Families(WORDS);
const family = (word: string) => new Set(families.of(termOf(word)));

describe('word families', () => {
  it.each([
    [
      'intercede',
      [
        'intercedes',
        'interceded',
        'interceding',
        'intercession',
        'intercessions',
        'intercessor',
        'intercessors',
      ],
    ],
    ['intercession', ['intercede', 'intercessor']],
    ['pray', ['prays', 'prayed', 'praying', 'prayeth', 'prayest', 'prayer', 'prayers']],
    ['prayer', ['pray', 'praying', 'prayest']],
    ['righteous', ['righteousness', 'righteously']],
    ['righteousness', ['righteous']],
    ['forgive', ['forgives', 'forgiven', 'forgave', 'forgiveth', 'forgiving', 'forgiveness']],
    ['forgiveness', ['forgive', 'forgiven']],
    ['mediator', ['mediate', 'mediation']],
    ['mediate', ['mediator']],
    ['redeem', ['redeemer', 'redemption']],
    ['deliver', ['deliverer', 'deliverance']],
    ['sanctify', ['sanctified', 'sanctification']],
    ['judge', ['judgment', 'judgest']],
    ['repent', ['repentance']],
    ['holy', ['holiness', 'holiest']],
    ['mercy', ['mercies']],
    ['saviour', ['savior']],
    ['honor', ['honour']],
    ['stand', ['stood']],
    ['say', ['said']],
    ['go', ['went', 'gone']],
  ])('%s finds %j', (word, relatives) => {
    const found = family(word);
    for (const r of relatives) expect(found, r).toContain(termOf(r));
  });

  it.each([
    ['love', ['loveth', 'lovest', 'loved']],
    ['pray', ['prayeth', 'prayest']],
    ['go', ['goeth']],
    ['see', ['seest', 'seeth']],
    ['use', ['useth']],
  ])('keeps the KJV forms: %s finds %j', (word, forms) => {
    const found = family(word);
    for (const f of forms) expect(found, f).toContain(termOf(f));
  });

  it('reads Yahweh, Jehovah, Yah, Jah and the LORD as one name', () => {
    for (const name of ['Yahweh', 'LORD', 'Jehovah', 'Lord', 'lords', 'Yah', 'Jah']) {
      expect(family(name), name).toEqual(new Set(['yahweh', 'jehovah', 'lord', 'yah', 'jah']));
    }
  });

  it.each([
    ['forest', 'for'],
    ['earnest', 'earn'],
    ['sentence', 'sent'],
    ['violence', 'viol'],
    ['priest', 'pray'],
    ['witness', 'wit'],
    ['corner', 'corn'],
    ['hunger', 'hung'],
    ['mother', 'moth'],
    ['faithful', 'faith'],
    ['unrighteousness', 'righteous'],
    ['us', 'useth'],
    ['saw', 'see'],
    ['born', 'bear'],
    ['mad', 'make'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(family(a)).not.toContain(termOf(b));
    expect(family(b)).not.toContain(termOf(a));
  });

  it('puts the word typed first, even when the index does not hold it', () => {
    expect(families.of(termOf('intercessory'))[0]).toBe(termOf('intercessory'));
    expect(families.of(termOf('mediates'))).toEqual([
      termOf('mediates'),
      ...families.of(termOf('mediate')).slice(1),
    ]);
  });

  it('gives the same families from the roots stored with an index', () => {
    const stored = new Families(WORDS, familyRoots(WORDS));
    for (const word of WORDS) expect(new Set(stored.of(word))).toEqual(new Set(families.of(word)));
  });
});
