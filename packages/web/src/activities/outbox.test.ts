import { describe, expect, it } from 'vitest';
import { emptyFormValues } from './form-values';
import { type LocalActivity, newLocalActivity } from './local-store';
import { classifyFailure, retryDelayMs, sendLocalActivity, type Transport } from './outbox';

const organizationId = '00000000-0000-4000-8000-000000000001';

function pendingItem(): LocalActivity {
  const item = newLocalActivity(
    organizationId,
    { ...emptyFormValues(new Date('2026-06-30T02:00:00Z')), title: '舞蹈' },
    null,
    0,
  );
  const blob = new Blob(['x'], { type: 'image/jpeg' });
  return {
    ...item,
    state: 'pending',
    files: [1, 2, 3].map((n) => ({ id: `f${n}`, kind: 'photo' as const, blob, name: `${n}.jpg` })),
  };
}

/** A server that keeps records by Idempotency-Key and photos per record, and can drop the network. */
function fakeServer() {
  const records = new Map<string, string>();
  const photos = new Map<string, Set<string>>();
  const state = { isOffline: false, failUploadsAfter: Number.POSITIVE_INFINITY, uploads: 0 };
  const offline = () => Object.assign(new Error('network'), { status: 0, code: 'client.network', fields: [] });
  const transport: Transport = {
    async createActivity(_body, key) {
      if (state.isOffline) throw offline();
      if (!records.has(key)) records.set(key, `a${records.size + 1}`);
      return { id: records.get(key)! };
    },
    async updateActivity() {
      if (state.isOffline) throw offline();
    },
    async uploadFile(activityId, file) {
      if (state.isOffline || state.uploads >= state.failUploadsAfter) throw offline();
      state.uploads += 1;
      const set = photos.get(activityId) ?? new Set();
      set.add(file.name);
      photos.set(activityId, set);
    },
  };
  return { records, photos, state, transport };
}

describe('sending an activity from the phone', () => {
  it('waits (keeps everything) while offline, then sends one record with all photos', async () => {
    const server = fakeServer();
    const saved: LocalActivity[] = [];
    const save = async (item: LocalActivity) => {
      saved.push(item);
    };
    let keys = 0;
    const options = { now: 1000, newKey: () => `key-${++keys}` };
    server.state.isOffline = true;
    const first = await sendLocalActivity(pendingItem(), server.transport, save, options);
    expect(first.kind).toBe('waiting');
    if (first.kind !== 'waiting') return;
    expect(first.item.files).toHaveLength(3);
    expect(first.item.nextAttemptAt).toBe(1000 + retryDelayMs(1));

    // The network returns in the middle of the photos, then drops, then returns again.
    server.state.isOffline = false;
    server.state.failUploadsAfter = 1;
    const second = await sendLocalActivity(first.item, server.transport, save, options);
    expect(second.kind).toBe('waiting');
    if (second.kind !== 'waiting') return;
    server.state.failUploadsAfter = Number.POSITIVE_INFINITY;
    const third = await sendLocalActivity(second.item, server.transport, save, options);
    expect(third).toEqual({ kind: 'sent', activityId: 'a1' });
    expect(server.records.size).toBe(1);
    expect(server.photos.get('a1')?.size).toBe(3);
    expect(keys).toBe(1);
  });

  it('hands a refused record back to the leader with the reasons', async () => {
    const transport: Transport = {
      createActivity: async () => {
        throw Object.assign(new Error('bad'), {
          status: 400,
          code: 'request.invalid',
          message: '请检查',
          fields: [{ path: 'title', message: '必填' }],
        });
      },
      updateActivity: async () => undefined,
      uploadFile: async () => undefined,
    };
    const outcome = await sendLocalActivity(pendingItem(), transport, async () => undefined, {
      now: 0,
      newKey: () => 'k-12345678',
    });
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind !== 'rejected') return;
    expect(outcome.item.state).toBe('rejected');
    expect(outcome.item.rejection?.fields).toEqual([{ path: 'title', message: '必填' }]);
    expect(outcome.item.values.title).toBe('舞蹈');
  });

  it('retries passing troubles and backs off up to five minutes', () => {
    const failure = (status: number, code = '') => ({ status, code, message: '', fields: [] });
    expect(classifyFailure(failure(0))).toBe('retry');
    expect(classifyFailure(failure(503))).toBe('retry');
    expect(classifyFailure(failure(400))).toBe('reject');
    expect(classifyFailure(failure(409, 'activity.idempotency_conflict'))).toBe('new_key');
    expect(retryDelayMs(1)).toBe(5_000);
    expect(retryDelayMs(2)).toBe(10_000);
    expect(retryDelayMs(50)).toBe(300_000);
  });
});
