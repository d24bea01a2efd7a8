import type { ComponentType } from 'react';
import { AutoRecordSection } from '@/components/options/AutoRecordSection';
import { BackupSection } from '@/components/options/BackupSection';
import { DeleteAllDataSection } from '@/components/options/DeleteAllDataSection';
import { PortalsSection } from '@/components/options/PortalsSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import { ProfileSection } from '@/components/options/ProfileSection';
import { t } from '@/lib/i18n/t';

// The framework and redaction-roster sections belong to other parts of ShowWork and are written alongside
// this page (see the side-panel/options contract); they are picked up by name and appear once they exist.
const otherSections = import.meta.glob<Record<string, ComponentType>>(
  ['/components/options/FrameworkSection.tsx', '/components/options/RosterSection.tsx'],
  { eager: true },
);
const FrameworkSection = otherSections['/components/options/FrameworkSection.tsx']?.FrameworkSection;
const RosterSection = otherSections['/components/options/RosterSection.tsx']?.RosterSection;

/** The options page (/options.html): one section per concern. */
export function App() {
  return (
    <main className="opt-page">
      <h1>{t('options_heading')}</h1>
      <ProfileSection />
      <PortalsSection />
      {FrameworkSection && <FrameworkSection />}
      {RosterSection && <RosterSection />}
      <AutoRecordSection />
      <PrivacySection />
      <BackupSection />
      <DeleteAllDataSection />
    </main>
  );
}
