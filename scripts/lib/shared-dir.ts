// The shared inputs (law corpus, seeds) live beside the repository as ../shared, locally and in CI.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = process.env.WETSIGNAAL_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
export const CORPUS_DIR = process.env.WETSIGNAAL_CORPUS ?? resolve(SHARED_DIR, 'corpus');
