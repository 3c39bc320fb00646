import { z } from 'zod';

/**
 * What a document upload may be — a phone photo or a PDF (sniffDocumentType in file-store.ts reads
 * which from the bytes) — and how each is answered and declared in the OpenAPI document. Shared by
 * an organization's documents and a proposal's attachments.
 */
export const documentContentTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
} as const;

const binary = { schema: z.string().openapi({ format: 'binary' }) };
export const documentBinaryContent = Object.fromEntries(
  Object.values(documentContentTypes).map((type) => [type, binary]),
);
