import type { Locale } from '../shared/locale';
import type { DefaultMeetingTypeKey } from './schemas';
import type { MajorityRule } from './vote-schemas';

/** The default meeting types' names and the rules' names, one list for the web, the PDF and the public page. */
export const deliberationLabels: Record<
  Locale,
  { type: Record<DefaultMeetingTypeKey, string>; rule: Record<MajorityRule, string> }
> = {
  'zh-CN': {
    type: {
      consensus_meeting: '共识会',
      residents_council: '居民议事会',
      children_council: '儿童议事会',
      multi_party_dialogue: '多方对话会',
      livelihood_issues: '民生议题讨论会',
      supply_demand: '供需协商会',
      forum: '座谈会',
      hearing: '听证会',
    },
    rule: { simple: '简单多数', two_thirds: '三分之二多数', consensus: '共识（记录反对意见）' },
  },
  en: {
    type: {
      consensus_meeting: 'Consensus meeting',
      residents_council: 'Residents’ council',
      children_council: 'Children’s council',
      multi_party_dialogue: 'Multi-party dialogue',
      livelihood_issues: 'Livelihood issues meeting',
      supply_demand: 'Supply–demand negotiation',
      forum: 'Forum',
      hearing: 'Hearing',
    },
    rule: {
      simple: 'Simple majority',
      two_thirds: 'Two-thirds majority',
      consensus: 'Consensus (objections recorded)',
    },
  },
};

/** A meeting type's name in the reader's language: a default's from the list, a staff-added one as written. */
export function meetingTypeName(type: { key: string | null; name: string }, locale: Locale): string {
  const labels = deliberationLabels[locale].type as Record<string, string>;
  return (type.key && labels[type.key]) || type.name;
}
