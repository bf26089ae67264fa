// Dexie captures indexedDB when it is imported, so the fake must come first.
import 'fake-indexeddb/auto';
