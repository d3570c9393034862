import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

// Unmount rendered components between tests so queries see one test's DOM only.
afterEach(cleanup);
