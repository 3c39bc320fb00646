/** What other capabilities may use of activities' routes: answering with an activity, making a sign-in code. */
export { answerActivity, newSignInCode } from './support';
