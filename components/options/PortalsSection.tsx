import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import {
  managedPortalChoicesItem,
  portalProfilesItem,
  readPortalEntries,
  readPortalToken,
  removePortalProfile,
  type PortalEntry,
  type PortalKind,
  type PortalProfile,
} from '@/lib/settings/portals';
import type { ConnectionTestResult } from '@/lib/upload/errors';
import { canvasPermissionPatterns, requestHostPermission } from '@/lib/upload/permissions';
import { testPortalConnection } from '@/lib/upload/test-connection';
import { ConnectionTestMessage } from './ConnectionTestMessage';
import { ManagedNote } from './ManagedNote';
import { PortalEditor } from './PortalEditor';
import { useManagedPolicy } from './use-managed-policy';
import { useStoredValue } from './use-stored-value';

type Editing = { kind: PortalKind; entry?: PortalEntry } | undefined;

function addressOf(profile: PortalProfile): string {
  if (profile.kind === 'generic') return profile.url;
  if (profile.kind === 'canvas') {
    const target = profile.assignmentName || profile.assignmentId;
    return target ? `${profile.baseUrl} — ${profile.courseName || profile.courseId} › ${target}` : profile.baseUrl;
  }
  return profile.filenamePattern;
}

/** The teacher's portals (and the district's): add, edit, test, remove. */
export function PortalsSection() {
  const policy = useManagedPolicy();
  const teacherPortals = useStoredValue(portalProfilesItem);
  const choices = useStoredValue(managedPortalChoicesItem);
  const [entries, setEntries] = useState<PortalEntry[]>();
  const [editing, setEditing] = useState<Editing>();
  const [newKind, setNewKind] = useState<PortalKind>('generic');
  const [status, setStatus] = useState('');
  const [tests, setTests] = useState<Record<string, ConnectionTestResult | 'testing'>>({});
  const kindSelectId = useId();
  // Only which portals have a token; the tokens themselves are read only when a request needs them.
  const withToken = useLiveQuery(() => getDatabase().portalSecrets.toCollection().primaryKeys(), [], [] as string[]);

  useEffect(() => {
    if (policy) void readPortalEntries(policy).then(setEntries);
  }, [policy, teacherPortals, choices]);

  if (!policy || !entries) return null;
  const canAdd = policy.allowTeacherPortals !== false;

  const remove = async (entry: PortalEntry) => {
    await removePortalProfile(getDatabase(), entry.profile.id);
    setStatus(t('options_portal_removed', entry.profile.name));
  };

  const test = async (entry: PortalEntry) => {
    const profile = entry.profile;
    if (profile.kind === 'canvas') {
      // From the click, before any other await: the browser shows its prompt only during a user gesture.
      const granted = await requestHostPermission(canvasPermissionPatterns(profile.baseUrl, profile.uploadOrigins));
      if (!granted) {
        setTests((all) => ({ ...all, [profile.id]: { ok: false, code: 'permission' } }));
        return;
      }
    }
    setTests((all) => ({ ...all, [profile.id]: 'testing' }));
    const result = await testPortalConnection(profile, await readPortalToken(getDatabase(), profile.id));
    setTests((all) => ({ ...all, [profile.id]: result }));
  };

  return (
    <section className="opt-section" aria-labelledby="opt-portals-heading">
      <h2 id="opt-portals-heading">{t('options_portals_heading')}</h2>
      <p className="muted">{t('options_portals_intro')}</p>
      {entries.length === 0 && <p>{t('options_portals_none')}</p>}
      <ul className="opt-portal-list">
        {entries.map((entry, index) => {
          const { profile } = entry;
          const headingId = `${kindSelectId}-portal-${index}`;
          const result = tests[profile.id];
          const hasToken = withToken.includes(profile.id);
          const isEditing = editing?.entry?.profile.id === profile.id;
          return (
            <li key={profile.id} className="opt-portal">
              <h3 id={headingId}>{profile.name}</h3>
              <p className="muted">
                {t(`options_portal_kind_${profile.kind}`)} · <span className="opt-address">{addressOf(profile)}</span>
                {profile.kind !== 'download' && (
                  <> · {t(hasToken ? 'options_portal_hasToken' : 'options_portal_noToken')}</>
                )}
              </p>
              {entry.isManaged && <ManagedNote id={`${headingId}-managed`} />}
              {isEditing ? (
                <PortalEditor
                  kind={profile.kind}
                  initial={profile}
                  isManaged={entry.isManaged}
                  isTargetFixed={
                    entry.isManaged && Boolean(policy.portals?.find((p) => p.id === profile.id)?.assignmentId)
                  }
                  hasSavedToken={hasToken}
                  onDone={(message) => {
                    setEditing(undefined);
                    setStatus(message);
                  }}
                  onCancel={() => setEditing(undefined)}
                />
              ) : (
                <div className="opt-actions">
                  <button
                    type="button"
                    onClick={() => setEditing({ kind: profile.kind, entry })}
                    aria-describedby={headingId}
                  >
                    {t(
                      entry.isManaged && profile.kind !== 'download'
                        ? 'options_portal_setToken'
                        : 'options_portal_edit',
                    )}
                  </button>
                  {profile.kind !== 'download' && (
                    <button
                      type="button"
                      onClick={() => void test(entry)}
                      disabled={result === 'testing'}
                      aria-describedby={headingId}
                    >
                      {t('options_portal_testConnection')}
                    </button>
                  )}
                  {!entry.isManaged && (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void remove(entry)}
                      aria-describedby={headingId}
                    >
                      {t('options_portal_remove')}
                    </button>
                  )}
                </div>
              )}
              <div role="status" className="opt-status">
                {result === 'testing'
                  ? t('options_portal_testing')
                  : result && <ConnectionTestMessage result={result} kind={profile.kind} />}
              </div>
            </li>
          );
        })}
      </ul>

      {canAdd && !editing && (
        <div className="opt-actions">
          <label htmlFor={kindSelectId}>{t('options_portal_kind')}</label>
          <select id={kindSelectId} value={newKind} onChange={(e) => setNewKind(e.target.value as PortalKind)}>
            <option value="generic">{t('options_portal_kind_generic')}</option>
            <option value="canvas">{t('options_portal_kind_canvas')}</option>
            <option value="download">{t('options_portal_kind_download')}</option>
          </select>
          <button type="button" onClick={() => setEditing({ kind: newKind })}>
            {t('options_portal_add')}
          </button>
        </div>
      )}
      {!canAdd && <p className="muted">{t('options_portals_districtOnly')}</p>}
      {editing && !editing.entry && (
        <PortalEditor
          kind={editing.kind}
          isManaged={false}
          hasSavedToken={false}
          onDone={(message) => {
            setEditing(undefined);
            setStatus(message);
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <p role="status" className="opt-status">
        {status}
      </p>
    </section>
  );
}
