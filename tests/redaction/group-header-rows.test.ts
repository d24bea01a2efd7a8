import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { isGroupTitleRow } from '../../lib/redaction/group-header-rows';

/**
 * A pasted spreadsheet whose first row holds merged group titles is read with the row under it as its header
 * (lib/redaction/group-header-rows.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('a sheet with group titles over its headers', () => {
  testDetailProbes([
    p(
      'Make a mail merge from my sheet:\nSTUDENT INFO\t\t\tCONTACT\t\nName\tBirth date\tStudent ID\tGuardian\tPhone\nLeontyne Abara\t14-03-2016\t6620418\tChika Abara\t+44 7700 900412\nRowan Pell\t02-09-2015\t6620433\tMorag Pell\t+44 7700 900871',
      ['Leontyne Abara', '14-03-2016', '6620418', 'Chika Abara', 'Rowan Pell', '02-09-2015', '6620433', 'Morag Pell'],
      ['STUDENT INFO'],
    ),
  ]);

  test('a first row of titles, not a header with as many cells', () => {
    expect(isGroupTitleRow('DATOS ALUMNO\t\t\tAPODERADO\t\t', 'Nombre\tRUN\tF. Nac.\tNombre\tCorreo\tFono')).toBe(true);
    expect(isGroupTitleRow('Name\tBirth date\tPhone', 'Leontyne Abara\t14-03-2016\t0161 496 0000')).toBe(false);
    expect(isGroupTitleRow('Week\tTopic\tPages\tQuiz', 'Name\tEmail\tPhone\tGrade')).toBe(false);
  });
});
