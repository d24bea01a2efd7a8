import { useEffect, useId, useState, type FormEvent } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { getActiveFramework } from '@/lib/framework/active-framework';
import { labelCredential, labelLevel } from '@/lib/framework/framework-labels';
import { t } from '@/lib/i18n/t';
import type { Framework } from '@/lib/model/framework';
import { Level } from '@/lib/model/trace';
import { emptyProfile, readTeacherProfile, teacherProfileItem, type TeacherProfile } from '@/lib/settings/profile';

/** The teacher's name, school, district and defaults, printed on every exported trace. */
export function ProfileSection() {
  const [profile, setProfile] = useState<TeacherProfile>();
  const [framework, setFramework] = useState<Framework>();
  const [status, setStatus] = useState('');
  const ids = {
    name: useId(),
    school: useId(),
    district: useId(),
    credential: useId(),
    level: useId(),
    paper: useId(),
  };

  useEffect(() => {
    void readTeacherProfile().then(setProfile);
    void getActiveFramework(getDatabase()).then(setFramework);
  }, []);

  if (!profile) return null;
  const update = (changes: Partial<TeacherProfile>) => {
    setProfile({ ...profile, ...changes });
    setStatus('');
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...emptyProfile,
      ...profile,
      name: profile.name.trim(),
      school: profile.school.trim(),
      district: profile.district.trim(),
    };
    await teacherProfileItem.setValue(next);
    setProfile(next);
    setStatus(t('options_profile_saved'));
  };

  return (
    <section className="opt-section" aria-labelledby="opt-profile-heading">
      <h2 id="opt-profile-heading">{t('options_profile_heading')}</h2>
      <p className="muted">{t('options_profile_intro')}</p>
      <form onSubmit={(e) => void save(e)} className="opt-form">
        <label htmlFor={ids.name}>{t('options_profile_name')}</label>
        <input
          id={ids.name}
          type="text"
          autoComplete="name"
          value={profile.name}
          onChange={(e) => update({ name: e.target.value })}
        />
        <label htmlFor={ids.school}>{t('options_profile_school')}</label>
        <input
          id={ids.school}
          type="text"
          autoComplete="organization"
          value={profile.school}
          onChange={(e) => update({ school: e.target.value })}
        />
        <label htmlFor={ids.district}>{t('options_profile_district')}</label>
        <input
          id={ids.district}
          type="text"
          value={profile.district}
          onChange={(e) => update({ district: e.target.value })}
        />
        <label htmlFor={ids.credential}>{t('options_profile_defaultCredential')}</label>
        <select
          id={ids.credential}
          value={profile.defaultCredentialId ?? ''}
          onChange={(e) => update({ defaultCredentialId: e.target.value || null })}
        >
          <option value="">{t('options_profile_noDefault')}</option>
          {framework?.credentials.map((c) => (
            <option key={c.id} value={c.id}>
              {labelCredential(framework, c.id)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.level}>{t('options_profile_defaultLevel')}</label>
        <select
          id={ids.level}
          value={profile.defaultLevel ?? ''}
          onChange={(e) =>
            update({
              defaultLevel: Level.safeParse(e.target.value).success
                ? (e.target.value as TeacherProfile['defaultLevel'])
                : null,
            })
          }
        >
          <option value="">{t('options_profile_noDefault')}</option>
          {Level.options.map((level) => (
            <option key={level} value={level}>
              {(framework && labelLevel(framework, level)) ?? level}
            </option>
          ))}
        </select>
        <label htmlFor={ids.paper}>{t('options_profile_paperSize')}</label>
        <select
          id={ids.paper}
          value={profile.paperSize}
          onChange={(e) => update({ paperSize: e.target.value === 'a4' ? 'a4' : 'letter' })}
        >
          <option value="letter">{t('options_profile_paperLetter')}</option>
          <option value="a4">{t('options_profile_paperA4')}</option>
        </select>
        <div className="opt-actions">
          <button type="submit" className="primary">
            {t('options_profile_save')}
          </button>
          <span role="status" className="opt-status">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
