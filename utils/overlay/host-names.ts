// The custom elements the overlay puts on the page (each a shadow host). The content script ignores
// them when it watches for added content, so mounting a badge never loops back.
export const HOST_NAMES = ['wetsignaal-badge', 'wetsignaal-summary', 'wetsignaal-panel', 'wetsignaal-report'] as const;
export type HostName = (typeof HOST_NAMES)[number];
