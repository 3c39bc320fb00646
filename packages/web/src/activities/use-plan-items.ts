import type { LinkablePlanItem } from '@seedbed/core';
import { startTransition, useEffect, useState } from 'react';
import { api } from '../shared/api';

const keptKey = (organizationId: string) => `seedbed:plan-items:${organizationId}`;

/**
 * The last list kept on the phone, so 计划内 can be picked in a basement with no signal too. Plan
 * items are the titles of the team's approved plan (清理楼道), no one's name: safe to keep.
 */
function keptPlanItems(organizationId: string): LinkablePlanItem[] | null {
  try {
    const kept = globalThis.localStorage?.getItem(keptKey(organizationId));
    return kept ? (JSON.parse(kept) as LinkablePlanItem[]) : null;
  } catch {
    return null;
  }
}

/**
 * The plan items the team may link an activity to (GET /api/organizations/{id}/plan-items), this
 * month's first; null while neither the network nor the phone has answered.
 */
export function usePlanItems(organizationId: string): LinkablePlanItem[] | null {
  const [items, setItems] = useState<LinkablePlanItem[] | null>(() => keptPlanItems(organizationId));
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<LinkablePlanItem[]>(`/api/organizations/${encodeURIComponent(organizationId)}/plan-items`, {
        signal: controller.signal,
      })
      .then((answer) => {
        startTransition(() => setItems(answer));
        globalThis.localStorage?.setItem(keptKey(organizationId), JSON.stringify(answer));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [organizationId]);
  return items;
}
