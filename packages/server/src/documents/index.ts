/** What other capabilities may use of the printed documents. */

/** The PDF page and its pieces, for a capability that prints a document of its own. */
export {
  a4,
  contentWidth,
  drawFields,
  drawQrCode,
  drawTable,
  drawTitle,
  fontBold,
  fontRegular,
  margin,
  type Pdf,
  renderPdf,
} from './pdf';
export { pdfOk } from './sheet-response';
export { renderVolunteerCertificatePdf } from './volunteer-certificate';
export { certificateImageWidth, renderVolunteerCertificatePng } from './volunteer-certificate-image';
