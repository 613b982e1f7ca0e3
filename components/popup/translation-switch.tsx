/** The translation switch shared by the popup's passage view and its word results. */
import { TRANSLATION_IDS, TRANSLATIONS, type TranslationId } from '@/lib/bible/translations';
import { t } from '@/lib/i18n';

/** One toggle button per translation; the pressed one is the translation shown. */
export function TranslationSwitch({
  value,
  onChange,
}: {
  value: TranslationId;
  onChange(id: TranslationId): void;
}) {
  return (
    <div class="switch" role="group" aria-label={t('translationSwitch')}>
      {TRANSLATION_IDS.map((id) => (
        <button
          key={id}
          type="button"
          title={TRANSLATIONS[id].name}
          aria-pressed={id === value ? 'true' : 'false'}
          onClick={() => onChange(id)}
        >
          {id}
        </button>
      ))}
    </div>
  );
}
