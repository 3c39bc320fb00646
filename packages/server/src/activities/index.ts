/**
 * What other capabilities may use of activities' routes: answering with an activity, making a sign-in
 * code and its link, serving a stored photo (a cash book's receipts use the same pipeline).
 */

export { serveFile } from './media-serve';
export { answerActivity, newSignInCode, signInLink } from './support';
