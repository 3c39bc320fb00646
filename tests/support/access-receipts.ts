import { demoPassword } from '@seedbed/demo';
import type { AccessContext } from './access';
import { Client, type TestApi } from './api';
import { makeJpeg, sendFile } from './images';

/**
 * A receipt photo for the access rows that read one: sent once per database and kind of
 * receipt, by a login allowed to send it, through the row's own app — so every role's row reads
 * the same stored file. `uploadPathOf` makes the record the receipt belongs to and names its
 * upload route.
 */
const sent = new WeakMap<object, Map<string, Promise<string>>>();
export function receiptOncePerDatabase(
  client: Client,
  ctx: AccessContext,
  receipt: { kind: string; sender: string; uploadPathOf: () => Promise<string> },
): Promise<string> {
  const { kind, sender, uploadPathOf } = receipt;
  const forDatabase = sent.get(ctx.db) ?? new Map<string, Promise<string>>();
  sent.set(ctx.db, forDatabase);
  let made = forDatabase.get(kind);
  if (!made) {
    made = (async () => {
      const api = (client as unknown as { api: Pick<TestApi, 'request'> }).api;
      const signedIn = new Client(api);
      await signedIn.post('/api/auth/login', { login: sender, password: demoPassword });
      const path = await uploadPathOf();
      const answer = await sendFile(signedIn, 'POST', path, await makeJpeg(320, 240), 'image/jpeg');
      if (answer.status !== 201) throw new Error(`receipt upload to ${path} failed: ${JSON.stringify(answer.body)}`);
      return answer.body.id as string;
    })();
    forDatabase.set(kind, made);
  }
  return made;
}
