// The shadow-root hosts a page script puts on the law page: removed with the content script (the
// extension was reloaded or updated), and each kept inside the window (fit-window.ts).
import type { PageContext } from '../extension/page-context';
import type { HostName } from './host-names';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { fitInWindow } from './fit-window';

export interface PageHosts {
  create(name: HostName, options?: Parameters<typeof createShadowHost>[1]): ShadowHost;
  /** Once the host is on the page: moves it onto a line of its own where it would run off the window. */
  fit(made: ShadowHost): void;
}

/** `css`: stylesheets on top of host.css in every root made here (the overlay's, for badges and cards). */
export function pageHosts(ctx: PageContext, css: string[] = []): PageHosts {
  const hosts: HTMLElement[] = [];
  const fit = fitInWindow();
  ctx.onInvalidated(() => {
    hosts.forEach((host) => host.remove());
    fit.disconnect();
  });
  return {
    create(name, options) {
      const made = createShadowHost(name, { ...options, css: [...css, ...(options?.css ?? [])] });
      hosts.push(made.host);
      return made;
    },
    fit: ({ host, container }) => fit.watch(host, container),
  };
}
