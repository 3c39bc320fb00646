/** The organization page's activities: figures, recent records, planned ones, a button to record (activities slice). Placed by the page that shows it; being written in this session. */
export function OrganizationActivitiesSection(_props: { organizationId: string }) {
  return null;
}
