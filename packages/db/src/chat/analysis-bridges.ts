import {
  addDays,
  bridgeNetwork,
  type ChatBridges,
  type ChatPeriodQuery,
  checkChatPeriod,
  ok,
  type Result,
  shanghaiDayStart,
} from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleChatGroups } from '../scope';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * Bridges (issue 19): people on the rosters of groups of several organizations during the period —
 * the activists' management group (a street-level group) counts as one of its own — and the network
 * of places they connect (core's `bridgeNetwork`: staff left out, a link weighted by the people two
 * places share). Only matched senders (a confirmed person) can bridge, and only groups under an
 * agreement in force are read. Names only when `namesShown`; otherwise each bridge is a number.
 */
export async function findStreetChatBridges(
  call: Reader,
  streetId: string,
  period: ChatPeriodQuery,
  options: { namesShown: boolean },
): Promise<Result<ChatBridges>> {
  const checked = checkChatPeriod(period);
  if (!checked.ok) return checked;
  const street = await findInScope(call, 'streets', streetId);
  if (!street.ok) return street;
  const start = shanghaiDayStart(period.from);
  const end = shanghaiDayStart(addDays(period.to, 1));
  const rows = await call.db
    .selectFrom('chat_senders as s')
    .innerJoin('chat_groups', 'chat_groups.id', 's.group_id')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .leftJoin('organizations as o', 'o.id', 'chat_groups.organization_id')
    .select([
      's.person_id',
      'p.name as person_name',
      'chat_groups.id as group_id',
      'chat_groups.name as group_name',
      'chat_groups.organization_id',
      'o.name as organization_name',
      's.is_staff',
    ])
    .where(visibleChatGroups(call.scope))
    .where('chat_groups.street_id', '=', streetId)
    .where('chat_groups.archived_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('chat_agreements as a')
          .select('a.id')
          .whereRef('a.group_id', '=', 'chat_groups.id')
          .where('a.withdrawn_at', 'is', null),
      ),
    )
    .where((eb) => eb.or([eb('s.joined_at', 'is', null), eb('s.joined_at', '<', end)]))
    .where((eb) => eb.or([eb('s.left_at', 'is', null), eb('s.left_at', '>=', start)]))
    .execute();

  const names = new Map<string, string>();
  const people = new Map<string, string>();
  for (const row of rows) {
    people.set(row.person_id!, row.person_name);
    names.set(
      row.organization_id ? `organization:${row.organization_id}` : `group:${row.group_id}`,
      row.organization_name ?? row.group_name,
    );
  }
  const network = bridgeNetwork(
    rows.map((row) => ({
      personId: row.person_id!,
      groupId: row.group_id,
      organizationId: row.organization_id,
      isStaff: row.is_staff,
    })),
  );
  return ok({
    streetId,
    period: { from: period.from, to: period.to },
    namesShown: options.namesShown,
    bridges: network.bridges.map((bridge, i) => ({
      number: i + 1,
      personId: options.namesShown ? bridge.personId : null,
      name: options.namesShown ? (people.get(bridge.personId) ?? null) : null,
      organizations: bridge.organizations,
      streetGroups: bridge.streetGroups,
      places: bridge.places,
    })),
    places: network.nodes.map((node) => ({
      key: node.key,
      kind: node.place.kind,
      name: names.get(node.key) ?? '',
      people: node.people,
      bridges: node.bridges,
    })),
    links: network.edges,
  });
}
