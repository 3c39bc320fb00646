import type { ChatRosterMessages } from './roster-messages';

/** English strings of the member list section and the match reasons, typed against the zh-CN ones. */
export const chatRosterMessagesEn: ChatRosterMessages = {
  chatRoster: {
    title: 'Member list',
    intro:
      'For a WeCom group, upload its member list (the JSON the API returns): each member’s join time is kept, and members who never speak appear at the edge of the network.',
    file: 'Choose the member list (.json)',
    upload: 'Upload the list',
    uploading: 'Uploading…',
    done: '{{read}} members read: {{added}} added, {{updated}} updated.',
    notJson: 'This file is not JSON: upload the member list the WeCom API returned.',
    reason: {
      same: 'Same name ({{name}})',
      contains: 'Group name card contains the name ({{name}})',
      contained: 'Name contains “{{name}}”',
      surname_form: 'Called by surname ({{name}}), a member of the team',
    },
  },
};
