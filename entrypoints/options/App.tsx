import { AfterCaptureSection } from '@/components/options/AfterCaptureSection';
import { AutoRecordSection } from '@/components/options/AutoRecordSection';
import { BackupSection } from '@/components/options/BackupSection';
import { DeleteAllDataSection } from '@/components/options/DeleteAllDataSection';
import { FrameworkSection } from '@/components/options/FrameworkSection';
import { PortalsSection } from '@/components/options/PortalsSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import { ProfileSection } from '@/components/options/ProfileSection';
import { RosterSection } from '@/components/options/RosterSection';
import { SitesSection } from '@/components/options/SitesSection';
import { t } from '@/lib/i18n/t';

/** The options page (/options.html): one section per concern. */
export function App() {
  return (
    <main className="opt-page">
      <h1>{t('options_heading')}</h1>
      <ProfileSection />
      <PortalsSection />
      <FrameworkSection />
      <RosterSection />
      <AfterCaptureSection />
      <AutoRecordSection />
      <SitesSection />
      <PrivacySection />
      <BackupSection />
      <DeleteAllDataSection />
    </main>
  );
}
