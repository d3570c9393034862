import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Minimal permissions: storage + alarms (outbox retries); host access only to the portal.
// The API origin is granted through optional_host_permissions when the user sets a self-hosted URL.
export default defineConfig({
  // Explicit imports everywhere: the same modules are used by the server and Node CLIs.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://wetten.overheid.nl/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // A self-hosted API origin is asked for only when the user sets one (MV2 has no optional_host_permissions).
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://*/*'] } : { optional_permissions: ['https://*/*'] }),
    browser_specific_settings: { gecko: { id: 'wetsignaal@wetsignaal.nl', strict_min_version: '115.0' } },
    // The report form is an extension page framed into the panel, out of the host page's reach.
    web_accessible_resources: [{ resources: ['report.html'], matches: ['https://wetten.overheid.nl/*'] }],
  }),
});
