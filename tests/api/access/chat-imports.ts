import type { Db } from '@seedbed/db';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { chatGroupWithAgreement } from '../../support/chat-import';
import { sendFile } from '../../support/images';

/**
 * Access rows for chat imports 导入 (issue 19, part B; see access-control.test.ts): staff of the
 * organization's street upload a group's export and follow its job; no one else reads imports, whose
 * problems quote lines of the file. The export names two residents, so a scan of any answer would meet
 * them if an import's view ever carried senders' names.
 */
const groups = new WeakMap<Db, Promise<string>>();
/** The 夕阳红 team's group with an analysis agreement, made once per database. */
const sharedGroup = (ctx: AccessContext) => {
  let group = groups.get(ctx.db);
  if (!group) {
    group = chatGroupWithAgreement(ctx.db, { streetId: ctx.ids.mainStreetId, organizationId: ctx.ids.organizationId });
    groups.set(ctx.db, group);
  }
  return group;
};

const exportOf = (n: number) =>
  new TextEncoder().encode(
    `2021-03-01 09:00:00 王阿姨\n早上好 ${n}\n\n2021-03-01 09:01:00 李叔\n@王阿姨 好的\n\nnot a message line\n`,
  );

/** An import row of its own (queued, never run), to read. */
async function insertImport(ctx: AccessContext): Promise<string> {
  const groupId = await sharedGroup(ctx);
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('chat_imports')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      group_id: groupId,
      file_name: `群聊 ${ctx.n}.txt`,
      file_bytes: 100,
      status: 'failed',
      error_code: 'chat.unknown_format',
      error_line: 1,
    })
    .execute();
  return id;
}

/** chat.manage: the admin and the street's staff. */
const staffOnly = (status: number) => all(403, { admin: status, staff: status });

export const chatImportsAccessRows: AccessRow[] = [
  {
    name: 'staff upload a group’s chat export (a job starts)',
    route: 'POST /api/chat-groups/{id}/imports',
    call: async (c, ctx) =>
      sendFile(
        c,
        'POST',
        `/api/chat-groups/${await sharedGroup(ctx)}/imports?name=chat.txt`,
        exportOf(ctx.n),
        'application/octet-stream',
      ),
    expect: staffOnly(202),
  },
  {
    name: 'a group’s imports with their counts and problems',
    route: 'GET /api/chat-groups/{id}/imports',
    call: async (c, ctx) => {
      await insertImport(ctx);
      return c.get(`/api/chat-groups/${await sharedGroup(ctx)}/imports`);
    },
    expect: staffOnly(200),
  },
  {
    name: 'one import’s progress',
    route: 'GET /api/chat-imports/{id}',
    call: async (c, ctx) => c.get(`/api/chat-imports/${await insertImport(ctx)}`),
    expect: staffOnly(200),
  },
];
