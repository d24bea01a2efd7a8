import { t } from '@/lib/i18n/t';

/** "Set by your district": shown beside a setting district policy fixes (the control is disabled). */
export function ManagedNote(props: { id: string }) {
  return (
    <span id={props.id} className="opt-managed">
      {t('options_managed_badge')}
    </span>
  );
}
