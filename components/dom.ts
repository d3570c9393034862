// A small element builder for the UI that is on the page at load (badges, the summary line), which is
// built with the DOM rather than Preact (see entrypoints/overlay-ui). Text only, never HTML.
export function element(tag: string, attributes: Record<string, string> = {}, text = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text) el.textContent = text;
  return el;
}
