/**
 * The Nave's topic a word search names, above the verses found: its sections (the first few,
 * then all on request) with their references, each opening its passage.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { NamedTopic } from '@/lib/search/topic';
import { SEARCH_DEBOUNCE } from './word-results';

/** Sections shown before "All … sections". */
const TOPIC_SECTIONS = 4;

/** The topic `query` names (undefined: not a words query), asked after the same pause as the search. */
export function useNamedTopic(query: string | undefined): NamedTopic | null {
  const [topic, setTopic] = useState<NamedTopic | null>(null);
  useEffect(() => {
    setTopic(null);
    if (query === undefined || !query.trim()) return;
    let live = true;
    const timer = setTimeout(
      () =>
        send('findTopic', { query }).then(
          (found) => live && setTopic(found),
          () => undefined,
        ),
      SEARCH_DEBOUNCE,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return topic;
}

/** The topic with its sections and references (keyed by its name, so another topic starts folded). */
export function TopicResult({ topic, onOpen }: { topic: NamedTopic; onOpen(osis: string): void }) {
  const [all, setAll] = useState(false);
  const shown = all ? topic.sections : topic.sections.slice(0, TOPIC_SECTIONS);
  const title = topic.kind === 'topic' ? topic.name : t('topicHeadingIn', topic.name);
  return (
    <section class="topic" aria-label={t('topicLabel', topic.name)}>
      <h2 class="topic-name">
        {title} <span class="muted">{t('naveTitle')}</span>
      </h2>
      <ul class="topic-sections">
        {shown.map((section, i) => (
          <li key={i}>
            <span class="topic-heading">{section.heading}</span>{' '}
            {section.refs.map((ref, j) => (
              <span key={j}>
                {j > 0 && ', '}
                <button type="button" class="link ref" onClick={() => onOpen(ref.osis)}>
                  {ref.label}
                </button>
              </span>
            ))}
          </li>
        ))}
      </ul>
      {shown.length < topic.sections.length && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {t('topicAllSections', topic.sections.length)}
        </button>
      )}
    </section>
  );
}
