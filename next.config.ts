import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  // Messages are compiled at build time, so pages ship no ICU parser (issue 9).
  experimental: {
    messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true },
  },
});

export default withNextIntl({
  // A static export: the whole app is files, so it works from any host and offline.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  // `npm test` runs tsc on the whole repo first; checking again here only doubles build time.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  turbopack: { root: import.meta.dirname },
} satisfies NextConfig);
