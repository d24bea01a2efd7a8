import { siteLabels, type SiteId } from '@/lib/model/site';
import { t } from '@/lib/i18n/t';

/** The AI tool's name; only "Other pages" and "Other AI chats" are translated (the rest are product names). */
export function siteLabel(site: SiteId): string {
  if (site === 'selection') return t('library_siteSelection');
  if (site === 'web') return t('library_siteWeb');
  return siteLabels[site];
}
