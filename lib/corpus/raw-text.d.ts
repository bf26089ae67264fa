// Vite (and so vitest) imports a file's text with `?raw`; tests use it for corpus
// fixtures, so lib/ needs no Node fs.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
