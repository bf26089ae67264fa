/**
 * A CouchDB-compatible server for development, tests and a learner hosting sync at home:
 * express-pouchdb (PouchDB's own implementation of the CouchDB HTTP API) mounted in
 * Express, with one user (Basic auth) and CORS for the app's origin. Nothing here is
 * Triglot's protocol: the app speaks CouchDB replication, and a real CouchDB cluster
 * takes this server's place unchanged (README, "Sync").
 *
 *   npm run sync-server -- [--port 5984] [--host 127.0.0.1] [--user triglot --password triglot]
 *                          [--dir ./sync-data]   (on disk: needs pouchdb-adapter-leveldb, see README)
 *
 * Without --dir the data lives in memory and is gone when the server stops.
 */
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

// express-pouchdb and Express are CommonJS without types here: the little this script uses.
interface Request {
  method: string;
  headers: Record<string, string | undefined>;
}
interface Response {
  setHeader(name: string, value: string): void;
  status(code: number): Response;
  end(): void;
  json(body: unknown): void;
}
type NextFunction = () => void;

const require = createRequire(import.meta.url);

function arg(name: string, fallback: string | null): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const port = Number(arg('port', process.env.SYNC_PORT ?? '5984'));
const host = arg('host', '127.0.0.1')!;
const user = arg('user', process.env.SYNC_USER ?? 'triglot');
const password = arg('password', process.env.SYNC_PASSWORD ?? 'triglot');
const dir = arg('dir', null);

const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-replication'));
let Db;
if (dir) {
  let leveldb;
  try {
    leveldb = require('pouchdb-adapter-leveldb');
  } catch {
    console.error(
      'Keeping data on disk needs the leveldb adapter: npm install --no-save pouchdb-adapter-leveldb@9.0.0',
    );
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  Db = PouchDB.plugin(leveldb).defaults({ prefix: path.resolve(dir) + path.sep });
} else {
  Db = PouchDB.plugin(require('pouchdb-adapter-memory')).defaults({ adapter: 'memory' });
}

const express = require('express');
const expressPouchDB = require('express-pouchdb');
const app = express();

// CORS as a CouchDB with [chttpd] enable_cors would answer: any origin, with credentials.
app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'accept, authorization, content-type, origin, referer',
    );
    res.setHeader('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  next();
});

// One account, checked like CouchDB's require_valid_user: a real CouchDB does this itself.
if (user !== null && password !== null) {
  const expected = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.headers.authorization === expected) return next();
    res.status(401).json({
      error: 'unauthorized',
      reason: req.headers.authorization
        ? 'Name or password is incorrect.'
        : 'Authentication required.',
    });
  });
}

app.use('/', expressPouchDB(Db, { mode: 'minimumForPouchDB' }));

const server = app.listen(port, host, () => {
  console.log(
    `Sync server (CouchDB API, ${dir ? `data in ${path.resolve(dir)}` : 'in memory'}) on http://${host}:${port}/` +
      (user ? ` (user ${user})` : ''),
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
