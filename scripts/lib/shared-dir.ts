// The shared inputs (law corpus, seeds) live beside the repository as ../shared, locally and in CI.
import { resolve } from 'node:path';

export const SHARED_DIR = process.env.WETSIGNAAL_SHARED ?? resolve(import.meta.dirname, '../../../shared');
export const CORPUS_DIR = process.env.WETSIGNAAL_CORPUS ?? resolve(SHARED_DIR, 'corpus');
