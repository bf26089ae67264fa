// pouchdb-browser ships no types; lib/sync/engine.ts describes the part it uses (PouchCtor).
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
