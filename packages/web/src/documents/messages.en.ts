import type { DocumentsMessages } from './messages';

/** English strings of this capability, typed against the zh-CN ones (a missing key fails to compile). */
export const documentsMessagesEn: DocumentsMessages = {
  documents: {
    title: 'Printable sheets',
    help: 'Print and take them to the activity; afterwards, photograph and upload them',
    printSignInSheet: 'Print the sign-in sheet',
    printRecordSheet: 'Print the record sheet',
    opensInNewTab: '(opens the PDF in a new tab)',
  },
};
