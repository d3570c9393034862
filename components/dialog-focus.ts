/**
 * Where Tab stops inside a dialog. The report form's frame is one stop: its own fields are inside it, and
 * keys pressed there never reach the dialog.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), textarea, select, input, iframe, [tabindex]:not([tabindex="-1"])';

export function focusablesIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}
