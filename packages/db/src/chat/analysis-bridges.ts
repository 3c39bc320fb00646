import {
  addDays,
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
 * of organizations they connect (a link's weight: the people the two share). Only matched senders
 * (a confirmed person) can bridge, and only groups under an agreement in force are read. Names only
 * when `namesShown`; otherwise each bridge is a number for this answer.
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
    .orderBy('p.name')
    .orderBy('s.person_id')
    .orderBy('chat_groups.name')
    .execute();

  const organizationKey = (row: (typeof rows)[number]) => row.organization_id ?? `group:${row.group_id}`;
  const organizations = new Map<string, { id: string; name: string; isStreetGroup: boolean }>();
  const people = new Map<string, { name: string; groups: Map<string, (typeof rows)[number]>; keys: Set<string> }>();
  for (const row of rows) {
    const key = organizationKey(row);
    const person = people.get(row.person_id!) ?? { name: row.person_name, groups: new Map(), keys: new Set<string>() };
    person.groups.set(row.group_id, row);
    person.keys.add(key);
    people.set(row.person_id!, person);
  }
  const bridgePeople = [...people.entries()].filter(([, person]) => person.keys.size >= 2);
  const links = new Map<string, { source: string; target: string; people: number }>();
  for (const [, person] of bridgePeople) {
    for (const row of person.groups.values())
      organizations.set(organizationKey(row), {
        id: organizationKey(row),
        name: row.organization_name ?? row.group_name,
        isStreetGroup: row.organization_id === null,
      });
    const keys = [...person.keys].sort();
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const id = `${keys[i]}|${keys[j]}`;
        const link = links.get(id) ?? { source: keys[i]!, target: keys[j]!, people: 0 };
        link.people++;
        links.set(id, link);
      }
  }
  return ok({
    streetId,
    period: { from: period.from, to: period.to },
    namesShown: options.namesShown,
    bridges: bridgePeople.map(([personId, person], i) => ({
      personId: options.namesShown ? personId : null,
      name: options.namesShown ? person.name : null,
      number: i + 1,
      groups: [...person.groups.values()].map((row) => ({
        id: row.group_id,
        name: row.group_name,
        organizationId: row.organization_id,
      })),
      organizations: person.keys.size,
    })),
    organizations: [...organizations.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    links: [...links.values()],
  });
}
