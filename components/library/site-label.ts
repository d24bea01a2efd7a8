import { siteLabels, type SiteId } from '@/lib/model/site';
import { t } from '@/lib/i18n/t';

/** The AI tool's name; only "Other pages" is translated (the rest are product names). */
export function siteLabel(site: SiteId): string {
  return site === 'selection' ? t('library_siteSelection') : siteLabels[site];
}
