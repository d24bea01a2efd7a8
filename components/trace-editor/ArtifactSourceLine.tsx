import type { ArtifactSource } from '@/lib/model/trace';
import { t } from '@/lib/i18n/t';
import { formatDateTime } from '@/components/library/format-date';

export interface ArtifactSourceLineProps {
  source: ArtifactSource;
  onForget: () => void;
}

/** Only web addresses become links; anything else recorded (a file: or browser page) is shown as text. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** "Taken from: <page title>" under the final artifact, as the PDF prints it; the page opens in a new tab. */
export function ArtifactSourceLine({ source, onForget }: ArtifactSourceLineProps) {
  const title = source.title.trim() || t('flow_artifactSourceUntitled');
  return (
    <p className="te-helper te-artifact-source">
      {t('flow_artifactTakenFrom')}:{' '}
      {isWebAddress(source.url) ? (
        <a className="captured" dir="auto" href={source.url} target="_blank" rel="noreferrer noopener">
          {title}
        </a>
      ) : (
        <span className="captured" dir="auto">
          {title}
        </span>
      )}{' '}
      · {formatDateTime(source.capturedAt)}{' '}
      <button type="button" className="link" onClick={onForget}>
        {t('flow_artifactForgetSource')}
      </button>
    </p>
  );
}
