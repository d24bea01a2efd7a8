import { useEffect, useState } from 'react';
import { artifactDropItem, readArtifactDrop, type ArtifactDrop } from '@/lib/artifact/artifact-drop';
import { t } from '@/lib/i18n/t';
import type { TraceEditorState } from './use-trace-editor';

export interface ArtifactDropNoticeProps {
  traceId: string;
  editor: Pick<TraceEditorState, 'setFields'>;
}

/**
 * After "Use as final artifact": "Final artifact set in “<trace>” from “<page>”. — Undo", which puts the
 * previous artifact and its source back. Inside a live region that is always there, so it is announced.
 */
export function ArtifactDropNotice({ traceId, editor }: ArtifactDropNoticeProps) {
  const [drop, setDrop] = useState<ArtifactDrop | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    let alive = true;
    void readArtifactDrop().then((value) => alive && setDrop(value));
    const unwatch = artifactDropItem.watch(() => void readArtifactDrop().then((value) => alive && setDrop(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const isHere = drop?.traceId === traceId;

  const undo = () => {
    if (!drop) return;
    editor.setFields([
      { path: 'finalArtifact', value: drop.previous.finalArtifact },
      { path: 'artifactSource', value: drop.previous.artifactSource },
    ]);
    setMessage(t('flow_artifactUndone'));
    void artifactDropItem.setValue(null);
  };

  return (
    <div role="status" aria-live="polite">
      {isHere ? (
        <div className="notice ok te-artifact-drop">
          <span className="captured" dir="auto">
            {t('flow_artifactSet', drop.traceTitle, drop.source.title.trim() || t('flow_artifactSourceUntitled'))}
          </span>{' '}
          <button type="button" onClick={undo}>
            {t('flow_artifactUndo')}
          </button>{' '}
          <button type="button" onClick={() => void artifactDropItem.setValue(null)}>
            {t('flow_artifactDismiss')}
          </button>
        </div>
      ) : (
        message && <p className="te-helper">{message}</p>
      )}
    </div>
  );
}
