/**
 * Bridges 桥梁人物 (issue 19): residents present in the groups of several organizations — the activists'
 * management group 骨干管理群 included — and the network of organizations they connect. Seed 002's second
 * layer of groups exists so organizations learn from each other; the people who sit in several of them
 * carry that learning, and an organization no bridge reaches is alone.
 *
 * Definitions:
 * - A **place** is an organization (all of its groups together: 总群, 核心群, 分队群… count once) or a
 *   street-level group without an organization (the activists' management group), which is a place of its
 *   own.
 * - A person is **present** in a place when a sender matched to them (confirmed by staff) belongs to one of
 *   its groups in the period: the caller passes those memberships (on the roster, or sent a message in the
 *   period). Unmatched senders cannot be followed across groups and are not counted; staff senders are left
 *   out — social workers sit in every group by their job, which makes them no bridge.
 * - A **bridge** is a person present in two or more places. `organizations` counts the organizations among
 *   their places (a street-level group is not an organization), `streetGroups` the street-level groups.
 * - The **network**: one node per place with at least one matched person; an edge between two places
 *   weighted by the number of people present in both (undirected, unweighted by activity).
 */
export interface ChatMembership {
  personId: string;
  groupId: string;
  /** null for a street-level group such as the activists' management group */
  organizationId: string | null;
  isStaff?: boolean;
}

export type BridgePlace = { kind: 'organization'; organizationId: string } | { kind: 'street_group'; groupId: string };

export interface Bridge {
  personId: string;
  /** organizations among the person's places */
  organizations: number;
  /** street-level groups among the person's places */
  streetGroups: number;
  /** the person's places' keys (see `placeKey`), sorted */
  places: string[];
}

export interface BridgeNode {
  key: string;
  place: BridgePlace;
  /** matched people present */
  people: number;
  /** of them, bridges */
  bridges: number;
}

export interface BridgeEdge {
  /** the smaller key first */
  source: string;
  target: string;
  /** people present in both places */
  people: number;
}

export interface BridgeNetwork {
  bridges: Bridge[];
  nodes: BridgeNode[];
  edges: BridgeEdge[];
}

/** `organization:<id>` or `group:<id>`: the key of a place in the network's nodes and edges. */
export function placeKey(place: BridgePlace): string {
  return place.kind === 'organization' ? `organization:${place.organizationId}` : `group:${place.groupId}`;
}

function placeOf(membership: ChatMembership): BridgePlace {
  return membership.organizationId === null
    ? { kind: 'street_group', groupId: membership.groupId }
    : { kind: 'organization', organizationId: membership.organizationId };
}

/**
 * The bridges and the network of places they connect. Bridges are sorted by organizations, then places,
 * most first (ties by person id); nodes by key; edges by weight, most first (ties by keys).
 */
export function bridgeNetwork(memberships: readonly ChatMembership[]): BridgeNetwork {
  const places = new Map<string, BridgePlace>();
  const placesOfPerson = new Map<string, Set<string>>();
  for (const membership of memberships) {
    if (membership.isStaff) continue;
    const place = placeOf(membership);
    const key = placeKey(place);
    places.set(key, place);
    const own = placesOfPerson.get(membership.personId) ?? new Set<string>();
    own.add(key);
    placesOfPerson.set(membership.personId, own);
  }
  const people = new Map<string, number>();
  const bridgesAt = new Map<string, number>();
  const edgeWeights = new Map<string, number>();
  const bridges: Bridge[] = [];
  for (const [personId, own] of placesOfPerson) {
    const keys = [...own].sort();
    for (const key of keys) people.set(key, (people.get(key) ?? 0) + 1);
    if (keys.length < 2) continue;
    for (const key of keys) bridgesAt.set(key, (bridgesAt.get(key) ?? 0) + 1);
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const pair = `${keys[i]}\u0000${keys[j]}`;
        edgeWeights.set(pair, (edgeWeights.get(pair) ?? 0) + 1);
      }
    }
    const organizations = keys.filter((key) => key.startsWith('organization:')).length;
    bridges.push({ personId, organizations, streetGroups: keys.length - organizations, places: keys });
  }
  bridges.sort(
    (a, b) =>
      b.organizations - a.organizations ||
      b.places.length - a.places.length ||
      (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
  const nodes = [...places.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, place]) => ({ key, place, people: people.get(key) ?? 0, bridges: bridgesAt.get(key) ?? 0 }));
  const edges = [...edgeWeights.entries()]
    .map(([pair, weight]) => {
      const [source, target] = pair.split('\u0000') as [string, string];
      return { source, target, people: weight };
    })
    .sort(
      (a, b) =>
        b.people - a.people || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1),
    );
  return { bridges, nodes, edges };
}
