/**
 * Phone numbers are shown masked to roles that do not need them (PIPL: the minimum necessary).
 * 13812341234 → 138****1234.
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  if (phone.length < 7) return '****';
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
