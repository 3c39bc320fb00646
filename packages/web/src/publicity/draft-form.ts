import {
  buildSharePage,
  type PublicityDraft,
  type PublicityQuote,
  type PublicityUpdateInput,
  type PublicPublicityPage,
} from '@seedbed/core';

/**
 * The publicity editor's form as pure functions: the values a draft starts from, the PATCH they
 * make, and the share page they would show (the preview, before saving).
 */

export interface Paragraph {
  key: number;
  text: string;
}

let nextKey = 0;
export const paragraph = (text: string): Paragraph => ({ key: nextKey++, text });

export interface DraftForm {
  title: string;
  lead: string;
  paragraphs: Paragraph[];
  reflection: string;
  quotes: PublicityQuote[];
  photoIds: string[];
  coverPhotoId: string | null;
  named: Set<string>;
}

export function formOf(draft: PublicityDraft): DraftForm {
  return {
    title: draft.title,
    lead: draft.lead,
    paragraphs: (draft.paragraphs.length > 0 ? draft.paragraphs : ['']).map(paragraph),
    reflection: draft.reflection ?? '',
    quotes: draft.quotes,
    photoIds: draft.photoIds,
    coverPhotoId: draft.coverPhotoId,
    named: new Set([...draft.namedParticipantIds, ...draft.namedSignInIds]),
  };
}

export function patchOf(form: DraftForm, draft: PublicityDraft): PublicityUpdateInput {
  const kindOf = new Map(draft.candidateNames.map((n) => [n.id, n.kind]));
  return {
    title: form.title,
    lead: form.lead,
    paragraphs: form.paragraphs.map((p) => p.text.trim()).filter(Boolean),
    reflection: form.reflection.trim() || null,
    quotes: form.quotes,
    photoIds: form.photoIds,
    coverPhotoId: form.coverPhotoId && form.photoIds.includes(form.coverPhotoId) ? form.coverPhotoId : null,
    namedParticipantIds: [...form.named].filter((id) => kindOf.get(id) === 'participant'),
    namedSignInIds: [...form.named].filter((id) => kindOf.get(id) === 'sign_in'),
  };
}

/** What the share page will show, from the unsaved form: core's buildSharePage, as the server's public page. */
export function previewOf(form: DraftForm, draft: PublicityDraft): PublicPublicityPage {
  return buildSharePage({
    code: draft.code,
    title: form.title,
    lead: form.lead,
    paragraphs: form.paragraphs.map((p) => p.text),
    reflection: form.reflection,
    quotes: form.quotes,
    photoIds: form.photoIds,
    coverPhotoId: form.coverPhotoId,
    photos: draft.candidatePhotos.map((p) => ({
      id: p.id,
      url: p.url,
      thumbnailUrl: p.thumbnailUrl ?? p.url,
      width: p.width,
      height: p.height,
    })),
    people: draft.candidateNames,
    namedIds: form.named,
    facts: draft.facts,
    publishedAt: draft.publishedAt ?? draft.updatedAt,
  });
}
