/** The organization page's cultivation plan, coaching sessions and staff-hours trend (coaching slice). Placed by the page that shows it; being written in this session. */
export function OrganizationCoachingSection(_props: { organizationId: string }) {
  return null;
}
