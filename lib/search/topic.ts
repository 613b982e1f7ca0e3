/**
 * Topics named by a query: a word search that names a Nave's Topical Bible topic
 * ("intercession", "prayer", "advocate") or one of its section headings ("high priest", a
 * heading under JESUS, THE CHRIST) shows that topic first. Names are compared by word family,
 * so "intercede" names INTERCESSION and "pray" names PRAYER.
 */
import { formatOsis, isValidOsis } from '../bible/osis';
import { familyKey } from './family';
import { tokenize } from './tokenize';

/** A topic as Nave's pack holds it. */
export interface TopicSource {
  name: string;
  sections: readonly { heading: string; refs: readonly string[] }[];
}

/**
 * What a query named, as the popup shows it: a topic with its sections, or a section heading
 * found in several topics ("High priest": under JESUS, THE CHRIST, ELI, PHINEHAS…) with the
 * topics' names as the headings.
 */
export interface NamedTopic {
  kind: 'topic' | 'heading';
  /** As Nave's writes it: "INTERCESSION", or the heading: "High priest". */
  name: string;
  /** Each with its references in Nave's order. */
  sections: { heading: string; refs: { osis: string; label: string }[] }[];
}

/** At most this many topics are shown for a heading found in many. */
const HEADING_TOPICS = 6;

/** Small words a reader puts before a topic's name. */
const LEADING = new Set(['the', 'a', 'an']);

/** The key a name or a query is compared by: its words' family roots, without a leading article. */
export function topicKey(text: string): string {
  const terms = tokenize(text.replace(/\([^)]*\)/g, ' ')).map((t) => t.term);
  while (terms.length > 1 && LEADING.has(terms[0]!)) terms.shift();
  return terms.map((term) => familyKey(term)).join(' ');
}

/** Where a key points: a topic, or sections (topic, section index) with that heading. */
export type TopicEntry = { topic: number } | { sections: [number, number][] };

/** A section heading's own words: no "INSTANCES OF ›" path, no "1." numbering. */
function ownHeading(heading: string): string {
  return heading
    .split('›')
    .at(-1)!
    .replace(/^\s*\d+\.\s*/, '');
}

/** Every topic name, and every section heading not also a name, by key. */
export class TopicNames {
  private readonly topics = new Map<string, number>();
  private readonly headings = new Map<string, [number, number][]>();

  constructor(topics: readonly TopicSource[]) {
    topics.forEach((topic, id) => {
      // "JESUS, THE CHRIST" is named by all of it and by its first part.
      const whole = topicKey(topic.name.replace(/,/g, ' '));
      const first = topicKey(topic.name.split(',')[0]!);
      for (const key of [whole, first]) if (key && !this.topics.has(key)) this.topics.set(key, id);
    });
    topics.forEach((topic, id) =>
      topic.sections.forEach((section, s) => {
        const key = topicKey(ownHeading(section.heading));
        if (!key || this.topics.has(key)) return;
        const list = this.headings.get(key);
        if (list) list.push([id, s]);
        else this.headings.set(key, [[id, s]]);
      }),
    );
    // A heading found under many topics shows first under the broadest of them (most sections).
    for (const list of this.headings.values()) {
      list.sort(([a], [b]) => topics[b]!.sections.length - topics[a]!.sections.length || a - b);
    }
  }

  /** What `query` names: a topic, else the sections with that heading; undefined if neither. */
  find(query: string): TopicEntry | undefined {
    const key = topicKey(query);
    if (!key) return undefined;
    const topic = this.topics.get(key);
    if (topic !== undefined) return { topic };
    const sections = this.headings.get(key);
    return sections ? { sections: sections.slice(0, HEADING_TOPICS) } : undefined;
  }
}

const refsOf = (refs: readonly string[]) =>
  refs.filter(isValidOsis).map((osis) => ({ osis, label: formatOsis(osis) }));

/** The view of what `TopicNames.find` found; `topics` gives a topic by its id. */
export function namedTopic(entry: TopicEntry, topics: (id: number) => TopicSource): NamedTopic {
  if ('topic' in entry) {
    const topic = topics(entry.topic);
    return {
      kind: 'topic',
      name: topic.name,
      sections: topic.sections.map((s) => ({ heading: s.heading, refs: refsOf(s.refs) })),
    };
  }
  const [first] = entry.sections;
  return {
    kind: 'heading',
    name: ownHeading(topics(first![0]).sections[first![1]]!.heading),
    sections: entry.sections.map(([t, s]) => {
      const topic = topics(t);
      return { heading: topic.name, refs: refsOf(topic.sections[s]!.refs) };
    }),
  };
}
