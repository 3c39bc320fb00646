/** The .xlsx content type, written once for the sheets capabilities answer (the older sheets keep their own copy). */
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
