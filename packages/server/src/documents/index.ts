/** What other capabilities may use of the printed documents. */
export { renderVolunteerCertificatePdf } from './volunteer-certificate';
