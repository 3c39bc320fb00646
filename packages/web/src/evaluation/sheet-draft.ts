/**
 * A sheet's scores kept on the phone as they are typed (localStorage), so a leader whose signal
 * drops before 保存 loses nothing: the page opens with the draft, and a save clears it. Scores are
 * not personal data; nothing else is kept.
 */
export interface SheetDraft {
  points: Record<string, string>;
  comment: string;
}

const keyOf = (campaignId: string, dimension: string, organizationId: string) =>
  `seedbed.evaluation.sheet.${campaignId}.${dimension}.${organizationId}`;

export function readSheetDraft(campaignId: string, dimension: string, organizationId: string): SheetDraft | null {
  try {
    const text = localStorage.getItem(keyOf(campaignId, dimension, organizationId));
    if (!text) return null;
    const parsed = JSON.parse(text) as SheetDraft;
    return typeof parsed === 'object' && parsed && typeof parsed.points === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export function keepSheetDraft(campaignId: string, dimension: string, organizationId: string, draft: SheetDraft) {
  try {
    localStorage.setItem(keyOf(campaignId, dimension, organizationId), JSON.stringify(draft));
  } catch {
    // A full or forbidden storage only loses the draft, never the form.
  }
}

export function dropSheetDraft(campaignId: string, dimension: string, organizationId: string) {
  try {
    localStorage.removeItem(keyOf(campaignId, dimension, organizationId));
  } catch {
    // As above.
  }
}
