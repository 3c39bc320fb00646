/** A person's volunteer service record and certificates, on the person page (volunteering slice). Placed by the page that shows it; being written in this session. */
export function PersonVolunteerHours(_props: { personId: string }) {
  return null;
}
