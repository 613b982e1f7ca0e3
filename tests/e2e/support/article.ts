/** The fixture article (tests/fixtures/pages/article.html): every reference in it, as written. */
export const ARTICLE_REFS: readonly string[] = [
  'Hebrews 7:25',
  'Heb 4:14–16',
  'Rom 8:1, 34; 10:9',
  'Romans 8:26–27',
  '1 Jn 2:1',
  'John 17',
  'Luke 22:31–32',
  'Lk 23:34',
  'Gen 18:22-33',
  'Exod. 32:11–14, 30–32',
  'Ps 110:4',
  'Isaiah 53',
  '1 Timothy 2:1–6',
  '2Tim 4:16',
  'Acts 2.38',
  // A translation named after a reference is part of it (the card opens in it when installed).
  'Heb 7:25 (NIV)',
  'Philem 6',
];

/** The Spanish fixture article (tests/fixtures/pages/articulo.html): every reference in it, as written. */
export const ARTICULO_REFS: readonly string[] = [
  'Hebreos 7:25',
  'Heb 4,14-16',
  'Ro 8:34; vv. 26-27',
  '1 Jn 2:1',
  'Juan 17:9 y 20',
  'Éx 32:11-14',
  'Génesis 18:23-32',
  'Sal 23',
  'Hch 12:5',
];
