import { t } from '@/lib/i18n/t';
import { errorMessageKey, type ConnectionTestResult } from '@/lib/upload/errors';

/** The plain-language key for a failed test: the options page's own wording where it differs from Submit's. */
const testKeys: Partial<Record<string, string>> = {
  unauthorized: 'options_test_unauthorized',
  forbidden: 'options_test_forbidden',
  'not-found': 'options_test_notFound',
  network: 'options_test_network',
  timeout: 'options_test_timeout',
  'missing-token': 'options_test_missingToken',
  permission: 'options_test_permission',
};

/** One sentence saying what a connection test found, for a role="status" region. */
export function describeConnectionTest(result: ConnectionTestResult, kind: 'generic' | 'canvas' | 'download'): string {
  if (result.ok) {
    if (kind === 'canvas') {
      return result.userName ? t('options_test_okCanvasUser', result.userName) : t('options_test_okCanvas');
    }
    return result.portalName ? t('options_test_okNamed', result.portalName) : t('options_test_ok');
  }
  const base = t(testKeys[result.code] ?? errorMessageKey(result.code));
  return result.detail ? `${base} ${t('options_test_portalSaid', result.detail)}` : base;
}

/** The result of "Test connection", in plain words. */
export function ConnectionTestMessage(props: {
  result: ConnectionTestResult;
  kind: 'generic' | 'canvas' | 'download';
}) {
  return (
    <p className={`notice ${props.result.ok ? 'ok' : 'error'}`}>{describeConnectionTest(props.result, props.kind)}</p>
  );
}
