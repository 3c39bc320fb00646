import type { Db } from '@seedbed/db';
import type { Login, PeopleReach, PersonalDataException, PersonalDataPolicy } from './access';
import { accountStreet } from './account-streets';
import { formFieldsOf, readableBody } from './answer-text';
import type { Client, JsonResponse } from './api';

/**
 * The field-level half of the access matrix (issue 14): every answer a row gets is scanned for
 * residents' personal data, and each piece found is checked against what the login may receive
 * (`personalDataPolicy` in access.ts). What counts as personal data is read from the tables:
 * - names: the full name of every person held (people rows), and names held on activities (self
 *   sign-ins, guests, feedback's `said_by`, volunteers' sign-ins and hours);
 * - phones: any 11-digit mainland mobile that belongs to one of them (a masked 138****1234 is no
 *   match; a number held for nobody — one a test typed — is not a resident's);
 * - ID numbers: none are held, so any 18-character ID number is a leak;
 * - children: people under 18 on the test date and sign-ins ticked as a child.
 * Names are matched as whole string values or whole pieces of one (split at spaces and list
 * punctuation, so "张三、李四" and CSV cells count), never inside running text: a name that is also
 * a common word ("阳光") would otherwise match everywhere.
 */

/** Under 18 on the test clock's date (2026-06-30). */
const childBornAfter = 2008;
const mobile = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const idNumber = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const pieceSeparators = /[\s,，、;；:：()（）[\]【】"'“”/|]+/;

interface Owners {
  people: Set<string>;
  /** The streets of the activities that hold it: a sign-in, a guest, feedback, a volunteer. */
  activityStreets: Set<string>;
  accountStreets: Set<string>; // phones only: the streets of the accounts that have it (account-streets.ts)
  child: boolean;
}

interface Account {
  username: string | null;
  displayName: string;
  phone: string | null;
  personId: string | null;
  scopeKind: string;
  scopeId: string | null;
}

export interface PersonalData {
  names: Map<string, Owners>;
  phones: Map<string, Owners>;
  children: Set<string>;
  /** Which people each reach covers, for each login. */
  reach: (login: Login, reach: PeopleReach) => Set<string>;
  /** The streets whose activities the login works with ('any' without a scope of its own: admin, funder, anonymous). */
  streets: (login: Login) => Set<string> | 'any';
  account: (login: Login) => Account | undefined;
}

function owners(map: Map<string, Owners>, key: string | null): Owners | undefined {
  if (!key) return undefined;
  let found = map.get(key);
  if (!found) {
    found = { people: new Set(), activityStreets: new Set(), accountStreets: new Set(), child: false };
    map.set(key, found);
  }
  return found;
}

/** Everything personal the database holds now, indexed by name and by phone. */
export async function loadPersonalData(db: Db): Promise<PersonalData> {
  const [
    people,
    users,
    members,
    organizations,
    serviceAreas,
    communities,
    signIns,
    guests,
    feedback,
    attendances,
    hours,
  ] = await Promise.all([
    db
      .selectFrom('people')
      .select(['id', 'name', 'phone', 'street_id', 'community_id', 'birth_year', 'birth_date'])
      .where('erased_at', 'is', null)
      .execute(),
    db
      .selectFrom('users')
      .select(['username', 'display_name', 'phone', 'person_id', 'scope_kind', 'scope_id'])
      .execute(),
    db.selectFrom('organization_members').select(['organization_id', 'person_id', 'left_on']).execute(),
    db.selectFrom('organizations').select(['id', 'street_id', 'home_community_id']).execute(),
    db
      .selectFrom('organization_service_areas')
      .select(['organization_id', 'community_id', 'street_id'])
      .where('until', 'is', null)
      .execute(),
    db.selectFrom('communities').select(['id', 'street_id']).execute(),
    db.selectFrom('activity_sign_ins').select(['street_id', 'name', 'phone', 'is_child']).execute(),
    db
      .selectFrom('activity_participants')
      .select(['street_id', 'guest_name'])
      .where('guest_name', 'is not', null)
      .execute(),
    db.selectFrom('activity_feedback').select(['street_id', 'said_by']).where('said_by', 'is not', null).execute(),
    db.selectFrom('volunteer_attendances').select(['street_id', 'name', 'phone']).execute(),
    db.selectFrom('volunteer_hours').select(['street_id', 'volunteer_name']).execute(),
  ]);
  const names = new Map<string, Owners>();
  const phones = new Map<string, Owners>();
  const children = new Set<string>();
  for (const person of people) {
    const isChild = (person.birth_year ?? 0) > childBornAfter || (person.birth_date ?? '') > `${childBornAfter}-06-30`;
    if (isChild) children.add(person.id);
    for (const found of [owners(names, person.name), owners(phones, person.phone)]) {
      found?.people.add(person.id);
      if (found && isChild) found.child = true;
    }
  }
  const heldOnActivity = (streetId: string, name: string | null, phone: string | null, isChild = false) => {
    for (const found of [owners(names, name), owners(phones, phone)]) {
      if (!found) continue;
      found.activityStreets.add(streetId);
      found.child ||= isChild;
    }
  };
  for (const row of signIns) heldOnActivity(row.street_id, row.name, row.phone, row.is_child);
  for (const row of guests) heldOnActivity(row.street_id, row.guest_name, null);
  for (const row of feedback) heldOnActivity(row.street_id, row.said_by, null);
  for (const row of attendances) heldOnActivity(row.street_id, row.name, row.phone);
  for (const row of hours) heldOnActivity(row.street_id, row.volunteer_name, null);
  for (const u of users) owners(phones, u.phone)?.accountStreets.add(accountStreet(u, communities, organizations));

  const accounts = new Map<string, Account>(
    users.map((u) => [
      u.username ?? '',
      {
        username: u.username,
        displayName: u.display_name,
        phone: u.phone,
        personId: u.person_id,
        scopeKind: u.scope_kind,
        scopeId: u.scope_id,
      },
    ]),
  );
  const organizationsInScope = (account: Account): Set<string> => {
    const { scopeKind, scopeId } = account;
    if (scopeKind === 'deployment') return new Set(organizations.map((o) => o.id));
    if (scopeKind === 'organization') return new Set(scopeId ? [scopeId] : []);
    const column = scopeKind === 'street' ? 'street_id' : 'community_id';
    const home = scopeKind === 'street' ? 'street_id' : 'home_community_id';
    return new Set([
      ...organizations.filter((o) => o[home] === scopeId).map((o) => o.id),
      ...serviceAreas.filter((a) => a[column] === scopeId).map((a) => a.organization_id),
    ]);
  };
  const reach = (login: Login, kind: PeopleReach): Set<string> => {
    const account = accounts.get(login);
    if (!account) return new Set();
    switch (kind) {
      case 'everyone':
        return new Set(people.map((p) => p.id));
      case 'lives in scope': {
        const { scopeKind, scopeId } = account;
        if (scopeKind === 'deployment') return new Set(people.map((p) => p.id));
        if (scopeKind === 'organization') return new Set();
        const column = scopeKind === 'street' ? 'street_id' : 'community_id';
        return new Set(people.filter((p) => p[column] === scopeId).map((p) => p.id));
      }
      case 'members of organizations in scope': {
        const seen = organizationsInScope(account);
        return new Set(members.filter((m) => seen.has(m.organization_id)).map((m) => m.person_id));
      }
      case 'current members of its organization':
        return new Set(
          account.scopeKind === 'organization'
            ? members.filter((m) => m.organization_id === account.scopeId && m.left_on === null).map((m) => m.person_id)
            : [],
        );
    }
  };
  const streets = (login: Login): Set<string> | 'any' => {
    const account = accounts.get(login);
    if (!account || account.scopeKind === 'deployment') return 'any';
    const { scopeKind, scopeId } = account;
    if (scopeKind === 'street') return new Set(scopeId ? [scopeId] : []);
    if (scopeKind === 'community') return new Set(communities.filter((c) => c.id === scopeId).map((c) => c.street_id));
    return new Set([
      ...organizations.filter((o) => o.id === scopeId).map((o) => o.street_id),
      ...serviceAreas.filter((a) => a.organization_id === scopeId).map((a) => a.street_id),
    ]);
  };
  return { names, phones, children, reach, streets, account: (login) => accounts.get(login) };
}

interface Allowance {
  names: Set<string>;
  phones: Set<string>;
  policy: PersonalDataPolicy;
  streets: Set<string> | 'any';
  ownName: string | undefined;
  ownPhone: string | null | undefined;
}

function allowanceOf(
  data: PersonalData,
  login: Login,
  policy: PersonalDataPolicy,
  exceptions: readonly PersonalDataException[],
): Allowance {
  const extra = exceptions.filter((e) => e.logins.includes(login)).map((e) => e.mayReceive);
  const merged: PersonalDataPolicy = {
    ...policy,
    names: [...policy.names, ...extra.flatMap((e) => e.names ?? [])],
    activityNames: policy.activityNames || extra.some((e) => e.activityNames),
  };
  const people = (reaches: readonly PeopleReach[]) => new Set(reaches.flatMap((r) => [...data.reach(login, r)]));
  const account = data.account(login);
  return {
    names: people(merged.names),
    phones: people(merged.phones),
    policy: merged,
    // What a row declares is its own: names held on its activity, wherever the login works.
    streets: extra.some((e) => e.activityNames) ? 'any' : data.streets(login),
    ownName: account?.displayName,
    ownPhone: account?.phone,
  };
}

function mayReceive(found: Owners, allowed: Set<string>, onActivity: boolean, allowance: Allowance): boolean {
  if (found.child && !allowance.policy.children) return false;
  const inStreets = (street: string) => allowance.streets === 'any' || allowance.streets.has(street);
  if (onActivity && [...found.activityStreets].some(inStreets)) return true;
  if (allowance.policy.accountPhones && [...found.accountStreets].some(inStreets)) return true;
  for (const person of found.people) if (allowed.has(person)) return true;
  return false;
}

/** Every string in a JSON value, with where it was found. */
function* stringsOf(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsOf(item, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, `${path}.${key}`);
}

/**
 * `client` that also notes every string it sends (paths, bodies, form fields) into `sent`: an answer that
 * repeats what its caller just typed — the name on a sign-in — tells them nothing.
 */
export function recordingClient(client: Client, sent: Set<string>): Client {
  const recording: Client = Object.create(client);
  recording.call = (method, path, body, headers) => {
    for (const [text] of stringsOf([path, body, formFieldsOf(body, headers)], '')) {
      sent.add(text);
      for (const piece of text.split(pieceSeparators)) sent.add(piece);
      for (const [phone] of text.matchAll(mobile)) sent.add(phone);
    }
    return client.call(method, path, body, headers);
  };
  return recording;
}

/**
 * The pieces of personal data in `response` that `login` must not receive, described for a failure
 * message (empty when the answer is clean). What the caller sent in the same call (`sent`) is
 * theirs already. A PDF is read as the text a reader can copy (pdftotext); photos are not read.
 */
export function personalDataLeaks(
  data: PersonalData,
  login: Login,
  policy: PersonalDataPolicy,
  response: JsonResponse,
  sent: ReadonlySet<string>,
  exceptions: readonly PersonalDataException[] = [],
): string[] {
  const type = response.headers.get('content-type') ?? '';
  const isPdf = type.startsWith('application/pdf') && response.status === 200;
  if (!isPdf && !/json|text|csv/.test(type) && typeof response.body !== 'object') return [];
  const allowance = allowanceOf(data, login, policy, exceptions);
  const leaks = new Set<string>();
  const body = readableBody(response, isPdf);
  for (const [text, path] of stringsOf(body, isPdf ? '(pdf)' : '$')) {
    for (const [phone] of text.matchAll(mobile)) {
      const found = data.phones.get(phone);
      if (!found || phone === allowance.ownPhone || sent.has(phone)) continue;
      if (!mayReceive(found, allowance.phones, allowance.policy.activityPhones, allowance))
        leaks.add(`phone ${phone} at ${path}`);
    }
    for (const [number] of text.matchAll(idNumber)) leaks.add(`ID number ${number} at ${path}`);
    for (const piece of new Set([text, ...text.split(pieceSeparators)])) {
      const found = data.names.get(piece);
      if (!found || piece === allowance.ownName || sent.has(piece)) continue;
      if (!mayReceive(found, allowance.names, allowance.policy.activityNames, allowance))
        leaks.add(`name ${piece}${found.child ? ' (a child)' : ''} at ${path}`);
    }
  }
  return [...leaks];
}
