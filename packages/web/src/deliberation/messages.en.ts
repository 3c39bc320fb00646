import { deliberationLabels } from '@seedbed/core';
import type { DeliberationMessages } from './messages';
import { deliberationRecordMessagesEn } from './messages-record';
import { deliberationVoteMessagesEn } from './vote-messages.en';

/** English strings of this capability, typed against the zh-CN ones (a missing key fails to compile). */
export const deliberationMessagesEn: DeliberationMessages = {
  deliberation: {
    ...deliberationVoteMessagesEn,
    nav: 'Meetings',
    title: 'Meetings and votes',
    intro: 'Meetings, votes and minutes.',
    empty: 'No meetings yet.',
    type: deliberationLabels.en.type,
    rule: deliberationLabels.en.rule,
    ...deliberationRecordMessagesEn,
    meeting: {
      place: 'Place: {{place}}',
      agenda: 'Agenda',
      attendees: 'Attendees ({{count}})',
      child: 'child, guardian agreed',
      motions: 'Motions',
      amendment: 'amendment',
      decisions: 'Decisions',
      followUps: 'Follow-ups',
      owner: 'Owner: {{name}}',
      due: 'Due: {{date}}',
      done: 'Done',
      markDone: 'Mark done',
      minutes: 'Record of the meeting',
      noMinutes: 'No record written yet.',
      printMinutes: 'Print the minutes (PDF)',
      none: '(none)',
    },
    vote: {
      title: 'Votes',
      secret: 'secret',
      open: 'open',
      used: '{{used}} of {{eligible}} voted',
      paper: '{{ballots}} paper ballot(s)',
      printSlips: 'Print the ballot slips (PDF)',
      close: 'Close the vote and count',
      closing: 'Counting…',
      stillOpen: 'voting',
      cast: '{{cast}} of {{eligible}} voted, quorum {{quorum}}% ({{met}})',
      quorumMet: 'met',
      quorumNotMet: 'not met',
      objections: '{{count}} objection(s)',
      outcome: {
        carried: 'Carried',
        lost: 'Lost',
        no_quorum: 'No quorum: nothing decided',
        chosen: 'Chosen',
        tie: 'Tie',
        none: 'None chosen',
      },
      choice: { for: 'For', against: 'Against', abstain: 'Abstain' },
      ballots: 'Open ballots',
    },
    proposalVotes: {
      countOnly: '{{question}}: {{count}} of {{cast}} votes',
      title: 'Council votes',
      line: '{{meeting}} ({{date}}): {{count}} of {{cast}} ballots',
      leads: 'most votes',
    },
  },
};
