import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  chatImportMaxBytes,
  chatImportSchema,
  chatImportUploadQuerySchema,
  idParamSchema,
  mapResult,
} from '@seedbed/core';
import { checkChatImportable, createChatImport, findChatImport, listChatImports } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { answer, answerWith } from '../http/answer';
import type { AppEnv } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { csvMappingOf, openForImport, startChatImport } from './import-job';
import { chatImportViewOf } from './import-view';

/**
 * Chat imports 导入 (issue 19, part B): staff upload an export as the raw body (its name and what they
 * know of it in the query); it is streamed to a temporary file — never the whole body in memory — and
 * read by a job (./import-job.ts) whose progress the import's row shows. The file is removed when the
 * job ends.
 */
const route = routesOf('chat');
const binary = { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } };
const limit = { limit: '2 GB' };
/** Where uploads wait for their job: the system's temporary folder (TMPDIR), never the files store. */
export const chatUploadDir = () => join(tmpdir(), 'seedbed-chat-imports');

const upload = route({
  method: 'post',
  path: '/api/chat-groups/{id}/imports',
  summary: 'Staff upload a chat export (the raw file as the body); the import runs as a job — poll it for progress',
  request: { params: idParamSchema, query: chatImportUploadQuerySchema, body: { content: binary, required: true } },
  responses: {
    202: jsonOk(chatImportSchema, 'queued: the job reads the file'),
    409: { description: 'No agreement in force.' },
    413: { description: 'Over 2 GB.' },
  },
});

const list = route({
  method: 'get',
  path: '/api/chat-groups/{id}/imports',
  summary: 'A group’s imports, newest first, with their counts and problems',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(chatImportSchema), 'the imports') },
});

const one = route({
  method: 'get',
  path: '/api/chat-imports/{id}',
  summary: 'One import: its progress while it runs, its counts and problems after',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(chatImportSchema, 'the import') },
});

/** Streams the body to `path`, or answers false as soon as it passes `maxBytes` (the file removed). */
async function saveUpload(c: Context<AppEnv>, path: string, maxBytes: number): Promise<number | null> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > maxBytes ? new RangeError('too large') : null, chunk);
    },
  });
  const body = c.req.raw.body;
  try {
    await pipeline(
      body ? Readable.fromWeb(body as import('node:stream/web').ReadableStream) : Readable.from([]),
      counter,
      createWriteStream(path),
    );
    return bytes;
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export const chatImportRoutes = newRouter()
  .openapi(upload, (c) =>
    answerWith(c, 'chat.manage', async (call) => {
      const { id } = c.req.valid('param');
      const { name, ...choices } = c.req.valid('query');
      // Scope and agreement before the body is read: an outsider learns nothing, and nothing is stored.
      const importable = await checkChatImportable(call, id);
      if (!importable.ok) return errorResponse(c, importable.error);
      if (Number(c.req.header('content-length') ?? '0') > chatImportMaxBytes)
        return failWith(c, 'chat.file_too_large', limit);
      if (choices.format === 'csv' && !csvMappingOf(choices)) return failWith(c, 'chat.csv_mapping_needed');
      const dir = chatUploadDir();
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${randomUUID()}.upload`);
      const fileBytes = await saveUpload(c, path, chatImportMaxBytes);
      if (fileBytes === null) return failWith(c, 'chat.file_too_large', limit);
      const deps = c.get('deps');
      // What the first bytes show (format, encoding, date order, another group's export) is refused now,
      // with its code and nothing written; the rest of the file is the job's.
      const opened = await openForImport(path, id, choices, deps.now(), {
        groupExportRef: importable.value.exportRef,
      });
      if (!opened.ok) {
        await rm(path, { force: true });
        return errorResponse(c, opened.error);
      }
      const created = await createChatImport(call, id, {
        fileName: name ?? 'chat-export',
        fileBytes,
        format: choices.format ?? null,
        encoding: choices.encoding ?? null,
        timeZone: choices.timeZone ?? 'Asia/Shanghai',
        options: choices,
      }).catch(async (error) => {
        await rm(path, { force: true });
        throw error;
      });
      if (!created.ok) {
        await rm(path, { force: true });
        return errorResponse(c, created.error);
      }
      void startChatImport({
        db: deps.db,
        logger: deps.logger,
        now: deps.now,
        importId: created.value.id,
        groupId: id,
        path,
        removeFile: true,
        choices,
      });
      return c.json(chatImportViewOf(created.value, c.get('locale')), 202);
    }),
  )
  .openapi(list, (c) =>
    answer(c, 'chat.manage', 200, async (call) =>
      mapResult(await listChatImports(call, c.req.valid('param').id), (rows) =>
        rows.map((row) => chatImportViewOf(row, c.get('locale'))),
      ),
    ),
  )
  .openapi(one, (c) =>
    answer(c, 'chat.manage', 200, async (call) =>
      mapResult(await findChatImport(call, c.req.valid('param').id), (row) => chatImportViewOf(row, c.get('locale'))),
    ),
  );
