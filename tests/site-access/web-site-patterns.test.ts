import { describe, expect, test } from 'vitest';
import {
  hostOfPattern,
  isPagePattern,
  portalPatterns,
  sitePatternForUrl,
  webSiteExclusions,
  webSitePatterns,
} from '@/lib/site-access/web-site-patterns';
import { judgeSiteChoice } from '@/lib/site-access/request-site-access';
import { chatSiteMatches } from '@/lib/adapters/site-hosts';

describe('webSitePatterns', () => {
  test('every granted page pattern except the five AI sites and the portals', () => {
    const granted = [
      ...chatSiteMatches,
      'https://chat.example-ai.test/*',
      'https://district.instructure.com/*',
      'https://*.instructure-uploads.com/*',
      'http://intranet.school.test/*',
      'https://tutor.example.org/*',
    ];
    const portals = ['https://district.instructure.com/*', 'https://*.instructure-uploads.com/*'];
    expect(webSitePatterns(granted, portals)).toEqual([
      'http://intranet.school.test/*',
      'https://chat.example-ai.test/*',
      'https://tutor.example.org/*',
    ]);
  });

  test('broad grants count too (however granted), malformed and non-page patterns do not', () => {
    expect(webSitePatterns(['https://*/*', '<all_urls>', 'file:///*', 'chrome://favicon/*', 'nonsense'], [])).toEqual([
      '<all_urls>',
      'https://*/*',
    ]);
  });

  test('the exclusions keep the registered script off AI sites and portals under a broad grant', () => {
    expect(webSiteExclusions(['https://canvas.test/*'])).toEqual([...chatSiteMatches, 'https://canvas.test/*'].sort());
  });
});

describe('portalPatterns', () => {
  test('a generic portal by its address, Canvas by its address and upload hosts, download-only none', () => {
    expect(
      portalPatterns([
        { kind: 'generic', id: 'g', name: 'G', url: 'https://evidence.district.test:8443/showwork/submissions' },
        {
          kind: 'canvas',
          id: 'c',
          name: 'C',
          baseUrl: 'https://district.instructure.com',
          courseId: '1',
          courseName: '',
          assignmentId: '2',
          assignmentName: '',
          uploadOrigins: ['https://*.instructure-uploads.com/*'],
        },
        { kind: 'download', id: 'd', name: 'D', filenamePattern: 'x.pdf', instructions: '' },
      ]),
    ).toEqual([
      'https://evidence.district.test/*',
      'https://district.instructure.com/*',
      'https://*.instructure-uploads.com/*',
    ]);
  });
});

describe('site patterns for addresses', () => {
  test('only https pages can be asked for: the manifest allows https://*/* and nothing else', () => {
    expect(sitePatternForUrl('https://chat.example.com/c/42?x=1')).toBe('https://chat.example.com/*');
    expect(sitePatternForUrl('http://localhost:3000/')).toBeUndefined();
    expect(sitePatternForUrl('chrome://extensions')).toBeUndefined();
    expect(sitePatternForUrl(undefined)).toBeUndefined();
  });

  test('hosts of patterns, page patterns', () => {
    expect(hostOfPattern('https://*.example.com/*')).toBe('*.example.com');
    expect(hostOfPattern('<all_urls>')).toBe('*');
    expect(isPagePattern('https://x.test/*')).toBe(true);
    expect(isPagePattern('ftp://x.test/*')).toBe(false);
  });

  test('judging a typed address: bare hosts are https, AI sites and portals are said plainly', () => {
    expect(judgeSiteChoice('chat.example.com')).toEqual({
      kind: 'allowable',
      pattern: 'https://chat.example.com/*',
      host: 'chat.example.com',
    });
    expect(judgeSiteChoice('https://claude.ai/new')).toEqual({ kind: 'known', label: 'Claude' });
    expect(judgeSiteChoice('https://canvas.test/courses', ['https://canvas.test/*'])).toEqual({
      kind: 'portal',
      host: 'canvas.test',
    });
    expect(judgeSiteChoice('http://localhost:8080')).toEqual({ kind: 'invalid' });
    expect(judgeSiteChoice('   ')).toEqual({ kind: 'invalid' });
    expect(judgeSiteChoice('not a url at all')).toEqual({ kind: 'invalid' });
  });
});
