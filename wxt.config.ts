import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Public half of Postwise's signing key (base64 DER SubjectPublicKeyInfo).
 * It pins the Chrome/Edge extension id to lljahpcclomdgcomifmfhlheikaknckg so
 * managers can name it in policies. The private key is not kept in this repo.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvyYN0jXrTDgU4i+E7wswbhNUbik2CPo+aI4nYqc2kAUlljGq2XOI5UGIxe6p73pQjdIt+0wCz9uzsoJC88VqphEG9KrQK/zkycpmo0K2NLltkjJhGI427rYI4qVptFvskwwh5Zd2+dV01HQlnfg11vxvfzOTo6QicN9DwU72tYY2w6E1SShQSX50ExF61zvJBDAkp6+HL12xIFuFJqlQD/elhg76gar20vsiy/hfWu0jOdaSXycHBAOQcqMR+eeHE1CCCMEuE5kSiHu8qQ5oWmD/CO6zu/sa/I8EEpC2SlBlOu6caKQxBfiY3t/c7Q2ZJHOQx7L93X2ZD1wWwzi6oQIDAQAB';

export const GECKO_ID = 'postwise@novascotia.ca';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script runs on every page of three busy sites and has a 60 KB
    // budget (DESIGN.md): it uses the browser's own promise-based API (Firefox's
    // `browser`, MV3 Chrome's `chrome`) instead of the 10 KB polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    // Asked for only when the person chooses reminders as browser notifications (options page).
    optional_permissions: ['notifications'],
    host_permissions: [
      'https://x.com/*',
      'https://*.x.com/*',
      'https://twitter.com/*',
      'https://*.twitter.com/*',
      'https://*.facebook.com/*',
      'https://*.youtube.com/*',
    ],
    storage: { managed_schema: 'managed_schema.json' },
    // The guidance beside a compose box links to the policy's section in the bundled policy page;
    // the content scripts import moderation assist's chunk on official accounts' pages (a dynamic
    // import from a content script needs its file web-accessible, on the three sites only).
    web_accessible_resources: [
      {
        resources: ['policy.html', 'moderation.js'],
        matches: [
          'https://*.x.com/*',
          'https://*.twitter.com/*',
          'https://*.facebook.com/*',
          'https://*.youtube.com/*',
        ],
      },
    ],
    ...(browser === 'firefox'
      ? {
          // Manifest V2 (`wxt build -b firefox`'s default), deliberately: its host permissions are granted at
          // install on every ESR in use, from 115 (README, "Why Manifest V2 in Firefox").
          browser_specific_settings: {
            // addons.mozilla.org requires the data-collection declaration to sign; Postwise collects nothing.
            gecko: { id: GECKO_ID, strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { key: CHROME_PUBLIC_KEY }),
  }),
});
