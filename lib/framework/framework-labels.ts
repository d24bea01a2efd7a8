import type { Framework } from '../model/framework';
import { t } from '../i18n/t';
import { defaultFrameworkId } from './default-framework';

type Part = 'credential' | 'competency' | 'level' | 'framework';

/**
 * The name to show for a framework part. The built-in default's names are UI text and come translated from
 * the locale files (key editor_fw_<part>_<id with "-" as "_">); an imported framework's names are the
 * district's own words and are shown as written.
 */
export function labelFrameworkPart(framework: Framework, part: Part, id: string, name: string): string {
  if (framework.id !== defaultFrameworkId) return name;
  const key = `editor_fw_${part}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
  const translated = t(key);
  return translated === key ? name : translated;
}

export function labelCredential(framework: Framework, credentialId: string): string | undefined {
  const credential = framework.credentials.find((c) => c.id === credentialId);
  return credential && labelFrameworkPart(framework, 'credential', credential.id, credential.name);
}

export function labelCompetency(framework: Framework, competencyId: string): string | undefined {
  const competency = framework.competencies.find((c) => c.id === competencyId);
  return competency && labelFrameworkPart(framework, 'competency', competency.id, competency.name);
}

export function labelLevel(framework: Framework, levelId: string): string | undefined {
  const level = framework.levels.find((l) => l.id === levelId);
  return level && labelFrameworkPart(framework, 'level', level.id, level.name);
}

export function labelFramework(framework: Framework): string {
  return labelFrameworkPart(framework, 'framework', framework.id, framework.name);
}
