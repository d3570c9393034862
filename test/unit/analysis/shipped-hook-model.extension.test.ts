import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const json = readFileSync(join(import.meta.dirname, '../../../utils/analysis/hook-model.json'), 'utf8');

describe('the hook model in the extension: fetched once, when first needed', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is not at hand before it is loaded, and is fetched from the extension once', async () => {
    const fetch = vi.fn(async () => new Response(json));
    vi.stubGlobal('fetch', fetch);
    const { HOOK_MODEL_FILE, loadShippedHookModel, shippedHookModel } = await import('../../../utils/analysis/shipped-hook-model.extension');
    expect(() => shippedHookModel()).toThrow(/not loaded/);
    const [a, b] = await Promise.all([loadShippedHookModel(), loadShippedHookModel()]);
    expect(a).toBe(b);
    expect(shippedHookModel()).toBe(a);
    expect(a.threshold).toBe(0.7);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(new RegExp(`${HOOK_MODEL_FILE}$`));
  });

  it('tries again after a failed fetch', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockImplementation(async () => new Response(json));
    vi.stubGlobal('fetch', fetch);
    const { loadShippedHookModel } = await import('../../../utils/analysis/shipped-hook-model.extension');
    await expect(loadShippedHookModel()).rejects.toThrow('offline');
    await expect(loadShippedHookModel()).resolves.toMatchObject({ threshold: 0.7 });
  });
});
