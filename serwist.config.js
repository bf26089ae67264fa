// Builds the service worker after `next build`, from the static export in out/.
// Configurator mode (not @serwist/next's webpack plugin) because Next 16 builds with Turbopack.
/** @type {import('@serwist/cli').BuildOptions} */
const config = {
  swSrc: 'app/sw.ts',
  swDest: 'out/sw.js',
  globDirectory: 'out',
  // html: the pages; txt: RSC payloads for client navigation; json: the corpus and cards;
  // wasm: SQLite for the Anki package (public/vendor), so .apkg works offline too.
  globPatterns: ['**/*.{html,txt,js,css,json,woff2,png,svg,ico,webmanifest,wasm}'],
  globIgnores: ['sw.js', '404.html', '404/**', '_not-found/**'],
  dontCacheBustURLsMatching: /^_next\/static\//,
  maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  manifestTransforms: [
    async (entries) => ({
      warnings: [],
      manifest: entries.map((e) => {
        let url = '/' + e.url;
        // en/index.html is served as /en/
        if (url.endsWith('/index.html')) url = url.slice(0, -'index.html'.length);
        return { ...e, url };
      }),
    }),
  ],
};

export default config;
