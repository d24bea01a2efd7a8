import Dexie, { type EntityTable } from 'dexie';
import type { StoredConversation } from '../model/conversation';
import type { StoredTurn } from '../model/turn';
import type { Trace } from '../model/trace';
import type { Framework } from '../model/framework';
import type { Submission } from '../model/submission';

/** The words of a conversation's title and turns, for the library's search. Kept apart so listing stays light. */
export interface ConversationWords {
  conversationId: string;
  words: string[];
}

/** A portal's secret token, kept in the extension origin's IndexedDB where content scripts cannot read it. */
export interface PortalSecret {
  portalId: string;
  token: string;
}

/** The exact bytes a submission sends, fixed when the teacher clicks Submit so every retry sends the same payload. */
export interface SubmissionPayload {
  submissionId: string;
  fileName: string;
  traceJson: string;
  pdf: Uint8Array;
  evidenceJson: string;
}

export const databaseName = 'showwork';

/**
 * ShowWork's IndexedDB database, in the extension origin. Only extension pages and the background open it;
 * content scripts never do (they would get the page's database).
 *
 * Versions are append-only: a released version() is never edited; a change gets a new version with an
 * upgrade() and a test in tests/db/migrations.test.ts.
 */
export class ShowWorkDatabase extends Dexie {
  conversations!: EntityTable<StoredConversation, 'id'>;
  turns!: EntityTable<StoredTurn, 'id'>;
  conversationWords!: EntityTable<ConversationWords, 'conversationId'>;
  traces!: EntityTable<Trace, 'id'>;
  frameworks!: EntityTable<Framework, 'id'>;
  submissions!: EntityTable<Submission, 'id'>;
  submissionPayloads!: EntityTable<SubmissionPayload, 'submissionId'>;
  portalSecrets!: EntityTable<PortalSecret, 'portalId'>;

  constructor(name = databaseName) {
    super(name);
    // v1: capture.
    this.version(1).stores({
      conversations: 'id, &[site+externalId], site, lastCapturedAt',
      turns: 'id, [conversationId+ordinal], conversationId, contentHash',
      conversationWords: 'conversationId, *words',
    });
    // v2: the teacher's evidence, the outbox and portal secrets.
    this.version(2).stores({
      traces: 'id, status, updatedAt, credentialId',
      frameworks: 'id',
      submissions: 'id, state, nextAttemptAt, traceId',
      submissionPayloads: 'submissionId',
      portalSecrets: 'portalId',
    });
    // v3: each AI tool's newest conversations straight from an index, so a big library opens without
    // reading every record (npm run bench: first render with 5,000 conversations).
    this.version(3).stores({
      conversations: 'id, &[site+externalId], site, lastCapturedAt, [site+lastCapturedAt]',
    });
  }
}

let shared: ShowWorkDatabase | undefined;

/** The one database connection of this extension context, opened on first use. */
export function getDatabase(): ShowWorkDatabase {
  shared ??= new ShowWorkDatabase();
  return shared;
}
