/**
 * compromise's tagger, for the few sentences where the lexicon settles nothing (context-names.ts). It is loaded only
 * when first needed: compromise's load (its code, lexicon and plugins) took ~0.3–0.5 s of CPU at each start of the
 * export scan worker (2026-12), and most traces never need it. The lexicon lookups (compromise-lexicon.ts) need no
 * load.
 *
 * A scan is synchronous, so it can't wait for the load: a scan that needs the tagger before it is loaded throws
 * PeopleTaggerNotLoaded. Callers either load it first (loadPeopleTagger) or run the scan through withPeopleTagger,
 * which loads it and runs the scan again only when the scan needed it. A scan's findings depend only on its text
 * (its caches are emptied when it starts: scan-caches.ts), so the second run finds what one run with the tagger
 * loaded would.
 */
export interface TaggedPerson {
  text: string;
  offset: { start: number };
}

type Tagger = (sentence: string) => TaggedPerson[];

/** Thrown by a scan that needed compromise's tagger before it was loaded. */
export class PeopleTaggerNotLoaded extends Error {
  constructor() {
    super("compromise's tagger is not loaded: call loadPeopleTagger() before the scan, or use withPeopleTagger()");
    this.name = 'PeopleTaggerNotLoaded';
  }
}

let tagger: Tagger | undefined;
let loading: Promise<void> | undefined;

/** The people compromise's tagger reads in `sentence`, with their offsets. */
export function taggedPeopleIn(sentence: string): TaggedPerson[] {
  if (!tagger) throw new PeopleTaggerNotLoaded();
  return tagger(sentence);
}

/** Loads compromise (once) so scans may tag. */
export function loadPeopleTagger(): Promise<void> {
  loading ??= import('compromise').then(({ default: nlp }) => {
    tagger = (sentence) => nlp(sentence).people().json({ offset: true }) as TaggedPerson[];
  });
  return loading;
}

/** Runs `scan`; when it needed the tagger before it was loaded, loads the tagger and runs `scan` again. */
export async function withPeopleTagger<T>(scan: () => T): Promise<T> {
  try {
    return scan();
  } catch (error) {
    if (!(error instanceof PeopleTaggerNotLoaded)) throw error;
    await loadPeopleTagger();
    return scan();
  }
}
