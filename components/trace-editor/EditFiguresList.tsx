import { browser } from 'wxt/browser';
import type { EditFigures } from '@/lib/trace/diff';
import { t } from '@/lib/i18n/t';

let percent: Intl.NumberFormat | undefined;
let integer: Intl.NumberFormat | undefined;

/** Words kept, added and removed, and the teacher-authored share, in the UI language's number format. */
export function EditFiguresList({ figures }: { figures: EditFigures }) {
  const language = browser.i18n.getUILanguage();
  percent ??= new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  integer ??= new Intl.NumberFormat(language);
  const rows: [string, string][] = [
    [t('editor_wordsKept'), integer.format(figures.wordsKept)],
    [t('editor_wordsAdded'), integer.format(figures.wordsAdded)],
    [t('editor_wordsRemoved'), integer.format(figures.wordsRemoved)],
    [t('editor_teacherAuthored'), percent.format(figures.teacherAuthoredShare)],
  ];
  return (
    <dl className="te-figures" aria-labelledby="te-figures-heading">
      {rows.map(([label, value]) => (
        <div key={label} className="te-figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
