import type { PasswordMessages } from './password-messages';

export const passwordMessagesEn: PasswordMessages = {
  passwords: {
    forgot: {
      title: 'Forgot your password',
      body: 'No problem. Ask your social worker: they will give you a reset code (or a link or QR code).',
      hasLink: 'Got a link or a QR code? Just open it.',
    },
    reset: {
      title: 'Choose a new password',
      greeting: 'Hello, {{name}}!',
      login: 'Your login: {{login}} (use it to log in from now on)',
      expires: 'This reset code is valid until {{date}}.',
      password: 'New password',
      passwordHint: 'At least {{min}} characters; keep it safe.',
      confirm: 'New password again',
      submit: 'Set the new password',
      submitting: 'Setting…',
      tryAnother: 'Type another reset code',
      goToLogin: 'Go to login',
    },
    account: {
      title: 'My account',
      who: '{{name}} ({{role}})',
      changeTitle: 'Change password',
      current: 'Current password',
      newPassword: 'New password',
      newHint: 'At least {{min}} characters; keep it safe.',
      confirm: 'New password again',
      submit: 'Change password',
      submitting: 'Changing…',
      saved: 'Password changed. You are logged out on every other device.',
      everywhereTitle: 'Log out on every device',
      everywhereBody:
        'Lost your phone, or logged in on someone else’s computer? Afterwards every device has to log in again.',
      everywhere: 'Log out on every device',
    },
    issue: {
      title: 'Reset a password',
      intro:
        'Someone forgot their password? Type their phone number or username, create a reset code and give it to them in person or in WeChat. It works once, within 24 hours; a newer code ends the older one.',
      login: 'Phone number or username',
      submit: 'Create a reset code',
      submitting: 'Creating…',
      for: 'Reset code for {{name}}',
      code: 'Reset code',
      link: 'Reset link',
      qr: 'Let them scan this QR code with their phone',
      expires: 'Valid until {{date}}.',
      howTo:
        'They open the link or scan the code, choose a new password and are logged in; or they tap “Forgot password?” on the login page and type the code.',
    },
  },
};
