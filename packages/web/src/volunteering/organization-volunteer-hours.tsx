/** The organization's volunteer service hours (who served, proven vs entered, certificates issued), on its page. */
export function OrganizationVolunteerHours(_props: { organizationId: string }) {
  return null;
}
