import { loadPeopleTagger } from '../lib/redaction/people-tagger';

// For test files that call the redaction scan directly (findStudentData is synchronous): compromise's tagger is
// loaded before them, as the extension's callers load it (lib/redaction/people-tagger.ts). Loaded once per module
// graph.
await loadPeopleTagger();
