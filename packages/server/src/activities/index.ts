/** What other capabilities may use of activities' routes: answering with an activity, making a sign-in code and its link. */
export { answerActivity, newSignInCode, signInLink } from './support';
