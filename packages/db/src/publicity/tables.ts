import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Tables of the publicity capability (issue: activities). Tables may reference everything before them. */

/** A quote kept in a draft: read as the parsed list, written as JSON text. */
export interface StoredQuote {
  text: string;
  saidBy: string | null;
  included: boolean;
  showSaidBy: boolean;
}
export type QuotesColumn = ColumnType<StoredQuote[], string | undefined, string>;

/** A publicity draft 活动信息稿: one per activity; public under `code` once published. */
export interface PublicityDraftsTable {
  id: string;
  street_id: string;
  activity_id: string;
  community_id: string | null;
  code: string;
  title: string;
  lead: Generated<string>;
  paragraphs: Generated<string[]>;
  reflection: string | null;
  quotes: QuotesColumn;
  photo_ids: Generated<string[]>;
  cover_photo_id: string | null;
  named_participant_ids: Generated<string[]>;
  named_sign_in_ids: Generated<string[]>;
  status: Generated<'draft' | 'published'>;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  published_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PublicityTables {
  publicity_drafts: PublicityDraftsTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const publicityTablesAfterFoundation = ['publicity_drafts'] as const;
