/** The .xlsx content type, written once for the sheets capabilities answer. */
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
