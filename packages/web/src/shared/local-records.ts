import { createStore, del, get, set, values } from 'idb-keyval';

/**
 * Records kept on the phone (IndexedDB through idb-keyval) that the user typed and the server has
 * not acknowledged yet: activity drafts and outboxes, proposal drafts. Each kind has its own
 * database, and an event tells open screens that a copy changed.
 */
export function localRecords<T extends { localId: string; updatedAt: number }>(databaseName: string) {
  let store: ReturnType<typeof createStore> | null = null;
  const localStore = () => {
    store ??= createStore(databaseName, 'local');
    return store;
  };
  const changeEvent = `seedbed:${databaseName}`;
  const announce = () => globalThis.dispatchEvent(new Event(changeEvent));

  return {
    onChange(listener: () => void): () => void {
      globalThis.addEventListener(changeEvent, listener);
      return () => globalThis.removeEventListener(changeEvent, listener);
    },
    read: (localId: string): Promise<T | undefined> => get<T>(localId, localStore()),
    async write(record: T): Promise<void> {
      await set(record.localId, record, localStore());
      announce();
    },
    async remove(localId: string): Promise<void> {
      await del(localId, localStore());
      announce();
    },
    /** Newest first. */
    async list(): Promise<T[]> {
      const all = await values<T>(localStore());
      return all.sort((a, b) => b.updatedAt - a.updatedAt);
    },
  };
}
