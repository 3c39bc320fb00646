import { describe, expect, it } from 'vitest';
import { checkNewOrganization, initialChanges } from './rules';
import type { OrganizationCreateInput } from './schemas';
import { stageModelChoices } from './settings-schemas';

const base: OrganizationCreateInput = {
  name: '夕阳红舞蹈队',
  organizationType: 'culture_recreation',
  orientation: 'self_benefit',
  homeCommunityId: '00000000-0000-4000-8000-000000000001',
  servedCommunityIds: [],
};
const today = '2026-06-30';

describe('the history a new organization starts with', () => {
  it('always records the orientation, dated from the founding date', () => {
    expect(initialChanges({ ...base, foundedOn: '2019-03-01' }, today)).toEqual([
      { field: 'orientation', value: 'self_benefit', changedOn: '2019-03-01', reason: null, documentRef: null },
    ]);
  });

  it('dates the orientation today when the founding date is unknown', () => {
    expect(initialChanges(base, today)[0]?.changedOn).toBe(today);
  });

  it('adds filing with its document, and a dissolution with its date and reason', () => {
    const changes = initialChanges(
      {
        ...base,
        foundedOn: '2015-01-01',
        filingStatus: 'filed',
        filedOn: '2016-05-01',
        filingDocumentRef: '槐备字〔2016〕3号',
        status: 'dissolved',
        statusOn: '2020-02-01',
        statusReason: '队长搬走',
      },
      today,
    );
    expect(changes.map((c) => [c.field, c.value, c.changedOn])).toEqual([
      ['orientation', 'self_benefit', '2015-01-01'],
      ['filing_status', 'filed', '2016-05-01'],
      ['status', 'dissolved', '2020-02-01'],
    ]);
    expect(changes[1]?.documentRef).toBe('槐备字〔2016〕3号');
    expect(changes[2]?.reason).toBe('队长搬走');
  });

  it('keeps no entry for the defaults (not filed, active)', () => {
    expect(initialChanges({ ...base, filingStatus: 'none', status: 'active' }, today)).toHaveLength(1);
  });
});

describe('checking a new organization', () => {
  it('refuses a dissolution without a reason, a future filing date and a filing before the founding', () => {
    expect(checkNewOrganization({ ...base, status: 'dissolved' }, today)).toMatchObject({
      ok: false,
      error: { code: 'organization.dissolve_needs_reason' },
    });
    expect(checkNewOrganization({ ...base, filedOn: '2027-01-01' }, today)).toMatchObject({
      ok: false,
      error: { code: 'organization.future_date' },
    });
    expect(checkNewOrganization({ ...base, foundedOn: '2020-01-01', filedOn: '2019-01-01' }, today)).toMatchObject({
      ok: false,
      error: { code: 'organization.date_order' },
    });
    expect(checkNewOrganization({ ...base, status: 'dissolved', statusReason: '解散' }, today).ok).toBe(true);
  });
});

describe('stage model choices', () => {
  it('offers the three models of the seeds with their stages in order', () => {
    expect(stageModelChoices().map((c) => c.model)).toEqual(['five_stage', 'one_two', 'lifecycle']);
    expect(stageModelChoices()[1]?.stages).toEqual(['emergence', 'v1', 'v2']);
  });
});
