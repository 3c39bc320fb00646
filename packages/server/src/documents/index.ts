/** What other capabilities may use of the printed documents. */

/** The PDF page and its pieces, for a capability that prints a document of its own. */
export { contentWidth, drawTitle, fontBold, fontRegular, margin, type Pdf, renderPdf } from './pdf';
export { renderVolunteerCertificatePdf } from './volunteer-certificate';
export { certificateImageWidth, renderVolunteerCertificatePng } from './volunteer-certificate-image';
