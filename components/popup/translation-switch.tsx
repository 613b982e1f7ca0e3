/** The translation switch shared by the popup's passage view and its word results. */
import { translationLabel, type TranslationId } from '@/lib/bible/translations';
import { t } from '@/lib/i18n';
import { useTranslations } from '../use-translations';

/** One toggle button per installed translation (imported ones after the bundled); the pressed one is shown. */
export function TranslationSwitch({
  value,
  onChange,
}: {
  value: TranslationId;
  onChange(id: TranslationId): void;
}) {
  const installed = useTranslations();
  return (
    <div class="switch" role="group" aria-label={t('translationSwitch')}>
      {installed.map(({ id, name }) => (
        <button
          key={id}
          type="button"
          title={name}
          aria-pressed={id === value ? 'true' : 'false'}
          onClick={() => onChange(id)}
        >
          {translationLabel(id)}
        </button>
      ))}
    </div>
  );
}
