import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findNameBuiltMailboxes, nameWordsOf, personOfLogin } from '../../lib/redaction/name-built-mailboxes';

/**
 * A school address built from a child's or parent's name already found in the trace is redacted, with its login
 * standing alone; a staff member's or office's school address stays (lib/redaction/name-built-mailboxes.ts).
 * Written for this file (2 Dec 2026), in no corpus part.
 */
describe('school addresses built from a found child’s name', () => {
  testDetailProbes([
    p(
      [
        'Roster export from our SIS for my 4th period at Maplecreek Middle School, can you turn it into a seating chart?',
        '',
        '[',
        '  {',
        '    "givenName": "Ottoline",',
        '    "familyName": "Brandvold",',
        '    "username": "ottoline.brandvold",',
        '    "email": "ottoline.brandvold@k12.maplecreek.org",',
        '    "studentId": "5520917"',
        '  },',
        '  {',
        '    "givenName": "Caspian",',
        '    "familyName": "Quillfeather",',
        '    "username": "c.quillfeather",',
        '    "email": "c.quillfeather@k12.maplecreek.org",',
        '    "studentId": "5520934"',
        '  }',
        ']',
        '',
        'Questions go to me (a.garcia@k12.maplecreek.org) or helpdesk@k12.maplecreek.org.',
      ].join('\n'),
      [
        'ottoline.brandvold@k12.maplecreek.org',
        'ottoline.brandvold',
        'c.quillfeather@k12.maplecreek.org',
        'c.quillfeather',
        '5520917',
      ],
      ['a.garcia@k12.maplecreek.org', 'helpdesk@k12.maplecreek.org'],
    ),
  ]);

  const words = nameWordsOf([
    { owner: 'child', names: ['Ottoline Brandvold', 'Ottoline'] },
    { owner: 'parent', names: ['Rigmor De la Cruz'] },
  ]);

  test('a login of initials and found names, one a whole name', () => {
    expect(personOfLogin('ottoline.brandvold', words)).toBe('child');
    expect(personOfLogin('o_brandvold27', words)).toBe('child');
    expect(personOfLogin('r.delacruz', words)).toBe('parent');
    expect(personOfLogin('brandvold', words)).toBeUndefined();
    expect(personOfLogin('t.halvorsen', words)).toBeUndefined();
    expect(personOfLogin('ottoline.h', words)).toBe('child');
    expect(personOfLogin('o.b', words)).toBeUndefined();
    expect(personOfLogin('ottoline.math', words)).toBeUndefined();
  });

  test('addresses in a text, with their logins', () => {
    const found = findNameBuiltMailboxes('Email ottoline.brandvold@k12.example.org or office@k12.example.org', words);
    expect(found.map((f) => [f.address.text, f.login, f.person])).toEqual([
      ['ottoline.brandvold@k12.example.org', 'ottoline.brandvold', 'child'],
    ]);
  });
});
