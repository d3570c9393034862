// The shared inputs (law corpus, seeds) live beside the repository as ../shared, locally and in CI.
import { resolve } from 'node:path';

export const SHARED_DIR = process.env.WETSIGNAAL_SHARED ?? resolve(import.meta.dirname, '../../../shared');
export const CORPUS_DIR = process.env.WETSIGNAAL_CORPUS ?? resolve(SHARED_DIR, 'corpus');
/** Pages saved byte for byte from the live portal, each with a `.source.txt` (provenance and SHA-256). */
export const REAL_PAGES_DIR = process.env.WETSIGNAAL_REAL_PAGES ?? resolve(SHARED_DIR, 'real-pages');
