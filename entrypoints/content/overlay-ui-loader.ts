// Gets the overlay's Preact UI (entrypoints/overlay-ui.tsx) the first time a panel or the summary's
// details open: the background injects its script into this page's extension world, where it leaves
// its value under a known name. A failed load is not remembered, so the next click tries again.
import { ask } from '../../utils/extension/send';
import { OVERLAY_UI_GLOBAL, type OverlayUi } from '../../utils/overlay/overlay-ui';

let loading: Promise<OverlayUi> | undefined;

export function loadOverlayUi(): Promise<OverlayUi> {
  loading ??= ask({ type: 'load-overlay-ui' }).then(() => {
    const ui = (globalThis as Record<string, unknown>)[OVERLAY_UI_GLOBAL] as OverlayUi | undefined;
    if (!ui) throw new Error('the overlay UI script did not load');
    return ui;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
